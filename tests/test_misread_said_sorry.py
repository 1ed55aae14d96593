"""A resident who says the crisis answer read them wrong (「そういう意味じゃないです」 "I didn't say that") is heard:
the bot says sorry and thanks them, the counselor sees that the resident disputed it, and the conversation goes on
(found by a tester: a generic thank-you, as if nothing had been said)."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.support import move_clock_to

TUESDAY_10AM = "2026-12-08T10:00:00+09:00"


@pytest.mark.parametrize("first, correction, sorry", [
    ("ガス止められた", "そういう意味じゃないです。止められたのは携帯です", "読み違え"),
    ("the gas was cut off", "I didn't say that. It's my phone that was cut", "misread"),
])
def test_a_resident_who_says_they_were_misread_is_told_sorry_and_the_counselor_sees_it(
        runtime, resident, first, correction, sorry):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.say(first)
    said = resident.texts(resident.say(correction))
    assert sorry in said and "110" not in said, said
    with runtime.db.session() as session:
        assert session.scalars(select(Conversation)).one().data["misread_said"]
