"""The first words to someone new greet by the centre's hour — 「こんばんは」 at night, "Good morning" early — where the
welcome opens with the language's daytime hello (found by playing residents: 「こんばんは」 at 23:30 was answered
「こんにちは」)."""
import pytest

from tests.support import move_clock_to


@pytest.mark.parametrize("moment, story, hello", [
    ("2026-12-07T23:30:00+09:00", "家賃が払えない", "こんばんは。くらしの"),
    ("2026-12-07T08:00:00+09:00", "家賃が払えない", "おはようございます。くらしの"),
    ("2026-12-07T14:00:00+09:00", "家賃が払えない", "こんにちは。くらしの"),
    ("2026-12-07T21:00:00+09:00", "i can't pay my rent", "Good evening."),
])
def test_a_newcomer_is_greeted_by_the_hour(resident, moment, story, hello):
    move_clock_to(moment)
    assert hello in resident.texts(resident.say(story))
