"""「なんでもない」 "never mind" is a gentle wish to stop, never a question (it holds なんで "why", and was answered
"a counselor can answer that question" — found by playing residents): confirmed, with the way back."""
import pytest

from handlers.wording import wording
from tests.support import move_clock_to

QUESTION_OFFER = "相談員がお答えできます"
WAY_BACK = "また話したくなったら"


@pytest.mark.parametrize("text", ["なんでもない", "なんでもないです、すみません", "どうしようもないけど", "なんでもいいです"])
def test_words_that_hold_a_question_word_but_ask_nothing_are_no_question(text):
    assert not wording().is_question(text)


@pytest.mark.parametrize("text", ["なんで？", "なんでこうなるの", "どうしよう", "どうしたらいいですか"])
def test_real_questions_stay_questions(text):
    assert wording().is_question(text)


@pytest.mark.parametrize("never_mind", ["なんでもない", "なんでもないです", "never mind", "forget it", "deixa pra lá"])
def test_a_resident_who_says_never_mind_at_the_first_step_is_let_go_kindly_with_the_way_back(resident, never_mind):
    move_clock_to("2026-12-07T10:00:00+09:00")
    resident.sticker()
    said = resident.texts(resident.say(never_mind))
    assert QUESTION_OFFER not in said
    assert resident.buttons(), "a way back stays under the answer"
    if never_mind.startswith("なん"):
        assert WAY_BACK in said
