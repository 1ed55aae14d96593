"""A typed "there is none" to a question about a crisis sign is that sign, in plain and regional Japanese: 「今夜、寝る
場所はありますか」 answered 「なんもない」 or 「あらへん」 gets the no-place-tonight answer at once, as the button would (found
by a tester: 「何もないです」 moved on to the next question, 「あらへん」 was asked again, then dropped)."""
import pytest

from storage import repo
from tests.support import move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
TONIGHT = "今夜、寝る場所はありますか"


def _at_tonight(resident) -> None:
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("家賃が払えなくて家を出ないといけない")
    assert TONIGHT in resident.texts(resident.tap("これでOK"))


def _crisis(resident) -> list[str]:
    with resident.runtime.db.session() as s:
        row = repo.find_resident(s, "line", resident.user)
        return list(repo.open_conversation(s, row.id).crisis or [])


@pytest.mark.parametrize("answer", ["何もないです", "なんもない", "あらへん", "ないねん", "ありまへん", "ないっす", "ねえよ"])
def test_there_is_none_typed_to_the_tonight_question_is_no_place_tonight(resident, answer):
    _at_tonight(resident)
    said = resident.texts(resident.say(answer))
    assert "no_shelter" in _crisis(resident), said
    assert "もう一度だけ" not in said


def test_there_is_a_place_typed_is_a_place(resident):
    _at_tonight(resident)
    resident.say("あります")
    assert "no_shelter" not in _crisis(resident)
