"""Pictures and files residents send on LINE (issue 21, point 3): fetched from LINE's content API after the
answer (real HTTP to the fake LINE), kept when they are images or PDFs within the size limit, shown to
counselors only, retried when LINE fails, given up when LINE no longer has them, and removed by retention
and erasure."""
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.app.config import Settings, SettingsError
from bot.dev.simulator import build_event
from handlers import data_rights, retention
from storage import clock
from storage.models import Attachment, AuditEntry
from tests.console_fixtures import sign_in
from tests.pictures_support import PDF, attachment, png, send_content
from tests.support import post_events

NOTICE = png(60, 80)


def _page(client, cid):
    resp = client.get(f"/console/c/{cid}")
    assert resp.status_code == 200
    return resp.get_data(as_text=True)


def test_a_photo_of_a_notice_reaches_the_counselor(waiting, counselor_client, runtime, fake_line):
    resident, cid = waiting
    client, _ = counselor_client
    mid = send_content(resident, NOTICE)
    assert "受け取りました" in resident.texts()  # the answer did not wait for LINE's content
    fetched = fake_line.calls(f"/v2/bot/message/{mid}/content")
    assert len(fetched) == 1 and fetched[0]["auth"] == "Bearer test-token" and fetched[0]["status"] == 200
    row = attachment(runtime, mid)
    assert (row.status, row.content_type, row.size, row.conversation_id) == ("stored", "image/png", len(NOTICE), cid)
    assert row.message_id is not None  # linked to the resident's history line of that upload

    html = _page(client, cid)
    assert f'src="/console/media/{row.id}?size=thumb"' in html and 'data-testid="media-thumb"' in html
    shown = client.get(f"/console/media/{row.id}")
    assert shown.status_code == 200 and shown.data == NOTICE and shown.mimetype == "image/png"
    assert shown.headers["Content-Disposition"] == f'inline; filename="madoguchi-{row.id}.png"'
    assert "no-store" in shown.headers["Cache-Control"] and "private" in shown.headers["Cache-Control"]
    assert "img-src 'self'" in shown.headers["Content-Security-Policy"]
    assert shown.headers["X-Content-Type-Options"] == "nosniff"
    download = client.get(f"/console/media/{row.id}?download=1")
    assert download.headers["Content-Disposition"].startswith("attachment;")
    with runtime.db.session() as session:
        views = session.scalars(select(AuditEntry).where(AuditEntry.action == "read_media")).all()
        assert [(v.staff_name, v.conversation_id) for v in views] == [("sato", cid), ("sato", cid)]


def test_the_page_open_before_the_photo_learns_it_through_its_updates(waiting, counselor_client, runtime):
    resident, cid = waiting
    client, _ = counselor_client
    after = max(int(x) for x in re.findall(r'data-id="(\d+)"', _page(client, cid)))
    mid = send_content(resident, NOTICE)
    data = client.get(f"/console/c/{cid}/updates.json?after={after}").get_json()
    row = attachment(runtime, mid)
    line = next(m for m in data["messages"] if m["media"])
    assert line["media"]["url"] == f"/console/media/{row.id}" and line["media"]["viewable"]
    assert [m["id"] for m in data["media"]] == [row.id]


def test_a_pdf_is_kept_and_offered_as_a_download(waiting, counselor_client, runtime):
    resident, cid = waiting
    client, _ = counselor_client
    mid = send_content(resident, PDF, "application/pdf", kind="file")
    row = attachment(runtime, mid)
    assert (row.status, row.content_type, row.kind) == ("stored", "application/pdf", "file")
    html = _page(client, cid)
    assert f'href="/console/media/{row.id}?download=1"' in html and "PDFをダウンロード" in html
    served = client.get(f"/console/media/{row.id}")
    assert served.headers["Content-Disposition"] == f'attachment; filename="madoguchi-{row.id}.pdf"'


def test_a_photo_too_big_is_not_kept_and_both_sides_are_told_why(waiting, counselor_client, runtime, fake_line):
    resident, cid = waiting
    client, _ = counselor_client
    runtime.settings.media_max_bytes = 2000
    big = png(200, 200, noise=True)
    assert len(big) > 2000
    mid = send_content(resident, big)
    row = attachment(runtime, mid)
    assert (row.status, row.reason, row.size) == ("refused", "too_big", None)
    with runtime.db.session() as session:
        assert session.get(Attachment, row.id).data is None
    told = resident.wait() or resident.last_messages
    assert any("大きすぎて" in m.get("text", "") for m in told)
    assert "サイズが大きすぎるため保存していません" in _page(client, cid)
    assert client.get(f"/console/media/{row.id}").status_code == 404


