"""Staff side: publishing slots (one-off and weekly), listing and cancelling bookings, .ics, the seed."""
import threading
from datetime import timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from bot.app.runtime import Runtime
from bot.dev import seed
from storage import clock
from storage.models import ScheduledJob, Slot, SlotPattern
from tests.booking_helpers import (
    active_bookings,
    add_slot,
    book_in_chat,
    local_day,
    slot,
)
from tests.hostile import changed_tables, fingerprint
from tests.support import move_clock_to


def _book_in_chat(resident, destination="ハローワーク"):
    book_in_chat(resident, destination)
    assert "予約できました" in resident.texts()


def test_staff_publish_a_one_off_slot_in_office_time_and_it_is_stored_in_utc(api_client, runtime):
    client = api_client("editor")
    day = local_day(4).date().isoformat()
    resp = client.post("/api/v1/slots", json={
        "start": f"{day}T10:00", "end": f"{day}T12:00", "meeting_point": "センター入口", "counselor": "佐藤",
        "languages": ["ja", "en"], "interpreter": False, "capacity": 2})
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["start"] == f"{day}T01:00:00Z" and body["start_local"] == f"{day}T10:00:00+09:00"
    assert body["remaining"] == 2 and body["status"] == "open"
    counselor = api_client("counselor")
    listed = counselor.get("/api/v1/slots").get_json()["slots"]
    assert [s["id"] for s in listed] == [body["id"]]
    assert counselor.get("/api/v1/slots?lang=vi").get_json()["slots"] == []


def test_bad_slot_input_gets_every_problem_at_once_and_stores_nothing(api_client, runtime):
    client = api_client("editor")
    resp = client.post("/api/v1/slots", json={"start": "tomorrow", "end": "2026-01-01T10:00", "capacity": 0,
                                              "languages": ["xx"]})
    assert resp.status_code == 400
    error = resp.get_json()["error"]
    for part in ("meeting_point: required", "counselor: required", "capacity", "unknown code", "start:"):
        assert part in error
    assert client.post("/api/v1/slots", data="nope", content_type="text/plain").status_code == 400
    with runtime.db.session() as session:
        assert session.scalars(select(Slot)).all() == []


def test_a_weekly_pattern_makes_slots_three_weeks_ahead_once_even_when_asked_twice(api_client, runtime):
    move_clock_to("2026-10-05T10:00:00+09:00")  # weeks without a closed Wednesday (the year-end break makes none)
    client = api_client("editor")
    resp = client.post("/api/v1/slots", json={
        "weekly": {"weekday": "wed", "start": "09:30", "end": "11:30"}, "meeting_point": "駅 北口",
        "counselor": "田中", "languages": ["ja"], "interpreter": True, "capacity": 1})
    assert resp.status_code == 201, resp.get_json()
    made = resp.get_json()["slots"]
    assert 3 <= len(made) <= 4
    zone = ZoneInfo("Asia/Tokyo")
    for s in made:
        from datetime import datetime
        local = datetime.fromisoformat(s["start_local"])
        assert local.weekday() == 2 and local.strftime("%H:%M") == "09:30" and local.utcoffset() == timedelta(hours=9)
    with runtime.db.session() as session:
        from handlers import slot_publishing
        assert slot_publishing.extend_patterns(session, "Asia/Tokyo", clock.now()) == 0
    # a week later the horizon moves: reading the slots writes nothing, the sweeper adds the next week's slot
    clock.shift(timedelta(days=7))
    before = fingerprint(runtime)
    client.get("/api/v1/slots?open=1")
    assert changed_tables(before, fingerprint(runtime)) == []
    assert runtime.sweep_once()["slots"] >= 1
    later = client.get("/api/v1/slots?open=1").get_json()["slots"]
    assert len([s for s in later if s["pattern_id"]]) in (3, 4)
    clock.reset()
    # stopping the pattern cancels its later slots
    pattern_id = resp.get_json()["pattern"]["id"]
    first_day = datetime.fromisoformat(made[0]["start_local"]).date().isoformat()
    ended = client.post(f"/api/v1/slot-patterns/{pattern_id}/end", json={"last_day": first_day}).get_json()
    assert ended["until"] == first_day
    with runtime.db.session() as session:
        statuses = [s.status for s in session.scalars(select(Slot).order_by(Slot.starts_at))]
    assert statuses[0] == "open" and set(statuses[1:]) == {"cancelled"}
    assert zone  # office time zone used above


