"""/admin/places and /admin/resources: editors keep the directory; the same checks as the CSV import; audit log."""
import io
from datetime import datetime

import pytest
from sqlalchemy import select

from handlers import nearby
from storage.models import AuditEntry, Place, Resource
from tests.console_fixtures import sign_in
from tests.places_support import CENTRE, TOKYO, seed_directory

MONDAY_11 = datetime(2026, 11, 30, 11, 0, tzinfo=TOKYO)


@pytest.fixture
def town(runtime):
    seed_directory(runtime)


@pytest.fixture
def editor(app, make_staff):
    """A signed-in editor's browser: (client, csrf token)."""
    make_staff("ed", "editor")
    client = app.test_client()
    return client, sign_in(client, "ed")


def place_form(csrf, **overrides):
    form = {"csrf_token": csrf, "key": "cafe-new", "name": "あおぞらカフェ", "kind": "cafe", "area": "central",
            "address": "みどりが丘市中央9-9", "lat": "35.6583", "lon": "139.7019",
            "hours": "mon-fri 10:00-16:00; holidays closed", "audience": ["anyone"], "cost_mode": "free",
            "languages": ["ja", "en"], "accessibility": ["wheelchair"], "phone": "0120-000-199",
            "description_ja": "だれでも来られるカフェです。", "description_en": "A café anyone can visit.",
            "name_en": "Aozora Café"}
    form.update(overrides)
    return {k: v for k, v in form.items() if v is not None}


def _place(runtime, key):
    with runtime.db.session() as session:
        row = session.scalars(select(Place).where(Place.key == key)).first()
        if row is not None:
            session.expunge(row)
        return row


def _audit(runtime):
    with runtime.db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(a.staff_name, a.action, a.via, a.detail) for a in entries]


def _nearest_keys(runtime, at=MONDAY_11, limit=40):
    with runtime.db.session() as session:
        return [f.place.key for f in nearby.nearest(session, *CENTRE, at, runtime.settings.tz, limit=limit)]


def test_strangers_go_to_sign_in_and_counselors_are_refused(app, make_staff, counselor_client):
    for path in ("/admin/places", "/admin/resources", "/admin/places/new", "/admin/places/export.csv"):
        resp = app.test_client().get(path)
        assert resp.status_code == 302 and "/console/login" in resp.headers["Location"], path
    client, csrf = counselor_client
    for path in ("/admin/places", "/admin/resources", "/admin/resources/new"):
        resp = client.get(path)
        assert resp.status_code == 403 and "相談員の権限では" in resp.get_data(as_text=True)
    assert client.post("/admin/places/new", data=place_form(csrf)).status_code == 403
    assert client.post("/admin/places/import", data={"csrf_token": csrf}).status_code == 403


def test_editors_and_admins_see_the_directory_with_header_links(town, app, make_staff, editor):
    client, _csrf = editor
    page = client.get("/admin/places").get_data(as_text=True)
    assert 'data-testid="nav-places"' in page and 'data-testid="nav-resources"' in page
    assert page.count('data-testid="entry-row"') == 30 and "ひだまりカフェ" in page
    assert "mon-fri 10:00-16:00; sat 10:00-13:00; holidays closed" in page
    kinds = client.get("/admin/places?kind=salon").get_data(as_text=True)
    assert "さくらサロン" in kinds and "ひだまりカフェ" not in kinds
    found = client.get("/admin/places?q=ひだまり").get_data(as_text=True)
    assert found.count('data-testid="entry-row"') == 1
    make_staff("boss", "admin")
    admin = app.test_client()
    sign_in(admin, "boss")
    resources = admin.get("/admin/resources?kind=work").get_data(as_text=True)
    assert "ハローワークみどりが丘（架空）" in resources and "福祉事務所" not in resources


def test_a_form_without_its_csrf_token_is_refused_and_nothing_is_stored(runtime, editor):
    client, csrf = editor
    form = place_form(csrf)
    del form["csrf_token"]
    resp = client.post("/admin/places/new", data=form)
    assert resp.status_code == 400 and "フォームの有効期限が切れました" in resp.get_data(as_text=True)
    assert client.post("/admin/places/new", data=place_form("forged")).status_code == 400
    assert _place(runtime, "cafe-new") is None


