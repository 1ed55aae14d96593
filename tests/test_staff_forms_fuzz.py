"""Hostile input on the staff pages: every form post and page under /console and /admin (from the url_map),
signed in as an admin who may use them all, gets odd values in every field the code reads (field names are
harvested from the code, so a new form is covered too), CSV uploads of any bytes — never a 500."""
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot.kiosk import devices as kiosk_devices
from dialogs import overlay
from handlers import directory_csv
from storage.models import Conversation
from tests.booking_helpers import add_slot
from tests.console_fixtures import sign_in
from tests.hostile import (
    FUZZ,
    build_path,
    changed_tables,
    fingerprint,
    id_values,
    path_params,
    routes,
    short_odd_text,
)

PROJECT = Path(__file__).resolve().parent.parent
READS = re.compile(r"""(?:form|args|values)\.get(?:list)?\(\s*["']([A-Za-z_:]+)["']""")


def field_names() -> list[str]:
    """Every request field name the staff views read (form.get("…"), args.get("…"), getlist)."""
    names = set()
    for path in (PROJECT / "bot").rglob("*.py"):
        names |= set(READS.findall(path.read_text(encoding="utf-8")))
    return sorted(names - {"csrf_token"})


FIELDS = field_names()
# "A little": half the API's examples per form. The dialog editor's posts are slow (each re-validates the whole
# dialog bundle, and one on the preview runs every transcript test too), so they get a few.
FORMS = hsettings(FUZZ, max_examples=max(5, FUZZ.max_examples // 2))


def examples_for(endpoint: str) -> int:
    """How many odd forms a post gets."""
    if endpoint == "editor.preview_page":
        return 1
    return 3 if endpoint.startswith("editor.") else FORMS.max_examples
plausible = st.sampled_from(["1", "0", "ja", "en", "bot", "closed", "resolved", "places", "10:00", "12:00", "mon",
                             "2026-12-01", "2099-01-01", "35.66", "139.70", "anyone", "free", "sato", "-1", ""])
field_value = st.one_of(plausible, short_odd_text)
csv_cell = st.one_of(plausible, st.text(max_size=20),
                     st.sampled_from(['"', '""', ",", "\n", "\r", "a\x00b", "=cmd|' /C calc'!A0"]))
# A valid row of each import, then some of its cells swapped for odd ones: the checks behind the first are reached.
VALID = {"places": {"key": "cafe-x", "name": "カフェX", "kind": "cafe", "address": "中央1", "lat": "35.66",
                    "lon": "139.70", "hours": "mon-fri 10:00-17:00", "audience": "anyone", "cost": "free",
                    "languages": "ja", "description_ja": "説明"},
         "resources": {"key": "agency-x", "agency": "福祉課", "hours": "mon-fri 9:00-17:00", "topics": "money",
                       "phone": "03-1234-5678", "description_ja": "説明"}}


def csv_rows(kind: str):
    """CSV text: the import's header, and rows that are the valid one with some cells made odd."""
    columns = [c.name for c in (directory_csv.PLACE_COLUMNS if kind == "places" else directory_csv.RESOURCE_COLUMNS)]
    row = st.fixed_dictionaries({c: st.just(VALID[kind].get(c, "")) | csv_cell for c in columns})
    quote = lambda cell: '"' + cell.replace('"', '""') + '"'  # noqa: E731
    return st.lists(row, max_size=4).map(
        lambda rows: ",".join(columns) + "\n" + "".join(",".join(quote(r[c]) for c in columns) + "\n" for r in rows))


csv_file = st.one_of(
    st.binary(max_size=400),
    st.sampled_from(["places", "resources"]).flatmap(csv_rows).map(lambda text: text.encode("utf-8")),
    st.sampled_from(["places", "resources"]).flatmap(csv_rows).map(lambda text: text.encode("cp932", "replace")))


@pytest.fixture
def admin_browser(app, runtime, resident, make_staff, api_client):
    """An admin signed in (CSRF token at hand) and something behind every id."""
    resident.follow()
    resident.say("家賃が払えなくて困っています")
    resident.say("人と話したい")
    make_staff("fuzz-admin", "admin")
    make_staff("sato", "counselor")
    browser = app.test_client()
    csrf = sign_in(browser, "fuzz-admin")
    with runtime.db.session() as session:
        cid = session.query(Conversation.id).filter_by(status="waiting").scalar()
    slot_id = add_slot(runtime, 3, capacity=2)
    booking = api_client("counselor").post("/api/v1/bookings", json={"slot_id": slot_id, "conversation_id": cid})
    device, _code = kiosk_devices.create(runtime.db, "受付1", "test")
    runtime.drain()
    ids = [cid, slot_id, booking.get_json()["id"], device.id, 1]
    return browser, csrf, ids, overlay.editable_files(runtime.settings.data_dir)


def param_strategy(conv: str, name: str, ids: list[int], files: list[str]):
    """A value for one path parameter: known ids and odd ones; sensible and odd kinds, files and figures."""
    if conv == "int":
        return id_values(ids)
    if name == "kind":
        return st.sampled_from(["places", "resources"]) | short_odd_text
    if name == "path":
        return st.sampled_from(files) | short_odd_text
    return st.sampled_from(["topics", "languages"]) | short_odd_text


def staff_routes(app, method: str):
    """Staff pages and form posts (sign-in and sign-out aside)."""
    skip = {"/console/login", "/console/logout"}
    return [r for r, m in routes(app, "/console") + routes(app, "/admin") if m == method and r.rule not in skip]


def test_every_staff_form_post_survives_odd_values_in_every_field(app, runtime, admin_browser):
    browser, csrf, ids, files = admin_browser
    posts = staff_routes(app, "POST")
    assert len(posts) >= 20, posts
    for rule in posts:
        @hsettings(FORMS, max_examples=examples_for(rule.endpoint))
        @given(values=st.fixed_dictionaries({n: param_strategy(c, n, ids, files) for c, n in path_params(rule)}),
               form=st.dictionaries(st.sampled_from(FIELDS) | st.just("m:welcome") | short_odd_text, field_value,
                                    max_size=8),
               listed=st.lists(field_value, max_size=3), upload=st.none() | csv_file,
               filename=st.sampled_from(["places.csv", "a.txt", "", "../../x.csv", "名前.csv", "a\x00.csv"]))
        def hostile(values, form, listed, upload, filename):
            data = {**form, "csrf_token": csrf}
            if listed:
                data["languages"] = listed
            if upload is not None:
                data["file"] = (io.BytesIO(upload), filename)
            path = build_path(rule, values)
            resp = browser.post(path, data=data, content_type="multipart/form-data" if upload is not None else None)
            assert resp.status_code < 500, (path, form, resp.status_code)
            runtime.drain()

        hostile()


@FORMS
@given(upload=csv_file, replace=st.booleans(), kind=st.sampled_from(["places", "resources"]))
def test_a_refused_csv_import_stores_nothing(runtime, admin_browser, upload, replace, kind):
    browser, csrf, _ids, _files = admin_browser
    before = fingerprint(runtime)
    resp = browser.post(f"/admin/{kind}/import", content_type="multipart/form-data",
                        data={"csrf_token": csrf, "replace": "1" if replace else "0",
                              "file": (io.BytesIO(upload), f"{kind}.csv")})
    assert resp.status_code in (302, 400), resp.status_code
    if resp.status_code == 400:
        assert changed_tables(before, fingerprint(runtime)) == []


def test_every_staff_page_survives_odd_query_parameters(app, admin_browser):
    browser, _csrf, ids, files = admin_browser
    pages = staff_routes(app, "GET")
    assert len(pages) >= 20, pages
    for rule in pages:
        @hsettings(FORMS, max_examples=max(4, FORMS.max_examples // 2))
        @given(values=st.fixed_dictionaries({n: param_strategy(c, n, ids, files) for c, n in path_params(rule)}),
               query=st.dictionaries(st.sampled_from(FIELDS) | short_odd_text, field_value, max_size=4))
        def hostile(values, query):
            path = build_path(rule, values)
            resp = browser.get(path, query_string=query)
            assert resp.status_code < 500, (path, query, resp.status_code)

        hostile()


preview_action = st.dictionaries(st.sampled_from(["kind", "data", "text"]), st.integers() | st.text(max_size=10))
preview_body = st.fixed_dictionaries({}, optional={
    "actions": st.one_of(st.integers(), st.text(max_size=5), st.lists(preview_action), st.none()),
    "lang": st.one_of(st.integers(), st.text(max_size=8), st.sampled_from(["en", "ja"]), st.lists(st.text()))})


@FORMS
@given(body=st.one_of(st.none(), st.just(True), st.integers(), st.text(max_size=20), preview_body))
def test_the_editor_preview_chat_answers_any_json_with_a_turn_list_or_an_error(admin_browser, body):
    browser, csrf, _ids, _files = admin_browser
    resp = browser.post("/admin/dialogs/preview/chat", data=json.dumps(body), content_type="application/json",
                        headers={"X-CSRF-Token": csrf})
    assert resp.status_code in (200, 400, 409), resp.status_code


@pytest.mark.parametrize("action", ["deactivate", "reactivate", "revoke-tokens", "reset-password"])
def test_a_nul_in_a_name_in_the_path_is_refused_before_the_database_sees_it(admin_browser, action):
    browser, csrf, _ids, _files = admin_browser
    resp = browser.post(f"/admin/staff/a%00b/{action}", data={"csrf_token": csrf})
    assert resp.status_code == 400  # PostgreSQL cannot compare text with a NUL: it would have been a 500
