"""LINE's limits as LINE counts them: text in UTF-16 units (an emoji outside the BMP is two), labels in
user-perceived characters; a counselor is told before sending, and a send LINE refuses shows in the console."""
from bot.line import limits as line_limits
from bot.line import render as line_render
from handlers.replies import Choices, Option, Text
from tests.console_fixtures import sign_in

FAMILY = "👨‍👩‍👧‍👦"  # one character on screen, 7 code points, 11 UTF-16 units
FLAG = "🇯🇵"


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_text_is_counted_in_utf16_units_and_cut_without_splitting_a_character():
    assert line_limits.utf16_units("あ😀") == 3
    text = "あ" * 4999 + "😀"
    assert line_limits.utf16_units(text) == 5001
    [message] = line_render.render([Text(text)])
    assert line_limits.utf16_units(message["text"]) <= 5000
    assert message["text"] == "あ" * 4999  # the emoji does not fit, and is not cut in half


def test_labels_are_counted_in_what_a_person_sees_as_characters():
    assert line_limits.graphemes(FAMILY + FLAG + "é") == 3
    label = FAMILY * 25
    [message] = line_render.render([Choices("?", [Option(label, "t=x")])])
    rendered = message["quickReply"]["items"][0]["action"]["label"]
    assert rendered == FAMILY * 20  # twenty whole families, not 20 code points cut inside one


def test_a_counselor_message_over_the_limit_in_emoji_is_refused_before_sending(client, waiting, token_for, fake_line):
    _resident, cid = waiting
    token = token_for("sato")
    client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token))
    before = len(fake_line.calls("/v2/bot/message/push"))
    too_long = "了解です😀" * 834  # 4,170 code points, 5,004 UTF-16 units
    resp = client.post(f"/api/v1/conversations/{cid}/messages", json={"text": too_long}, headers=auth(token))
    assert resp.status_code == 400 and "shorten it by 4" in resp.get_json()["error"]
    assert len(fake_line.calls("/v2/bot/message/push")) == before
    fits = "了解です😀" * 833
    assert client.post(f"/api/v1/conversations/{cid}/messages", json={"text": fits},
                       headers=auth(token)).status_code == 201


def test_the_console_says_in_japanese_how_much_to_shorten(app, waiting, make_staff):
    _resident, cid = waiting
    make_staff("sato")
    browser = app.test_client()
    csrf = sign_in(browser, "sato")
    browser.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    page = browser.post(f"/console/c/{cid}/reply", data={"csrf_token": csrf, "text": "😀" * 2501},
                        follow_redirects=True).get_data(as_text=True)
    assert "あと 2 文字短くしてください" in page


def test_a_counselor_message_line_refuses_is_shown_as_not_delivered(app, runtime, waiting, make_staff, fake_line):
    _resident, cid = waiting
    make_staff("sato")
    browser = app.test_client()
    csrf = sign_in(browser, "sato")
    browser.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    fake_line.state.failures.append({"path": "/v2/bot/message/push", "status": 400, "times": 5})
    browser.post(f"/console/c/{cid}/reply", data={"csrf_token": csrf, "text": "お話を聞かせてください"})
    runtime.drain()
    page = browser.get(f"/console/c/{cid}").get_data(as_text=True)
    assert 'data-testid="undelivered"' in page
    updates = browser.get(f"/console/c/{cid}/updates.json?after=0").get_json()
    assert len(updates["undelivered"]) == 1
