"""A resident asked which language to use who answers with their worry, written in their language, is answered in
it and heard: the worry is said back as the first message (never "write what worries you" after it was written);
a language only named (「español」) goes back to the first question."""
import pytest

from tests.support import move_clock_to

MONDAY_AFTERNOON = "2026-12-07T14:00:00+09:00"


@pytest.mark.parametrize("greeting, worry, topic", [
    ("Hola", "ya no tengo dinero", "✓ Dinero"),
    ("Xin chào", "tôi bị mất việc", "✓ Việc làm"),
    ("Halo", "saya kehilangan pekerjaan dan tidak bisa bayar sewa", "✓ Pekerjaan"),
])
def test_a_worry_written_at_the_language_question_chooses_the_language_and_is_said_back(resident, greeting, worry,
                                                                                       topic):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say(greeting)
    assert "日本語" in resident.buttons(), "the language is asked"
    resident.say(worry)
    assert topic in resident.buttons()


def test_a_language_only_named_goes_back_to_the_first_question(resident):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say("Hola")
    answer = resident.texts(resident.say("español"))
    assert "español" in answer and "qué te preocupa" in answer
