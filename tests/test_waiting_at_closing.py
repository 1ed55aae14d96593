"""Honest at closing time: a resident who asks for a person a few minutes before the office closes is not told
"please wait a little" — they are told when it closes and that the reply may come when it opens again. (Found by
a tester: 「人と話したい」 at 17:14 got "wait a little", and nobody answered until the next morning.)"""
from tests.support import move_clock_to

MONDAY_CLOSING = "2026-12-07T17:10:00+09:00"  # Monday hours 8:30–17:15
MONDAY_MORNING = "2026-12-07T11:00:00+09:00"


def test_asking_for_a_person_minutes_before_closing_is_told_the_reply_may_come_next_morning(resident):
    move_clock_to(MONDAY_CLOSING)
    resident.follow()
    answer = resident.texts(resident.say("人と話したい"))
    assert "17:15" in answer and "12月8日" in answer and "少しお待ちください" not in answer


def test_in_the_middle_of_the_day_the_resident_is_asked_to_wait_a_little(resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    answer = resident.texts(resident.say("人と話したい"))
    assert "少しお待ちください" in answer and "17:15" not in answer


def test_in_english_the_closing_time_is_said_in_english(resident):
    move_clock_to(MONDAY_CLOSING)
    resident.follow()
    resident.say("Hello, I lost my job and I cannot pay my rent this month")
    answer = resident.texts(resident.say("I want to talk to a person"))
    assert "we close at" in answer
