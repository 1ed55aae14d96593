"""Fear said after a crisis sign (「こわい」 "I'm so scared" 「em sợ quá」) is heard as a feeling — after violence with 110
if the danger comes near; said again, a way to steady the breath — never a bare "thank you for writing" (found by
playing residents: a woman hiding from a drunk husband wrote "em sợ quá" and was thanked for writing)."""
import pytest

from handlers.wording import wording
from tests.support import move_clock_to

EVENING = "2026-12-07T21:00:00+09:00"


@pytest.mark.parametrize("lang, sign, afraid, heard", [
    ("ja", "夫に殴られた。いまトイレに隠れてる", "こわい", "110"),
    ("en", "my boyfriend hit me again and he's asleep now", "i'm so scared", "110"),
    ("vi", "chồng em say rượu đánh em, em đang trốn trong nhà vệ sinh", "em sợ quá", "110"),
    ("es", "mi esposo me pegó otra vez, estoy encerrada en el baño", "tengo mucho miedo", "110"),
])
def test_fear_after_violence_is_heard_with_110_if_the_danger_comes_near(resident, lang, sign, afraid, heard):
    move_clock_to(EVENING)
    resident.say(sign)
    said = resident.texts(resident.say(afraid))
    assert heard in said
    assert "Thank you for writing." not in said and "書いてくださって、ありがとうございます。" not in said


def test_fear_said_twice_gets_a_way_to_steady_the_breath_not_the_same_words(resident):
    move_clock_to(EVENING)
    resident.say("もう死にたい")
    first = resident.texts(resident.say("こわい"))
    second = resident.texts(resident.say("震えがとまらない"))
    assert "こわいですね" in first and "110" not in first
    assert "息" in second and "こわいですね" not in second


@pytest.mark.parametrize("text", ["怖くて眠れない", "I'm terrified", "tengo miedo", "takot na takot ako", "我好害怕", "무서워요"])
def test_words_of_fear_in_many_languages_are_read(text):
    assert wording().is_afraid(text)


@pytest.mark.parametrize("text", ["ありがとう", "i ran to the station", "okay", "可以"])
def test_other_words_are_no_fear(text):
    assert not wording().is_afraid(text)
