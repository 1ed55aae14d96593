"""A question about the service's own opening hours is answered from the office's hours (the ones of the greeting),
wherever the resident is, in their language, and the step they were on goes on; asked again, answered again in other
words (never the same bubble twice in a row). A question in a story is not taken for one to us."""
import pytest

from dialogs.catalog import Catalog
from tests.booking_helpers import add_slot
from tests.support import chose_language, conversation_state

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
SUNDAY_NIGHT = "2026-12-06T01:00:00+09:00"
QUESTIONS = [("ja", "受付時間は？"), ("ja", "何時まで開いてますか"), ("en", "What time do you open?"),
             ("en", "what are your office hours"), ("zh-Hans", "你们几点开门？"), ("zh-Hant", "營業時間是幾點？"),
             ("ko", "몇 시까지 해요?"), ("vi", "mấy giờ mở cửa?"), ("tl", "anong oras kayo bukas?"),
             ("pt-BR", "Que horas abre?"), ("es", "¿A qué hora abren?"), ("ne", "कति बजे खुल्छ?"),
             ("id", "Jam berapa buka?"), ("th", "เปิดกี่โมง"), ("my", "ဘယ်အချိန်ဖွင့်လဲ")]


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()






@pytest.mark.parametrize("lang, question", QUESTIONS)
def test_a_question_about_the_opening_hours_is_answered_with_the_hours_in_the_residents_language(
        resident, catalog, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    answer = resident.texts()
    assert ("8:30" in answer or "08.30" in answer) and "0120-000-000" in answer
    assert catalog.text(lang, "service.open_now") in answer
    assert conversation_state(resident) == "start"  # no topics chosen for a question about us


def test_asked_again_the_hours_are_answered_again_never_the_same_bubble(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("受付時間は？")
    first = resident.texts()
    resident.say("受付時間は？")
    second = resident.texts()
    resident.say("受付時間は？")
    third = resident.texts()
    for answer in (second, third):
        assert "8:30" in answer and "相談員がお答えできます" not in answer
    assert first.split("\n")[0] != second.split("\n")[0] != third.split("\n")[0]


def test_out_of_hours_the_answer_says_when_the_office_opens(resident):
    chose_language(resident, "ja", SUNDAY_NIGHT)
    resident.say("何時から開いてますか")
    assert "受付時間外" in resident.texts() and "12月7日" in resident.texts()


def test_the_hours_asked_while_choosing_a_visit_keep_the_visit_going(runtime, resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    add_slot(runtime, 2, hour=10)
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.say("何時まで開いてますか")
    assert "8:30" in resident.texts() and conversation_state(resident) == "visit"
    assert "ほかの日" in resident.buttons()


def test_a_working_hours_story_is_not_a_question_about_the_office(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("仕事の時間が長くて何時まで働けばいいかわからない")
    assert "0120-000-000" not in resident.texts()
