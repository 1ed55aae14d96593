"""Asking for a person, honest waiting, and the bot's silence while a counselor holds the conversation."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.console.counsel import Counsel
from bot.staff.accounts import StaffUser
from handlers.waiting import after_office_minutes
from storage import clock
from storage.models import Claim, Conversation, ScheduledJob
from tests.console_fixtures import conversation, open_office

SATO = StaffUser("sato", "counselor", "佐藤")


def _status(runtime, resident) -> Conversation:
    with runtime.db.session() as session:
        return session.scalars(select(Conversation).order_by(Conversation.id.desc())).first()


@pytest.mark.parametrize("text, lang", [
    ("人と話したい", "ja"), ("担当の人", "ja"), ("担当の人と話せますか", "ja"),
    ("human", "en"), ("staff", "en"), ("Can I talk to a real person?", "en"),
    ("Tôi muốn nói chuyện với nhân viên", "vi"), ("Quero falar com uma pessoa", "pt"),
    ("我想和工作人员说话", "zh"), ("상담원과 이야기하고 싶어요", "ko"), ("Quiero hablar con una persona", "es"),
    ("Gusto kong makausap ang isang tao", "tl"), ("Saya ingin bicara dengan petugas", "id"),
])
def test_a_resident_who_writes_that_they_want_a_person_is_put_in_the_queue(runtime, resident, text, lang):
    resident.follow()
    resident.say(text)
    conv = _status(runtime, resident)
    assert conv.status == "waiting", resident.texts()
    assert conv.state == "handoff"


def test_the_talk_to_a_person_button_is_on_every_step(runtime, resident):
    resident.follow()
    assert "人と話したい" in resident.buttons()
    resident.say("仕事をなくしました")
    assert "人と話したい" in resident.buttons()
    resident.tap("人と話したい")
    assert _status(runtime, resident).status == "waiting"


def test_a_crisis_goes_to_the_top_of_the_queue(runtime, resident, new_resident):
    first = new_resident()
    first.follow()
    first.say("人と話したい")
    resident.follow()
    resident.say("もう死にたい")
    rows = Counsel(runtime).queue()
    assert [r["status"] for r in rows] == ["waiting", "waiting"]
    assert rows[0]["crisis"] == ["suicide"] and rows[0]["urgency"] == 100


def test_in_office_hours_the_expected_wait_is_said_only_when_it_is_known(runtime, resident, new_resident):
    open_office(runtime)
    resident.follow()
    resident.say("人と話したい")
    assert "分です" not in resident.texts() and "相談員に伝えました" in resident.texts()
    with runtime.db.session() as session:  # three recent claims after 10, 20 and 30 minutes
        for minutes in (10, 20, 30):
            session.add(Claim(conversation_id=_status(runtime, resident).id, staff_name="sato",
                              waited_seconds=minutes * 60, claimed_at=clock.now()))
    other = new_resident()
    other.follow()
    other.say("人と話したい")
    assert "待ち時間の目安は約20分です（前に1人）" in other.texts()
    clock.shift(timedelta(minutes=25))  # the wait has outgrown the estimate: it is not promised again
    answer = other.texts(other.say("まだですか"))
    assert "目安" not in answer and "相談員" in answer


def test_nobody_claiming_in_time_is_said_honestly_with_a_visit_offered(runtime, resident):
    open_office(runtime)
    resident.follow()
    resident.say("人と話したい")
    conv = _status(runtime, resident)
    clock.shift(timedelta(minutes=14))
    runtime.scheduler.run_due()
    assert resident.wait() == []
    clock.shift(timedelta(minutes=2))
    assert runtime.scheduler.run_due() == 1
    resident.wait()
    assert "すぐに対応できない" in resident.texts()
    resident.tap("一緒に行ってほしい")  # the visit step, while keeping the place in the queue
    assert conversation(runtime, conv.id).state == "visit"
    assert conversation(runtime, conv.id).status == "waiting"


def test_the_no_claim_timer_counts_only_office_hours(runtime):
    office = runtime.services.office
    friday_evening = open_office(runtime)
    while friday_evening.astimezone(office_tz(office)).weekday() != 4:
        friday_evening += timedelta(days=1)
    friday_evening = friday_evening.astimezone(office_tz(office)).replace(hour=17, minute=10)
    due = after_office_minutes(office, friday_evening, 15)
    assert office.is_open(due)
    assert due.astimezone(office_tz(office)).weekday() in (0, 1, 2)  # the next open day, not Saturday
    assert due.astimezone(office_tz(office)).strftime("%H:%M") == "08:40"


def office_tz(office):
    from zoneinfo import ZoneInfo
    return ZoneInfo(office.tz)


def test_a_claim_cancels_the_no_claim_timer(runtime, resident):
    open_office(runtime)
    resident.follow()
    resident.say("人と話したい")
    cid = _status(runtime, resident).id
    from bot.staff import accounts as staff
    staff.add(runtime.db, "sato", "counselor", "correct horse battery")
    Counsel(runtime).claim(SATO, cid)
    with runtime.db.session() as session:
        assert session.scalars(select(ScheduledJob.status)).all() == ["cancelled"]


def test_while_a_counselor_holds_the_conversation_the_bot_stays_silent(runtime, resident, make_staff):
    make_staff("sato")
    resident.follow()
    resident.say("人と話したい")
    cid = _status(runtime, resident).id
    Counsel(runtime).claim(SATO, cid)
    assert resident.say("お金がありません") == []
    assert resident.sticker() == []
    detail = Counsel(runtime).detail(SATO, cid)
    assert [m["text"] for m in detail["messages"][-2:]] == ["お金がありません", "[sticker]"]


def test_a_crisis_while_a_counselor_holds_it_alerts_the_counselor_and_gives_the_resident_the_lines(runtime, resident,
                                                                                                   make_staff):
    make_staff("sato")
    resident.follow()
    resident.say("人と話したい")
    cid = _status(runtime, resident).id
    Counsel(runtime).claim(SATO, cid)
    assert "0120" in resident.texts(resident.say("もう死にたい"))
    row = Counsel(runtime).queue()[0]
    assert row["crisis_alert"]["signals"] == ["suicide"] and row["urgency"] == 100
    Counsel(runtime).acknowledge(SATO, cid)
    assert Counsel(runtime).queue()[0]["crisis_alert"] is None


def test_what_the_resident_writes_while_waiting_is_kept_for_the_counselor(runtime, resident, make_staff):
    make_staff("sato")
    resident.follow()
    resident.say("人と話したい")
    resident.say("明日までに家を出ないといけません")
    cid = _status(runtime, resident).id
    texts = [m["text"] for m in Counsel(runtime).detail(SATO, cid)["messages"] if m["sender"] == "resident"]
    assert "明日までに家を出ないといけません" in texts
