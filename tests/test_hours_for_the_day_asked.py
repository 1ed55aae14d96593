"""A resident who asks whether the centre is open on a day (「土曜日もやってる？」「日曜は？」 "are you open on Saturday?")
gets a plain answer for that day first — found by a tester: 「土曜日もやってる？」 got the weekly hours with no yes or no,
and 「日曜は？」 or 「月曜はやってますか」 only "a counselor can answer that". A closed day: a plain no (named by its weekday,
or by its date when it is a public holiday), then the hours and what to do now, and when it is urgent (a crisis sign)
the lines that answer around the clock; an open day: a plain yes with that day's hours; the weekend (「土日」
"weekends"): both days. In every language catalog."""
import pytest

from dialogs.catalog import Catalog
from handlers import formatting
from tests.support import chose_language, conversation_state

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

TUESDAY_MORNING = "2026-12-08T10:00:00+09:00"
FRIDAY_EVENING = "2026-12-11T19:00:00+09:00"
SATURDAY_NIGHT = "2026-12-12T23:30:00+09:00"
FRIDAY_BEFORE_A_HOLIDAY = "2027-01-08T10:00:00+09:00"  # Monday 11 January 2027 is 成人の日
SATURDAY = 5


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


def _first_line(resident) -> str:
    return resident.texts().split("\n")[0]


@pytest.mark.parametrize("question, day", [("土曜日もやってる？", "土曜日"), ("日曜は？", "日曜日"), ("土曜って開いてますか", "土曜日"),
                                           ("にちようびは あいてる？", "日曜日")])
def test_a_closed_day_asked_about_is_answered_with_a_plain_no_first(resident, question, day):
    chose_language(resident, "ja", TUESDAY_MORNING)
    resident.say(question)
    assert _first_line(resident) == f"いいえ、{day}は窓口がお休みです。", resident.texts()
    said = resident.texts()
    assert "8:30" in said and "0120-000-000" in said and "いまは受付時間内です" in said, said
    assert "24時間" not in said  # nothing urgent was said
    assert conversation_state(resident) == "start"


@pytest.mark.parametrize("question", ["月曜はやってますか", "木曜日は？", "明日も開いてる？"])
def test_an_open_day_asked_about_is_answered_with_a_plain_yes_and_its_hours(resident, question):
    chose_language(resident, "ja", TUESDAY_MORNING)
    resident.say(question)
    first = _first_line(resident)
    assert first.startswith("はい、") and "開いています" in first, resident.texts()
    assert ("8:30–19:00" if "木曜" in question else "8:30–17:15") in first


def test_today_asked_after_the_days_hours_is_a_no_with_when_it_opens(resident):
    chose_language(resident, "ja", FRIDAY_EVENING)
    resident.say("今日はまだやってる？")
    assert _first_line(resident).startswith("いいえ、今日の受付はもう終わりました"), resident.texts()
    assert "次に開くのは 12月14日(月) 8:30" in resident.texts()


def test_a_public_holiday_is_a_no_named_by_its_date(resident):
    chose_language(resident, "ja", FRIDAY_BEFORE_A_HOLIDAY)
    resident.say("月曜日はやってますか？")
    assert _first_line(resident) == "いいえ、1月11日(月)は窓口がお休みです。", resident.texts()


def test_after_a_sign_of_nowhere_to_sleep_a_closed_day_gets_the_24_hour_lines_after_the_no(resident):
    chose_language(resident, "ja", SATURDAY_NIGHT)
    resident.say("追い出されて今夜寝るところがない")
    resident.say("日曜は？")
    said = resident.texts()
    assert said.startswith("いいえ、日曜日は窓口がお休みです。"), said
    assert said.index("次に開くのは") < said.index("24時間つながる窓口があります") < said.index("0120-279-338"), said


@pytest.mark.parametrize("lang, question", [
    ("en", "are you open on Saturday?"), ("en", "Saturday?"), ("es", "¿abren el sábado?"), ("pt-BR", "abre no sábado?"),
    ("vi", "thứ bảy có mở cửa không?"), ("tl", "bukas ba kayo sa sabado?"), ("id", "apakah buka hari sabtu?"),
    ("zh-Hans", "周六开门吗？"), ("zh-Hant", "星期六有開門嗎？"), ("ko", "토요일에도 문 열어요?"), ("ne", "शनिबार खुल्छ?"),
    ("th", "วันเสาร์เปิดไหม"), ("my", "စနေ ဖွင့်လား"), ("ja-easy", "どようびも あいて いますか？"),
])
def test_in_every_language_a_closed_saturday_is_a_plain_no_first(resident, catalog, lang, question):
    chose_language(resident, lang, TUESDAY_MORNING)
    resident.say(question)
    day = formatting.weekday_name(SATURDAY, lang)
    assert _first_line(resident) == catalog.text(lang, "service.day_closed", day=day), resident.texts()
    assert catalog.text(lang, "service.open_now") in resident.texts()


@pytest.mark.parametrize("lang, question", [("en", "are you open on Monday?"), ("vi", "thứ hai có mở cửa không?"),
                                            ("zh-Hans", "周一开门吗？")])
def test_in_other_languages_an_open_day_is_a_plain_yes_with_its_hours(resident, catalog, lang, question):
    chose_language(resident, lang, TUESDAY_MORNING)
    resident.say(question)
    first = _first_line(resident)
    yes = catalog.text(lang, "service.day_open", day="\0", hours="\0").split("\0")[0]
    assert first.startswith(yes) and ("8:30" in first or "08:30" in first), resident.texts()


@pytest.mark.parametrize("lang, question, days", [
    ("ja", "土日もやってる？", "土曜日、日曜日"), ("ja", "週末は？", "土曜日、日曜日"), ("en", "are you open on weekends?", "Saturday and Sunday"),
    ("zh-Hans", "周末开门吗？", "星期六和星期日"),
])
def test_the_weekend_asked_about_is_a_plain_no_for_both_days(resident, catalog, lang, question, days):
    chose_language(resident, lang, TUESDAY_MORNING)
    resident.say(question)
    assert _first_line(resident) == catalog.text(lang, "service.day_closed", day=days), resident.texts()


@pytest.mark.parametrize("question", ["土曜日大丈夫？", "土曜日に行ってもいい？"])
def test_is_a_closed_day_all_right_is_a_plain_no_too(resident, question):
    chose_language(resident, "ja", TUESDAY_MORNING)
    resident.say(question)
    assert _first_line(resident) == "いいえ、土曜日は窓口がお休みです。", resident.texts()
