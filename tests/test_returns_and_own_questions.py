"""Found playing residents (session 22): coming back to a wait or after a crisis sign, repeating oneself at the topics
step, and the resident's own questions about the centre.

- Back a day or more into a wait for a person: still in the queue since when, when a counselor reads it, the wait's
  buttons — never "continue or start over?", and no intake begins under a conversation in the queue.
- Back after a crisis sign: one question (are you safe now?), and the next message is heard as its answer.
- The same words again at the topics step confirm the topics: the follow-up questions come, not "what next?".
- 「土曜日もやってる？」「場所どこ？」 "whats ur hours", privacy, who may consult, a name, what the centre does: answered
  where asked, and the step stays; a question nothing here answers is offered to a counselor."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.support import chose_language, conversation_state, move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
MONDAY_NIGHT = "2026-12-07T22:30:00+09:00"


def _status(resident) -> str:
    with resident.runtime.db.session() as s:
        rid = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one().id
        return s.scalars(select(Conversation).where(Conversation.resident_id == rid)).one().status


def _text(resident, lang: str, msg_id: str, **params) -> str:
    return resident.runtime.live.catalog.text(lang, msg_id, **params)


# --- back into a wait for a person -----------------------------------------------------------------------------
def test_two_days_into_a_wait_the_resident_hears_they_are_still_in_the_queue_and_since_when(resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say("担当の人と話したいです")
    assert conversation_state(resident) == "handoff"
    move_clock_to("2026-12-09T14:00:00+09:00")  # Wednesday afternoon, the office open
    answer = resident.texts(resident.say("返事まだですか"))
    assert "12月7日(月) 10:00" in answer and "順番" in answer
    assert "はじめから" not in answer and "続きから" not in resident.buttons()
    assert "待つのをやめる" in resident.buttons()
    assert conversation_state(resident) == "handoff" and _status(resident) == "waiting"
    later = resident.texts(resident.say("続きからでいいです"))  # no intake begins under the wait
    assert "いま困っていることを" not in later and conversation_state(resident) == "handoff"


def test_back_into_a_wait_out_of_hours_says_when_a_counselor_reads_it(resident):
    chose_language(resident, "en", MONDAY_NIGHT)
    resident.say("can I talk to a real person please")
    assert conversation_state(resident) == "handoff"
    move_clock_to("2026-12-12T11:00:00+09:00")  # Saturday: closed until Monday
    answer = resident.texts(resident.say("anyone there??"))
    assert "still" in answer and "queue" in answer and "Monday, December 14" in answer
    assert "start over" not in answer.lower() and conversation_state(resident) == "handoff"


def test_a_wait_of_hours_is_told_since_when_not_in_hundreds_of_minutes(resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say("人と話したい")
    resident.say("よろしく")
    move_clock_to("2026-12-07T15:30:00+09:00")
    answer = resident.texts(resident.say("まだかな"))
    assert "10:00から" in answer and "分" not in answer


# --- back after a crisis sign: one question, its answer heard ---------------------------------------------------
@pytest.mark.parametrize(("lang", "sign", "hello", "better"), [
    ("ja", "もう消えてしまいたい", "こんばんは", "昨日よりは少し落ち着きました"),
    ("en", "i really want to die", "hey, it's me again", "a little better than yesterday"),
    ("vi", "tôi muốn chết", "chào bạn", "hôm nay đỡ hơn rồi"),
])
def test_back_after_a_crisis_sign_one_question_and_feeling_better_is_heard(resident, lang, sign, hello, better):
    chose_language(resident, lang, MONDAY_NIGHT)
    resident.say(sign)
    move_clock_to("2026-12-09T20:00:00+09:00")  # two days later
    back = resident.texts(resident.say(hello))
    assert _text(resident, lang, "welcome.back_crisis", lines="", person="").split("\n")[0] in back
    assert _text(resident, lang, "common.resume_choice") not in back  # one question in the turn
    answer = resident.texts(resident.say(better))
    assert _text(resident, lang, "crisis_talk.better_glad") in answer
    assert conversation_state(resident) == "crisis"


def test_back_after_a_crisis_sign_a_no_to_are_you_safe_is_danger_now(resident):
    move_clock_to(MONDAY_NIGHT)
    resident.follow()
    resident.say("死にたいって毎日思う")
    move_clock_to("2026-12-09T09:30:00+09:00")
    resident.say("おはようございます")
    answer = resident.texts(resident.say("安全じゃない"))
    assert "110" in answer or "119" in answer
    assert _text(resident, "ja", "crisis_talk.better_glad") not in answer


# --- the same words again at the topics step ----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "words", "asked"), [
    ("ja", "家賃がもう払えそうにない", "寝る場所"),
    ("en", "i can't pay my rent this month", "tonight"),
    ("es", "no tengo dinero para la renta", ""),
])
def test_saying_the_same_again_at_the_topics_step_brings_the_follow_up_questions(resident, lang, words, asked):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(words)
    assert conversation_state(resident) == "topics"
    resident.say(words)
    answer = resident.texts(resident.say(words))
    assert conversation_state(resident) == "followup", answer
    assert asked in answer and _text(resident, lang, "intake.outcome") not in answer


# --- the resident's own questions about the centre --------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "question", "msg_id"), [
    ("ja", "市役所の人に知られたりしない？", "service.privacy"),
    ("ja", "留学生だけど相談していいの？", "service.anyone"),
    ("ja", "匿名でもいける？", "service.anonymous"),
    ("ja", "そもそもここって何してくれるところ？", "intake.info"),
    ("en", "can foreigners use this?", "service.anyone"),
    ("en", "is this confidential?", "service.privacy"),
    ("es", "¿puedo consultar sin dar mi nombre?", "service.anonymous"),
    ("zh-Hans", "外国人可以咨询吗？", "service.anyone"),
    ("ko", "익명으로 상담해도 되나요?", "service.anonymous"),
    ("tl", "sikreto ba ito?", "service.privacy"),
    ("ja", "会社に連絡いったりする？", "service.privacy"),  # names work: still a question about us
    ("ja", "ビザないけど相談できる？", "service.anyone"),
    ("id", "harus sebut nama?", "service.anonymous"),
    ("zh-Hant", "會保密嗎？", "service.privacy"),
    ("pt-BR", "o que vocês fazem?", "intake.info"),
])
def test_a_question_about_the_centre_is_answered_where_it_is_asked(resident, lang, question, msg_id):
    chose_language(resident, lang, MONDAY_MORNING)
    answer = resident.texts(resident.say(question))
    assert _text(resident, lang, msg_id) in answer
    assert conversation_state(resident) == "start"  # the first step's question stays open
    assert _text(resident, lang, "opt.choose_topics") in resident.buttons()


@pytest.mark.parametrize(("lang", "question"), [
    ("ja", "日曜って開いてる？"), ("ja", "夜でも話せる？"), ("en", "are u guys open on sundays?"),
    ("vi", "thứ bảy có mở cửa không?"), ("pt-BR", "vocês abrem no sábado?"),
])
def test_an_everyday_question_about_the_hours_gets_the_hours_at_the_topics_step(resident, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say({"ja": "仕事が見つからない", "en": "i lost my job", "vi": "tôi bị mất việc",
                  "pt-BR": "perdi meu emprego"}[lang])
    assert conversation_state(resident) == "topics"
    answer = resident.texts(resident.say(question))
    assert "0120-000-000" in answer and conversation_state(resident) == "topics"


def test_where_the_office_is_asked_in_two_words_and_not_for_another_office(resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    assert "みどりが丘市中央" in resident.texts(resident.say("窓口ってどこにあるの"))
    assert "みどりが丘市中央" not in resident.texts(resident.say("ハローワークの場所どこ？"))


@pytest.mark.parametrize(("lang", "question"), [("ja", "そっちってどこにあるの？"), ("en", "whats ur address"),
                                              ("zh-Hans", "你们的地址在哪里？")])
def test_where_the_office_is_asked_in_everyday_words(resident, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    assert "0120-000-000" in resident.texts(resident.say(question))  # the address with hours and phone
    assert conversation_state(resident) == "start"


def test_back_to_a_wait_a_counselor_released_is_not_told_it_is_still_in_the_queue(resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say("人と話したい")
    with resident.runtime.db.session() as s:
        rid = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one().id
        conv = s.scalars(select(Conversation).where(Conversation.resident_id == rid)).one()
        conv.status, conv.waiting_since = "bot", None  # released by a counselor, the step left as it was
    move_clock_to("2026-12-09T10:00:00+09:00")
    answer = resident.texts(resident.say("また来ました"))
    assert "順番" not in answer and "おかえりなさい" in answer


def test_a_question_nothing_here_answers_is_offered_to_a_counselor_at_the_first_step(resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    answer = resident.texts(resident.say("返事って何日くらいで来るもの？"))
    assert "相談員がお答えできます" in answer and conversation_state(resident) == "start"
    assert resident.buttons()[0] == "人と話したい"
