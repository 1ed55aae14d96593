"""Small things staff read: an empty choice says 「選んでください」 (no empty quote), the report CSV has one charset,
the directory lists show hours in Japanese, and the hotline form names a line by its Japanese name, not its id."""
import re

import pytest

from tests.console_fixtures import sign_in
from tests.places_support import seed_directory
from tests.test_admin_places import place_form


@pytest.fixture
def editor(app, make_staff, runtime):
    seed_directory(runtime)
    make_staff("ed", "editor")
    client = app.test_client()
    return client, sign_in(client, "ed")


def test_a_place_or_agency_with_nothing_chosen_is_asked_to_choose_without_an_empty_quote(editor):
    client, csrf = editor
    page = client.post("/admin/places/new", data=place_form(csrf, kind="", audience=None, languages=None)).get_data(
        as_text=True)
    assert 'data-testid="error-kind">種類を選んでください。' in page
    assert 'data-testid="error-audience">対象を1つ以上選んでください。<' in page
    assert 'data-testid="error-languages">対応できる言語を1つ以上選んでください。<' in page
    page = client.post("/admin/resources/new", data={
        "csrf_token": csrf, "key": "food-help", "agency": "フードサポート", "phone": "0120-000-299",
        "hours": "mon-fri 09:00-17:00", "description_ja": "食べ物の支援です。"}).get_data(as_text=True)
    assert 'data-testid="error-topics">相談分野を1つ以上選んでください。<' in page
    assert "「」" not in page


def test_the_report_csv_says_its_charset_once(app, make_staff):
    make_staff("boss", "admin")
    client = app.test_client()
    sign_in(client, "boss")
    resp = client.get("/admin/reports/topics.csv?from=2026-10-01&to=2026-11-30")
    assert resp.status_code == 200 and resp.headers["Content-Type"] == "text/csv; charset=utf-8"


def test_the_place_and_agency_lists_show_opening_hours_in_japanese(editor):
    client, csrf = editor
    client.post("/admin/places/new", data=place_form(
        csrf, hours="wed 13:30-15:30; sat 10:00-12:00; holidays closed"))
    page = client.get("/admin/places").get_data(as_text=True)
    assert "水 13:30–15:30、土 10:00–12:00、祝日休み" in page
    assert ">wed 13:30-15:30; sat 10:00-12:00; holidays closed<" not in page
    agencies = client.get("/admin/resources").get_data(as_text=True)
    cells = re.findall(r'<td class="hours"[^>]*>([^<]*)<', agencies)
    assert cells and not any(re.search(r"\b(mon|tue|wed|thu|fri|sat|sun|holidays|closed)\b", c) for c in cells), cells


def test_the_hotline_form_names_a_line_by_its_japanese_name_in_problems(app, make_staff):
    make_staff("hana", "editor")
    client = app.test_client()
    csrf = sign_in(client, "hana")
    page = client.get("/admin/dialogs/form/hotlines").get_data(as_text=True)
    count = int(re.search(r'name="rows" value="(\d+)"', page).group(1))
    form = {"csrf_token": csrf, "rows": str(count)}
    for field, value in re.findall(r'name="(\d+:[a-z_]+)" value="([^"]*)"', page):
        if not field.endswith(":delete"):
            form[field] = value
    for field in re.findall(r'name="(\d+:(?:signal|topic|first|only|flag):[a-z_]+)" value="1" checked', page):
        form[field] = "1"
    emergency = next(i for i in range(count) if form.get(f"{i}:flag:emergency"))
    form[f"{emergency}:hours"] = "9:00-17:00"  # an emergency line must be 24h: the file's own check refuses it
    resp = client.post("/admin/dialogs/form/hotlines", data=form)
    html = resp.get_data(as_text=True)
    problems = re.findall(r"<li>([^<]+)</li>", html[html.index('data-testid="form-problems"'):])
    label, row_id = form[f"{emergency}:label"], form[f"{emergency}:id"]
    assert any(p.startswith(f"{label}: ") for p in problems), problems
    assert not any(p.startswith(f"{row_id}: ") for p in problems), problems
