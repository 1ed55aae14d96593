"""A resident who asks whether the centre is open on public holidays (「祝日は？」「祝日もやってますか」 "are you open on public
holidays?") or over the New Year (「年末年始は？」「お正月もやってる？」 "are you open over New Year?") gets a plain yes or no
first, from the office's calendar (dialogs/data/office.yaml: closed_on_public_holidays, closed_days) — with the next
public holiday's date, or the closed days around 1 January and when it opens again — then the hours (found by a
tester: 「祝日は？」 got "a counselor can answer that", 「祝日もやってますか」 the weekly hours with no yes or no)."""
import pytest

from dialogs.catalog import Catalog
from tests.support import chose_language

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

TUESDAY_MORNING = "2026-12-08T10:00:00+09:00"
AFTER_THE_BREAK = "2027-01-05T10:00:00+09:00"  # the next public holiday: Monday 11 January 2027 (成人の日)
IN_THE_BREAK = "2027-01-02T10:00:00+09:00"


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


def _first_line(resident) -> str:
    return resident.texts().split("\n")[0]


@pytest.mark.parametrize("question", ["祝日は？", "祝日もやってますか", "祝日って開いてる？", "しゅくじつは あいてますか"])
def test_public_holidays_asked_about_get_a_plain_no_with_the_next_one(resident, question):
    chose_language(resident, "ja", AFTER_THE_BREAK)
    resident.say(question)
    assert _first_line(resident) == "いいえ、祝日は窓口がお休みです。次の祝日は 1月11日(月) です。", resident.texts()
    said = resident.texts()
    assert "8:30" in said and "0120-000-000" in said, said  # then the hours


def test_an_office_open_on_public_holidays_says_yes(resident, runtime, monkeypatch):
    monkeypatch.setattr(runtime.services.office, "closed_on_public_holidays", False)
    chose_language(resident, "ja", AFTER_THE_BREAK)
    resident.say("祝日もやってますか")
    assert _first_line(resident).startswith("はい、祝日も開いています"), resident.texts()


@pytest.mark.parametrize("question", ["年末年始は？", "お正月もやってる？", "年末って何日まで開いてますか", "大晦日は？"])
def test_the_new_year_asked_about_gets_a_plain_no_with_the_closed_days_and_when_it_opens(resident, question):
    chose_language(resident, "ja", TUESDAY_MORNING)
    resident.say(question)
    assert _first_line(resident) == ("いいえ、年末年始は 12月29日(火)から1月3日(日)まで窓口がお休みです。"
                                     "次に開くのは 1月4日(月) 8:30 です。"), resident.texts()


def test_during_the_break_it_is_this_break_and_after_it_the_next_one(resident, new_resident):
    chose_language(resident, "ja", IN_THE_BREAK)
    resident.say("年末年始は？")
    assert "1月3日(日)まで" in _first_line(resident) and "1月4日(月)" in _first_line(resident), resident.texts()
    later = new_resident()
    chose_language(later, "ja", AFTER_THE_BREAK)
    later.say("年末年始は？")
    assert "12月29日(水)から1月3日(月)まで" in _first_line(later), later.texts()


def test_an_office_open_on_new_years_day_says_yes(resident, runtime, monkeypatch):
    monkeypatch.setattr(runtime.services.office, "closed_days", set())
    monkeypatch.setattr(runtime.services.office, "closed_on_public_holidays", False)
    chose_language(resident, "ja", TUESDAY_MORNING)
    resident.say("お正月もやってる？")
    assert _first_line(resident) == "はい、年末年始も開いています。", resident.texts()


@pytest.mark.parametrize("lang, question", [
    ("en", "are you open on public holidays?"), ("en", "holidays?"), ("es", "¿abren los días festivos?"),
    ("pt-BR", "abre nos feriados?"), ("vi", "ngày lễ có mở cửa không?"), ("zh-Hans", "节假日开门吗？"),
    ("zh-Hant", "國定假日有開嗎？"), ("ko", "공휴일에도 문 열어요?"), ("id", "apakah buka di hari libur nasional?"),
    ("tl", "bukas ba kayo sa holiday?"), ("th", "วันหยุดนักขัตฤกษ์เปิดไหม"), ("ja-easy", "しゅくじつも あいて いますか？"),
])
def test_in_every_language_public_holidays_are_a_plain_no_first(resident, catalog, lang, question):
    chose_language(resident, lang, AFTER_THE_BREAK)
    resident.say(question)
    no = catalog.text(lang, "service.holidays_closed", day="\0").split("\0")[0]
    assert _first_line(resident).startswith(no), resident.texts()


@pytest.mark.parametrize("lang, question", [
    ("en", "are you open over New Year?"), ("es", "¿abren en año nuevo?"), ("pt-BR", "vocês abrem no ano novo?"),
    ("zh-Hans", "元旦开门吗？"), ("ko", "연말연시에도 열어요?"), ("vi", "năm mới có mở cửa không?"),
])
def test_in_other_languages_the_new_year_is_a_plain_no_first(resident, catalog, lang, question):
    chose_language(resident, lang, TUESDAY_MORNING)
    resident.say(question)
    no = catalog.text(lang, "service.year_end_closed", first="\0", last="\0", opens="\0").split("\0")[0]
    assert _first_line(resident).startswith(no), resident.texts()


def test_after_a_sign_of_nowhere_to_sleep_closed_holidays_get_the_24_hour_lines(resident):
    chose_language(resident, "ja", "2026-12-12T23:30:00+09:00")
    resident.say("追い出されて今夜寝るところがない")
    resident.say("年末年始は？")
    said = resident.texts()
    assert said.startswith("いいえ、年末年始は"), said
    assert "24時間つながる窓口があります" in said, said
