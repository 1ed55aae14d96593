"""A resident waiting for a counselor who has gone to the visit or places step the wait offers and types 「まだですか」
「誰かいますか」 "are you there?" "still waiting" (in any language) gets how the wait stands — no counselor yet, how
long so far, that a person answers here — and the step's question after it, not the step's answer to words about a
visit (found by a tester: 「書いてくださったことは…日時は下のボタンから選べます」). Words about the visit itself
(「まだ決めてない」, a day) are still read by the step."""
import pytest

from dialogs.catalog import Catalog
from tests.booking_helpers import add_slot
from tests.support import chose_language, conversation_state

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

CATALOG = Catalog.from_directory()
MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
ASK_PERSON = {"ja": "人と話したい", "en": "I want to talk to a person", "zh-Hans": "我想和人聊", "ko": "상담원과 이야기하고 싶어요",
              "vi": "tôi muốn nói chuyện với người", "es": "quiero hablar con una persona", "pt-BR": "quero falar com uma pessoa",
              "tl": "gusto kong makausap ang tao"}


def _status_texts(lang: str) -> set[str]:
    return {CATALOG.text(lang, f"handoff.still_waiting.{n}", minutes=1).split("（")[0].split("(")[0]
            for n in (1, 2, 3)}


def _waiting_at_the_visit_step(runtime, resident, lang: str) -> str:
    chose_language(resident, lang, MONDAY_MORNING)
    add_slot(runtime, 2, hour=10)
    resident.say(ASK_PERSON[lang])
    assert conversation_state(resident) == "handoff"
    question = resident.texts(resident.tap(CATALOG.text(lang, "opt.visit")))
    assert conversation_state(resident) == "visit"
    return question


@pytest.mark.parametrize("lang, words", [
    ("ja", "まだですか"), ("ja", "まだ？"), ("ja", "誰かいますか"), ("ja", "相談員さん、まだかな？"), ("ja", "あとどのくらい待つの？"),
    ("en", "are you there?"), ("en", "still waiting"), ("en", "hello? anyone there?"), ("en", "how much longer?"),
    ("zh-Hans", "还要等多久？"), ("ko", "아직이에요?"), ("vi", "có ai không?"), ("es", "¿sigues ahí?"),
    ("pt-BR", "tem alguém aí?"), ("tl", "nandyan ka pa ba?")])
def test_still_waiting_at_the_visit_step_gets_how_the_wait_stands_and_the_question(runtime, resident, lang, words):
    question = _waiting_at_the_visit_step(runtime, resident, lang)
    said = resident.texts(resident.say(words))
    assert any(status in said for status in _status_texts(lang)), said
    assert said.index(next(s for s in _status_texts(lang) if s in said)) == 0
    first_line = question.split("\n")[0]
    assert first_line in said, said  # the step's question after it
    assert conversation_state(resident) == "visit"


@pytest.mark.parametrize("words", ["まだ決めてない", "来週の火曜がいい"])
def test_words_about_the_visit_are_still_the_steps(runtime, resident, words):
    _waiting_at_the_visit_step(runtime, resident, "ja")
    said = resident.texts(resident.say(words))
    assert not any(status in said for status in _status_texts("ja")), said


def test_out_of_hours_still_waiting_at_the_visit_step_says_when_a_counselor_reads(runtime, resident):
    chose_language(resident, "en", "2026-12-05T21:00:00+09:00")  # a Saturday night
    add_slot(runtime, 3, hour=10)
    resident.say(ASK_PERSON["en"])
    resident.tap(CATALOG.text("en", "opt.visit"))
    said = resident.texts(resident.say("are you there?"))
    assert "will read" in said and "Monday" in said and conversation_state(resident) == "visit", said
