"""Each 500 the fuzzers found, pinned down: what the caller sent, and the answer it now gets instead."""
import io
import json
import logging

import pytest
from sqlalchemy import func, select

from storage.models import InboundEvent, Message, Note, Place
from tests.booking_helpers import add_slot
from tests.console_fixtures import sign_in
from tests.support import sign


def count(runtime, model) -> int:
    with runtime.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def counselor(api_client):
    return api_client("counselor")


@pytest.fixture
def admin_browser(app, make_staff):
    make_staff("kanri", "admin")
    browser = app.test_client()
    return browser, sign_in(browser, "kanri")


# --- ids --------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/v1/bookings/1000000000000000000000000000000",
                                  "/api/v1/slots/2147483648", "/api/v1/conversations/99999999999999999999"])
def test_an_id_larger_than_any_database_column_is_a_json_404_not_an_overflow(counselor, path):
    resp = counselor.get(path)
    assert resp.status_code == 404 and resp.is_json and resp.get_json()["error"]


def test_an_id_too_large_for_the_database_in_a_staff_page_is_a_404(admin_browser):
    browser, _csrf = admin_browser
    assert browser.get("/console/c/99999999999999999999").status_code == 404


@pytest.mark.parametrize("field,value", [("slot_id", 10**30), ("conversation_id", 2**31), ("slot_id", True)])
def test_a_booking_for_an_id_no_row_can_have_is_a_400(counselor, runtime, field, value):
    body = {"slot_id": add_slot(runtime, 3), "conversation_id": 1, field: value}
    resp = counselor.post("/api/v1/bookings", json=body)
    assert resp.status_code == 400 and "slot_id and conversation_id" in resp.get_json()["error"]


# --- JSON bodies of the wrong shape ---------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/v1/conversations/{cid}/transfer", "/api/v1/bookings/1/cancel",
                                  "/api/v1/slots/1/cancel", "/api/v1/slot-patterns/1/end"])
def test_a_json_body_that_is_not_an_object_is_a_400(api_client, waiting, path):
    _resident, cid = waiting
    admin = api_client("admin")
    for body in (True, 7, ["to"], "bot"):
        resp = admin.post(path.format(cid=cid), data=json.dumps(body), content_type="application/json")
        assert resp.status_code == 400, (path, body, resp.get_json())
        assert "JSON object" in resp.get_json()["error"]


def test_a_release_with_an_outcome_that_is_a_list_is_a_400(counselor, waiting):
    _resident, cid = waiting
    assert counselor.post(f"/api/v1/conversations/{cid}/claim").status_code == 200
    resp = counselor.post(f"/api/v1/conversations/{cid}/release", json={"to": "closed", "outcome": ["resolved"]})
    assert resp.status_code == 400 and "unknown outcome" in resp.get_json()["error"]


@pytest.mark.parametrize("details,problem", [({"destination": ["hellowork"]}, "destination"),
                                             ({"destination": "nowhere"}, "destination"),
                                             ({"destination_text": {"a": 1}}, "destination_text")])
def test_a_booking_whose_destination_is_not_a_known_id_or_text_is_a_400(counselor, runtime, waiting, details, problem):
    _resident, cid = waiting
    resp = counselor.post("/api/v1/bookings", json={"slot_id": add_slot(runtime, 3), "conversation_id": cid, **details})
    assert resp.status_code == 400 and resp.get_json()["error"].startswith(problem)


def test_json_nested_deeper_than_the_parser_can_go_is_malformed_json(counselor, waiting):
    _resident, cid = waiting
    resp = counselor.post(f"/api/v1/conversations/{cid}/notes", data=b"[" * 100_000, content_type="application/json")
    assert resp.status_code == 400 and resp.is_json


# --- text no database can keep ------------------------------------------------------------------
@pytest.mark.parametrize("raw", [b'{"text": "a\\u0000b"}', b'{"text": "\\ud800"}', b'{"\\u0000": "x", "text": "ok"}'])
def test_a_note_with_a_nul_or_a_lone_surrogate_is_refused_before_anything_is_stored(counselor, runtime, waiting, raw):
    _resident, cid = waiting
    resp = counselor.post(f"/api/v1/conversations/{cid}/notes", data=raw, content_type="application/json")
    assert resp.status_code == 400 and "NUL" in resp.get_json()["error"]
    assert count(runtime, Note) == 0