def test_seed_demo_is_idempotent(settings, runtime):
    first = seed.run_all(settings, runtime.db)
    again = seed.run_all(settings, runtime.db)
    assert "5 weekly pattern(s) added" in first[0]
    assert "booking-slots: 0 weekly pattern(s) added, 0 slot(s) created" in again
    with runtime.db.session() as session:
        assert len(session.scalars(select(SlotPattern)).all()) == 5
        assert len(session.scalars(select(Slot)).all()) >= 14


def test_counselors_list_bookings_with_the_summary_only_when_the_resident_agreed(api_client, runtime, resident,
                                                                                 new_resident):
    client = api_client("counselor")
    add_slot(runtime, 3, capacity=3)
    _book_in_chat(resident)
    other = new_resident()
    other.follow()
    other.tap("できることを見る")
    other.tap("一緒に行ってほしい")
    other.tap(other.buttons()[0])
    other.tap("病院")
    other.tap("伝えないで")
    listed = client.get("/api/v1/bookings").get_json()["bookings"]
    assert [b["destination"] for b in listed] == ["hellowork", "hospital"]
    assert listed[0]["consent_to_share"] is True and listed[1]["consent_to_share"] is False
    assert listed[1]["summary"] is None
    one = client.get(f"/api/v1/bookings/{listed[0]['id']}").get_json()
    assert one["slot"]["meeting_point"] == "市役所 1階ロビー"
    assert client.get("/api/v1/bookings/99999").status_code == 404
    assert client.get("/api/v1/bookings?status=nope").status_code == 400


def test_booking_by_api_tells_the_resident_and_refuses_a_second_place_on_the_same_slot(api_client, runtime, resident):
    client = api_client("counselor")
    slot_id = add_slot(runtime, 3, capacity=3)
    resident.follow()
    with runtime.db.session() as session:
        from storage.models import Conversation
        conv_id = session.scalars(select(Conversation.id)).one()
    resp = client.post("/api/v1/bookings", json={"slot_id": slot_id, "conversation_id": conv_id,
                                                 "destination": "welfare"})
    assert resp.status_code == 201
    assert client.post("/api/v1/bookings", json={"slot_id": slot_id, "conversation_id": conv_id}).status_code == 409
    assert client.post("/api/v1/bookings", json={"slot_id": slot_id}).status_code == 400
    assert client.post("/api/v1/bookings", json={"slot_id": 999, "conversation_id": conv_id}).status_code == 404
    runtime.drain()
    assert "相談員が同行支援の予約をしました" in resident.texts(resident.wait())
    assert slot(runtime, slot_id).booked == 1


