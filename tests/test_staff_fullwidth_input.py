"""Staff typing with a Japanese IME (full-width digits, colons, ー － ― for dashes) in every staff form that takes
phone numbers, hours, numbers or coordinates: accepted and stored half-width, never refused."""
import re

import pytest
import yaml
from sqlalchemy import select

from bot.admin.dialogs.drafts import DialogEditor
from storage.models import Place, Resource
from tests.console_fixtures import sign_in
from tests.places_support import seed_directory
from tests.test_admin_places import place_form


@pytest.fixture
def editor(app, make_staff, runtime):
    seed_directory(runtime)
    make_staff("ed", "editor")
    client = app.test_client()
    return client, sign_in(client, "ed")


def test_a_place_typed_in_full_width_is_saved_half_width(editor, runtime):
    client, csrf = editor
    resp = client.post("/admin/places/new", data=place_form(
        csrf, phone="０１２０ー０００ー１９９", hours="月－金 １０：００―１６：００", lat="３５．６５８３", lon="１３９．７０１９"))
    assert resp.status_code == 302, resp.get_data(as_text=True)
    with runtime.db.session() as session:
        place = session.scalars(select(Place).where(Place.key == "cafe-new")).one()
        assert place.phone == "0120-000-199" and "10:00-16:00" in place.hours and abs(place.lat - 35.6583) < 1e-6


def test_an_agency_phone_typed_in_full_width_is_accepted(editor, runtime):
    client, csrf = editor
    resp = client.post("/admin/resources/new", data={
        "csrf_token": csrf, "key": "food-help", "agency": "フードサポート（架空）", "section": "",
        "phone": "０１２０－０００－９９９", "hours": "ｍｏｎ－ｆｒｉ　０９：００－１７：００", "topics": ["money"],
        "description_ja": "食べ物の支援です。"})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    with runtime.db.session() as session:
        assert session.scalars(select(Resource).where(Resource.key == "food-help")).one().phone == "0120-000-999"


def test_office_hours_phone_and_closed_days_typed_in_full_width_are_read(editor, runtime):
    client, csrf = editor
    form = {"csrf_token": csrf, "hours_mon": "１０：００－１６：００", "hours_tue": "１０：００ー１６：００",
            "hours_wed": "10:00―16:00", "hours_thu": "", "hours_fri": "", "hours_sat": "", "hours_sun": "",
            "holidays": "1", "closed_days": "１２－２９", "phone": "０１２０－０００－０００"}
    resp = client.post("/admin/dialogs/form/office", data=form)
    assert resp.status_code == 302, resp.get_data(as_text=True)
    saved = yaml.safe_load(DialogEditor(runtime).draft("ed").content.files["data/office.yaml"])
    assert saved["hours"]["mon"] == saved["hours"]["tue"] == saved["hours"]["wed"] == ["10:00-16:00"]
    assert saved["phone"] == "0120-000-000" and saved["closed_days"] == ["12-29"]


def test_a_hotline_number_and_hours_typed_in_full_width_are_read(editor, runtime):
    client, csrf = editor
    page = client.get("/admin/dialogs/form/hotlines").get_data(as_text=True)
    count = int(re.search(r'name="rows" value="(\d+)"', page).group(1))
    form = {"csrf_token": csrf, "rows": str(count)}
    for field, value in re.findall(r'name="(\d+:[a-z_]+)" value="([^"]*)"', page):
        if not field.endswith(":delete"):
            form[field] = value
    for field in re.findall(r'name="(\d+:(?:signal|topic|first|only|flag):[a-z_]+)" value="1" checked', page):
        form[field] = "1"
    new = str(count)
    form.update({f"{new}:label": "みどりが丘市 DV相談", f"{new}:id": "city_dv", f"{new}:number": "０１２０－１１１－２２２",
                 f"{new}:hours": "９：００ー１７：００", f"{new}:languages": "ja", f"{new}:priority": "２",
                 f"{new}:signal:violence": "1"})
    resp = client.post("/admin/dialogs/form/hotlines", data=form)
    assert resp.status_code == 302, re.findall(r"<li>[^<]*</li>", resp.get_data(as_text=True))
    rows = yaml.safe_load(DialogEditor(runtime).draft("ed").content.files["data/hotlines.yaml"])
    added = next(row for row in rows if row["id"] == "city_dv")
    assert added["number"] == "0120-111-222" and added["hours"] == ["09:00-17:00"] and added["priority"] == 2


def test_a_slot_typed_in_full_width_is_published(editor, runtime):
    from datetime import timedelta

    from storage.models import Slot
    from tests.booking_helpers import local_day
    client, csrf = editor
    day = local_day(5).date().isoformat().translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    resp = client.post("/admin/slots", data={
        "csrf_token": csrf, "date": day, "start": "１０：００", "end": "１２：００", "meeting_point": "市役所 1階ロビー",
        "counselor": "佐藤", "languages": ["ja"], "capacity": "２"})
    assert resp.status_code == 302, re.findall(r'data-testid="slot-error[^"]*">[^<]*', resp.get_data(as_text=True))
    with runtime.db.session() as session:
        [slot] = session.scalars(select(Slot)).all()
        assert slot.starts_at == local_day(5) + timedelta(hours=10) and slot.capacity == 2
