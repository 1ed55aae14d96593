"""A long reply or note typed in the console is counted as the browser counted it (a line break is one
character, though the form sends CRLF), and a refused one comes back in its box: nothing typed is lost."""
import html

from tests.console_fixtures import open_office


def _claimed(runtime, waiting, counselor_client):
    open_office(runtime)
    resident, cid = waiting
    client, csrf = counselor_client
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    return resident, cid, client, csrf


def _box(page: str, testid: str) -> str:
    start = page.index(f'data-testid="{testid}"')
    return html.unescape(page[page.index(">", start) + 1:page.index("</textarea>", start)])


def test_a_reply_of_many_lines_under_the_limit_is_sent_though_the_browser_sends_crlf(
        runtime, fake_line, waiting, counselor_client):
    resident, cid, client, csrf = _claimed(runtime, waiting, counselor_client)
    typed = "\n".join(["ご相談ありがとうございます。大家さんとの話し合いについて一緒に考えます"[:32]] * 149 + ["佐藤"])
    assert typed.count("\n") == 149 and len(typed) < 5000 < len(typed.replace("\n", "\r\n"))
    resp = client.post(f"/console/c/{cid}/reply", data={"csrf_token": csrf, "text": typed.replace("\n", "\r\n")})
    assert resp.status_code == 302
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    assert "短くしてください" not in page
    pushed = [m["text"] for c in fake_line.calls("/v2/bot/message/push") for m in c["body"]["messages"]]
    assert any(text.endswith(typed) for text in pushed)


def test_a_refused_reply_comes_back_in_the_box(runtime, waiting, counselor_client):
    _resident, cid, client, csrf = _claimed(runtime, waiting, counselor_client)
    typed = "お話を聞かせてください。\r\n" * 400  # really too long for LINE
    resp = client.post(f"/console/c/{cid}/reply", data={"csrf_token": csrf, "text": typed})
    page = resp.get_data(as_text=True)
    assert resp.status_code == 400 and "送信はしていません" in page
    assert _box(page, "reply-text").strip() == typed.replace("\r\n", "\n").strip()


def test_a_long_note_is_refused_with_its_text_kept_not_cut_short(runtime, waiting, counselor_client):
    _resident, cid, client, csrf = _claimed(runtime, waiting, counselor_client)
    typed = "家賃の滞納は3か月。\r\n" * 600
    resp = client.post(f"/console/c/{cid}/note", data={"csrf_token": csrf, "text": typed})
    page = resp.get_data(as_text=True)
    assert resp.status_code == 400 and "保存はしていません" in page
    assert _box(page, "note-text").strip() == typed.replace("\r\n", "\n").strip()
    assert "家賃の滞納は3か月。" not in page[page.index('data-testid="notes"'):page.index('data-testid="note-text"')]


def test_a_note_of_many_lines_under_the_limit_is_kept_whole(runtime, waiting, counselor_client):
    _resident, cid, client, csrf = _claimed(runtime, waiting, counselor_client)
    typed = "\n".join(["電話で確認した内容をここに書いておきます。"] * 225)
    assert len(typed) <= 5000 < len(typed.replace("\n", "\r\n"))
    client.post(f"/console/c/{cid}/note", data={"csrf_token": csrf, "text": typed.replace("\n", "\r\n")})
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    assert html.escape(typed, quote=False) in page
