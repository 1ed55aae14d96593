"""The gentle safety question (a crisis the learned backstop suspects): typed answers are read — a partial yes is a
yes, 「大丈夫」 a no, 「ある」 a yes or a no by what was asked — anything else is pointed back to the question once
(never the question itself twice in a row) and then moves on with the lines that fit; 「話したくない」 gets the lines too; a calm 「食べるものはある」 is not asked about; coming
back after a day, after a crisis sign, brings the lines again (found by a tester playing residents)."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.companion_support import Chat
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

SATURDAY_NIGHT = "2026-12-05T23:00:00+09:00"
SUSPECTED = "もう終わりにしてほしい、この生活"  # the learned backstop suspects suicide; no keyword says it
ASKED = "死にたいほどつらい気持ち"
STILL_OPEN = "さっきの質問だけ"  # the question still open, said plainly under its buttons (not asked again)
LINE = "0120-279-338"


def conversation(runtime) -> Conversation:
    with runtime.db.session() as s:
        return s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()


def speaking(runtime, resident, lang: str) -> None:
    with runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"


@pytest.fixture
def chat(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    return Chat(resident)


@pytest.mark.parametrize("answer", ["ある", "あります", "少し", "たまに", "そうかも", "まあね", "正直ある", "ちょっとだけ",
                                    "はい"])
def test_a_typed_partial_yes_to_the_safety_question_is_a_crisis_sign(chat, runtime, answer):
    assert ASKED in chat.say(SUSPECTED)
    said = chat.say(answer)
    assert LINE in said and ASKED not in said
    assert conversation(runtime).crisis == ["suicide"]


def asked_about(runtime, kind: str) -> None:
    """The conversation is at the gentle question about *kind* (as the learned backstop leaves it)."""
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        conv.state, conv.status = "safety_check", "waiting"
        conv.data = {**(conv.data or {}), "possible": [kind], "possible_asked": "x", "safety_unclear": 0}


@pytest.mark.parametrize("lang, answer, sign", [
    ("en", "a bit", True), ("en", "sometimes", True), ("en", "kind of", True), ("en", "yeah", True),
    ("vi", "có một chút", True), ("ko", "가끔요", True), ("zh-Hans", "有一点", True), ("tl", "medyo", True),
    ("pt-BR", "às vezes", True), ("es", "un poco", True), ("id", "sedikit", True), ("th", "นิดหน่อย", True),
    ("en", "not really", False), ("ko", "괜찮아요", False), ("zh-Hans", "没事", False), ("es", "estoy bien", False),
])
def test_partial_yes_and_no_words_in_other_languages(chat, resident, runtime, lang, answer, sign):
    speaking(runtime, resident, lang)
    asked_about(runtime, "suicide")
    chat.say(answer)
    conv = conversation(runtime)
    assert (conv.crisis == ["suicide"]) is sign and conv.state != "safety_check"


def test_a_story_at_the_safety_question_is_not_read_as_a_partial_yes(chat, runtime):
    chat.say(SUSPECTED)
    said = chat.say("少し前に仕事を辞めて、たまに日雇いの仕事をしているけど、家賃が払えなくて困っている")
    assert not conversation(runtime).crisis and STILL_OPEN in said and ASKED not in said  # kept, pointed back once


@pytest.mark.parametrize("answer", ["そんなことない", "ないです", "大丈夫", "いいえ"])
def test_a_typed_no_thanks_the_resident_and_goes_back(chat, runtime, answer):
    chat.say(SUSPECTED)
    said = chat.say(answer)
    assert "答えてくださってありがとうございます" in said and ASKED not in said
    conv = conversation(runtime)
    assert not conv.crisis and conv.status == "waiting"  # still where a counselor looks


def test_not_really_in_english_is_a_no(chat, resident, runtime):
    speaking(runtime, resident, "en")
    chat.say("I want to die lol")
    said = chat.say("not really")
    assert "Thank you for answering" in said and not conversation(runtime).crisis


@pytest.mark.parametrize("unclear", [
    ["なんで？", "うーんと、どうかな"],
    ["sticker", "なんで？"],
    ["image", "sticker"],
    ["location", "なんで？"],
])
def test_an_unclear_answer_is_pointed_back_once_and_the_next_moves_on_with_the_lines(chat, resident, runtime, unclear):
    asked = 1 if ASKED in chat.say(SUSPECTED) else 0
    answers = []
    for step in unclear:
        if step in ("sticker", "image", "location"):
            answers.append(chat._check(getattr(resident, step)(), step))
        else:
            answers.append(chat.say(step))
    asked += sum(ASKED in a for a in answers)
    assert asked == 1 and STILL_OPEN in answers[0], answers  # never the same question twice in a row
    assert LINE in answers[-1] and "119" in answers[-1]  # moved on: the lines that fit the suspected sign
    assert "ボタンで選ぶ" in resident.buttons()  # and the usual choices
    conv = conversation(runtime)
    assert conv.status == "waiting" and not conv.crisis  # still flagged for a counselor, not taken as certain


def test_an_old_button_at_the_safety_question_does_not_loop_it(chat, resident):
    old = resident.last_messages[-1]["quickReply"]["items"][0]["action"]["data"]  # the first step's button
    chat.say(SUSPECTED)
    first = chat._check(resident.postback(old), "old button")
    second = chat._check(resident.postback(old), "old button again")
    assert STILL_OPEN in first and ASKED not in first + second and LINE in second


def test_rather_not_say_at_night_is_thanked_with_the_24_hour_lines_and_goes_back(chat, resident):
    chat.say(SUSPECTED)
    said = chat.tap("話したくない")
    assert "ありがとうございます" in said and LINE in said and "119" in said
    assert "相談窓口" in resident.buttons() and "ボタンで選ぶ" in resident.buttons()
    assert LINE in chat.tap("相談窓口")


def test_i_dont_know_at_the_safety_question_gets_the_lines_not_the_question_again(chat):
    chat.say(SUSPECTED)
    said = chat.say("わからない")
    assert LINE in said and ASKED not in said


@pytest.mark.parametrize("calm", ["食べるものはある", "今日は食べるものがあります", "食べ物はあるけど家賃が払えない",
                                  "寝る場所はある"])
def test_saying_there_is_food_or_a_place_to_sleep_is_not_asked_about(chat, calm):
    said = chat.say(calm)
    assert "もしかして" not in said


def test_at_the_food_question_there_is_means_no_and_there_is_none_means_yes(runtime, resident, chat):
    asked_about(runtime, "no_food")
    said = chat.say("あるって")
    assert "食べるものがない" not in said and "答えてくださって" in said
    assert not conversation(runtime).crisis
    asked_about(runtime, "no_food")
    chat.say("ないです")
    assert conversation(runtime).crisis == ["no_food"]


def test_coming_back_after_a_day_after_a_crisis_sign_asks_about_safety_and_gives_the_lines(chat, resident):
    chat.say("死にたい")
    move_clock_to("2026-12-07T20:00:00+09:00")
    said = chat.say("こんばんは")
    assert "おかえりなさい" in said and "安全なところ" in said and LINE in said and "119" in said
    assert {"続きから", "相談窓口"} <= {b for label in resident.buttons() for b in ("続きから", "相談窓口") if b in label}


def test_coming_back_after_a_day_without_a_crisis_sign_gets_the_plain_welcome_back(chat, resident):
    chat.say("家賃が払えません")
    move_clock_to("2026-12-07T20:00:00+09:00")
    said = chat.say("こんばんは")
    assert "おかえりなさい" in said and LINE not in said


@pytest.mark.parametrize("text, lang", [
    ("食べるものはある", "ja"), ("食べるのには困ってない", "ja"), ("食べ物は何とかなってる", "ja"), ("寝る場所はある", "ja"),
    ("I still have food at home", "en"),
])
def test_a_statement_of_having_food_or_a_place_is_not_a_suspected_lack(text, lang):
    from dialogs.triage import default_classifier
    result = default_classifier().classify(text, lang)
    assert not {"no_food", "no_shelter"} & set(result.possible + result.crisis)


@pytest.mark.parametrize("text", ["食べるものがない", "食べるのに困ってる", "食べ物は大丈夫じゃない"])
def test_a_lack_of_food_is_still_read_or_suspected(text):
    from dialogs.triage import default_classifier
    from dialogs.triage.classifier import Classifier
    from dialogs.triage.message import Message
    classifier = default_classifier()
    assert isinstance(classifier, Classifier)
    reading = Message(text).reading(classifier._by_lang["ja"])
    assert "has_food" not in reading.labels