@pytest.mark.parametrize("kind,data,content_type", [
    ("file", b"just some words, not a picture", "text/plain"),
    ("image", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "image/png"),
])
def test_what_is_not_a_picture_or_a_pdf_is_not_kept(waiting, counselor_client, runtime, kind, data, content_type):
    resident, cid = waiting
    client, _ = counselor_client
    mid = send_content(resident, data, content_type, kind=kind)
    row = attachment(runtime, mid)
    assert (row.status, row.reason) == ("refused", "type")  # the bytes decide, not what the sender claims
    assert "写真と PDF 以外のため保存していません" in _page(client, cid)
    assert any("形式は受け取れません" in m.get("text", "") for m in resident.last_messages)


def test_a_video_is_not_even_downloaded_and_the_resident_is_told_so_in_one_answer(waiting, runtime, fake_line):
    resident, _ = waiting
    mid = str(10 ** 17 + 7)
    event = build_event(resident.user, "image", {"id": mid})  # then made a video message as LINE sends it
    event["message"] = {"id": mid, "type": "video", "duration": 1000, "contentProvider": {"type": "line"},
                        "quoteToken": "q"}
    event["replyToken"] = f"test.{resident.user}.video"
    assert post_events(resident.client, [event]).status_code == 200
    said = [m.get("text", "") for m in resident.wait()]
    assert fake_line.calls(f"/v2/bot/message/{mid}/content") == []
    row = attachment(runtime, mid)
    assert (row.status, row.reason) == ("refused", "type")
    assert any("形式は受け取れません" in t for t in said) and not any("受け取りました。" in t for t in said)
    runtime.media.sweep()
    assert resident.wait() == []  # no second message about the same video


def test_line_failing_then_succeeding(waiting, counselor_client, runtime, fake_line):
    resident, cid = waiting
    client, _ = counselor_client
    fake_line.state.failures.append({"path": r"/content$", "status": 500, "times": 2})
    mid = send_content(resident, NOTICE)
    row = attachment(runtime, mid)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "content 500")
    assert "LINE から取得中です" in _page(client, cid)
    assert runtime.media.sweep() == 0  # not due yet
    clock.shift(timedelta(seconds=31))
    runtime.media.sweep()  # fails again: the pause grows
    row = attachment(runtime, mid)
    assert row.attempts == 2 and row.next_attempt_at - clock.now() >= timedelta(seconds=59)
    clock.shift(timedelta(minutes=1, seconds=1))
    assert runtime.media.sweep() == 1
    assert attachment(runtime, mid).status == "stored"
    assert len(fake_line.calls(f"/v2/bot/message/{mid}/content")) == 3
    assert f"/console/media/{row.id}" in _page(client, cid)


def test_after_a_day_of_failures_the_photo_is_recorded_lost(waiting, counselor_client, runtime, fake_line):
    resident, cid = waiting
    client, _ = counselor_client
    fake_line.state.failures.append({"path": r"/content$", "status": 503, "times": 1000})
    mid = send_content(resident, NOTICE)
    clock.shift(timedelta(hours=25))
    runtime.media.sweep()
    row = attachment(runtime, mid)
    assert (row.status, row.reason) == ("expired", "gave_up")
    assert "LINE から取得できなかったため保存していません" in _page(client, cid)


def test_content_line_no_longer_has_is_recorded_at_once(waiting, runtime, fake_line):
    resident, _ = waiting
    mid = send_content(resident, None)  # unknown id: LINE answers 404
    row = attachment(runtime, mid)
    assert (row.status, row.reason, row.attempts) == ("expired", "gone", 1)
    assert not any("受け取れ" in m.get("text", "") for m in resident.last_messages)


def test_retention_removes_the_picture_with_the_texts(waiting, counselor_client, runtime):
    resident, cid = waiting
    client, _ = counselor_client
    mid = send_content(resident, NOTICE)
    row = attachment(runtime, mid)
    days = runtime.bundle.retention.days["message_text"]
    clock.shift(timedelta(days=days - 1))
    with runtime.db.session() as session:
        assert retention.purge(session, runtime.bundle.retention, clock.now()).counts.get("attachments", 0) == 0
    clock.shift(timedelta(days=2))
    with runtime.db.session() as session:
        assert retention.purge(session, runtime.bundle.retention, clock.now()).counts["attachments"] == 1
    assert attachment(runtime, mid) is None
    assert client.get(f"/console/media/{row.id}").status_code == 404
    assert "/console/media/" not in _page(client, cid)


