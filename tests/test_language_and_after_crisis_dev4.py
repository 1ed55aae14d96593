"""A short message in letters only one of our languages writes (죽고 싶어요, 我不想活了, मर्न मन छ) is answered in that
language, however short, while 「ok」「はい」 change nothing; "is a person reading this?" asked casually is answered
honestly, and reactions to the bot at the first steps do not skip the intake; a thank-you, a greeting the next
morning and a location after a crisis sign are heard as what they are."""
import re

import pytest

from tests.support import conversation_state, move_clock_to

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
KANA = re.compile(r"[\u3040-\u30ff]")
SCRIPTS = {"ko": re.compile(r"[\uac00-\ud7af]"), "zh": re.compile(r"[这您们请吗谢]"),
           "ne": re.compile(r"[\u0900-\u097f]"), "th": re.compile(r"[\u0e00-\u0e7f]"), "my": re.compile(r"[\u1000-\u109f]")}


@pytest.mark.parametrize("lang, words", [("ko", "죽고 싶어요"), ("zh", "我不想活了"), ("ne", "मर्न मन छ"),
                                         ("th", "อยากตาย"), ("zh", "我想死"), ("ko", "살려주세요")])
def test_a_short_crisis_in_a_script_only_one_language_writes_is_answered_in_it(new_resident, lang, words):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()  # the LINE profile says Japanese
    answer = resident.texts(resident.say(words))
    assert SCRIPTS[lang].search(answer) and not KANA.search(answer)


@pytest.mark.parametrize("lang, words", [("zh", "你是机器人吗？"), ("ko", "사람이에요?"), ("zh", "我没钱")])
def test_a_short_question_in_such_a_script_is_answered_in_it(new_resident, lang, words):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    answer = resident.texts(resident.say(words))
    assert SCRIPTS[lang].search(answer) and not KANA.search(answer)


@pytest.mark.parametrize("words", ["ok", "はい", "OK", "好", "生活保護"])
def test_a_short_ambiguous_message_does_not_change_a_japanese_readers_language(new_resident, words):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    assert KANA.search(resident.texts(resident.say(words)))


@pytest.mark.parametrize("words", ["はい", "生活保護", "ok"])
def test_a_short_kana_or_kanji_word_does_not_change_an_english_readers_language(new_resident, words):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    assert "So it is about" in resident.texts(resident.say("I lost my job and cannot pay the rent"))
    resident.say(words)  # at most asked which language to use, with both as buttons
    assert _language_of(resident) == "en"


def _language_of(resident) -> str:
    from sqlalchemy import select

    from storage.models import Resident as ResidentRow

    with resident.runtime.db.session() as s:
        return s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one().lang


# --- "is this a bot? is a person reading?" asked casually -------------------------------------------------------
@pytest.mark.parametrize("words, said", [("これ人が読んでるの？", "相談員（人）が読みます"), ("ボットかよ", "相談員（人）が読みます"),
                                         ("誰か読んでくれてますか", "相談員（人）が読みます"),
                                         ("bạn là người hay máy?", "người thật"), ("is a person reading this?", "people"),
                                         ("有人在看吗", "真人")])
def test_asking_casually_whether_a_person_reads_is_answered_honestly(new_resident, words, said):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.tap("ボタンで選ぶ")
    answer = resident.texts(resident.say(words))
    assert said in answer
    assert conversation_state(resident) == "topics"


def test_a_robot_vacuum_is_not_a_question_about_the_bot(new_resident):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    assert "自動の返事" not in resident.texts(resident.say("ロボット掃除機が壊れた"))


@pytest.mark.parametrize("first, second", [("うるせえよ", "ボットかよ"), ("は？", "なにそれ"), ("うざ", "は？")])
def test_two_reactions_before_anything_is_named_do_not_skip_the_intake(new_resident, first, second):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say(first)
    answer = resident.texts(resident.say(second))
    assert "これからどうしたいですか" not in answer
    assert conversation_state(resident) in ("start", "topics")
    assert "お金" in resident.buttons() or "ボタンで選ぶ" in resident.buttons()


# --- after a crisis sign: a thank-you, a greeting the next morning, a location -----------------------------------
# (asked again after a thank-you in its shorter wording: never the same bubble twice in a row)
SAFETY_QUESTION = {"ja": "安全なところにいますか", "vi": "ở nơi an toàn không", "tl": "ligtas na lugar"}
CLOSING = {"ja": "落ち着けたなら", "vi": "bình tĩnh hơn", "tl": "kumalma"}
TOLD = {"ja": "相談員にも伝えてあります", "vi": "báo cho tư vấn viên", "tl": "Nasabihan na ang counselor"}


