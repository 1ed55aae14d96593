"""Ending well: a goodbye is answered as a goodbye, stopping twice is not the same goodbye twice, and a thank-you or
an old button after stopping gets a short word with the buttons — never the step's question or bubble again."""
import pytest

from dialogs.script import parse
from handlers.datafile import DataError

STOPPED = "ここで終わりにしますね"
TOPICS_QUESTION = "どんなことでお困りですか"


def test_asking_to_stop_twice_gets_a_short_word_and_the_buttons_not_the_goodbye_again(resident):
    resident.follow()
    resident.say("もういいです")
    assert STOPPED in resident.texts()
    again = resident.texts(resident.say("もういいです"))
    assert STOPPED not in again and "いつでもここにいます" in again
    assert "はじめから" in resident.buttons() and len(resident.last_messages) == 1


def test_a_thank_you_after_stopping_is_answered_without_the_goodbye_bubble(resident):
    resident.follow()
    resident.say("もういいです")
    answer = resident.texts(resident.say("ありがとう"))
    assert "どういたしまして" in answer and STOPPED not in answer
    assert "人と話したい" in resident.buttons()


def test_an_old_button_after_stopping_says_so_and_how_to_go_on(resident):
    resident.follow()
    old_choice = next(i["action"]["data"] for i in resident.last_messages[-1]["quickReply"]["items"]
                      if i["action"]["label"] == "ボタンで選ぶ")
    resident.say("もういいです")
    answer = resident.texts(resident.postback(old_choice))
    assert "前の画面" in answer and STOPPED not in answer and "いまの質問" not in answer
    assert "はじめから" in resident.buttons()


@pytest.mark.parametrize("goodbye", ["さようなら", "またね", "じゃあね、おやすみなさい"])
def test_a_goodbye_in_the_middle_of_a_step_is_answered_as_a_goodbye_and_the_question_is_not_asked_again(resident, goodbye):
    resident.follow()
    resident.tap("ボタンで選ぶ")
    assert TOPICS_QUESTION in resident.texts()
    answer = resident.texts(resident.say(goodbye))
    assert "どういたしまして" not in answer and TOPICS_QUESTION not in answer
    assert "いつでも" in answer and "お金" in resident.buttons()  # the step's buttons stay under the goodbye


def test_a_goodbye_in_english_is_answered_in_english(resident):
    resident.follow()
    resident.say("Hello, I lost my job and I can't pay my rent")
    answer = resident.texts(resident.say("ok bye"))
    assert "Write here any time" in answer or "We're here whenever" in answer


def test_pressing_talk_here_after_a_crisis_sign_invites_writing_instead_of_thanking_for_words_not_written(resident):
    resident.follow()
    resident.say("死にたい")
    answer = resident.texts(resident.tap("ここで話す"))
    assert "ここで聞きます" in answer and "書いてくださって" not in answer
    assert "相談窓口" in resident.buttons()
    after = resident.texts(resident.say("もう疲れました"))
    assert any(w in after for w in ("書いてくださって", "読んでいます", "話してくださって", "受け取りました"))


def test_a_script_whose_quiet_is_not_true_or_false_is_refused_with_its_line():
    text = """
initial: a
states:
  a: {prompt: intake.ask_anything}
  b: {prompt: intake.ask_anything}
transitions:
  - {trigger: go, source: a, dest: b, quiet: "yes please"}
  - {trigger: back, source: b, dest: a}
"""
    with pytest.raises(DataError) as refused:
        parse(text, "t.yaml", lambda msg_id: True)
    assert any("quiet" in problem for problem in refused.value.problems)