def test_a_new_place_with_bad_hours_shows_the_problem_beside_the_field_and_keeps_the_input(runtime, editor):
    client, csrf = editor
    resp = client.post("/admin/places/new", data=place_form(csrf, hours="mon-fry 10:00-16:00", lat="95",
                                                             audience=[]))
    assert resp.status_code == 400
    page = resp.get_data(as_text=True)
    assert ('data-testid="error-hours">「mon-fry 10:00-16:00」の「fry」は曜日ではありません' in page)
    assert 'data-testid="error-lat">緯度「95」は -90〜90 の数値で入力してください' in page
    assert 'data-testid="error-audience">対象を1つ以上選んでください' in page
    assert "入力を確認してください（3か所）" in page
    assert ">mon-fry 10:00-16:00</textarea>" in page and 'value="あおぞらカフェ"' in page
    assert 'value="Aozora Café"' in page and 'value="en" checked' in page and 'value="wheelchair" checked' in page
    assert _place(runtime, "cafe-new") is None
    # fixed, it is stored with every field, and the change is audited
    resp = client.post("/admin/places/new", data=place_form(csrf, cost_mode="yen", cost_yen="300"))
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/admin/places")
    place = _place(runtime, "cafe-new")
    assert (place.name, place.names, place.kind, place.area, place.lat, place.cost, place.languages) == \
        ("あおぞらカフェ", {"en": "Aozora Café"}, "cafe", "central", 35.6583, "300", ["ja", "en"])
    assert place.descriptions == {"ja": "だれでも来られるカフェです。", "en": "A café anyone can visit."}
    assert ("ed", "place_added", "admin", "places cafe-new") in _audit(runtime)
    assert "「あおぞらカフェ」を登録しました" in client.get("/admin/places").get_data(as_text=True)


def test_a_key_already_used_is_refused_beside_the_key(town, runtime, editor):
    client, csrf = editor
    page = client.post("/admin/places/new", data=place_form(csrf, key="cafe-hidamari")).get_data(as_text=True)
    assert 'data-testid="error-key">キー「cafe-hidamari」はほかの行ですでに使われています' in page
    assert _place(runtime, "cafe-hidamari").name == "ひだまりカフェ"


def test_a_valid_edit_changes_what_the_api_returns_and_is_audited(town, runtime, editor, token_for):
    client, csrf = editor
    hidamari = _place(runtime, "cafe-hidamari")
    edit = client.get(f"/admin/places/{hidamari.id}").get_data(as_text=True)
    assert ">mon-fri 10:00-16:00; sat 10:00-13:00; holidays closed</textarea>" in edit and "readonly" in edit
    form = place_form(csrf, key="ignored", name="ひだまりカフェ", hours="daily 09:00-21:00", lat=f"{hidamari.lat}",
                      lon=f"{hidamari.lon}")
    resp = client.post(f"/admin/places/{hidamari.id}", data=form)
    assert resp.status_code == 302
    token = token_for("suzuki", "counselor")
    got = client.get("/api/v1/places?lat=35.6590&lon=139.7025&limit=1&at=2026-11-29T20:00:00%2B09:00",
                     headers={"Authorization": f"Bearer {token}"}).get_json()
    assert got[0]["key"] == "cafe-hidamari" and got[0]["hours"] == "daily 09:00-21:00" and got[0]["open_now"] is True
    assert _place(runtime, "cafe-hidamari").key == "cafe-hidamari"  # the key never changes on an edit
    [entry] = [a for a in _audit(runtime) if a[1] == "place_edited"]
    assert entry[3].startswith("places cafe-hidamari:") and "hours" in entry[3]


def test_deactivating_takes_a_place_out_of_the_nearest_results_and_reactivating_brings_it_back(town, runtime,
                                                                                                 editor):
    client, csrf = editor
    hidamari = _place(runtime, "cafe-hidamari")
    assert "cafe-hidamari" in _nearest_keys(runtime)
    resp = client.post(f"/admin/places/{hidamari.id}/active", data={"csrf_token": csrf, "active": "0"})
    assert resp.status_code == 302
    assert "cafe-hidamari" not in _nearest_keys(runtime)
    assert _place(runtime, "cafe-hidamari") is not None  # kept, never deleted
    listed = client.get("/admin/places?status=inactive").get_data(as_text=True)
    assert listed.count('data-testid="entry-row"') == 1 and "休止中" in listed
    client.post(f"/admin/places/{hidamari.id}/active", data={"csrf_token": csrf, "active": "1"})
    assert "cafe-hidamari" in _nearest_keys(runtime)
    actions = [a[1] for a in _audit(runtime)]
    assert "place_deactivated" in actions and "place_reactivated" in actions