def test_a_staff_form_with_a_nul_is_refused_with_a_japanese_page_and_nothing_is_stored(app, runtime, waiting,
                                                                                          make_staff):
    _resident, cid = waiting
    make_staff("sato", "counselor")
    browser = app.test_client()
    csrf = sign_in(browser, "sato")
    resp = browser.post(f"/console/c/{cid}/note", data={"csrf_token": csrf, "text": "メモ\x00"})
    assert resp.status_code == 400 and "保存できない文字" in resp.get_data(as_text=True)
    assert count(runtime, Note) == 0


def test_a_multipart_field_whose_name_cannot_be_read_is_a_400_not_a_500(admin_browser):
    browser, csrf = admin_browser
    body = (b'--xx\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n' + csrf.encode()
            + b'\r\n--xx\r\nContent-Disposition: form-data; name="\\"\r\n\r\n1\r\n--xx--\r\n')
    resp = browser.post("/admin/dialogs/messages", data=body, content_type="multipart/form-data; boundary=xx")
    assert resp.status_code == 400 and "保存できない文字" in resp.get_data(as_text=True)


def test_a_nul_in_a_query_parameter_is_a_400(counselor):
    resp = counselor.get("/api/v1/bookings", query_string={"status": "booked\x00"})
    assert resp.status_code == 400 and resp.is_json


def test_the_webhook_keeps_events_with_a_nul_as_line_sent_them(client, runtime):
    body = json.dumps({"events": [{"type": "message", "mode": "active", "timestamp": 1, "webhookEventId": "NUL1",
                                   "source": {"type": "user", "userId": "Unul"}, "replyToken": "r",
                                   "message": {"type": "text", "id": "1", "text": "a\x00b"}}]}).encode()
    assert client.post("/callback", data=body, headers={"X-Line-Signature": sign(body)}).status_code == 200
    assert count(runtime, InboundEvent) == 1  # the webhook cleans its own input (bot/line/events.py)


# --- staff forms ----------------------------------------------------------------------------------
PLACES_HEADER = ("key,name,kind,area,address,lat,lon,hours,audience,cost,languages,accessibility,phone,contact,url,"
                 "description_ja\n")
PLACE_ROW = "cafe-a,カフェA,cafe,,中央1,35.66,139.70,mon-fri 10:00-17:00,anyone,free,ja,,,,,説明\n"


@pytest.mark.parametrize("kind,first", [("places", "名前"), ("resources", None)])
def test_a_directory_form_sent_entirely_blank_says_what_is_missing(admin_browser, runtime, kind, first):
    browser, csrf = admin_browser
    resp = browser.post(f"/admin/{kind}/new", data={"csrf_token": csrf, "key": " ", "name": "", "agency": ""})
    assert resp.status_code == 400
    if first:
        assert first in resp.get_data(as_text=True)
    assert count(runtime, Place) == 0


def test_a_csv_upload_whose_name_holds_a_nul_is_refused(admin_browser, runtime):
    browser, csrf = admin_browser
    resp = browser.post("/admin/places/import", content_type="multipart/form-data",
                        data={"csrf_token": csrf, "file": (io.BytesIO(b"key,name\n"), "a\x00.csv")})
    assert resp.status_code == 400 and count(runtime, Place) == 0


def test_a_csv_row_with_a_nul_is_a_problem_of_that_line_and_nothing_is_imported(admin_browser, runtime):
    browser, csrf = admin_browser
    bad = PLACE_ROW.replace("cafe-a", "cafe-b").replace("カフェA", "カフェ\x00B")
    resp = browser.post("/admin/places/import", content_type="multipart/form-data",
                        data={"csrf_token": csrf, "file": (io.BytesIO((PLACES_HEADER + PLACE_ROW + bad).encode()),
                                                           "p.csv")})
    assert resp.status_code == 400
    assert "行 3" in resp.get_data(as_text=True) and "NUL" in resp.get_data(as_text=True)
    assert count(runtime, Place) == 0


def test_a_csv_with_old_mac_line_endings_imports(admin_browser, runtime):
    browser, csrf = admin_browser
    text = (PLACES_HEADER + PLACE_ROW).replace("\n", "\r")
    resp = browser.post("/admin/places/import", content_type="multipart/form-data",
                        data={"csrf_token": csrf, "file": (io.BytesIO(text.encode()), "mac.csv")})
    assert resp.status_code == 302 and count(runtime, Place) == 1


