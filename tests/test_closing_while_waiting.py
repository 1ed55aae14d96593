"""When the office closes while residents wait for a person (queued, nobody has taken them), each gets one honest
push at closing: no one can answer today, from when a counselor reads and replies, that the message is kept — and,
after a crisis sign, the 24-hour lines. Once per resident per closing; not to one who stopped or blocked the account,
nor to one a counselor holds (found by a tester: left overnight with 「少しお待ちください」)."""
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from storage import clock
from storage.models import Conversation
from tests.support import move_clock_to

TUESDAY_BEFORE_CLOSING = "2026-11-24T16:30:00+09:00"  # the office closes at 17:15
CLOSED = "今日の受付時間が終わりました"
PHONE = re.compile(r"\d{2,4}-\d{2,4}-\d{3,4}")


def after_closing(runtime, minutes: int = 1) -> None:
    """The clock just after today's closing, and one pass of the sweeper (which runs the due jobs)."""
    move_clock_to("2026-11-24T17:15:00+09:00")
    clock.shift(timedelta(minutes=minutes))
    runtime.sweep_once()


@pytest.fixture
def waiting(resident):
    move_clock_to(TUESDAY_BEFORE_CLOSING)
    resident.follow()
    resident.say("人と話したい")
    return resident


def test_a_resident_waiting_at_closing_is_told_once_honestly(runtime, waiting):
    after_closing(runtime)
    told = waiting.texts(waiting.wait())
    assert CLOSED in told and "11月25日" in told and "残っています" in told
    assert not PHONE.search(told)  # no crisis sign: no crisis lines
    runtime.sweep_once()
    after_closing(runtime, minutes=40)
    assert CLOSED not in waiting.texts(waiting.wait())  # once per closing


def test_after_a_crisis_sign_the_closing_notice_carries_the_24_hour_lines(runtime, resident):
    move_clock_to(TUESDAY_BEFORE_CLOSING)
    resident.follow()
    resident.say("死にたい")
    after_closing(runtime)
    told = resident.texts(resident.wait())
    assert CLOSED in told and "24時間" in told and PHONE.search(told)


def test_the_notice_is_in_the_residents_language(runtime, resident):
    move_clock_to(TUESDAY_BEFORE_CLOSING)
    resident.follow()
    resident.say("I lost my job, can I talk to a real person please?")
    after_closing(runtime)
    assert "We have closed for today" in resident.texts(resident.wait())


def test_the_next_message_gets_the_short_line_not_the_whole_notice_again(runtime, waiting):
    after_closing(runtime)
    waiting.wait()
    answer = waiting.texts(waiting.say("まだですか"))
    assert CLOSED not in answer and "受付時間外" not in answer


def test_a_resident_who_stopped_or_stopped_waiting_is_not_told(runtime, resident, new_resident):
    move_clock_to(TUESDAY_BEFORE_CLOSING)
    stopped = new_resident()
    stopped.follow()
    stopped.say("死にたい")  # a crisis sign keeps the conversation in the queue…
    stopped.say("もういいです")  # …but the resident asked to stop
    resident.follow()
    resident.say("人と話したい")
    resident.tap("待つのをやめる")
    after_closing(runtime)
    assert CLOSED not in stopped.texts(stopped.wait()) and CLOSED not in resident.texts(resident.wait())


def test_a_resident_who_blocked_the_account_is_not_told(runtime, waiting):
    waiting._send("unfollow")
    after_closing(runtime)
    assert waiting.wait() == []


def test_a_resident_a_counselor_holds_is_not_told(runtime, waiting):
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        conv.status, conv.assigned_to = "active", "sato"
    after_closing(runtime)
    assert CLOSED not in waiting.texts(waiting.wait())


def test_a_resident_who_asked_after_closing_is_not_told_again_that_evening(runtime, resident):
    move_clock_to("2026-11-24T18:00:00+09:00")
    resident.follow()
    asked = resident.texts(resident.say("人と話したい"))
    assert "受付時間外" in asked
    runtime.sweep_once()
    assert CLOSED not in resident.texts(resident.wait())


def test_a_resident_who_stopped_after_a_crisis_sign_is_not_pushed_that_nobody_claimed_either(runtime, resident):
    move_clock_to(TUESDAY_BEFORE_CLOSING)
    resident.follow()
    resident.say("死にたい")
    resident.say("もういいです")
    clock.shift(timedelta(minutes=20))  # past the no-claim timer
    runtime.scheduler.run_due()
    assert resident.wait() == []
