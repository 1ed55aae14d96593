"""The expected wait said to a resident in the queue counts the people ahead at the pace counselors have lately taken
conversations: with many ahead it is never the few minutes one resident lately waited behind one other (a tester was
told 「約15分です（前に16人）」)."""
import re
from datetime import timedelta

from sqlalchemy import select

from storage import clock
from storage.models import Claim, Conversation
from tests.console_fixtures import open_office


def _claims_ten_minutes_apart(runtime, waited_minutes: int = 15, count: int = 5) -> None:
    with runtime.db.session() as session:
        conv_id = session.scalars(select(Conversation.id)).first()
        for n in range(count):
            session.add(Claim(conversation_id=conv_id, staff_name="sato", waited_seconds=waited_minutes * 60,
                              claimed_at=clock.now() - timedelta(minutes=10 * n)))


def _estimate(text: str) -> tuple[int, int] | None:
    found = re.search(r"約(\d+)分です（前に(\d+)人）", text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def test_a_resident_behind_six_others_is_told_about_an_hour_not_fifteen_minutes(runtime, new_resident):
    open_office(runtime)
    waiting = [new_resident() for _ in range(6)]
    for other in waiting:
        other.follow()
        other.say("人と話したい")
    _claims_ten_minutes_apart(runtime)
    late = new_resident()
    late.follow()
    late.say("人と話したい")
    minutes, ahead = _estimate(late.texts())
    assert ahead == 6 and minutes >= 60  # seven conversations at one every ten minutes


def test_a_resident_first_in_line_is_told_what_residents_lately_waited(runtime, new_resident):
    open_office(runtime)
    first = new_resident()
    first.follow()
    first.say("こんにちは")
    _claims_ten_minutes_apart(runtime)
    first.say("人と話したい")
    assert _estimate(first.texts()) == (15, 0)
