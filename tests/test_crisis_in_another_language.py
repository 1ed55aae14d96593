"""A resident who chose one language and then writes a crisis in another is answered in the language they wrote it
in (found by a tester: English chosen, 「Tôi không có gì để ăn hôm nay」 got the crisis answer in English); a short
everyday word in another language does not undo the choice."""
from sqlalchemy import select

from storage.models import Resident as ResidentRow
from tests.support import move_clock_to

TUESDAY_10AM = "2026-12-08T10:00:00+09:00"


def _chose(resident, lang: str) -> None:
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"


def test_a_crisis_written_in_vietnamese_after_choosing_english_is_answered_in_vietnamese(resident):
    _chose(resident, "en")
    said = resident.texts(resident.say("Tôi không có gì để ăn hôm nay"))
    assert "Bạn" in said or "bạn" in said, said
    assert "Thank you for telling" not in said


def test_a_crisis_written_in_japanese_after_choosing_english_is_answered_in_japanese(resident):
    _chose(resident, "en")
    said = resident.texts(resident.say("もう死にたいです。つらいです"))
    assert "ありがとう" in said or "相談" in said, said


def test_a_short_word_in_another_language_keeps_the_chosen_one(resident):
    _chose(resident, "en")
    resident.say("ありがとう")
    with resident.runtime.db.session() as s:
        assert s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one().lang == "en"


def test_a_bare_no_from_a_japanese_reader_is_no_not_vietnamese_debt(resident):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    said = resident.texts(resident.say("No"))
    assert "お金のこと" not in said, said


def test_debt_written_in_vietnamese_by_a_japanese_reader_is_still_money(classify):
    assert "money" in classify("Tôi nợ tiền nhiều quá", "ja").topics
