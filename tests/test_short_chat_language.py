"""A few chat words are no evidence of another language: "see ya", "cya", "ttyl", "no problem", "lol ok"… from an
English- or Japanese-speaking resident are answered in the resident's language, never with "shall we talk in Spanish?"
(「see ya」 read as Spanish: 'ya' is a Spanish word). A short message all in another language ("hola", "obrigado",
"terima kasih") still asks; and a resident whose language is ja-easy, zh-Hant or pt-BR is read with that language's
keywords first (the hint was lost: "ok" from a Brazilian resident was English)."""
import pytest
from sqlalchemy import select

from storage.models import Resident as ResidentRow
from tests.companion_support import TUESDAY_AFTERNOON
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

CHAT_WORDS = ["see ya", "See ya!", "cya", "ttyl", "see ya later", "gtg", "brb", "lol ok", "no problem", "k thx",
              "ok cool", "take care", "bye bye", "yo"]
ASKED = ("¿Hablamos en", "Vamos conversar", "Mag-usap", "Mình nói chuyện", "Kita bicara", "Shall we talk", "で話しますか")


def lang_of(runtime, resident) -> tuple[str, str]:
    with runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        return row.lang, row.lang_source


@pytest.mark.parametrize("words", CHAT_WORDS)
def test_english_chat_words_from_an_english_speaker_stay_in_english(runtime, resident, words):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.follow()
    resident.say("Hello, I lost my job and I can't pay my rent")
    assert lang_of(runtime, resident)[0] == "en"
    answer = resident.texts(resident.say(words))
    assert not any(question in answer for question in ASKED), answer
    assert lang_of(runtime, resident)[0] == "en"


@pytest.mark.parametrize("words", ["see ya", "no problem", "lol ok", "cya"])
def test_chat_words_from_a_japanese_speaker_are_not_asked_about_another_language(runtime, resident, words):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.follow()
    resident.say("お金がないです")
    answer = resident.texts(resident.say(words))
    assert not any(question in answer for question in ASKED), answer
    assert lang_of(runtime, resident)[0] == "ja"


@pytest.mark.parametrize("words, lang", [("hola", "es"), ("obrigado", "pt"), ("terima kasih", "id"), ("salamat po", "tl")])
def test_a_short_message_all_in_another_language_is_still_read_as_it(classify, words, lang):
    result = classify(words, "en")
    assert result.lang == lang and result.lang_sure


@pytest.mark.parametrize("words", ["see ya", "ttyl", "no problem", "ok cool", "lol ok"])
@pytest.mark.parametrize("hint", ["en", "ja", "vi", "pt-BR", "es", "id", "tl"])
def test_a_few_chat_words_are_never_sure_evidence_of_a_language_other_than_the_residents(classify, words, hint):
    result = classify(words, hint)
    assert result.lang == hint.split("-")[0] or not result.lang_sure


@pytest.mark.parametrize("hint, words, lang", [("pt-BR", "sim", "pt"), ("pt-BR", "ok", "pt"), ("zh-Hant", "好的", "zh"),
                                               ("ja-easy", "はい", "ja"), ("zh-Hans", "没事", "zh")])
def test_the_residents_regional_language_is_the_hint_of_its_keywords(classify, hint, words, lang):
    assert classify(words, hint).lang == lang
