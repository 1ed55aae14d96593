"""Every read of residents' words is in the audit log, single or in a list: the API list, the queue page and
its polling (one line per change of what is shown, not one every 2 s), and admins read the log on a page."""
from sqlalchemy import select

from storage.models import AuditEntry
from tests.console_fixtures import sign_in


def list_reads(runtime, via=None):
    with runtime.db.session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "read_list")).all()
        return [r for r in rows if via is None or r.via == via]


def test_the_api_list_writes_an_audit_line_naming_the_conversations(client, waiting, token_for, runtime):
    _resident, cid = waiting
    token = token_for("sato")
    assert client.get("/api/v1/conversations", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    [line] = list_reads(runtime, "api")
    assert line.staff_name == "sato" and str(cid) in line.detail and line.detail.startswith("1 conversations")


def test_the_queue_and_its_polling_are_audited_once_per_change(app, waiting, make_staff, runtime, new_resident):
    make_staff("sato")
    browser = app.test_client()
    sign_in(browser, "sato")
    browser.get("/console/")
    for _ in range(5):
        browser.get("/console/queue.json")
    assert len(list_reads(runtime, "console")) == 1
    other = new_resident("Uanother")
    other.follow()
    other.say("人と話したい")
    browser.get("/console/queue.json")
    assert len(list_reads(runtime, "console")) == 2


def test_admins_read_the_audit_log_on_a_page_and_filter_it(app, waiting, make_staff, token_for):
    _resident, cid = waiting
    make_staff("tanaka", "admin")
    token = token_for("sato")
    app.test_client().get(f"/api/v1/conversations/{cid}", headers={"Authorization": f"Bearer {token}"})
    admin = app.test_client()
    sign_in(admin, "tanaka")
    page = admin.get("/admin/audit?staff=sato").get_data(as_text=True)
    assert 'data-testid="audit-row"' in page and f"#{cid}" in page and "tanaka" not in page.split("audit-table")[1]
    assert admin.get("/admin/audit?conversation=99999999999999999999").status_code == 400
    counselor = app.test_client()
    sign_in(counselor, "sato")
    assert counselor.get("/admin/audit").status_code == 403
