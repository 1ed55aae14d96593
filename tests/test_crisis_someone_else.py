"""A resident who writes about another person's crisis (「友達が死にたいって言ってる」) is answered about that person:
thanked for telling, asked whether that person is safe — not told "you matter, are you safe?" as if it were their
own. The lines are the same (they serve families and friends too). (Found by a tester.)"""
import pytest

from tests.support import move_clock_to

SATURDAY_NIGHT = "2026-12-05T23:30:00+09:00"


@pytest.mark.parametrize("words", ["友達が死にたいって言ってる", "母が最近、死にたいと言っています",
                                   "隣の家の子どもがいつも怒鳴られて叩かれてる"])
def test_a_crisis_of_someone_else_is_answered_about_that_person(resident, words):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    answer = resident.texts(resident.say(words))
    assert "大切な人のこと" in answer and "その方は、いま安全なところにいますか" in answer
    assert "あなたのことが大切です" not in answer and "あなたは、安全なところにいますか" not in answer
    assert "119" in answer


def test_in_english_a_friend_who_wants_to_die_is_asked_about(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    answer = resident.texts(resident.say("My friend says she wants to kill herself"))
    assert "someone you care about" in answer and "Is that person somewhere safe" in answer


def test_the_residents_own_crisis_is_still_answered_as_their_own(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    answer = resident.texts(resident.say("母が入院して、私も死にたい"))
    assert "あなたのことが大切です" in answer and "大切な人のこと" not in answer
