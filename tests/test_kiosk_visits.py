"""Visits at the reception kiosk without a browser: the shared engine path, reception numbers, the counselors'
queue, inactivity, crisis, the token's death, and nothing sent to LINE."""
import re
from datetime import timedelta

import pytest

from bot.console.counsel import Counsel
from bot.kiosk import devices as kiosk_devices
from bot.kiosk.channel import Kiosk
from handlers import languages
from storage import clock
from storage.models import Conversation, KioskDevice, KioskVisit
from tests.console_fixtures import open_office
from tests.kiosk_support import KIOSK, act, enrolled, start


def tap(tablet, token, reply, label):
    """Press the button called *label* among the options of the last message that had some."""
    options = [o for m in reply["messages"] for o in m["options"]]
    chosen = [o for o in options if o["label"] == label]
    assert chosen, f"no button {label!r} in {[o['label'] for o in options]}"
    resp = act(tablet, token, kind="postback", data=chosen[0]["data"])
    assert resp.status_code == 200, resp.get_json()
    return resp.get_json()


# --- visits ----------------------------------------------------------------------------------------
def test_a_visit_runs_the_same_intake_as_line_and_ends_with_a_reception_number_in_the_queue(app, runtime,
                                                                                        fake_line):
    open_office(runtime)
    tablet = enrolled(app, runtime)
    first = start(tablet, "en")
    token = first["token"]
    texts = " ".join(m["text"] for m in first["messages"])
    assert "Welcome" in texts and "in your own words" in texts
    labels = [o["label"] for m in first["messages"] for o in m["options"]]
    assert "Talk to a person" in labels
    reply = act(tablet, token, kind="text", text="I lost my job and cannot pay the rent").get_json()
    assert reply["ended"] is None and reply["messages"]
    reply = tap(tablet, token, reply, "Talk to a person")
    assert reply["ended"]["number"] == 1 and reply["ended"]["reason"] == "handoff"
    assert reply["ended"]["crisis"] is False
    assert {"Work", "Housing"} <= set(reply["ended"]["topics"])  # in the visitor's language
    # the token is dead now
    assert act(tablet, token, kind="text", text="hello").status_code == 410
    rows = Counsel(runtime).queue()
    assert len(rows) == 1
    row = rows[0]
    assert row["status"] == "waiting" and row["channel"] == "kiosk" and row["kiosk_number"] == 1
    assert row["label"] == "受付番号 1 — 窓口でお待ちです"
    assert row["lang"] == "en"
    # nothing of the kiosk visit went to LINE
    assert fake_line.calls("/v2/bot/message") == []


def test_reception_numbers_count_up_through_the_day_and_start_again_the_next_day(app, runtime):
    tablet = enrolled(app, runtime)
    numbers = []
    for _ in range(3):
        token = start(tablet, "ja")["token"]
        resp = tablet.post("/kiosk/api/visit/finish", headers={**KIOSK, "X-Kiosk-Visit": token})
        numbers.append(resp.get_json()["ended"]["number"])
    assert numbers == [1, 2, 3]
    clock.shift(timedelta(days=1))
    token = start(tablet, "ja")["token"]
    resp = tablet.post("/kiosk/api/visit/finish", headers={**KIOSK, "X-Kiosk-Visit": token})
    assert resp.get_json()["ended"]["number"] == 1
    assert len(Counsel(runtime).queue()) == 4


def by_trigger(reply, trigger):
    """The data of the button that fires *trigger*."""
    found = [o["data"] for m in reply["messages"] for o in m["options"] if o["data"].startswith(f"t={trigger}&")]
    assert found, [o for m in reply["messages"] for o in m["options"]]
    return found[0]