def test_a_csv_with_two_bad_rows_lists_both_and_imports_nothing(town, runtime, editor):
    client, csrf = editor
    csv_text = ("key,name,kind,lat,lon,hours,audience,cost,languages,description_ja\n"
                "cafe-one,ひとつめ,cafe,35.66,139.70,daily 10:00-12:00,anyone,free,ja,説明\n"
                "cafe-two,ふたつめ,castle,35.66,139.70,daily 10:00-12:00,anyone,free,ja,説明\n"
                "cafe-three,みっつめ,cafe,35.66,139.70,mon-fry 10:00-12:00,anyone,free,ja,説明\n")
    before = len(_nearest_keys(runtime, limit=100))
    resp = client.post("/admin/places/import", data={"csrf_token": csrf,
                                                     "file": (io.BytesIO(csv_text.encode()), "places.csv")},
                       content_type="multipart/form-data")
    assert resp.status_code == 400
    page = resp.get_data(as_text=True)
    assert "行 3: 種類「castle」は使えません" in page
    assert "行 4: 「mon-fry 10:00-12:00」の「fry」は曜日ではありません" in page
    assert "2件の問題があったため、何も取り込んでいません" in page and page.count("data-testid=\"upload-problem\"") == 2
    assert _place(runtime, "cafe-one") is None and len(_nearest_keys(runtime, limit=100)) == before
    # corrected, it is imported (all rows) and audited
    fixed = csv_text.replace("castle", "salon").replace("mon-fry", "mon-fri")
    resp = client.post("/admin/places/import", data={"csrf_token": csrf,
                                                     "file": (io.BytesIO(fixed.encode("cp932")), "places.csv")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302
    assert "取り込みました：追加 3" in client.get("/admin/places").get_data(as_text=True)
    assert _place(runtime, "cafe-two").kind == "salon"
    assert any(a[1] == "places_imported" and "added 3" in a[3] for a in _audit(runtime))


def test_the_export_link_gives_a_csv_the_import_reads_back(town, runtime, editor):
    client, csrf = editor
    resp = client.get("/admin/places/export.csv")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert resp.data.startswith("\ufeffkey,name".encode())
    resp = client.post("/admin/places/import", data={"csrf_token": csrf,
                                                     "file": (io.BytesIO(resp.data), "places.csv")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302
    assert "変更なし 30" in client.get("/admin/places").get_data(as_text=True)


def test_resources_are_created_edited_and_deactivated_with_the_same_checks(town, runtime, editor):
    client, csrf = editor
    form = {"csrf_token": csrf, "key": "food-help", "agency": "フードサポート（架空）", "section": "", "phone": "",
            "hours": "mon-fri 09:00-17:00", "topics": [], "description_ja": "食べ物の支援です。"}
    page = client.post("/admin/resources/new", data=form).get_data(as_text=True)
    assert 'data-testid="error-phone">電話番号を入力してください' in page
    assert 'data-testid="error-topics">相談分野を1つ以上選んでください' in page
    assert 'value="フードサポート（架空）"' in page
    resp = client.post("/admin/resources/new", data={**form, "phone": "0120-000-299", "topics": ["money", "any"]})
    assert resp.status_code == 302
    with runtime.db.session() as session:
        rows = session.scalars(select(Resource).order_by(Resource.position)).all()
        added, last_before = rows[-1], rows[-2]
        assert added.key == "food-help" and added.position > last_before.position and added.topics == ["money", "any"]
        added_id, hello = added.id, session.scalars(select(Resource).where(Resource.key == "hellowork")).one()
        hello_id, hello_position = hello.id, hello.position
    resp = client.post(f"/admin/resources/{hello_id}", data={
        "csrf_token": csrf, "agency": "ハローワークみどりが丘（架空）", "phone": "0120-000-211",
        "hours": "mon-fri 08:30-17:15; holidays closed", "topics": ["work"], "description_ja": "仕事の相談。"})
    assert resp.status_code == 302
    client.post(f"/admin/resources/{added_id}/active", data={"csrf_token": csrf, "active": "0"})
    with runtime.db.session() as session:
        hello = session.get(Resource, hello_id)
        assert (hello.phone, hello.position, hello.key) == ("0120-000-211", hello_position, "hellowork")
        assert session.get(Resource, added_id).active is False
    actions = [a[1] for a in _audit(runtime)]
    assert {"resource_added", "resource_edited", "resource_deactivated"} <= set(actions)
