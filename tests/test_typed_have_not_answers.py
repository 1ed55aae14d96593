"""A typed "there is none" to a question about a crisis sign is that sign, in plain and regional Japanese: 「今夜、寝る
場所はありますか」 answered 「なんもない」 or 「あらへん」 gets the no-place-tonight answer at once, as the button would (found
by a tester: 「何もないです」 moved on to the next question, 「あらへん」 was asked again, then dropped)."""
import pytest

from storage import repo
from tests.support import to_the_tonight_question


def _crisis(resident) -> list[str]:
    with resident.runtime.db.session() as s:
        row = repo.find_resident(s, "line", resident.user)
        return list(repo.open_conversation(s, row.id).crisis or [])


@pytest.mark.parametrize("answer", ["何もないです", "なんもない", "あらへん", "ないねん", "ありまへん", "ないっす", "ねえよ"])
def test_there_is_none_typed_to_the_tonight_question_is_no_place_tonight(resident, answer):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say(answer))
    assert "no_shelter" in _crisis(resident), said
    assert "もう一度だけ" not in said


def test_there_is_a_place_typed_is_a_place(resident):
    to_the_tonight_question(resident)
    resident.say("あります")
    assert "no_shelter" not in _crisis(resident)
