"""Answers at the bot's questions are heard as what they answer (found by a tester, session 16):
- a reply at a follow-up question that answers another intake question (「ひとり」 「子ども二人とわしや」 "I live with my
  wife" at 「今夜、寝る場所はありますか」, 「今夜は家あるで」 at the income question) is filed under that question, which is
  not asked later, and the question asked stays open; words that answer nothing bring it back once, in one bubble;
- a rough or regional "there is none" (ねえ, なか, なかとよ) to tonight's question is that answer;
- the same question is never asked twice in one answer."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.support import TONIGHT_QUESTION, move_clock_to, to_the_tonight_question

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
HOUSEHOLD_JA, INCOME_JA = "どなたと暮らしていますか", "収入はありますか"
TONIGHT_EN, HOUSEHOLD_EN = "Do you have somewhere to sleep tonight?", "Who do you live with?"
HOTLINE = "0120-279-338"


def _data(runtime) -> dict:
    with runtime.db.session() as s:
        return dict(s.scalars(select(Conversation).order_by(Conversation.id.desc())).first().data or {})


def _bubbles_asking(messages, question: str) -> int:
    return sum(question in (m.get("text") or "") for m in messages)


def _through_the_followups(resident, answers) -> str:
    """Answer each next question with its first button; everything the bot asked, joined."""
    asked = []
    for _ in range(answers):
        asked.append(resident.texts())
        resident.tap(resident.buttons()[0])
    return "\n".join(asked + [resident.texts()])


def test_a_household_reply_at_the_tonight_question_is_filed_as_the_household_and_tonight_stays_open(resident, runtime):
    for reply, value in (("ひとり", "alone"), ("子ども二人とわしや", "with_children"), ("嫁と二人で暮らしとる", "with_family")):
        to_the_tonight_question(resident)
        said = resident.say(reply)
        assert _bubbles_asking(said, TONIGHT_QUESTION) == 1, resident.texts(said)
        data = _data(runtime)
        assert "tonight" not in data["answers"] and data["answers"]["household"]["value"] == value, data["answers"]
        assert "household" not in data["queue"]
        assert INCOME_JA in resident.texts(resident.say("あります"))
        assert _data(runtime)["answers"]["tonight"]["value"] == "has_place"
        assert HOUSEHOLD_JA not in _through_the_followups(resident, 2)
        resident.say("最初からやり直したい")


def test_tonight_said_at_the_income_question_is_filed_as_tonight_and_income_is_asked_again(resident, runtime):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困ってる")
    assert INCOME_JA in resident.texts(resident.tap("これでOK"))
    said = resident.say("今夜は家あるで")
    assert _bubbles_asking(said, INCOME_JA) == 1, resident.texts(said)
    data = _data(runtime)
    assert "income" not in data["answers"] and data["answers"]["tonight"]["value"] == "has_place"
    resident.say("収入はないです")
    assert _data(runtime)["answers"]["income"]["value"] == "no_income"


def test_income_said_at_the_tonight_question_is_no_crisis_answer_to_tonight(resident, runtime):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say("収入はないです"))
    assert HOTLINE not in said and TONIGHT_QUESTION in said
    assert _data(runtime)["answers"]["income"]["value"] == "no_income"


def test_an_english_speaker_who_says_who_they_live_with_at_the_tonight_question_is_asked_about_tonight_again(
        resident, runtime, fake_line):
    move_clock_to(MONDAY_10AM)
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    resident.say("I can't pay my rent and may lose my apartment")
    assert TONIGHT_EN in resident.texts(resident.tap("right"))
    said = resident.say("I live with my wife")
    assert _bubbles_asking(said, TONIGHT_EN) == 1
    assert _data(runtime)["answers"]["household"]["value"] == "with_family"
    resident.say("yes")
    assert HOUSEHOLD_EN not in _through_the_followups(resident, 2)


def test_a_story_that_answers_no_question_brings_the_question_back_once_in_one_bubble(resident, runtime):
    to_the_tonight_question(resident)
    said = resident.say("仕事のことも心配で")
    assert _bubbles_asking(said, TONIGHT_QUESTION) == 1 and len(said) == 1, resident.texts(said)
    assert "tonight" not in _data(runtime).get("answers", {})


def test_words_at_the_tonight_question_never_bring_the_question_twice_in_one_answer(resident):
    for words in ("今日は雨ですね", "うーん", "???"):
        to_the_tonight_question(resident)
        said = resident.say(words)
        assert _bubbles_asking(said, TONIGHT_QUESTION) <= 1, resident.texts(said)
        resident.say("最初からやり直したい")


def test_a_rough_or_regional_no_to_the_tonight_question_is_no_place_tonight(resident):
    for no in ("ねえ", "ねえって", "なか", "なかとよ"):
        to_the_tonight_question(resident)
        assert HOTLINE in resident.texts(resident.say(no)), no
        resident.say("最初からやり直したい")


SAFETY_JA, SAFETY_EN = "死にたいほどつらい気持ちがありますか", "feeling so bad that you want to die"
WRITE_YOUR_PROBLEM = "いま困っていることを"


def test_a_story_written_instead_of_the_safety_answer_goes_on_to_its_topics_not_to_write_your_problem(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    assert SAFETY_JA in resident.texts(resident.say("たすけて"))
    resident.sticker()
    said = resident.texts(resident.say("お金がなくて家賃も払えない"))
    assert WRITE_YOUR_PROBLEM not in said and "お金" in said and "住まい" in said, said
    assert SAFETY_JA not in said


def test_the_safety_question_never_comes_a_third_time_after_a_language_asked_for(resident, fake_line):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    asked = [resident.texts(resident.say("help me"))]
    asked.append(resident.texts(resident.say("English")))
    asked.append(resident.texts(resident.say("I have no money and my landlord wants me out")))
    assert SAFETY_EN in asked[0]
    assert SAFETY_EN not in asked[2] and "still answer the question" not in asked[2], asked[2]
    assert "Money" in asked[2] and "Housing" in asked[2], asked[2]


CONSENT_QUESTION = "相談員に伝えてもよいですか"


def _at_the_consent_question(runtime, resident) -> None:
    from tests.booking_helpers import add_slot

    move_clock_to("2026-12-08T10:00:00+09:00")
    add_slot(runtime, 1, 10, capacity=5)
    resident.follow()
    resident.say("同行支援をお願いしたいです")
    resident.tap(resident.buttons()[0])
    assert CONSENT_QUESTION in resident.texts(resident.tap("ハローワーク"))


@pytest.mark.parametrize("permission", ["別にいいけど", "伝えてもらって大丈夫です", "全然いいですよ", "言ってもいいよ",
                                        "伝えてかまいません", "話してええよ", "伝えていいです"])
def test_a_permission_typed_at_the_consent_question_books_with_the_summary_shared(runtime, resident, permission):
    from tests.booking_helpers import active_bookings

    _at_the_consent_question(runtime, resident)
    said = resident.texts(resident.say(permission))
    assert "予約できました" in said, said
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


@pytest.mark.parametrize("refusal", ["伝えなくていいです", "言わなくていい", "伝えないでください", "言わんといて"])
def test_a_no_said_as_no_need_at_the_consent_question_books_without_sharing(runtime, resident, refusal):
    from tests.booking_helpers import active_bookings

    _at_the_consent_question(runtime, resident)
    assert "予約できました" in resident.texts(resident.say(refusal))
    [booking] = active_bookings(runtime)
    assert not booking.consent_to_share


@pytest.mark.parametrize("lang, text, meaning", [
    ("en", "that's fine", "yes"), ("en", "you can tell them", "yes"), ("en", "I don't mind", "yes"),
    ("en", "please don't tell them", "no"), ("vi", "được, cứ nói", "yes"), ("vi", "đừng nói", "no"),
    ("zh", "可以告诉", "yes"), ("zh", "不要告诉", "no"), ("pt", "pode passar sim", "yes"), ("pt", "não me importo", "yes"),
    ("pt", "não precisa contar", "no"), ("es", "está bien, puede decirlo", "yes"), ("es", "no lo diga", "no"),
    ("ko", "전해도 돼요", "yes"), ("ko", "말하지 마세요", "no"), ("tl", "pwede po", "yes"), ("ja", "行ってもいいですか", None),
])
def test_permission_and_no_need_words_are_read_in_each_language(classify, lang, text, meaning):
    intents = set(classify(text, lang).intents) & {"yes", "no"}
    assert intents == ({meaning} if meaning else set()), (text, intents)


WHERE_QUESTION = "どこへ一緒に行きたいですか"


def _at_where(runtime, resident) -> dict:
    """Monday 10:00, slots on Tuesday, Wednesday (two) and Thursday; the Tuesday one chosen, "where to?" asked."""
    from tests.booking_helpers import add_slot

    move_clock_to(MONDAY_10AM)
    ids = {"tue": add_slot(runtime, 1, 10), "wed10": add_slot(runtime, 2, 10), "wed14": add_slot(runtime, 2, 14),
           "thu": add_slot(runtime, 3, 14)}
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    assert WHERE_QUESTION in resident.texts(resident.tap("12/8"))
    return ids


def _held(runtime) -> dict:
    return _data(runtime).get("visit") or {}


@pytest.mark.parametrize("typed", ["12月10日", "木曜日がいい", "12/10の14時で"])
def test_a_day_with_one_time_typed_at_where_to_is_that_time_held_and_where_asked_again(runtime, resident, typed):
    ids = _at_where(runtime, resident)
    said = resident.texts(resident.say(typed))
    assert "12月10日" in said and WHERE_QUESTION in said, said
    visit = _held(runtime)
    assert visit["slot_id"] == ids["thu"] and not visit.get("destination_text"), visit


def test_a_day_with_several_times_typed_at_where_to_offers_that_days_times(runtime, resident):
    _at_where(runtime, resident)
    resident.say("水曜日にしたい")
    buttons = resident.buttons()
    assert any("12/9" in b for b in buttons) and not any("12/10" in b for b in buttons), buttons
    assert not _held(runtime).get("destination_text")


@pytest.mark.parametrize("word", ["ok", "はい", "OKです", "いいよ"])
def test_an_ok_at_where_to_is_no_destination_and_the_place_is_asked_again(runtime, resident, word):
    from tests.booking_helpers import active_bookings

    _at_where(runtime, resident)
    said = resident.texts(resident.say(word))
    assert WHERE_QUESTION in said and "持ってきて" not in said, said
    assert not _held(runtime).get("destination_text")
    resident.say("市役所")
    resident.tap("伝えてよい")
    assert "市役所" in resident.texts() and len(active_bookings(runtime)) == 1


def test_a_place_or_a_date_in_words_answers_the_area_and_leaving_questions_at_once(resident, runtime):
    to_the_tonight_question(resident)
    resident.say("あります")
    resident.say("ないです")
    resident.say("子どもと")
    said = resident.texts(resident.say("北区の駅の近くに住んでます"))
    assert "もう一度だけ" not in said and "どのあたり" not in said, said
    assert _data(runtime)["answers"]["area"]["text"] == "北区の駅の近くに住んでます"
