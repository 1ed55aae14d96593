"""/admin/reports: who may open it, what the page shows, and that each CSV is exactly the table beside its chart."""
import csv
import io
import re
from html import unescape

import pytest

from storage.models import AuditEntry
from tests.console_fixtures import PASSWORD, sign_in
from tests.reports_fixtures import SECRET_WORDS

PERIOD = "from=2026-10-01&to=2026-11-30"
FIGURES = ("unmet", "months", "topics", "areas", "languages", "channels", "crisis", "outcomes", "closing",
           "after_hours", "after_hours_bands", "reply_time", "referrals", "places_gap")


def signed_in(app, make_staff, role):
    make_staff(f"{role}1", role)
    client = app.test_client()
    sign_in(client, f"{role}1")
    return client


def page_tables(html: str) -> dict[str, list[list[str]]]:
    """Each data table on the page as rows of cell texts."""
    out = {}
    for fid, body in re.findall(r'<table class="data" data-testid="table-([a-z_]+)">(.*?)</table>', html, re.S):
        rows = []
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S):
            rows.append([unescape(re.sub(r"<[^>]+>", "", c)).strip()
                         for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)])
        out[fid] = rows
    return out


@pytest.mark.parametrize("role", ["admin", "editor"])
def test_admins_and_editors_see_the_reports(app, make_staff, known_history, role):
    client = signed_in(app, make_staff, role)
    resp = client.get(f"/admin/reports/?{PERIOD}")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert "地域の相談から見えること" in html
    for fid in FIGURES:
        assert f'data-testid="chart-{fid}"' in html and f'data-testid="table-{fid}"' in html
    assert resp.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_a_counselor_is_refused_and_a_stranger_is_sent_to_sign_in(app, make_staff, known_history, client):
    assert client.get("/admin/reports/").status_code == 302
    assert "/console/login" in client.get("/admin/reports/").headers["Location"]
    assert client.get("/admin/reports/topics.csv").status_code == 302
    counselor = signed_in(app, make_staff, "counselor")
    assert counselor.get("/admin/reports/").status_code == 403
    assert counselor.get(f"/admin/reports/topics.csv?{PERIOD}").status_code == 403


def test_every_csv_matches_the_table_on_the_page(app, make_staff, known_history):
    client = signed_in(app, make_staff, "admin")
    tables = page_tables(client.get(f"/admin/reports/?{PERIOD}").get_data(as_text=True))
    assert set(tables) == set(FIGURES)
    for fid in FIGURES:
        resp = client.get(f"/admin/reports/{fid}.csv?{PERIOD}")
        assert resp.status_code == 200 and resp.mimetype == "text/csv"
        assert "attachment" in resp.headers["Content-Disposition"]
        text = resp.get_data(as_text=True)
        assert text.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(text[1:])))
        assert rows == tables[fid], fid


def test_the_page_shows_suppressed_cells_as_hidden_and_never_the_small_numbers(app, make_staff, known_history):
    client = signed_in(app, make_staff, "admin")
    html = client.get(f"/admin/reports/?{PERIOD}").get_data(as_text=True)
    tables = page_tables(html)
    assert ["健康", "秘匿"] in tables["topics"] and ["仕事", "秘匿"] in tables["topics"]
    assert ["住まい", "15"] in tables["topics"] and ["合計（実人数）", "22"] in tables["topics"]
    assert ["窓口のキオスク端末", "秘匿"] in tables["channels"]
    assert SECRET_WORDS not in html and "担当の佐藤です" not in html


def test_a_bad_period_says_what_is_wrong_and_shows_the_default(app, make_staff, known_history):
    client = signed_in(app, make_staff, "admin")
    html = client.get("/admin/reports/?from=2026-13-01&to=2026-11-30").get_data(as_text=True)
    assert "日付は 2026-04-01 のように入力してください" in html
    html = client.get("/admin/reports/?from=2026-11-30&to=2026-10-01").get_data(as_text=True)
    assert "終わりの日が始まりの日より前" in html
    assert client.get("/admin/reports/topics.csv?from=2026-11-30&to=2026-10-01").status_code == 400
    assert client.get(f"/admin/reports/nothing.csv?{PERIOD}").status_code == 404


def test_opening_the_reports_is_written_to_the_audit_log(app, make_staff, known_history, runtime):
    client = signed_in(app, make_staff, "admin")
    client.get(f"/admin/reports/topics.csv?{PERIOD}")
    with runtime.db.session() as session:
        entry = session.query(AuditEntry).filter_by(action="report").one()
        assert entry.staff_name == "admin1" and entry.detail == "topics 2026-10-01..2026-11-30"


def test_the_headline_tiles_show_the_right_figures(app, make_staff, known_history):
    client = signed_in(app, make_staff, "editor")
    html = client.get(f"/admin/reports/?{PERIOD}").get_data(as_text=True)
    tiles = re.search(r'data-testid="tiles">(.*?)</div>\s*<section', html, re.S).group(1)
    numbers = [unescape(re.sub(r"<[^>]+>", "", t)).strip()
               for t in re.findall(r'<span class="big">(.*?)</span>\s*<span class="sub">', tiles, re.S)]
    assert numbers == ["22人", "秘匿", "6人", "9人"]  # residents, crisis (3: hidden), handed over, wrote after hours


def test_an_empty_period_says_there_is_nothing_to_count(app, make_staff, known_history):
    client = signed_in(app, make_staff, "admin")
    html = client.get("/admin/reports/?from=2025-01-01&to=2025-01-31").get_data(as_text=True)
    assert 'data-testid="empty-topics"' in html and "この期間には、数えるものがありません。" in html
    assert page_tables(html)["topics"][-1] == ["合計（実人数）", "0"]


def test_an_editor_signing_in_from_the_reports_link_lands_on_the_reports(app, make_staff, known_history):
    make_staff("hensyu", "editor")
    client = app.test_client()
    login = client.get("/admin/reports/")
    assert login.status_code == 302 and "next=" in login.headers["Location"]
    page = client.get(login.headers["Location"]).get_data(as_text=True)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    resp = client.post("/console/login", data={"name": "hensyu", "password": PASSWORD, "csrf_token": token,
                                               "next": "/admin/reports/"})
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/admin/reports/")
    html = client.get("/admin/reports/").get_data(as_text=True)
    assert 'data-testid="nav-reports"' in html and 'data-testid="nav-queue"' not in html
