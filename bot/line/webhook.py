"""POST /callback — the LINE webhook: verify, store durably, answer 200, process in the background."""
import hashlib
import json
import logging

from flask import Blueprint, Response, jsonify, request
from linebot.v3.webhook import SignatureValidator
from sqlalchemy.exc import InterfaceError, OperationalError

from bot.app.current import current_runtime
from bot.staff.security import WEBHOOK_PATH

MAX_DEPTH = 32  # LINE's events are about six levels deep; nothing we read is deeper


def too_deep(value, limit: int) -> bool:
    """Whether JSON *value* nests lists and objects deeper than *limit* (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            if depth > limit:
                return True
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


bp = Blueprint("webhook", __name__)
OK_BODY = b'{"status":"ok"}\n'
log = logging.getLogger(__name__)


@bp.post(WEBHOOK_PATH)
def callback():
    """Receive LINE events; 400 for a bad signature or body, 503 when we cannot store them."""
    runtime = current_runtime()
    secret = runtime.settings.channel_secret
    if not secret:
        return jsonify(error="LINE_CHANNEL_SECRET is not set, so no webhook can be verified"), 503
    body = request.get_data(as_text=True)
    signature = request.headers.get("X-Line-Signature", "")
    if not signature or not SignatureValidator(secret).validate(body, signature):
        log.warning("webhook with a missing or wrong signature refused")
        return jsonify(error="invalid signature"), 400
    # Each event is parsed into the SDK's models when it is handled (bot/line/events.py);
    # here we only need to know the body is a list of events.
    try:
        events = json.loads(body).get("events")
    except (ValueError, AttributeError, RecursionError) as exc:
        log.warning("signed webhook body could not be parsed: %s", type(exc).__name__)
        return jsonify(error="malformed body"), 400
    if isinstance(events, list) and too_deep(events, MAX_DEPTH):
        log.warning("signed webhook body nested deeper than %s levels refused", MAX_DEPTH)
        return jsonify(error="malformed body"), 400
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        log.warning("signed webhook body has no list of events")
        return jsonify(error="malformed body"), 400
    body_id = hashlib.sha256(body.encode()).hexdigest()[:16]
    # The replies this request commits are sent by this thread once LINE has its 200 (see Sender.hold).
    held = runtime.sender.hold()
    try:
        keys = runtime.pipeline.accept(events, body_id)
    except (OperationalError, InterfaceError):
        log.error("database unavailable: events not stored; LINE will redeliver")
        response = jsonify(error="temporarily unavailable")
        response.status_code = 503
    else:
        runtime.submit_residents(keys)
        response = Response(OK_BODY, mimetype="application/json")  # built once: jsonify per event costs CPU
    finally:
        runtime.sender.stop_holding()
    return runtime.sender.release_after(response, held)
