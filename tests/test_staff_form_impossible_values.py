"""The office and hotline forms refuse impossible or emptied values with a Japanese reason and keep what was typed,
rather than saving them (or silently dropping the change) with 「問題は見つかりませんでした」."""
import re

import pytest

from bot.admin.dialogs.drafts import DialogEditor
from tests.console_fixtures import sign_in


@pytest.fixture
def editor_client(app, make_staff):
    make_staff("hana", "editor")
    client = app.test_client()
    return client, sign_in(client, "hana")


def _problems(page: str) -> list[str]:
    return re.findall(r"<li>([^<]+)</li>", page[page.index('data-testid="form-problems"'):])


@pytest.mark.parametrize("day", ["2月30日", "4-31", "11/31", "２月３０日"])
def test_a_closed_day_that_no_year_has_is_refused_and_kept(runtime, editor_client, day):
    client, csrf = editor_client
    form = {"csrf_token": csrf, "hours_mon": "8:30-17:15", "hours_tue": "", "hours_wed": "", "hours_thu": "",
            "hours_fri": "", "hours_sat": "", "hours_sun": "", "holidays": "1", "closed_days": f"12-29\n{day}",
            "phone": "0120-000-000"}
    resp = client.post("/admin/dialogs/form/office", data=form)
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200 and any("日はありません" in p for p in _problems(page)), page
    assert day in page and "data/office.yaml" not in DialogEditor(runtime).draft("hana").content.files


def test_leap_day_stays_a_closed_day_one_may_choose(runtime, editor_client):
    client, csrf = editor_client
    form = {"csrf_token": csrf, "hours_mon": "8:30-17:15", "hours_tue": "", "hours_wed": "", "hours_thu": "",
            "hours_fri": "", "hours_sat": "", "hours_sun": "", "holidays": "1", "closed_days": "2月29日",
            "phone": "0120-000-000"}
    assert client.post("/admin/dialogs/form/office", data=form).status_code == 302


def test_a_hotline_whose_japanese_name_was_emptied_is_refused_not_saved_with_the_old_name(runtime, editor_client):
    client, csrf = editor_client
    page = client.get("/admin/dialogs/form/hotlines").get_data(as_text=True)
    count = int(re.search(r'name="rows" value="(\d+)"', page).group(1))
    form = {"csrf_token": csrf, "rows": str(count)}
    for field, value in re.findall(r'name="(\d+:[a-z_]+)" value="([^"]*)"', page):
        if not field.endswith(":delete"):
            form[field] = value
    for field in re.findall(r'name="(\d+:(?:signal|topic|first|only|flag):[a-z_]+)" value="1" checked', page):
        form[field] = "1"
    row_id = form["0:id"]
    form["0:label"] = ""
    form["0:number"] = "0120-999-999"  # typed alongside: kept on the page, not lost
    resp = client.post("/admin/dialogs/form/hotlines", data=form)
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200 and any("名前（日本語）が空" in p for p in _problems(page)), _problems(page)
    assert not any(p.startswith(f"{row_id}:") for p in _problems(page))
    assert 'value="0120-999-999"' in page
    assert "data/hotlines.yaml" not in DialogEditor(runtime).draft("hana").content.files
