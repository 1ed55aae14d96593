"""Thanked and said goodbye to again and again after a crisis sign, the bot never sends the same bubble twice, never
lists the 24-hour lines twice in a row, never asks the safety question a third time, and while a counselor is
told it says their answer will come here instead of offering a counselor "later"."""
import re

import pytest

from tests.test_after_crisis_listening import after_a_crisis_answer, conversation

LINE = "0120-279-338"
SAFETY = "安全なところにいますか"
PHONE = re.compile(r"\d{2,4}-\d{2,4}-\d{3,4}")


def bubbles(messages) -> list[str]:
    return [m.get("text") for m in messages]


def test_a_resident_who_thanks_three_times_after_writing_mou_shinitai_gets_the_lines_and_the_question_once(
        app, fake_line):
    resident = after_a_crisis_answer(app, fake_line)
    first = resident.texts(resident.say("ありがとう"))
    assert LINE in first and SAFETY in first  # thanked, the lines, the open question asked once more
    previous = bubbles(resident.say("ありがとう"))
    text = "\n".join(previous)
    assert LINE not in text and SAFETY not in text and "さきほどのメッセージ" in text
    again = bubbles(resident.say("ありがとう"))
    assert not set(again) & set(previous)  # never the same bubble twice in a row
    assert SAFETY not in "\n".join(again)


def test_a_thank_you_while_waiting_for_a_person_after_a_crisis_sign_is_short_after_the_first(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line)
    resident.say("相談員と話したい")
    assert conversation(resident).status == "waiting"
    said = [resident.texts(resident.say(words)) for words in ("ありがとう", "ありがと", "ありがとうございました")]
    assert sum(LINE in answer for answer in said) <= 1
    assert sum(SAFETY in answer for answer in said) <= 1


def test_a_goodbye_while_a_counselor_is_told_says_their_answer_comes_here_and_a_second_one_is_short(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line)
    first = resident.texts(resident.say("さようなら"))
    assert "ここに返事が届きます" in first and LINE in first
    assert "相談員と話すこともできます" not in first
    second = resident.texts(resident.say("さようなら"))
    assert LINE not in second and "ここに返事が届きます" in second


@pytest.mark.parametrize("lang,thanks,bye", [("en", "thank you", "bye"), ("vi", "cảm ơn", "tạm biệt"),
                                             ("pt-BR", "obrigado", "tchau")])
def test_in_other_languages_the_second_goodbye_after_a_crisis_sign_does_not_repeat_the_lines(
        app, fake_line, lang, thanks, bye):
    resident = after_a_crisis_answer(app, fake_line, "I want to die", lang=lang)
    resident.say(thanks)
    first = resident.texts(resident.say(bye))
    second = resident.texts(resident.say(bye))
    assert PHONE.search(first), first  # the lines of the resident's language, once
    assert not PHONE.search(second) and second.strip()
