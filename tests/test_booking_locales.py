"""Every booking text exists in every language, keeps its placeholders, fits LINE's buttons and reads naturally."""
import re
import unicodedata
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from babel.messages.pofile import read_po
from sqlalchemy import create_engine, select

from dialogs.catalog import Catalog
from handlers import languages, postback
from storage.models import Resident as ResidentRow
from tests.booking_helpers import add_slot, slot

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
LABELS = re.compile(r"^booking\.(opt\.|dest\.(?!unknown))")


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


def _booking_ids(catalog):
    return [msg_id for msg_id in catalog.texts["ja"] if msg_id.startswith("booking.")]


@pytest.mark.parametrize("code", languages.codes())
def test_every_language_has_every_booking_text_with_the_same_placeholders(catalog, code):
    path = languages.LOCALES_DIR / code / "LC_MESSAGES" / "booking.po"
    with path.open("rb") as fh:
        po = read_po(fh, locale=languages.get(code).babel)
    entries = {m.id: m for m in po if m.id}
    for msg_id in _booking_ids(catalog):
        assert msg_id in entries, f"{path}: {msg_id} is missing"
        entry = entries[msg_id]
        assert entry.string and not entry.fuzzy, f"{path}: {msg_id} is empty or fuzzy"
        source = set(PLACEHOLDER.findall(catalog.texts["ja"][msg_id]))
        assert set(PLACEHOLDER.findall(entry.string)) == source, f"{path}: {msg_id} placeholders differ"
        if LABELS.match(msg_id):
            assert len(entry.string) <= 20, f"{path}: button {msg_id} is longer than 20: {entry.string}"


def _no_cjk(text: str) -> bool:
    return not any(unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for ch in text)


def _book_in(app, runtime, resident, lang: str) -> str:
    resident.follow()
    engine = create_engine(runtime.settings.database_url)
    with runtime.db.session() as session:
        row = session.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"
    engine.dispose()
    resident.postback(postback.encode("visit", "", "start"))
    offer = resident.texts()
    assert _no_cjk(offer), offer
    resident.tap(resident.buttons()[0])                       # the first slot
    resident.postback(postback.encode("where", "hellowork", "visit_where"))
    resident.postback(postback.encode("consent", "yes", "visit_consent"))
    return resident.texts()


def test_a_booking_confirmation_reads_naturally_in_vietnamese(app, runtime, resident):
    slot_id = add_slot(runtime, 3, hour=10, languages=("ja", "vi"), place="Midorigaoka Station, North Exit",
                       counselor="Nguyen")
    text = _book_in(app, runtime, resident, "vi")
    start = slot(runtime, slot_id).starts_at.astimezone(ZoneInfo("Asia/Tokyo"))
    assert text.startswith("Đã đặt lịch xong.\nThời gian: ")
    assert format_date(start, "full", locale="vi") in text and "10:00–12:00" in text
    assert "Điểm hẹn: Midorigaoka Station, North Exit" in text and "Nhân viên tư vấn: Nguyen" in text
    assert "Nơi đến: Hello Work" in text and "Giấy tờ tùy thân" in text
    assert "Chỉ nhân viên tư vấn đi cùng bạn mới đọc bản tóm tắt." in text
    assert "{" not in text and _no_cjk(text)


def test_a_booking_confirmation_reads_naturally_in_brazilian_portuguese(app, runtime, resident):
    slot_id = add_slot(runtime, 4, hour=14, languages=("ja", "pt-BR"), place="Centro de Apoio, entrada",
                       counselor="Silva")
    text = _book_in(app, runtime, resident, "pt-BR")
    start = slot(runtime, slot_id).starts_at.astimezone(ZoneInfo("Asia/Tokyo"))
    assert text.startswith("Agendamento feito.\nQuando: ")
    assert format_date(start, "full", locale="pt_BR") in text and "14:00–16:00" in text
    assert "Ponto de encontro: Centro de Apoio, entrada" in text and "Conselheiro(a): Silva" in text
    assert "Destino: Hello Work (emprego)" in text and "Documento de identidade" in text
    assert "Vamos enviar um lembrete no dia anterior e duas horas antes." in text
    assert "{" not in text and _no_cjk(text)


@pytest.mark.parametrize("lang,name", [("en", "City Hall, ground floor lobby (in Japanese: 市役所 1階ロビー)"),
                                       ("es", "Ayuntamiento, vestíbulo de la planta baja (en japonés: 市役所 1階ロビー)"),
                                       ("th", "ล็อบบี้ชั้น 1 ศาลาว่าการเมือง (ภาษาญี่ปุ่น: 市役所 1階ロビー)")])
def test_a_meeting_point_typed_in_japanese_is_given_in_the_residents_language_with_the_japanese(
        app, runtime, resident, lang, name):
    add_slot(runtime, 3, hour=10, languages=("ja", "en"), interpreter=True, place="市役所 1階ロビー")
    resident.follow()
    with runtime.db.session() as session:
        row = session.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"
    resident.postback(postback.encode("visit", "", "start"))
    assert name in resident.texts()
    resident.tap(resident.buttons()[0])
    resident.postback(postback.encode("where", "hellowork", "visit_where"))
    resident.postback(postback.encode("consent", "yes", "visit_consent"))
    assert name in resident.texts()


def test_a_japanese_reader_sees_the_meeting_point_as_typed(app, runtime, resident):
    add_slot(runtime, 3, hour=10, place="市役所 1階ロビー")
    resident.follow()
    resident.postback(postback.encode("visit", "", "start"))
    assert "市役所 1階ロビー" in resident.texts() and "in Japanese" not in resident.texts()


def test_a_meeting_point_not_listed_is_said_to_be_in_japanese(app, runtime, resident):
    add_slot(runtime, 3, hour=10, languages=("ja", "en"), place="市役所 2階 相談室")
    resident.follow()
    with runtime.db.session() as session:
        row = session.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = "en", "chosen"
    resident.postback(postback.encode("visit", "", "start"))
    assert "市役所 2階 相談室 (in Japanese: show it to the staff)" in resident.texts()
