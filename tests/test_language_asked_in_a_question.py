"""A language asked for in a question that holds a "not" (「Tiếng Việt được không?」 "is Vietnamese OK?", 「可不可以用
中文」, "Hindi ba pwede mag-Tagalog?", "¿No hablan español?") is wanted, not refused; "japanese easy please" is Easy
Japanese; a language named in hiragana (「べとなむご」) names it. Found by playing residents (session 22): the Vietnamese
question after English had been chosen got the list of languages, in English, and nothing changed."""
import pytest
from sqlalchemy import select

from handlers import language_names
from storage.models import Resident


def _lang(runtime, user: str) -> str:
    with runtime.db.session() as session:
        return session.scalars(select(Resident.lang).where(Resident.external_id == user)).one()


@pytest.mark.parametrize("text, wanted", [
    ("Tiếng Việt được không?", "vi"), ("nói tiếng việt dc ko", "vi"), ("可不可以用中文？", "zh-Hans"),
    ("Hindi ba pwede mag Tagalog?", "tl"), ("¿No hablan español aquí?", "es"), ("Não tem ninguém que fala português?", "pt-BR"),
    ("Bisa nggak pakai bahasa Indonesia?", "id"), ("ภาษาไทยไม่ได้เหรอ", "th"), ("my japanese is bad, japanese easy pls", "ja-easy"),
    ("べとなむごで はなしたい", "vi"), ("すぺいんごは？", "es")])
def test_a_language_asked_for_in_a_question_with_a_not_is_wanted(text, wanted):
    assert language_names.named_in(text).wanted == (wanted,)


@pytest.mark.parametrize("text", ["Tôi không biết tiếng Nhật", "日本語わからない", "no english please", "Hindi ako marunong mag-Ingles"])
def test_a_language_one_says_one_does_not_know_is_still_refused(text):
    assert not language_names.named_in(text).wanted


def test_a_resident_who_chose_english_and_asks_if_vietnamese_is_ok_is_answered_in_vietnamese(runtime, new_resident, fake_line):
    resident = new_resident()
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    resident.say("I lost my job last month")
    resident.say("Tiếng Việt được không?")
    assert _lang(runtime, resident.user) == "vi"
    assert "Tiếng Việt" in resident.texts() or "tiếng Việt" in resident.texts()
    resident.say("tôi không có tiền trả tiền nhà")
    assert "Money" not in resident.texts() and "That's right" not in resident.buttons()


def test_japanese_easy_please_in_english_gives_easy_japanese(runtime, new_resident, fake_line):
    resident = new_resident()
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    resident.say("my japanese is not good. japanese easy please")
    assert _lang(runtime, resident.user) == "ja-easy"