def test_location_buttons_become_area_buttons_on_the_kiosk(app, runtime):
    tablet = enrolled(app, runtime)
    first = start(tablet, "ja")
    token = first["token"]
    menu = act(tablet, token, kind="postback", data=by_trigger(first, "menu")).get_json()
    reply = act(tablet, token, kind="postback", data=by_trigger(menu, "places")).get_json()
    options = [o for m in reply["messages"] for o in m["options"]]
    assert len([o for o in options if o["data"].startswith("t=area&")]) >= 2
    assert all(o["data"] for o in options)  # no "send my location" button (it has no data) on the tablet


def test_a_crisis_at_the_kiosk_shows_hotlines_at_once_and_alerts_the_queue(app, runtime):
    tablet = enrolled(app, runtime)
    token = start(tablet, "ja")["token"]
    reply = act(tablet, token, kind="text", text="もう死にたい").get_json()
    assert reply["ended"]["crisis"] is True and reply["ended"]["reason"] == "crisis"
    shown = "\n".join(m["text"] for m in reply["messages"])
    assert re.search(r"\d{2,4}-\d{2,4}-\d{3,4}|0120", shown), shown  # hotline numbers on the screen
    row = Counsel(runtime).queue()[0]
    assert row["crisis"] == ["suicide"] and row["urgency"] == 100
    assert row["label"].endswith("窓口で緊急")


def test_an_untouched_visit_is_wiped_on_the_server(app, runtime):
    tablet = enrolled(app, runtime)
    token = start(tablet, "en")["token"]
    clock.shift(timedelta(seconds=runtime.settings.kiosk_idle_seconds + runtime.settings.kiosk_warning_seconds + 11))
    assert act(tablet, token, kind="text", text="hello").status_code == 410
    with runtime.db.session() as session:
        visit = session.query(KioskVisit).one()
        assert visit.status == "wiped" and visit.token_hash is None and visit.end_reason == "idle"
        conv = session.query(Conversation).one()
        assert conv.status == "closed" and conv.outcome == "no_response"
    assert Counsel(runtime).queue() == []


def test_a_visit_whose_tablet_was_switched_off_is_wiped_by_the_sweep_while_a_busy_tablet_goes_on(app, runtime):
    switched_off, busy = enrolled(app, runtime), enrolled(app, runtime)
    gone = start(switched_off, "ja")["token"]
    act(switched_off, gone, kind="text", text="家賃が払えない")  # then nobody touches that tablet again
    going_on = start(busy, "en")["token"]
    lifetime = Kiosk(runtime).lifetime
    clock.shift(lifetime - timedelta(seconds=5))
    assert runtime.sweep_once()["kiosk_visits"] == 0  # its page may still be counting down
    assert act(busy, going_on, kind="text", text="I lost my job").status_code == 200
    clock.shift(timedelta(seconds=10))
    assert runtime.sweep_once()["kiosk_visits"] == 1
    with runtime.db.session() as session:
        visits = {v.token_hash is None: v for v in session.query(KioskVisit)}
        assert visits[True].status == "wiped" and visits[True].end_reason == "abandoned"
        assert visits[False].status == "active"
        closed = session.query(Conversation).filter(Conversation.resident_id == visits[True].resident_id).one()
        assert closed.status == "closed" and closed.outcome == "no_response"
    assert act(switched_off, gone, kind="text", text="hello").status_code == 410
    assert act(busy, going_on, kind="text", text="rent").status_code == 200
    assert runtime.sweep_once()["kiosk_visits"] == 0


def test_the_page_ending_a_visit_kills_its_token_and_a_new_visitor_cannot_reach_the_old_answers(app, runtime):
    tablet = enrolled(app, runtime)
    token = start(tablet, "en")["token"]
    act(tablet, token, kind="text", text="my secret worry")
    resp = tablet.post("/kiosk/api/visit/end", headers={**KIOSK, "X-Kiosk-Visit": token})
    assert resp.status_code == 200
    headers = {**KIOSK, "X-Kiosk-Visit": token}
    assert tablet.get("/kiosk/api/visit/messages", headers=headers).status_code == 410
    fresh = start(tablet, "en")
    assert "my secret worry" not in str(fresh)
    assert fresh["token"] != token


