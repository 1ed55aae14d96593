"""「窓口ってどこにあるの？」 "where is your office?" is answered with the office's address, hours and phone — and a map
link where its position is known — in the resident's language, wherever they are; it is no search for places near
them. Staff set the address and position in the office form; without them, the resident is told a counselor will say
where, with the phone. Wrong values are refused on load and in the form, with a Japanese message."""
import pytest
import yaml

from bot.admin.dialogs.drafts import DialogEditor
from handlers.datafile import DataError
from handlers.office import Office
from tests.support import chose_language, conversation_state
from tests.test_editor_forms import _office_form, editor_client  # noqa: F401 (a fixture)

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"


@pytest.mark.parametrize("lang, question", [
    ("ja", "窓口ってどこにあるの？"), ("ja", "そちらの場所を教えてください"), ("en", "Where is your office?"),
    ("es", "¿Dónde está la oficina?"), ("vi", "văn phòng ở đâu vậy"), ("zh-Hans", "你们在哪里？"),
    ("ko", "사무실이 어디예요?"), ("tl", "saan ang opisina ninyo?"),
])
def test_where_the_office_is_gets_its_address_hours_and_a_map(resident, runtime, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    answer = resident.texts()
    office = runtime.bundle.office
    assert office.address in answer and office.phone in answer
    assert "google.com/maps" in answer
    assert conversation_state(resident) == "start"  # no places search


def test_without_an_address_a_counselor_will_say_where(resident, runtime, monkeypatch):
    monkeypatch.setattr(runtime.bundle.office, "address", "")
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("窓口はどこですか")
    assert "相談員がお伝えします" in resident.texts() and runtime.bundle.office.phone in resident.texts()


BASE = {"hours": {"mon": ["08:30-17:15"]}, "phone": "0120-000-000"}


@pytest.mark.parametrize("extra, code", [
    ({"address": "あ" * 101}, "office.address_long"),
    ({"address": "中央1-2-3", "lat": 35.6}, "office.coordinates"),
    ({"lat": "北緯35度", "lon": 139.7}, "office.coordinates"),
    ({"lat": 135.0, "lon": 39.7}, "office.coordinates"),
])
def test_a_wrong_address_or_position_is_refused_on_load(extra, code):
    with pytest.raises(DataError) as refused:
        Office.from_data({**BASE, **extra}, "office.yaml", "Asia/Tokyo")
    assert code in [problem.code for problem in refused.value.problems]


def test_staff_set_the_address_and_map_in_the_office_form(runtime, editor_client):  # noqa: F811
    client, csrf = editor_client
    resp = client.post("/admin/dialogs/form/office",
                       data=_office_form(csrf, address="みどりが丘市 本町2-1 福祉会館1階", lat="35.70", lon="139.80"))
    assert resp.status_code == 302
    saved = yaml.safe_load(DialogEditor(runtime).draft("hana").content.files["data/office.yaml"])
    assert saved["address"] == "みどりが丘市 本町2-1 福祉会館1階" and saved["lat"] == 35.7
    bundle = runtime.build_content(DialogEditor(runtime).draft("hana").content)
    assert bundle.office.address.startswith("みどりが丘市") and bundle.office.coordinates == (35.7, 139.8)


def test_a_position_that_cannot_be_read_is_named_and_nothing_is_saved(runtime, editor_client):  # noqa: F811
    client, csrf = editor_client
    resp = client.post("/admin/dialogs/form/office", data=_office_form(csrf, address="本町2-1", lat="北緯35度", lon=""))
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "緯度" in page and 'value="北緯35度"' in page
    assert "data/office.yaml" not in DialogEditor(runtime).draft("hana").content.files


def test_a_crisis_follow_up_question_asked_again_after_a_service_question_keeps_its_words(resident):
    from tests.support import to_the_tonight_question

    to_the_tonight_question(resident)
    said = resident.texts(resident.say("無料ですか？"))
    assert "無料" in said and "今夜、寝る場所はありますか" in said  # not only its yes / no buttons
    said = resident.texts(resident.say("窓口ってどこ？"))
    assert "今夜、寝る場所はありますか" in said


@pytest.mark.parametrize("lang, question, marked", [
    ("pt-BR", "Onde fica o escritório?", "(em japonês"), ("en", "Where is your office?", "(in Japanese"),
    ("vi", "văn phòng ở đâu vậy", "tiếng Nhật"),
])
def test_in_another_language_the_japanese_address_is_marked_as_japanese_to_show(resident, runtime, lang, question,
                                                                                 marked):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    answer = resident.texts()
    assert runtime.bundle.office.address in answer and marked in answer