def test_staff_cancel_tells_the_resident_kindly_with_the_next_slots_as_buttons(api_client, runtime, resident):
    client = api_client("counselor")
    add_slot(runtime, 3)
    add_slot(runtime, 6, place="別の日の場所")
    _book_in_chat(resident)
    [booking] = active_bookings(runtime)
    resp = client.post(f"/api/v1/bookings/{booking.id}/cancel", json={"reason": "相談員の急用"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    runtime.drain()
    told = resident.wait()
    text = resident.texts(told)
    assert "こちらの都合で行けなくなりました" in text and "別の日の場所" in text
    assert any(b[0].isdigit() for b in resident.buttons())
    assert client.post(f"/api/v1/bookings/{booking.id}/cancel", json={}).status_code == 400
    with runtime.db.session() as session:
        jobs = {j.dedupe_key: j.status for j in session.scalars(select(ScheduledJob))}
    assert jobs[f"booking:{booking.id}:staff_cancel"] == "done"
    assert jobs[f"booking:{booking.id}:remind:day_before"] == "cancelled"
    # the resident picks another slot right from the message
    resident.tap(resident.buttons()[0])
    resident.tap("ハローワーク")
    resident.tap("伝えてよい")
    assert "予約できました" in resident.texts() and "別の日の場所" in resident.texts()


def test_cancelling_a_slot_cancels_its_bookings_and_tells_each_resident(api_client, runtime, resident):
    client = api_client("editor")
    slot_id = add_slot(runtime, 3)
    _book_in_chat(resident)
    body = client.post(f"/api/v1/slots/{slot_id}/cancel", json={"reason": "台風"}).get_json()
    assert body["status"] == "cancelled" and len(body["cancelled_bookings"]) == 1
    runtime.drain()
    assert "こちらの都合で行けなくなりました" in resident.texts(resident.wait())
    assert client.post("/api/v1/slots/4242/cancel", json={}).status_code == 404


def test_the_ics_download_is_valid_icalendar_with_crlf_escaping_and_utc_times(api_client, runtime, resident):
    client = api_client("counselor")
    slot_id = add_slot(runtime, 3, place="市役所 1階; 東口, 案内所の前\\横")
    _book_in_chat(resident, destination="法テラス")
    resp = client.get("/api/v1/bookings.ics")
    assert resp.status_code == 200 and resp.mimetype == "text/calendar"
    raw = resp.get_data()
    assert raw.count(b"\r\n") == raw.count(b"\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = Calendar.from_ical(raw)
    [event] = cal.walk("VEVENT")
    start = slot(runtime, slot_id).starts_at
    assert event.decoded("DTSTART") == start and event["DTSTART"].to_ical().endswith(b"Z")
    assert str(event["LOCATION"]) == "市役所 1階; 東口, 案内所の前\\横"
    assert "法テラス" in str(event["SUMMARY"]) and str(event["STATUS"]) == "CONFIRMED"
    [booking] = active_bookings(runtime)
    single = client.get(f"/api/v1/bookings/{booking.id}.ics")
    assert single.status_code == 200 and b"UID:booking-" in single.get_data()
    client.post(f"/api/v1/bookings/{booking.id}/cancel", json={})
    [cancelled] = Calendar.from_ical(client.get("/api/v1/bookings.ics").get_data()).walk("VEVENT")
    assert str(cancelled["STATUS"]) == "CANCELLED"


def test_reminders_survive_a_restart_and_go_out_once_with_two_processes_running_due_jobs(
        app, runtime, resident, settings, bundle):
    slot_id = add_slot(runtime, 3)
    _book_in_chat(resident)
    runtime.close()  # the process stops; the jobs stay in the database
    first, second = Runtime(settings, bundle=bundle), Runtime(settings, bundle=bundle)
    try:
        clock.shift(slot(first, slot_id).starts_at - timedelta(hours=1) - clock.now())
        ran = []
        barrier = threading.Barrier(8)

        def worker(rt):
            barrier.wait()
            ran.append(rt.scheduler.run_due())

        threads = [threading.Thread(target=worker, args=(rt,)) for rt in (first, second) * 4]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        first.drain()
        second.drain()
        assert sum(ran) == 2  # the day-before and the two-hours reminders, each run once
        pushes = [c for c in resident.fake.calls("/v2/bot/message/push") if c["body"].get("to") == resident.user]
        texts = [m["text"] for c in pushes for m in c["body"]["messages"]]
        assert sum("明日は同行支援の日です" in t for t in texts) == 1
        assert sum("あと2時間ほど" in t for t in texts) == 1
    finally:
        first.close()
        second.close()
