"""/admin slots: editors and admins publish and cancel visit slots; counselors and strangers are kept out."""
from datetime import timedelta

from sqlalchemy import select

from storage import clock
from storage.models import ScheduledJob, Slot, SlotPattern
from tests.booking_helpers import active_bookings, add_slot, book_in_chat, local_day
from tests.console_fixtures import csrf_of, sign_in
from tests.hostile import changed_tables, fingerprint


def _editor(app, make_staff, role="editor", name="ed"):
    make_staff(name, role)
    client = app.test_client()
    return client, sign_in(client, name)


def _slot_form(csrf, **overrides):
    form = {"csrf_token": csrf, "date": local_day(5).date().isoformat(), "start": "10:00", "end": "12:00",
            "meeting_point": "センター入口", "counselor": "佐藤", "capacity": "2", "languages": ["ja", "en"]}
    form.update(overrides)
    return {k: v for k, v in form.items() if v is not None}


def _slots(runtime):
    with runtime.db.session() as session:
        return session.scalars(select(Slot).order_by(Slot.starts_at)).all()


def test_an_editor_publishes_a_one_off_slot_in_office_time(app, runtime, make_staff):
    client, csrf = _editor(app, make_staff)
    resp = client.post("/admin/slots", data=_slot_form(csrf, interpreter="1"))
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/admin/slots")
    [slot] = _slots(runtime)
    assert slot.starts_at == local_day(5) + timedelta(hours=10) and slot.ends_at == local_day(5) + timedelta(hours=12)
    assert (slot.meeting_point, slot.counselor, slot.capacity, slot.languages, slot.interpreter) == \
        ("センター入口", "佐藤", 2, ["ja", "en"], True)
    page = client.get("/admin/slots").get_data(as_text=True)
    assert "の枠を公開しました" in page and "センター入口" in page and "0 / 2人" in page


def test_a_bad_slot_shows_every_problem_beside_its_field_and_keeps_what_was_typed(app, runtime, make_staff):
    client, csrf = _editor(app, make_staff)
    resp = client.post("/admin/slots", data=_slot_form(csrf, start="12:00", end="11:00", counselor="",
                                                       capacity="0", meeting_point="駅の北口　改札前"))
    assert resp.status_code == 400
    page = resp.get_data(as_text=True)
    assert 'data-testid="slot-error-end">開始より後の時刻にしてください。' in page
    assert 'data-testid="slot-error-counselor">入力してください。' in page
    assert 'data-testid="slot-error-capacity">1〜50 の整数で入力してください。' in page
    assert "入力を確認してください（3か所）" in page
    assert 'value="駅の北口　改札前"' in page and 'value="12:00"' in page and 'value="11:00"' in page
    assert 'value="en" checked' in page
    assert _slots(runtime) == []
    # a missing date is named beside the date, and nothing is stored
    page = client.post("/admin/slots", data=_slot_form(csrf, date="")).get_data(as_text=True)
    assert 'data-testid="slot-error-date">入力してください。' in page and "slot-error-end" not in page
    page = client.post("/admin/slots", data=_slot_form(csrf, date=local_day(-1).date().isoformat())).get_data(
        as_text=True)
    assert 'data-testid="slot-error-date">過去の日時には公開できません。' in page
    page = client.post("/admin/slots", data=_slot_form(csrf, languages=[])).get_data(as_text=True)
    assert 'data-testid="slot-error-languages">対応できる言語を1つ以上選んでください。' in page
    assert _slots(runtime) == []


def test_a_weekly_pattern_is_published_listed_and_ended(app, runtime, make_staff):
    client, csrf = _editor(app, make_staff, role="admin", name="boss")
    resp = client.post("/admin/patterns", data={
        "csrf_token": csrf, "weekday": "2", "start": "09:30", "end": "11:30", "from": local_day(0).date().isoformat(),
        "until": "", "meeting_point": "駅 北口", "counselor": "田中", "capacity": "1", "languages": ["ja"]})
    assert resp.status_code == 302
    made = _slots(runtime)
    assert 3 <= len(made) <= 4 and all(s.pattern_id for s in made)
    page = client.get("/admin/slots").get_data(as_text=True)
    assert "毎週水曜 09:30〜11:30" in page and page.count('data-testid="slot-row"') == len(made)
    with runtime.db.session() as session:
        pattern_id = session.scalars(select(SlotPattern.id)).one()
    first_day = made[0].starts_at.astimezone(local_day(0).tzinfo).date().isoformat()
    resp = client.post(f"/admin/patterns/{pattern_id}/end", data={"csrf_token": csrf, "last_day": first_day})
    assert resp.status_code == 302
    assert [s.status for s in _slots(runtime)] == ["open"] + ["cancelled"] * (len(made) - 1)
    bad = client.post("/admin/patterns", data={"csrf_token": csrf, "weekday": "", "start": "25:00", "end": "",
                                               "meeting_point": "", "counselor": "x", "capacity": "1",
                                               "languages": ["ja"]})
    page = bad.get_data(as_text=True)
    assert bad.status_code == 400
    for field in ("weekday", "start", "end", "meeting_point"):
        assert f'data-testid="pattern-error-{field}"' in page, field