def test_a_new_visit_wipes_one_left_open_on_the_same_tablet(app, runtime):
    tablet = enrolled(app, runtime)
    old = start(tablet, "en")["token"]
    start(tablet, "en")
    assert act(tablet, old, kind="text", text="hello").status_code == 410


def test_a_counselor_cannot_message_a_kiosk_visitor_who_has_left_the_tablet(app, runtime, counselor_client):
    tablet = enrolled(app, runtime)
    token = start(tablet, "en")["token"]
    tablet.post("/kiosk/api/visit/finish", headers={**KIOSK, "X-Kiosk-Visit": token})
    client, csrf = counselor_client
    cid = Counsel(runtime).queue()[0]["id"]
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    assert "受付番号 1 — 窓口でお待ちです" in client.get(f"/console/c/{cid}").get_data(as_text=True)
    page = client.post(f"/console/c/{cid}/reply", data={"text": "hello", "csrf_token": csrf}, follow_redirects=True)
    assert "窓口で直接" in page.get_data(as_text=True)


def test_kiosk_outbox_rows_are_never_offered_to_the_line_sender(app, runtime, fake_line):
    from storage import repo_outbox
    tablet = enrolled(app, runtime)
    start(tablet, "en")
    with runtime.db.session() as session:
        assert repo_outbox.due_outbox(session, clock.now() + timedelta(hours=1)) == []
    runtime.sender.sweep()
    assert fake_line.calls("/v2/bot/message") == []


@pytest.mark.parametrize("code", languages.codes())
def test_kiosk_button_labels_are_short_in_every_language(code, runtime):
    for msg_id in ("kiosk.write", "kiosk.send", "kiosk.finish", "kiosk.still_here", "kiosk.done"):
        assert len(runtime.catalog.text(code, msg_id)) <= 20, (code, msg_id)
    assert "{seconds}" in runtime.catalog.raw(code, "kiosk.still_there")


def test_revoking_a_tablet_ends_the_visit_on_it(app, runtime):
    tablet = enrolled(app, runtime)
    start(tablet, "en")
    with runtime.db.session() as session:
        device_id = session.query(KioskDevice).one().id
    assert kiosk_devices.revoke(runtime.db, device_id, "sato")
    with runtime.db.session() as session:
        visit = session.query(KioskVisit).one()
        assert visit.status == "wiped" and visit.end_reason == "revoked" and visit.token_hash is None
        assert session.query(Conversation).one().status == "closed"


def test_nobody_tells_a_kiosk_visitor_at_the_counter_that_no_counselor_is_free(app, runtime):
    from storage.models import OutboxMessage
    open_office(runtime)
    tablet = enrolled(app, runtime)
    token = start(tablet, "en")["token"]
    tablet.post("/kiosk/api/visit/finish", headers={**KIOSK, "X-Kiosk-Visit": token})
    clock.shift(timedelta(minutes=runtime.settings.claim_timeout_minutes + 5))
    runtime.sweep_once()
    with runtime.db.session() as session:
        assert session.query(OutboxMessage).filter_by(status="pending").count() == 0
        assert session.query(Conversation).one().status == "waiting"


def test_a_visitor_who_goes_to_the_counter_without_typing_anything_is_labelled_so(app, runtime):
    from tests.kiosk_support import KIOSK

    tablet = enrolled(app, runtime)
    token = start(tablet, "ja")["token"]
    resp = tablet.post("/kiosk/api/visit/finish", json={}, headers={**KIOSK, "X-Kiosk-Visit": token})
    assert resp.status_code == 200, resp.get_json()
    [row] = Counsel(runtime).queue()
    assert row["label"] == "受付番号 1 — 窓口でお待ちです（画面での入力なし。窓口で直接お聞きください）"
