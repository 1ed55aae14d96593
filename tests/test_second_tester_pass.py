"""What a second tester pass found after the fixes of session 15, pinned through the webhook: a doubtful answer to the
question about tonight is asked once more (never stored as if it answered), questions about phoning, a bot, the
office and the cost in other words are answered as questions about us, and a question the bot answered itself is not
also sent to a counselor."""
import pytest

from tests.support import chose_language, conversation_state, move_clock_to

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
TONIGHT_EN = "Do you have somewhere to sleep tonight?"


def _to_tonight_en(resident):
    chose_language(resident, "en", MONDAY_MORNING)
    resident.say("I can't pay my rent and my landlord says I must leave")
    assert TONIGHT_EN in resident.texts(resident.tap("That's right"))


@pytest.mark.parametrize("doubt", ["yeah nah", "not really, maybe a friend's couch"])
def test_a_doubtful_answer_about_tonight_is_asked_once_more(resident, runtime, doubt):
    _to_tonight_en(resident)
    said = resident.texts(resident.say(doubt))
    assert TONIGHT_EN in said and "income" not in said.lower()


@pytest.mark.parametrize("lang, question", [
    ("en", "can I just call you instead?"), ("pt-BR", "dá pra falar por telefone?"), ("zh-Hans", "可以打电话咨询吗？"),
    ("ja", "電話番号教えて"),
])
def test_asking_to_phone_gets_the_number_not_the_queue(resident, runtime, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    assert runtime.bundle.office.phone in resident.texts() and conversation_state(resident) == "start"


@pytest.mark.parametrize("lang, question", [
    ("en", "is a human going to read what I write?"), ("en", "am I talking to a machine right now?"),
    ("ja", "あなたってAI？それとも人間？"), ("ja", "機械が返事してるの？"),
])
def test_other_words_for_are_you_a_bot_are_answered_not_queued(resident, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    assert conversation_state(resident) == "start"
    assert "automatic" in resident.texts() or "自動" in resident.texts()


@pytest.mark.parametrize("lang, question", [("ja", "事務所の場所を教えて"), ("en", "what's your address?"),
                                            ("en", "where's your office?")])
def test_other_words_for_where_the_office_is(resident, runtime, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    assert runtime.bundle.office.address in resident.texts()


def test_frustration_at_an_intake_question_is_heard_not_stored(resident, runtime):
    _to_tonight_en(resident)
    resident.say("yes")
    said = resident.texts(resident.say("ugh this is so frustrating, useless"))
    assert "sorry" in said.lower()


def test_a_question_the_bot_answered_is_not_also_offered_to_a_counselor(resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say("仕事をクビになってお金がありません")
    resident.tap("これでOK")
    said = resident.texts(resident.say("これ全部答えないとだめ？"))
    assert "答えない" in said and "相談員がお答えできます" not in said
