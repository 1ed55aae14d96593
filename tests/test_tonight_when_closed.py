"""「今夜のこと」 at night with nowhere to sleep: every office is closed, so the answer says what can still be done
tonight (the police at 110 or a police box, not outside alone) — not only when the offices open (found by a tester).
In office hours, with an office open, it does not."""
from tests.places_support import seed_directory
from tests.support import move_clock_to

SUNDAY_1AM = "2026-12-06T01:00:00+09:00"
TUESDAY_11AM = "2026-12-08T11:00:00+09:00"
TONIGHT_STEP = "交番"


def test_with_nowhere_to_sleep_and_every_office_closed_tonight_offers_the_police_box(runtime, resident):
    seed_directory(runtime)
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("今夜寝るところがない")
    said = resident.texts(resident.tap("今夜のこと"))
    assert TONIGHT_STEP in said and "110" in said, said


def test_in_english_too(runtime, resident):
    seed_directory(runtime)
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("I have nowhere to sleep tonight")
    said = resident.texts(resident.tap("For tonight"))
    assert "police box" in said, said


def test_with_an_office_open_the_police_box_is_not_the_answer(runtime, resident):
    seed_directory(runtime)
    move_clock_to(TUESDAY_11AM)
    resident.follow()
    resident.say("今夜寝るところがない")
    said = resident.texts(resident.tap("今夜のこと"))
    assert TONIGHT_STEP not in said, said
