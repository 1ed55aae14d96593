"""「やっぱりいい」 where nothing is asked but "is this your worry?" is a wish to stop (never mind), said gently and
the way back told; at a question it still answers it (a polite no). 「どこもない」 to "do you have somewhere to stay
tonight?" is a no, not words the bot does not understand. A pattern limited to some steps is validated."""
import pytest

from dialogs.script import parse
from handlers.datafile import DataError
from tests.support import Resident, move_clock_to

TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"


@pytest.mark.parametrize("never_mind", ["やっぱりいい", "やっぱりいいです", "やっぱいいや"])
def test_a_resident_who_says_never_mind_at_the_topics_step_is_let_go_kindly_not_asked_which_topic(
        app, fake_line, never_mind):
    move_clock_to(TUESDAY_AFTERNOON)
    resident = Resident(app, fake_line)
    resident.say("家賃が払えない")
    answer = resident.texts(resident.say(never_mind))
    assert "ここで終わりにしますね" in answer
    assert "どれが近いですか" not in answer


def test_never_mind_said_again_after_stopping_gets_a_short_word_not_the_goodbye_again(app, fake_line):
    resident = Resident(app, fake_line)
    resident.say("お金がない")
    first = resident.texts(resident.say("やっぱりいい"))
    second = resident.texts(resident.say("やっぱりいい"))
    assert second and second != first


def test_a_plain_no_at_the_topics_step_still_asks_which_topic_is_wrong(app, fake_line):
    resident = Resident(app, fake_line)
    resident.say("家賃が払えない")
    answer = resident.texts(resident.say("いいえ、ちがいます"))
    assert "ここで終わりにしますね" not in answer


@pytest.mark.parametrize("none", ["どこもない", "どこにもないです", "あてはないです"])
def test_nowhere_to_the_question_about_tonight_is_heard_as_no_place(app, fake_line, none):
    move_clock_to(TUESDAY_AFTERNOON)
    resident = Resident(app, fake_line)
    resident.say("今夜泊まるところがない")
    answer = resident.texts(resident.say(none))
    assert "今夜泊まれるところを、一緒に探しましょう" in answer


SCRIPT = """
script: tiny
initial: start
states:
  start: {prompt: common.hello}
  other: {prompt: common.hello}
transitions:
  - {trigger: text, source: "*", dest: start}
  - {trigger: go, source: start, dest: other}
  - {trigger: back, source: other, dest: start}
patterns:
  - {name: only_here, when: words, words: [x], trigger: go, steps: [%s]}
"""


def test_a_pattern_limited_to_steps_needs_its_trigger_from_each_and_known_steps():
    parse(SCRIPT % "start", "tiny.yaml", lambda _m: True)  # go leaves start: fine
    with pytest.raises(DataError) as refused:
        parse(SCRIPT % "start, other", "tiny.yaml", lambda _m: True)
    assert "other" in str(refused.value) and "go" in str(refused.value)
    with pytest.raises(DataError) as unknown:
        parse(SCRIPT % "nowhere", "tiny.yaml", lambda _m: True)
    assert "nowhere" in str(unknown.value)
