"""Only tears or a broken heart (😢😢😢, 💔) is a feeling, heard warmly, with words invited and never required — not
"Got it" (found by a tester). Twice in a row, two different wordings."""
from tests.support import move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"


def test_tears_as_a_first_message_are_heard(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    said = resident.texts(resident.say("😢😢😢"))
    assert "つらい気持ち" in said and resident.buttons(), said


def test_tears_again_get_another_wording_and_words_still_work(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困っています")
    first = resident.texts(resident.say("😭"))
    second = resident.texts(resident.say("😭😭"))
    assert first != second and "ここにいます" in second
    assert "お金" in resident.texts(resident.tap("これでOK")) or resident.buttons()


def test_in_english_too(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("Hello, I lost my job and I have no money")
    said = resident.texts(resident.say("💔"))
    assert "feeling sad" in said, said
