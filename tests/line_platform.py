"""The LINE platform's side of a load: residents who write and wait, webhooks redelivered like LINE does,
and the answers counted per event from what the fake LINE API accepted."""
import json
import threading
import time
from dataclasses import dataclass, field

import requests

from bot.dev.simulator import build_event
from tests.support import SECRET, sign

TURNS = ["こんにちは", "仕事がなくなって家賃が払えません", "貯金もほとんどないです", "一人暮らしです",
         "相談したいです", "ありがとうございます", "はい", "いいえ"]
MESSAGE_PATHS = ("/v2/bot/message/reply", "/v2/bot/message/push")


@dataclass
class Sent:
    """One event a resident wrote: its reply token, and how far the fake's call log was when it went out."""

    turn: int
    reply_token: str
    log_mark: int
    deliveries: int = 0  # webhook requests it took (1 + redeliveries)


@dataclass
class Talker:
    """A resident on LINE: the events they wrote, in order."""

    user: str
    sent: list[Sent] = field(default_factory=list)


def answers_per_event(calls: list[dict], talkers: list[Talker]) -> dict[tuple[str, int], int]:
    """How many messages LINE accepted for each event (user, turn), from the fake's call log.

    A reply is the answer to the event whose reply token it used. A push carries no token: it answers
    the event the resident was waiting on when it arrived (the latest one written before it), so a
    second send that comes late counts against the resident's last event. A reply
    LINE refused (token already used) or a push it recognised (retry key already accepted) reached
    nobody and is not counted; an injected failure is not a delivery either."""
    by_user = {t.user: t for t in talkers}
    prefix = _common_prefix([t.user for t in talkers])
    by_token = {s.reply_token: (t.user, s.turn) for t in talkers for s in t.sent}
    counts = {(t.user, s.turn): 0 for t in talkers for s in t.sent}
    for call in calls:
        if call["path"] not in MESSAGE_PATHS or call.get("status") != 200:
            continue
        body = call["body"] or {}
        if call["path"].endswith("/reply"):
            owner = by_token.get(body.get("replyToken"))
        else:
            talker = by_user.get(body.get("to"))
            earlier = [s for s in talker.sent if s.log_mark < call["seq"]] if talker else []
            owner = (talker.user, earlier[-1].turn) if earlier else None
        if owner is None:
            if recipient(body).startswith(prefix):
                counts[("?", call["seq"])] = 1  # one of ours, for no event we wrote: shows up as an extra answer
            # else: a message to someone outside this load (a previous test's late send), not ours to count
        else:
            counts[owner] += 1
    return counts


def recipient(body: dict) -> str:
    """The user a reply or push was for: `to`, or the user part of our `kill.<user>.<turn>` reply tokens."""
    if body.get("to"):
        return str(body["to"])
    parts = str(body.get("replyToken") or "").split(".")
    return parts[1] if len(parts) == 3 else ""


def _common_prefix(users: list[str]) -> str:
    prefix = users[0] if users else ""
    for user in users[1:]:
        while not user.startswith(prefix):
            prefix = prefix[:-1]
    return prefix or "\0"


class Watcher:
    """Follows the fake LINE's call log and wakes residents whose answer has arrived."""

    def __init__(self, fake_line):
        self.fake = fake_line
        self.answered: dict[str, int] = {}  # user → messages accepted for them so far
        self._cond = threading.Condition()
        self._seen = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="line-watcher", daemon=True)

    def start(self) -> "Watcher":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def mark(self) -> int:
        """The last call the fake has recorded so far."""
        with self.fake.state.lock:
            return len(self.fake.state.calls)

    def _loop(self) -> None:
        while not self._stop.wait(0.01):
            with self.fake.state.lock:
                calls = self.fake.state.calls[self._seen:]
            done = 0
            for call in calls:
                if call["status"] is None:
                    break  # still being answered: look again next round
                done += 1
                if call["path"] not in MESSAGE_PATHS or call["status"] != 200:
                    continue
                user = recipient(call["body"] if isinstance(call["body"], dict) else {})
                if not user:
                    continue  # not a reply to this load's tokens: a previous test's late send
                with self._cond:
                    self.answered[user] = self.answered.get(user, 0) + 1
                    self._cond.notify_all()
            self._seen += done

    def wait_for(self, user: str, count: int, timeout: float) -> bool:
        """Block until *user* has received *count* answers in all; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self.answered.get(user, 0) >= count, timeout)

    def total(self) -> int:
        with self._cond:
            return sum(self.answered.values())


class Platform:
    """Delivers signed webhooks like LINE: a request that fails, times out or gets a 5xx is delivered
    again with the same webhookEventId and deliveryContext.isRedelivery = true."""

    def __init__(self, callback_url: str, watcher: Watcher, secret: str = SECRET, timeout: float = 5.0,
                 redeliveries: int = 20):
        self.url, self.watcher, self.secret = callback_url, watcher, secret
        self.timeout, self.redeliveries = timeout, redeliveries
        self.failed_requests = 0
        self.in_flight = 0  # webhook requests sent and not answered yet
        self._lock = threading.Lock()

    def deliver(self, http: requests.Session, event: dict) -> int:
        """POST one event until it is acknowledged with a 2xx; return how many requests it took."""
        for attempt in range(1, self.redeliveries + 1):
            if attempt > 1:
                event["deliveryContext"] = {"isRedelivery": True}
                time.sleep(min(2.0, 0.25 * attempt))
            body = json.dumps({"destination": "Uplatform", "events": [event]}, ensure_ascii=False).encode()
            with self._lock:
                self.in_flight += 1
            try:
                response = http.post(self.url, data=body, timeout=self.timeout,
                                     headers={"Content-Type": "application/json",
                                              "X-Line-Signature": sign(body, self.secret)})
            except requests.RequestException:
                with self._lock:
                    self.failed_requests += 1
                continue
            finally:
                with self._lock:
                    self.in_flight -= 1
            if 200 <= response.status_code < 300:
                return attempt
            self.failed_requests += 1
            if response.status_code < 500:
                raise AssertionError(f"webhook refused an event: {response.status_code} {response.text}")
        raise AssertionError(f"event {event['webhookEventId']} never acknowledged")

    def converse(self, talker: Talker, turns: int, answer_timeout: float) -> None:
        """Write *turns* messages, each after the answer to the one before (as a person does)."""
        with requests.Session() as http:
            for turn in range(turns):
                event = build_event(talker.user, "text", {"text": TURNS[turn % len(TURNS)]})
                event["replyToken"] = f"kill.{talker.user}.{turn}"
                sent = Sent(turn, event["replyToken"], self.watcher.mark())
                talker.sent.append(sent)
                sent.deliveries = self.deliver(http, event)
                if not self.watcher.wait_for(talker.user, turn + 1, answer_timeout):
                    return  # unanswered: the final count says so


def text_event(user="Uabc", text="こんにちは", event_id="EV1", **extra):
    event = {"type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
             "source": {"type": "user", "userId": user}, "webhookEventId": event_id,
             "deliveryContext": {"isRedelivery": False}, "replyToken": f"test.{user}.{event_id}",
             "message": {"id": "m" + event_id, "type": "text", "quoteToken": "q", "text": text}}
    event.update(extra)
    return event
