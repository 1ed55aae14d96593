"""No resident's words and no LINE user id in any log line or on stderr — tracebacks included — through a whole
day: a newcomer writes personal details, then 死にたい, asks for a person, a counselor answers from the console,
a visit is booked, LINE answers 500 and the reply is retried, broken and unsigned bodies arrive, and processing
fails with errors whose own messages quote the resident (a bug's ValueError, a database error with the
statement's parameters, PostgreSQL's DETAIL repeating the user id)."""
import json
import logging
import re
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from bot import create_app
from bot.app import logsafety
from storage import clock
from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.booking_helpers import add_slot
from tests.console_fixtures import sign_in
from tests.line_platform import text_event
from tests.support import Resident, post_events, sign

PERSONAL = "山田花子と申します。電話は090-1234-5678、住所はみどりが丘市中央1-2-3です"
MONEY = "家賃を3か月滞納していて、アパートを追い出されそうです"
CRISIS = "もう死にたい"
VIOLENCE = "夫から暴力を受けています。誰にも言わないでください"
POISON = "この文で処理が壊れる秘密のメッセージ"
COUNSELOR_REPLY = "山田さん、明日の10時にお電話します"
NOTE = "山田花子さん、DV の疑い。住所は伏せる"
VISIT_WORDS = "ハローワークで山田花子さんの求職登録"
FRAGMENTS = ["山田", "花子", "090-1234-5678", "1-2-3", "滞納", "死にたい", "暴力", "秘密", "伏せる", "求職登録"]