@pytest.mark.parametrize("lang, sign, thanks", [("ja", "もう生きてても意味ない", "ありがと"),
                                                ("ja", "死にたい", "ありがとうございます"),
                                                ("vi", "Tôi không muốn sống nữa", "cảm ơn"),
                                                ("tl", "Ayoko nang mabuhay", "salamat")])
def test_a_thank_you_right_after_a_crisis_sign_keeps_the_safety_question_open(new_resident, lang, sign, thanks):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say(sign)
    answer = resident.texts(resident.say(thanks))
    assert CLOSING[lang] not in answer  # no "glad you feel calmer… talk to a counselor later"
    assert TOLD[lang] in answer and SAFETY_QUESTION[lang] in answer
    assert "0120-279-338" in answer
    # the question is still open: the next "no" is heard as not safe
    assert "110" in resident.texts(resident.say({"ja": "いいえ", "vi": "không", "tl": "hindi"}[lang]))


def test_a_thank_you_after_the_safety_question_was_answered_is_still_no_closing_while_queued(new_resident):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say("死にたい")
    resident.say("家にいます、安全です")
    answer = resident.texts(resident.say("ありがとう"))
    assert "相談員にも伝えてあります" in answer and "あとで相談員と話すこともできます" not in answer


@pytest.mark.parametrize("greeting", ["おはよう", "おはようございます", "こんにちは"])
def test_a_greeting_the_morning_after_a_crisis_at_night_is_greeted_and_asked_how_they_are(new_resident, greeting):
    resident = new_resident()
    move_clock_to("2026-12-07T23:30:00+09:00")
    resident.follow()
    resident.say("もう生きてても意味ない")
    resident.say("もういいです")
    move_clock_to("2026-12-08T10:00:00+09:00")
    answer = resident.texts(resident.say(greeting))
    assert answer.startswith("おはようございます。")
    assert "前に書いてくださった" in answer and "いまは、どんな気持ちですか" in answer
    assert "0120-279-338" in answer
    assert "ですね。合っていれば" not in answer and "これでOK" not in resident.buttons()


@pytest.mark.parametrize("greeting, hello", [("こんにちは", "こんにちは"), ("おはよう", "おはようございます"),
                                             ("hello", "Hello")])
def test_a_bare_greeting_is_greeted_back_and_never_read_as_a_topic(new_resident, greeting, hello):
    resident = new_resident()
    move_clock_to("2026-12-08T10:00:00+09:00" if greeting == "おはよう" else "2026-12-08T14:00:00+09:00")
    resident.follow()
    if greeting == "hello":
        resident.say("I lost my job and cannot pay the rent")
        resident.tap("That's right")
    answer = resident.texts(resident.say(greeting))
    assert answer.startswith(hello)
    assert "これでOK" not in resident.buttons() and "ですね。合っていれば" not in answer


def test_a_greeting_in_another_language_still_asks_which_language(new_resident):
    resident = new_resident()
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    answer = resident.texts(resident.say("Xin chào"))
    assert "Tiếng Việt" in answer or "tiếng Việt" in answer


@pytest.fixture
def town(runtime):
    from tests.places_support import seed_directory

    seed_directory(runtime)
    return runtime


@pytest.mark.parametrize("moment, sign", [(MONDAY_MORNING, None), ("2026-12-05T23:30:00+09:00", "もう生きてても意味ない")])
def test_a_location_just_shared_is_used_for_places_not_asked_for_again(town, new_resident, moment, sign):
    resident = new_resident()
    move_clock_to(moment)
    resident.follow()
    if sign:
        resident.say(sign)
    resident.location(35.6581, 139.7017)
    answer = resident.texts(resident.say("近くの居場所ある？"))
    assert "位置情報を送るか" not in answer
    assert "見つけました" in answer or "見つかりませんでした" in answer


def test_goodnight_while_waiting_out_of_hours_is_a_goodnight_and_says_when_a_counselor_reads(new_resident):
    resident = new_resident()
    move_clock_to("2026-12-05T22:30:00+09:00")  # a Saturday night
    resident.follow()
    resident.say("相談員さんと話したいです")
    answer = resident.texts(resident.say("おやすみなさい"))
    assert answer.startswith("おやすみなさい")
    assert "相談員が読むのは" in answer and "8:30" in answer


def test_a_goodbye_in_the_afternoon_is_no_goodnight(new_resident):
    resident = new_resident()
    move_clock_to("2026-12-07T14:00:00+09:00")
    resident.follow()
    assert "おやすみなさい" not in resident.texts(resident.say("またね"))


def test_a_greeting_at_an_open_question_keeps_the_question(new_resident):
    from tests.support import TONIGHT_QUESTION, to_the_tonight_question

    resident = new_resident()
    to_the_tonight_question(resident, "2026-12-07T14:00:00+09:00")
    answer = resident.texts(resident.say("こんにちは"))
    assert answer.startswith("こんにちは。") and TONIGHT_QUESTION in answer
