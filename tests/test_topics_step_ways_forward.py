"""The topics step never asks the same question a third time: a typed yes or OK confirms the topics shown, and a
second message in a row that names no topic gets the choices of what can happen next (a person, a visit,
places). A button the step already has is not offered twice (「相談員と話す」 beside 「人と話したい」)."""
import pytest


def test_two_messages_that_name_no_topic_lead_to_the_choices_not_the_same_question(new_resident):
    resident = new_resident()
    resident.follow()
    first = resident.texts(resident.say("ちょっと聞いてほしいことがあって"))
    assert "どんなことでお困りですか" in first
    second = resident.texts(resident.say("ちょっと聞いてほしいことがあって"))
    assert "どんなことでお困りですか" not in second and "これからどうしたいですか" in second
    assert "相談員と話す" in resident.buttons()


@pytest.mark.parametrize(("first", "yes", "asked"), [("家賃が払えません", "はい", "寝る場所"),
                                                     ("I lost my job", "yes", "income"),
                                                     ("仕事をクビになりました", "OK", "")])
def test_a_typed_yes_confirms_the_topics_shown(new_resident, first, yes, asked):
    resident = new_resident()
    resident.follow()
    resident.say(first)
    shown = resident.texts()
    answer = resident.texts(resident.say(yes))
    assert answer != shown and "これでOK" not in answer and "That's right" not in answer
    assert asked in answer


def test_no_step_offers_two_buttons_that_do_the_same(new_resident):
    resident = new_resident()
    resident.follow()
    resident.say("ちょっと聞いてほしいことがあって")
    resident.say("ちょっと聞いてほしいことがあって")
    labels = resident.buttons()
    assert "相談員と話す" in labels and "人と話したい" not in labels
