"""A hesitation is no answer: 「うーん」 (not 「うん」), 「ええと」, "hmm", "umm", 「음…」, "ừm", 「嗯…」… at a yes/no question
gets a gentle "take your time" with the question's own buttons, never a yes or a no taken — and a second
hesitation is not answered with the same bubble (found by a tester: 「うーん」 cancelled a booked visit)."""
import pytest
from sqlalchemy import select

from storage.models import Resident as ResidentRow
from tests.booking_helpers import active_bookings, add_slot, book_in_chat
from tests.companion_support import TUESDAY_AFTERNOON, Chat
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

# (language of the resident, a hesitation of that language)
HESITATIONS = [
    ("ja", "うーん"), ("ja", "ウーン…"), ("ja", "う〜ん"), ("ja", "ええと"), ("ja", "えーっと"), ("ja", "んー"),
    ("ja-easy", "うーん"), ("en", "hmm"), ("en", "Umm..."), ("en", "ehh"), ("en", "let me think"),
    ("zh-Hans", "嗯…"), ("zh-Hant", "讓我想想"), ("ko", "음…"), ("ko", "글쎄요"), ("vi", "ừm"), ("vi", "để em nghĩ đã"),
    ("tl", "uhm"), ("tl", "teka lang"), ("pt-BR", "hum"), ("pt-BR", "deixa eu pensar"), ("es", "mmm"), ("es", "bueno..."),
    ("id", "emm"), ("id", "gimana ya"), ("ne", "हम्म"), ("th", "อืม"), ("my", "စဉ်းစားပါရစေ"),
]


def speaking(runtime, resident, lang: str) -> None:
    with runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"


@pytest.mark.parametrize("lang, word", HESITATIONS)
def test_a_hesitation_is_neither_a_yes_nor_a_no_in_any_language(classify, lang, word):
    intents = classify(word, lang).intents
    assert "yes" not in intents and "no" not in intents and "hesitation" in intents


@pytest.mark.parametrize("lang, word", [("ja", "うん"), ("ja", "ううん"), ("zh-Hans", "嗯"), ("ko", "어"), ("vi", "uh"),
                                        ("es", "bueno"), ("en", "yeah")])
def test_a_short_yes_or_no_that_sounds_like_a_hesitation_stays_an_answer(classify, lang, word):
    assert {"yes", "no"} & set(classify(word, lang).intents)


@pytest.fixture
def at_the_cancel_question(runtime, resident):
    move_clock_to(TUESDAY_AFTERNOON)
    add_slot(runtime, 2)
    book_in_chat(resident)
    resident.say("予約をキャンセルしたい")
    assert "キャンセルしますか" in resident.texts()
    return Chat(resident)


@pytest.mark.parametrize("lang, word", HESITATIONS)
def test_a_hesitation_at_the_cancel_question_keeps_the_visit_and_the_question_open(
        runtime, resident, at_the_cancel_question, lang, word):
    speaking(runtime, resident, lang)
    said = at_the_cancel_question.say(word)
    assert active_bookings(runtime), f"{word!r} cancelled the visit"
    buttons = resident.buttons()
    assert len(buttons) >= 2 and len(resident.last_messages) == 1  # the cancel question's own two answers, one bubble
    assert said and "キャンセルしました" not in said
    resident.tap(buttons[1])  # the question is still open: 「予約はそのまま」 in the resident's language answers it
    assert active_bookings(runtime)


def test_hesitating_twice_gets_another_word_and_a_yes_then_answers(runtime, resident, at_the_cancel_question):
    first = at_the_cancel_question.say("うーん")
    second = at_the_cancel_question.say("うーん…")  # Chat checks it is not the same bubble twice
    assert "ゆっくり" in first or "急がなくて" in first
    assert first != second and active_bookings(runtime)
    assert "キャンセルしました" in at_the_cancel_question.say("はい")
    assert not active_bookings(runtime)


def test_a_hesitation_at_the_erase_question_erases_nothing(resident):
    resident.follow()
    resident.say("私のデータを消してください")
    resident.tap(next(b for b in resident.buttons() if "消" in b))
    asked, buttons = resident.texts(), resident.buttons()
    answer = resident.texts(resident.say("えーと"))
    assert answer != asked and "受け付けました" not in answer and resident.buttons() == buttons


def test_a_hesitation_at_the_safety_question_keeps_it_open_with_its_buttons(resident):
    move_clock_to("2026-12-05T23:00:00+09:00")
    resident.follow()
    chat = Chat(resident)
    assert "死にたいほどつらい気持ち" in chat.say("もう終わりにしてほしい、この生活")
    buttons = resident.buttons()
    said = chat.say("うーん")
    assert "0120-279-338" not in said and resident.buttons() == buttons
    assert "0120-279-338" in chat.say("少し")  # still the question's answer
