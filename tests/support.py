"""Test helpers: signed LINE webhooks, the app served over HTTP, and a resident who chats through /callback."""
import base64
import hashlib
import hmac
import json
import re
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import datetime

from werkzeug.serving import make_server

from bot.dev.simulator import build_event
from storage import clock

SECRET = "test-channel-secret"


def sign(body: bytes, secret: str = SECRET) -> str:
    """X-Line-Signature for *body*."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


@contextmanager
def serving(app):
    """Serve *app* over real HTTP on a free port while the block runs; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def post_events(client, events: list[dict], secret: str = SECRET, signature: str | None = None):
    """POST a signed webhook body with these events."""
    body = json.dumps({"destination": "Utest", "events": events}, ensure_ascii=False).encode()
    return client.post("/callback", data=body, content_type="application/json",
                       headers={"X-Line-Signature": signature if signature is not None else sign(body, secret)})


class Resident:
    """One LINE user talking to the bot through the real webhook and the fake LINE API."""

    def __init__(self, app, fake_line, user_id: str | None = None):
        self.app, self.fake, self.client = app, fake_line, app.test_client()
        self.user = user_id or "U" + uuid.uuid4().hex
        self.seen = 0
        self.last_messages: list[dict] = []

    @property
    def runtime(self):
        return self.app.extensions["madoguchi"]

    def _send(self, kind: str, **payload) -> list[dict]:
        event = build_event(self.user, kind, payload)
        event["replyToken"] = f"test.{self.user}.{uuid.uuid4().hex}" if "replyToken" in event else None
        if event["replyToken"] is None:
            event.pop("replyToken")
        resp = post_events(self.client, [event])
        assert resp.status_code == 200, resp.get_data(as_text=True)
        return self.wait()

    def wait(self) -> list[dict]:
        """Wait for background work, then return the LINE messages sent to this resident since last time."""
        assert self.runtime.drain(15), "background work did not finish"
        messages = []
        for call in self.fake.calls("/v2/bot/message/"):
            if call["seq"] <= self.seen:
                continue
            body = call["body"] or {}
            if str(body.get("replyToken", "")).startswith(f"test.{self.user}.") or body.get("to") == self.user:
                messages += body.get("messages", [])
        self.seen = max([c["seq"] for c in self.fake.calls()] + [self.seen])
        self.last_messages = messages or self.last_messages
        return messages

    def follow(self):
        return self._send("follow")

    def say(self, text: str):
        return self._send("text", text=text)

    def sticker(self):
        return self._send("sticker")

    def image(self):
        return self._send("image")

    def location(self, latitude=35.6581, longitude=139.7017, address="みどりが丘市 中央1丁目"):
        return self._send("location", latitude=latitude, longitude=longitude, address=address)

    def postback(self, data: str, params: dict | None = None):
        return self._send("postback", data=data, params=params or {})

    def buttons(self) -> list[str]:
        """Labels of the quick replies under the last message."""
        items = ((self.last_messages[-1].get("quickReply") or {}).get("items") or []) if self.last_messages else []
        return [i["action"].get("label") for i in items]

    def tap(self, label_part: str):
        """Press the quick reply whose label contains *label_part*."""
        items = (self.last_messages[-1].get("quickReply") or {}).get("items") or []
        for item in items:
            action = item["action"]
            if label_part in action.get("label", ""):
                if action["type"] == "location":
                    return self.location()
                return self.postback(action["data"])
        raise AssertionError(f"no button containing {label_part!r}; buttons: {self.buttons()}")

    def texts(self, messages: list[dict] | None = None) -> str:
        """All text of *messages* (default: the last answer) joined, for 'contains' assertions."""
        messages = self.last_messages if messages is None else messages
        out = []
        for m in messages:
            out.append(m.get("text") or m.get("altText") or "")
        return "\n".join(out)


def wait_until(predicate, timeout: float = 10.0, every: float = 0.05):
    """Poll *predicate* until it is truthy."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("condition not met in time")


def bot_says(page, phone, text, timeout=15000):
    phone.locator("[data-testid=bot-message]", has_text=text).first.wait_for(timeout=timeout)


def move_clock_to(moment: str) -> None:
    """Set this process's clock to *moment* (ISO 8601 with offset)."""
    clock.reset()
    clock.shift(datetime.fromisoformat(moment) - clock.now())


def sign_in_browser(page, base: str, name: str, password: str = "") -> None:
    """Sign a Chromium page in to the console through its form (the test accounts' password) and wait for the queue."""
    from tests.console_fixtures import PASSWORD

    password = password or PASSWORD
    page.goto(f"{base}/console/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/console/$"))


TONIGHT_QUESTION = "今夜、寝る場所はありますか"


def to_the_tonight_question(resident, moment: str = "2026-12-07T10:00:00+09:00") -> None:
    """A resident who told of losing their home, on a Monday morning, now asked 「今夜、寝る場所はありますか」."""
    move_clock_to(moment)
    resident.follow()
    resident.say("家賃が払えなくて家を出ないといけない")
    assert TONIGHT_QUESTION in resident.texts(resident.tap("これでOK"))


def chose_language(resident, lang: str, moment: str) -> None:
    """The resident follows at *moment* and has chosen *lang* (as with the language menu)."""
    from sqlalchemy import select

    from storage.models import Resident as ResidentRow

    move_clock_to(moment)
    resident.follow()
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"


def conversation_state(resident) -> str:
    """The step of the resident's conversation."""
    from sqlalchemy import select

    from storage.models import Conversation
    from storage.models import Resident as ResidentRow

    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        return s.scalars(select(Conversation).where(Conversation.resident_id == row.id)).one().state

