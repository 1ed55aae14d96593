"""For benchmarks/load_1000.py: residents writing and waiting (each a closed loop of signed webhook events), and
the fake LINE Messaging API that answers them and counts what was refused or doubled."""
import asyncio
import base64
import hashlib
import hmac
import json
import random
import time
import uuid
from collections import Counter

from aiohttp import ClientSession, web

SECRET = "load1000-secret"
TURNS = ["こんにちは", "仕事がなくなって家賃が払えません", "貯金もほとんどないです", "一人暮らしです", "相談したいです",
         "ありがとうございます", "はい", "いいえ", "家賃のことです", "よろしくお願いします"]


class Event:
    """One message a resident wrote, and what became of it."""

    __slots__ = ("resident", "turn", "token", "sent", "ack", "answered", "deliveries", "requests")

    def __init__(self, resident: str, turn: int):
        self.resident, self.turn = resident, turn
        self.token = f"b.{resident}.{turn}.{uuid.uuid4().hex[:8]}"
        self.sent = self.ack = self.answered = None
        self.deliveries = 0  # messages LINE accepted for it
        self.requests = 0  # webhook requests it took


class FakeLine:
    """The Messaging API as LINE answers it: a used reply token is refused, a known retry key is a 409."""

    def __init__(self):
        self.events: dict[str, Event] = {}  # reply token → event
        self.waiting: dict[str, Event] = {}  # resident → the event they wait on (or wrote last)
        self.arrived: dict[str, asyncio.Event] = {}
        self.used_tokens: set[str] = set()
        self.retry_keys: set[str] = set()
        self.refused = Counter()

    def _answer(self, event: Event | None) -> None:
        if event is None:
            self.refused["message for nobody"] += 1
            return
        event.deliveries += 1
        if event.answered is None:
            event.answered = time.perf_counter()
            self.arrived[event.resident].set()

    async def reply(self, request: web.Request) -> web.Response:
        body = await request.json()
        token = body.get("replyToken")
        if token in self.used_tokens:
            self.refused["reply token used"] += 1
            return web.json_response({"message": "Invalid reply token"}, status=400)
        self.used_tokens.add(token)
        self._answer(self.events.get(token))
        return web.json_response({"sentMessages": [{"id": "1", "quoteToken": "q"}]})

    async def push(self, request: web.Request) -> web.Response:
        body = await request.json()
        key = request.headers.get("X-Line-Retry-Key")
        if key and key in self.retry_keys:
            self.refused["retry key known"] += 1
            return web.json_response({"message": "The retry key is already accepted"}, status=409)
        if key:
            self.retry_keys.add(key)
        self._answer(self.waiting.get(body.get("to")))
        return web.json_response({"sentMessages": [{"id": "1", "quoteToken": "q"}]})

    async def profile(self, request: web.Request) -> web.Response:
        return web.json_response({"userId": request.match_info["uid"], "displayName": "テスト", "language": "ja"})

    async def other(self, request: web.Request) -> web.Response:
        return web.json_response({})


def sign(body: bytes) -> str:
    return base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()


def webhook_body(event: Event, text: str, event_id: str, redelivery: bool) -> bytes:
    return json.dumps({"destination": "Uload", "events": [{
        "type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": event.resident}, "webhookEventId": event_id,
        "deliveryContext": {"isRedelivery": redelivery}, "replyToken": event.token,
        "message": {"id": str(uuid.uuid4().int)[:18], "type": "text", "quoteToken": "q", "text": text}}]},
        ensure_ascii=False).encode()


class Load:
    """Residents writing and waiting, against one running deployment."""

    def __init__(self, fake: FakeLine, http: ClientSession, target: str, think: float, ramp: float,
                 answer_timeout: float):
        self.fake, self.http, self.target = fake, http, target
        self.think, self.ramp, self.answer_timeout = think, ramp, answer_timeout
        self.errors = Counter()  # webhook requests that failed or got a non-2xx, by kind (each was redelivered)

    async def deliver(self, event: Event, text: str) -> None:
        event_id = uuid.uuid4().hex.upper()[:26]
        for attempt in range(10):
            body = webhook_body(event, text, event_id, attempt > 0)
            event.requests += 1
            start = time.perf_counter()
            try:
                async with self.http.post(self.target, data=body, headers={
                        "Content-Type": "application/json", "X-Line-Signature": sign(body)}) as response:
                    await response.read()
                    if 200 <= response.status < 300:
                        event.ack = time.perf_counter() - start
                        return
                    failure = f"HTTP {response.status}"
            except Exception as exc:  # noqa: BLE001 - LINE redelivers on any failure
                failure = type(exc).__name__
            self.errors[failure] += 1
            await asyncio.sleep(1 + attempt)

    async def resident(self, name: str, turns: int, rng: random.Random, events: list[Event]) -> None:
        arrived = self.fake.arrived.setdefault(name, asyncio.Event())
        if self.ramp:
            await asyncio.sleep(rng.uniform(0, self.ramp))  # residents do not all start at once
        for turn in range(turns):
            event = Event(name, turn)
            events.append(event)
            self.fake.events[event.token] = event
            self.fake.waiting[name] = event
            arrived.clear()
            event.sent = time.perf_counter()
            await self.deliver(event, TURNS[turn % len(TURNS)])
            try:
                await asyncio.wait_for(arrived.wait(), self.answer_timeout)
            except asyncio.TimeoutError:
                pass  # counted as lost unless it comes before the end
            if self.think and turn < turns - 1:
                await asyncio.sleep(rng.expovariate(1 / self.think))

    async def run(self, prefix: str, residents: int, turns: int, seed: int) -> tuple[list[Event], float]:
        rng = random.Random(seed)
        events: list[Event] = []
        start = time.perf_counter()
        await asyncio.gather(*(self.resident(f"U{prefix}{n:05d}", turns, rng, events) for n in range(residents)))
        return events, time.perf_counter() - start