def test_cancelling_a_slot_tells_the_booked_resident_at_once(app, runtime, make_staff, resident):
    slot_id = add_slot(runtime, 3, capacity=2)
    add_slot(runtime, 6, place="別の日の場所")
    book_in_chat(resident)
    assert "予約できました" in resident.texts()
    client, csrf = _editor(app, make_staff)
    assert "1 / 2人" in client.get("/admin/slots").get_data(as_text=True)
    resp = client.post(f"/admin/slots/{slot_id}/cancel", data={"csrf_token": csrf, "reason": "台風"},
                       follow_redirects=True)
    assert "予約していた 1 人にお知らせします" in resp.get_data(as_text=True)
    runtime.drain()
    assert "こちらの都合で行けなくなりました" in resident.texts(resident.wait())
    assert active_bookings(runtime, slot_id) == []
    with runtime.db.session() as session:
        assert session.get(Slot, slot_id).cancel_reason == "台風"
        notice = session.scalars(select(ScheduledJob).where(ScheduledJob.dedupe_key.like("%staff_cancel"))).one()
        assert notice.status == "done"
    missing = client.post("/admin/slots/4242/cancel", data={"csrf_token": csrf}, follow_redirects=True)
    assert "その枠は見つかりません" in missing.get_data(as_text=True)


def test_only_editors_and_admins_reach_admin_and_an_editor_never_reaches_conversations(app, make_staff, waiting):
    _resident, cid = waiting
    anonymous = app.test_client()
    resp = anonymous.get("/admin/slots")
    assert resp.status_code == 302 and "/console/login" in resp.headers["Location"]
    counselor, csrf = _editor(app, make_staff, role="counselor", name="sato")
    assert counselor.get("/admin/slots").status_code == 403
    assert counselor.post("/admin/slots", data=_slot_form(csrf)).status_code == 403
    assert 'data-testid="nav-admin"' not in counselor.get("/console/").get_data(as_text=True)
    editor, _ = _editor(app, make_staff)
    assert editor.get("/admin/slots").status_code == 200
    for path in ("/console/", f"/console/c/{cid}", f"/console/c/{cid}/updates.json"):
        assert editor.get(path).status_code == 403, path
    page = editor.get("/admin/slots").get_data(as_text=True)
    assert 'data-testid="nav-queue"' not in page and 'data-testid="nav-admin"' in page


def test_an_editor_signing_in_lands_on_admin_and_comes_back_to_the_page_asked_for(app, make_staff):
    make_staff("ed", "editor")
    client = app.test_client()
    csrf = csrf_of(client.get("/console/login").get_data(as_text=True))
    resp = client.post("/console/login", data={"name": "ed", "password": "correct horse battery", "csrf_token": csrf})
    assert resp.headers["Location"].endswith("/admin/")
    other = app.test_client()
    asked = other.get("/admin/slots")
    nxt = asked.headers["Location"].split("next=")[1]
    csrf = csrf_of(other.get(f"/console/login?next={nxt}").get_data(as_text=True))
    resp = other.post("/console/login", data={"name": "ed", "password": "correct horse battery", "csrf_token": csrf,
                                              "next": "/admin/slots"})
    assert resp.headers["Location"].endswith("/admin/slots")


def test_admin_forms_need_the_csrf_token_and_pages_carry_security_headers(app, runtime, make_staff):
    client, csrf = _editor(app, make_staff)
    slot_id = add_slot(runtime, 3)
    assert client.post("/admin/slots", data=_slot_form("forged")).status_code == 400
    assert client.post("/admin/slots", data={k: v for k, v in _slot_form(csrf).items()
                                             if k != "csrf_token"}).status_code == 400
    assert client.post(f"/admin/slots/{slot_id}/cancel", data={}).status_code == 400
    assert [s.status for s in _slots(runtime)] == ["open"]
    page = client.get("/admin/slots")
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "DENY" and "<script>" not in page.get_data(as_text=True)


def test_opening_the_slots_page_writes_nothing_and_the_sweeper_adds_the_coming_weeks(app, runtime, make_staff):
    client, csrf = _editor(app, make_staff, role="admin", name="boss")
    client.post("/admin/patterns", data={
        "csrf_token": csrf, "weekday": "2", "start": "09:30", "end": "11:30", "from": local_day(0).date().isoformat(),
        "until": "", "meeting_point": "駅 北口", "counselor": "田中", "capacity": "1", "languages": ["ja"]})
    made = len(_slots(runtime))
    clock.shift(timedelta(days=14))
    before = fingerprint(runtime)
    assert client.get("/admin/slots").status_code == 200
    assert changed_tables(before, fingerprint(runtime)) == []
    runtime.sweep_once()
    assert len(_slots(runtime)) > made
