"""Inputs that used to end in a 500 get a clear 4xx (or a plain answer) instead: far dates, ids no row can
have, odd numbers in transcript tests, digits that are not ASCII, deep JSON, the database gone."""
import json
import logging

import pytest

from bot.admin.dialogs import preview
from storage.db import make_engine
from tests.console_fixtures import sign_in
from tests.line_platform import text_event
from tests.support import post_events


def auth(token):
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("query", ["from=9999-12-31", "from=0001-01-01", "from=2026-12-01&to=9999-12-31"])
def test_slots_far_in_the_past_or_future_are_a_400(client, token_for, query):
    resp = client.get(f"/api/v1/slots?{query}", headers=auth(token_for("sato")))
    assert resp.status_code == 400 and "between 2000 and 2100" in resp.get_json()["error"]


def test_places_at_a_far_time_is_a_400(client, token_for):
    resp = client.get("/api/v1/places?lat=35.6&lon=139.7&at=9999-12-31T00:00", headers=auth(token_for("sato")))
    assert resp.status_code == 400 and "2000" in resp.get_json()["error"]


@pytest.mark.parametrize("after", ["99999999999999999999", "1e9", "²", "abc"])
def test_updates_after_an_id_no_row_can_have_is_a_400(app, waiting, make_staff, after):
    _resident, cid = waiting
    make_staff("sato")
    browser = app.test_client()
    sign_in(browser, "sato")
    assert browser.get(f"/console/c/{cid}/updates.json?after={after}").status_code == 400


def test_transcript_tests_with_a_bad_time_or_wait_say_why_in_the_result(runtime):
    live = runtime.live
    bad_at = preview.run_test(live, {"name": "a", "at": "not-a-date", "steps": [{"say": "こんにちは"}]})
    assert not bad_at.ok and "日時として読めません" in bad_at.problems[0]
    huge_wait = preview.run_test(live, {"name": "b", "steps": [{"follow": True}, {"wait_hours": 1e300}]})
    assert not huge_wait.ok and "wait_hours" in huge_wait.problems[0]
    words = preview.run_test(live, {"name": "c", "steps": [{"follow": True}, {"wait_hours": "soon"}]})
    assert not words.ok and "wait_hours" in words.problems[0]


def test_a_kiosk_button_whose_value_is_a_superscript_digit_is_answered_not_crashed(app, runtime):
    from tests.kiosk_support import act, enrolled, start
    tablet = enrolled(app, runtime)
    token = start(tablet, "ja")["token"]
    for data in ("t=pick&v=%C2%B2&s=visit", "t=pick&v=%C2%B2&s=referral", "t=choose&v=%C2%B2"):
        resp = act(tablet, token, kind="postback", data=data)
        assert resp.status_code == 200 and "invalid literal" not in resp.get_data(as_text=True)


def test_the_api_answers_503_while_the_database_is_down(client, runtime, token_for, tmp_path):
    token = token_for("sato")
    working = runtime.db.engine
    runtime.db.engine = make_engine(f"sqlite:///{tmp_path}/missing-folder/nowhere.sqlite3")
    runtime.db._sessions.configure(bind=runtime.db.engine)
    try:
        resp = client.get("/api/v1/conversations", headers=auth(token))
        assert resp.status_code == 503 and resp.is_json and resp.headers.get("Retry-After")
    finally:
        runtime.db.engine = working
        runtime.db._sessions.configure(bind=working)


def test_a_signed_body_nested_hundreds_deep_is_a_400_with_one_log_line(client, runtime, caplog):
    event = text_event(user="Udeep", event_id="DEEP1")
    event["message"]["extra"] = json.loads("[" * 600 + "]" * 600)
    with caplog.at_level(logging.WARNING):
        resp = post_events(client, [event])
    assert resp.status_code == 400
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 1


def test_reports_and_a_pattern_end_far_in_time_are_explained_not_crashed(app, make_staff):
    make_staff("tanaka", "admin")
    admin = app.test_client()
    csrf = sign_in(admin, "tanaka")
    for query in ("from=9999-12-01&to=9999-12-31", "from=0001-01-01&to=0001-01-31"):
        page = admin.get(f"/admin/reports/?{query}")
        assert page.status_code == 200 and "2000年から2100年" in page.get_data(as_text=True)
    admin.post("/admin/patterns", data={"csrf_token": csrf, "weekday": "0", "start": "10:00", "end": "11:00",
                                        "from": "2026-12-07", "meeting_point": "受付", "counselor": "佐藤",
                                        "capacity": "1", "languages": "ja"})
    resp = admin.post("/admin/patterns/1/end", data={"csrf_token": csrf, "last_day": "9999-12-31"},
                      follow_redirects=True)
    assert resp.status_code == 200 and "2000年から2100年" in resp.get_data(as_text=True)