def test_a_csv_cell_too_large_for_the_csv_reader_is_a_problem_not_a_crash(admin_browser, runtime):
    browser, csrf = admin_browser
    text = PLACES_HEADER + PLACE_ROW + PLACE_ROW.replace("cafe-a", "cafe-b").replace("説明", "x" * 200_000)
    resp = browser.post("/admin/places/import", content_type="multipart/form-data",
                        data={"csrf_token": csrf, "file": (io.BytesIO(text.encode()), "big.csv")})
    assert resp.status_code == 400 and "行 3" in resp.get_data(as_text=True)
    assert count(runtime, Place) == 0


@pytest.mark.parametrize("body", [True, [], 5, {"actions": 3}, {"actions": [], "lang": ["en"]}])
def test_the_preview_chat_answers_a_body_of_the_wrong_shape_with_a_400(app, make_staff, body):
    make_staff("henshu", "editor")
    browser = app.test_client()
    csrf = sign_in(browser, "henshu")
    resp = browser.post("/admin/dialogs/preview/chat", data=json.dumps(body), content_type="application/json",
                        headers={"X-CSRF-Token": csrf})
    assert resp.status_code == 400 and resp.get_json()["error"]


# --- the API's own 404/405 ------------------------------------------------------------------------
def test_an_unknown_api_path_and_a_wrong_method_get_json_errors(counselor):
    missing, wrong = counselor.get("/api/v1/nothing-here"), counselor.delete("/api/v1/slots")
    assert missing.status_code == 404 and missing.is_json and missing.get_json()["error"]
    assert wrong.status_code == 405 and wrong.is_json and "GET" in wrong.headers["Allow"]


def test_a_page_outside_the_api_still_gets_an_html_404(client):
    resp = client.get("/no-such-page")
    assert resp.status_code == 404 and not resp.is_json


# --- logs -----------------------------------------------------------------------------------------
def test_an_event_type_that_is_not_a_line_word_is_not_repeated_in_the_log(client, caplog):
    body = json.dumps({"events": [{"type": "山田花子 090-1234-5678", "webhookEventId": "T1", "timestamp": 1,
                                   "source": {"type": "user", "userId": "Uodd"}}]}, ensure_ascii=False).encode()
    with caplog.at_level(logging.INFO):
        assert client.post("/callback", data=body, headers={"X-Line-Signature": sign(body)}).status_code == 200
        client.application.extensions["madoguchi"].drain()
    assert not any("山田" in r.getMessage() or "090" in r.getMessage() for r in caplog.records)
    assert any("not a LINE event type" in r.getMessage() for r in caplog.records)


def test_messages_are_kept_when_a_counselor_writes_ordinary_text(counselor, runtime, waiting):
    """The refusals above are narrow: ordinary Japanese, emoji and newlines still go through."""
    _resident, cid = waiting
    assert counselor.post(f"/api/v1/conversations/{cid}/claim").status_code == 200
    before = count(runtime, Message)
    resp = counselor.post(f"/api/v1/conversations/{cid}/messages", json={"text": "こんにちは 😀\n明日 10:00 に"})
    assert resp.status_code == 201
    assert count(runtime, Message) == before + 1


# --- the kiosk --------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/kiosk/api/visits", "/kiosk/api/visit/act"])
def test_a_kiosk_call_whose_json_is_not_an_object_is_a_400(app, runtime, path):
    from tests.kiosk_support import KIOSK, enrolled, start
    tablet = enrolled(app, runtime)
    token = start(tablet, "en")["token"]
    resp = tablet.post(path, data="true", content_type="application/json",
                       headers={**KIOSK, "X-Kiosk-Visit": token})
    assert resp.status_code == 400 and resp.get_json()["error"]


def test_a_kiosk_call_with_a_nul_gets_a_json_400_like_its_other_errors(app, runtime):
    from tests.kiosk_support import KIOSK, enrolled
    tablet = enrolled(app, runtime)
    resp = tablet.post("/kiosk/api/visits", data='"\\u0000"', content_type="application/json", headers=KIOSK)
    assert resp.status_code == 400 and resp.is_json and resp.get_json()["error"]