class Everything(logging.Handler):
    """Keeps every record, formatted the way a log file would show it (tracebacks included)."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(threadName)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture
def every_log_line():
    """The root logger at DEBUG, every logger (but the ones the app pins quiet) letting DEBUG through."""
    root, handler = logging.getLogger(), Everything()
    pinned = {name for name, _level in logsafety.PINNED}
    saved = {}
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger) and name.split(".")[0] not in pinned:
            saved[name] = (logger.level, logger.propagate)
            logger.setLevel(logging.NOTSET)
            if not logger.propagate:
                logger.addHandler(handler)
    saved_root = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    root.setLevel(saved_root)
    for name, (level, _propagate) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.removeHandler(handler)


@pytest.fixture
def journey_app(settings, bundle, every_log_line):
    # Nothing listens on port 9: every crisis alert to the office fails, and that failure is logged.
    settings.office_webhook_url = "http://127.0.0.1:9/alerts"
    app = create_app({"settings": settings, "bundle": bundle})
    yield app
    app.extensions["madoguchi"].close()


def webhook(app, body: bytes, signature: str | None = None):
    """POST *body* to /callback, signed unless a *signature* is given."""
    return app.test_client().post("/callback", data=body, headers={"X-Line-Signature": signature or sign(body)})


def break_processing_on(runtime, monkeypatch, trigger: str) -> None:
    """A bug for one message: errors whose messages quote the resident's words and LINE id, and a database
    error carrying them as statement parameters (and, on PostgreSQL, a unique violation's DETAIL)."""
    original = runtime.engine.handle
    calls = {"n": 0}

    def handle(turn):
        if turn.inbound.text != trigger:
            return original(turn)
        calls["n"] += 1
        who, said = turn.resident.external_id, turn.inbound.text
        if calls["n"] == 1:
            raise ValueError(f"cannot handle {said!r} from {who}")
        if calls["n"] == 2:
            turn.session.execute(text("SELECT * FROM no_such_table WHERE a = :said AND b = :who"),
                                 {"said": said, "who": who})
        turn.session.add(ResidentRow(channel="line", external_id=who))
        turn.session.flush()  # the same LINE id twice: a unique violation naming it
        return original(turn)

    monkeypatch.setattr(runtime.engine, "handle", handle)


def test_a_whole_day_leaves_no_resident_words_and_no_line_id_in_any_log_line(
        journey_app, fake_line, make_staff, every_log_line, capfd, monkeypatch):
    app, runtime = journey_app, journey_app.extensions["madoguchi"]
    resident = Resident(app, fake_line)
    secrets = [PERSONAL, MONEY, CRISIS, VIOLENCE, POISON, COUNSELOR_REPLY, NOTE, VISIT_WORDS, *FRAGMENTS]

    # a newcomer whose LINE profile cannot be read (LINE answers 500), then personal details and a crisis
    fake_line.state.failures.append({"path": "/v2/bot/profile/", "status": 500, "times": 3})
    resident.follow()
    resident.say(PERSONAL)
    resident.say(MONEY)
    resident.say(CRISIS)
    resident.say("人と話したい")
    resident.say(VIOLENCE)

    # a counselor signs in, reads, claims, answers and leaves a note
    make_staff("sato", "counselor")
    console = app.test_client()
    csrf = sign_in(console, "sato")
    with runtime.db.session() as session:
        cid = session.scalars(select(Conversation.id).where(Conversation.status == "waiting")).one()
    assert console.get("/console/").status_code == 200
    assert console.get(f"/console/c/{cid}").status_code == 200
    for action, text_ in (("claim", ""), ("reply", COUNSELOR_REPLY), ("note", NOTE)):
        assert console.post(f"/console/c/{cid}/{action}", data={"csrf_token": csrf, "text": text_}).status_code == 302
    assert console.get(f"/console/c/{cid}/updates.json?after=0").status_code == 200

    # LINE fails twice: the reply is retried and arrives once
    fake_line.state.failures.append({"path": "/v2/bot/message/", "status": 500, "times": 2})
    again = console.post(f"/console/c/{cid}/reply", data={"csrf_token": csrf, "text": COUNSELOR_REPLY + "。"})
    assert again.status_code == 302
    runtime.drain()
    for _ in range(3):
        clock.shift(timedelta(minutes=5))
        runtime.sweep_once()
        runtime.drain()
    assert any(COUNSELOR_REPLY + "。" in json.dumps(c["body"], ensure_ascii=False)
               for c in fake_line.calls("/v2/bot/message/push"))

    # a visit booked through the API with the resident's own words for the destination
    slot_id = add_slot(runtime, 3)
    from bot.staff import accounts
    token = accounts.issue_token(runtime.db, "sato")
    booked = app.test_client().post("/api/v1/bookings", headers={"Authorization": f"Bearer {token}"},
                                    json={"slot_id": slot_id, "conversation_id": cid, "destination_text": VISIT_WORDS})
    assert booked.status_code == 201, booked.get_json()
    runtime.drain()
    runtime.scheduler.run_due()

    # hostile and broken bodies carrying the resident's words and id
    user = resident.user
    broken = f'{{"events": [{{"type": "message", "source": {{"userId": "{user}"}}, "message": {{"text": "{POISON}"'
    assert webhook(app, broken.encode()).status_code == 400
    unsigned = json.dumps({"events": [text_event(user=user, text=POISON)]}, ensure_ascii=False).encode()
    assert webhook(app, unsigned, signature="forged").status_code == 400
    odd = json.dumps({"events": [{"type": POISON, "source": {"userId": user}, "webhookEventId": "odd"}]}).encode()
    assert webhook(app, odd).status_code == 200

    # processing fails three times on one message, with the resident's words inside each error
    break_processing_on(runtime, monkeypatch, POISON)
    resident.say(POISON)
    for _ in range(3):
        clock.shift(timedelta(minutes=2))
        runtime.sweep_once()
        runtime.drain()

    # a second newcomer, the one who stops following
    other = Resident(app, fake_line)
    other.say(MONEY)
    post_events(app.test_client(), [{"type": "unfollow", "mode": "active", "timestamp": 1,
                                     "source": {"type": "user", "userId": other.user},
                                     "webhookEventId": uuid.uuid4().hex, "deliveryContext": {"isRedelivery": False}}])
    runtime.drain()

    captured = capfd.readouterr()
    lines = every_log_line.lines + captured.err.splitlines() + captured.out.splitlines()
    joined = "\n".join(lines)
    # the day really was logged: failures, retries, the crisis, the broken bodies
    for expected in ("processing failed for an event of resident #", "delivery of outbox", "crisis signal",
                     "could not be parsed", "missing or wrong signature", "office notification failed",
                     "profile look-up failed", "Traceback (most recent call last)"):
        assert expected in joined, f"{expected!r} was not logged; the journey did not run as planned"
    for needle in secrets:
        leaks = [line for line in lines if needle in line]
        assert leaks == [], f"{needle!r} is in the logs: {leaks[:3]}"
    for user_id in (resident.user, other.user):
        pieces = {user_id[:6]} | {user_id[i:i + 8] for i in range(len(user_id) - 7)}
        leaks = [line for line in lines for piece in pieces if piece in line]
        assert leaks == [], f"part of a LINE user id is in the logs: {leaks[:3]}"
    assert logsafety.WITHHELD in joined  # the tracebacks were there, without their messages


def test_a_logged_database_error_names_its_kind_but_never_the_statement_parameters(runtime, every_log_line):
    logsafety.install()
    try:
        with runtime.db.session() as session:
            session.execute(text("SELECT * FROM no_such_table WHERE said = :said"), {"said": PERSONAL})
    except Exception:  # noqa: BLE001 - the point is what the log line shows
        logging.getLogger("madoguchi.test").exception("query failed")
    [line] = [line for line in every_log_line.lines if "query failed" in line]
    assert "OperationalError" in line or "ProgrammingError" in line or "UndefinedTable" in line
    assert "山田" not in line and "090-1234-5678" not in line
    assert re.search(r"Error: \[message withheld from logs\]", line)


def test_an_exception_in_a_thread_of_ours_is_logged_without_its_message(every_log_line):
    import threading
    logsafety.install()

    def crash():
        raise RuntimeError(f"failed on {PERSONAL}")

    worker = threading.Thread(target=crash, name="test-crash")
    worker.start()
    worker.join()
    assert any("uncaught exception in thread test-crash" in line for line in every_log_line.lines)
    assert not any("山田" in line for line in every_log_line.lines)
