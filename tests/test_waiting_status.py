"""A resident waiting for a person who asks 「まだ？」 gets a short, honest and changing status — not the first notice
again; out of hours, when a counselor reads is said once, then shorter notes. Through /callback."""
from tests.support import move_clock_to

FIRST_NOTICE = "順番に対応していますので"
READ_FROM = "それまでも、ここに書いたことは残ります"  # companion.read_from, the line said once


def test_a_resident_asking_if_it_is_still_coming_gets_a_short_varied_status(runtime, resident):
    move_clock_to("2026-12-07T11:00:00+09:00")
    resident.follow()
    assert FIRST_NOTICE in resident.texts(resident.say("人と話したい"))
    answers = [resident.texts(resident.say(words)) for words in ("まだ？", "まだですか", "まだかな")]
    assert all(FIRST_NOTICE not in answer for answer in answers)
    assert all("分" in answer for answer in answers)  # how long so far
    assert len(set(answers)) == 3
    assert "人と話すのをやめる" in " ".join(resident.buttons()) or resident.buttons()


def test_on_a_weekend_when_a_counselor_reads_is_said_once_then_shorter_notes(runtime, resident):
    move_clock_to("2026-12-05T20:00:00+09:00")  # Saturday evening
    resident.follow()
    resident.say("人と話したい")
    answers = [resident.texts(resident.say("まだ？")), resident.texts(resident.sticker()),
               resident.texts(resident.image()), resident.texts(resident.say("誰もいないの？"))]
    assert sum(READ_FROM in answer for answer in answers) <= 1
    assert all("12月7日(月)" in answer for answer in answers)  # still honest about when, in a short note
    assert len(set(answers)) == len(answers) and resident.buttons()
