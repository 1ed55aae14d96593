"""After a crisis answer (or at the safety question) a sticker is not thanked cheerfully: the bot says it is here and
waits for words; a location shared there gets where to call if in danger now, not "we will use it to find places"
(found by a tester). Elsewhere a sticker is still thanked."""
from tests.support import move_clock_to

TUESDAY_10AM = "2026-12-08T10:00:00+09:00"


def _after(resident, words: str) -> None:
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.say(words)


def test_a_sticker_after_a_crisis_answer_gets_we_are_here_not_thanks(resident):
    _after(resident, "もう死にたい")
    said = resident.texts(resident.sticker())
    assert "ここにいます" in said and "スタンプ、ありがとう" not in said, said


def test_a_location_after_a_crisis_answer_gets_where_to_call_now(resident):
    _after(resident, "夫に殴られた")
    said = resident.texts(resident.location())
    assert "110" in said and "近くの場所を案内" not in said, said


def test_a_sticker_at_the_first_step_is_still_thanked(resident):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    assert "スタンプ、ありがとう" in resident.texts(resident.sticker())
