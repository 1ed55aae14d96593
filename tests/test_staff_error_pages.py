"""Refused or unknown staff pages answer in Japanese, under the right header (console or admin), with a way back."""
import pytest

from tests.console_fixtures import sign_in

WERKZEUG = ("The requested URL", "Not Found", "Method Not Allowed", "Bad Request", "Forbidden")


@pytest.fixture
def editor(app, make_staff):
    make_staff("ed", "editor")
    client = app.test_client()
    return client, sign_in(client, "ed")


def _japanese_page(resp, code, area):
    html = resp.get_data(as_text=True)
    assert resp.status_code == code, html
    assert resp.mimetype == "text/html" and 'data-testid="error-message"' in html, html
    assert not any(word in html for word in WERKZEUG), html
    assert f"— 窓口 {area}</title>" in html, html
    assert 'data-testid="error-back"' in html
    return html


def test_an_editor_asking_for_a_missing_place_or_page_gets_a_japanese_admin_page(editor):
    client, _csrf = editor
    for path in ("/admin/places/99999", "/admin/resources/99999", "/admin/nonexistent", "/admin/places/abc"):
        html = _japanese_page(client.get(path), 404, "管理")
        assert "相談員コンソール" not in html and "/admin/" in html.split('data-testid="error-back"')[1]


def test_a_counselor_on_an_unknown_console_page_or_wrong_method_gets_a_japanese_console_page(counselor_client):
    client, _csrf = counselor_client
    html = _japanese_page(client.get("/console/c/abc"), 404, "相談員コンソール")
    assert "待ち行列にもどる" in html
    _japanese_page(client.get("/console/c/1/claim"), 405, "相談員コンソール")
    _japanese_page(client.get("/console/no-such-page"), 404, "相談員コンソール")


def test_someone_not_signed_in_gets_a_japanese_page_with_the_way_to_sign_in(app):
    html = _japanese_page(app.test_client().get("/admin/nonexistent"), 404, "管理")
    assert "/console/login" in html
