"""Wherever staff pages name a colleague (who holds a conversation, a transfer, the audit list), they use the name
colleagues know (佐藤, 鈴木, 編集担当), not the login id."""
from bot.staff import accounts
from tests.console_fixtures import PASSWORD, sign_in


def _people(runtime):
    accounts.add(runtime.db, "sato", "counselor", PASSWORD, ["ja"], display_name="佐藤")
    accounts.add(runtime.db, "suzuki", "counselor", PASSWORD, ["ja"], display_name="鈴木")
    accounts.add(runtime.db, "boss", "admin", PASSWORD, ["ja"], display_name="管理担当")


def test_the_claim_race_the_queue_and_the_transfer_name_colleagues_by_display_name(app, runtime, waiting):
    _people(runtime)
    _resident, cid = waiting
    sato, suzuki = app.test_client(), app.test_client()
    csrf, csrf2 = sign_in(sato, "sato"), sign_in(suzuki, "suzuki")
    sato.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    told = suzuki.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf2}, follow_redirects=True).get_data(as_text=True)
    assert "佐藤 さんが対応中です" in told and "sato さん" not in told
    queue = suzuki.get("/console/").get_data(as_text=True)
    assert '<div class="holder">佐藤</div>' in queue
    assert [r.get("assigned_name") for r in suzuki.get("/console/queue.json").get_json()["rows"]] == ["佐藤"]
    moved = sato.post(f"/console/c/{cid}/transfer", data={"csrf_token": csrf, "to": "suzuki"},
                      follow_redirects=True).get_data(as_text=True)
    assert "鈴木 さんに引き継ぎました" in moved and "suzuki さん" not in moved


def test_the_audit_list_names_staff_by_display_name(app, runtime, waiting):
    _people(runtime)
    _resident, cid = waiting
    sato = app.test_client()
    sign_in(sato, "sato")
    sato.get(f"/console/c/{cid}")
    boss = app.test_client()
    sign_in(boss, "boss")
    page = boss.get("/admin/audit").get_data(as_text=True)
    assert ">佐藤</td>" in page and ">sato</td>" not in page