def test_erasure_deletes_the_picture_and_the_holdings_count_it(waiting, runtime):
    resident, cid = waiting
    mid = send_content(resident, NOTICE)
    row = attachment(runtime, mid)
    with runtime.db.session() as session:
        held = data_rights.holdings(session, row.resident_id)
        assert data_rights.counts(held)["attachments"] == 1
        assert held["attachments"][0]["content_type"] == "image/png"
        retention.erase_residents(session, [row.resident_id], clock.now(), retention.PurgeResult())
    assert attachment(runtime, mid) is None
    with runtime.db.session() as session:
        assert data_rights.counts(data_rights.holdings(session, row.resident_id))["attachments"] == 0


def test_only_signed_in_counselors_can_fetch_a_picture(waiting, runtime, app, make_staff):
    resident, _ = waiting
    mid = send_content(resident, NOTICE)
    url = f"/console/media/{attachment(runtime, mid).id}"
    anonymous = app.test_client().get(url)
    assert anonymous.status_code == 302 and "/console/login" in anonymous.headers["Location"]
    assert anonymous.data != NOTICE
    make_staff("henshu", "editor")
    editor = app.test_client()
    sign_in(editor, "henshu")
    refused = editor.get(url)
    assert refused.status_code == 403 and NOTICE not in refused.data


def test_the_size_limit_is_a_validated_setting():
    assert Settings.from_env({"MADOGUCHI_MEDIA_MAX_MB": "2.5"}).media_max_bytes == int(2.5 * 1024 * 1024)
    assert Settings.from_env({}).media_max_bytes == 10 * 1024 * 1024
    with pytest.raises(SettingsError) as bad:
        Settings.from_env({"MADOGUCHI_MEDIA_MAX_MB": "lots"})
    assert "MADOGUCHI_MEDIA_MAX_MB='lots': expected a number" in str(bad.value)
    with pytest.raises(SettingsError) as big:
        Settings.from_env({"MADOGUCHI_MEDIA_MAX_MB": "500"})
    assert "MADOGUCHI_MEDIA_MAX_MB='500': must be at most 50" in str(big.value)


def test_the_api_lists_a_photo_on_its_line_and_serves_it_to_a_token_holder_only(waiting, runtime, api_client, client):
    resident, cid = waiting
    mid = send_content(resident, NOTICE)
    row = attachment(runtime, mid)
    counselor = api_client("counselor")
    detail = counselor.get(f"/api/v1/conversations/{cid}").get_json()
    line = next(m for m in detail["messages"] if "attachment" in m)
    assert line["attachment"] == {"id": row.id, "state": "stored", "content_type": "image/png", "size": len(NOTICE),
                                  "url": f"/api/v1/attachments/{row.id}"}
    got = counselor.get(line["attachment"]["url"])
    assert got.status_code == 200 and got.data == NOTICE and got.mimetype == "image/png"
    assert got.headers["Content-Disposition"].startswith("attachment;") and "no-store" in got.headers["Cache-Control"]
    assert client.get(line["attachment"]["url"]).status_code == 401  # no token, no picture
    assert api_client("editor").get(line["attachment"]["url"]).status_code == 403
    missing = counselor.get("/api/v1/attachments/999999")
    assert missing.status_code == 404 and "error" in missing.get_json()
    with runtime.db.session() as session:
        views = session.scalars(select(AuditEntry).where(AuditEntry.action == "read_media")).all()
        assert [(v.staff_name, v.via) for v in views] == [("api-counselor", "api")]


def test_a_photo_not_kept_is_listed_by_the_api_with_why_and_no_address(waiting, runtime, api_client, fake_line):
    resident, cid = waiting
    mid = send_content(resident, b"\x00" * 64)  # not a picture nor a PDF: refused
    detail = api_client("counselor").get(f"/api/v1/conversations/{cid}").get_json()
    line = next(m for m in detail["messages"] if "attachment" in m)
    assert line["attachment"]["state"] != "stored" and line["attachment"]["url"] is None
    assert attachment(runtime, mid).status != "stored"


def test_a_video_while_a_counselor_holds_the_conversation_is_refused_in_one_message(waiting, counselor_client,
                                                                                    runtime, fake_line):
    resident, cid = waiting
    client, csrf = counselor_client
    assert client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf}).status_code in (200, 302)
    resident.wait()
    event = build_event(resident.user, "image", {"id": "100000000000000009"})
    event["message"] = {"id": "100000000000000009", "type": "audio", "duration": 3000,
                        "contentProvider": {"type": "line"}}
    event["replyToken"] = f"test.{resident.user}.audio"
    assert post_events(resident.client, [event]).status_code == 200
    said = [m.get("text", "") for m in resident.wait()]
    assert len([t for t in said if "形式は受け取れません" in t]) == 1  # the bot is quiet; the fetcher tells them
