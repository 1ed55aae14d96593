"""/simulator — chat as one or several residents through the real /callback (demo and tests only)."""
import base64
import hashlib
import hmac
import json
import time
import uuid

import requests
from flask import Blueprint, jsonify, render_template, request

from bot.app.current import current_runtime
from handlers import languages

bp = Blueprint("simulator", __name__, url_prefix="/simulator")
SIM_PREFIX = "sim"


def _runtime():
    return current_runtime()


def _sign(secret: str, body: bytes) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def build_event(user: str, kind: str, payload: dict) -> dict:
    """A LINE webhook event as the platform would send it for what the simulated resident did."""
    event = {"type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
             "source": {"type": "user", "userId": user}, "webhookEventId": uuid.uuid4().hex.upper()[:26],
             "deliveryContext": {"isRedelivery": False},
             "replyToken": f"{SIM_PREFIX}.{user}.{uuid.uuid4().hex}"}
    mid = str(payload.get("id") or uuid.uuid4().int)[:18]
    if kind == "text":
        event["message"] = {"id": mid, "type": "text", "quoteToken": uuid.uuid4().hex, "text": payload.get("text", "")}
    elif kind == "sticker":
        event["message"] = {"id": mid, "type": "sticker", "packageId": "446", "stickerId": "1988",
                            "stickerResourceType": "STATIC", "quoteToken": uuid.uuid4().hex}
    elif kind == "image":
        event["message"] = {"id": mid, "type": "image", "contentProvider": {"type": "line"},
                            "quoteToken": uuid.uuid4().hex}
    elif kind == "file":
        event["message"] = {"id": mid, "type": "file", "fileName": str(payload.get("file_name", "file.pdf")),
                            "fileSize": int(payload.get("file_size", 1))}
    elif kind == "location":
        event["message"] = {"id": mid, "type": "location", "title": payload.get("title", ""),
                            "address": payload.get("address", ""), "latitude": float(payload["latitude"]),
                            "longitude": float(payload["longitude"])}
    elif kind == "postback":
        event["type"] = "postback"
        event["postback"] = {"data": payload.get("data", "")}
        if payload.get("params"):
            event["postback"]["params"] = payload["params"]
    elif kind in ("follow", "unfollow"):
        event["type"] = kind
        if kind == "unfollow":
            event.pop("replyToken")
        else:
            event["follow"] = {"isUnblocked": False}
    else:
        raise ValueError(f"unknown kind {kind!r}")
    return event


@bp.get("")
def page():
    """The simulator page."""
    langs = [(lang.code, lang.native) for lang in languages.languages()]
    return render_template("simulator.html", languages=langs)


@bp.post("/api/send")
def send():
    """Sign an event for the simulated resident and POST it to our own /callback over HTTP."""
    data = request.get_json(silent=True) or {}
    user, kind = str(data.get("user", "")), str(data.get("kind", ""))
    if not user.startswith("U") or not 2 <= len(user) <= 40:
        return jsonify(error="user must look like a LINE user id (U…)"), 400
    try:
        event = build_event(user, kind, data)
    except (ValueError, KeyError, TypeError) as exc:
        return jsonify(error=f"cannot build that event: {exc}"), 400
    if kind == "image":  # the photo the fake LINE serves when the bot asks for it (a made-up notice)
        from bot.dev.sample_media import notice_photo  # Pillow's drawing only when a photo is sent
        requests.post(f"{_runtime().settings.line_data_endpoint}/_content/{event['message']['id']}",
                      data=notice_photo(), headers={"Content-Type": "image/jpeg"}, timeout=5)
    # escaped like LINE's own bodies: a lone surrogate typed in the page travels as \udXXX, and the webhook cleans it
    body = json.dumps({"destination": "Usimulator", "events": [event]}).encode()
    secret = _runtime().settings.channel_secret or ""
    url = _own_callback()
    resp = requests.post(url, data=body, timeout=10, headers={
        "Content-Type": "application/json", "X-Line-Signature": _sign(secret, body)})
    return jsonify(status=resp.status_code, event_id=event["webhookEventId"]), 200 if resp.ok else 502


def _own_callback() -> str:
    """Our own /callback at the address this server listens on (never the Host header, which a page could
    point at any other machine with a valid signature)."""
    host = request.environ.get("SERVER_NAME", "127.0.0.1")
    host = "127.0.0.1" if host in ("", "0.0.0.0", "localhost") else ("::1" if host == "::" else host)
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    port = int(request.environ.get("SERVER_PORT") or 80)
    return f"http://{host}:{port}/callback"


@bp.post("/api/profile")
def profile():
    """Set the simulated resident's LINE profile language (empty: not shared)."""
    data = request.get_json(silent=True) or {}
    user = str(data.get("user", ""))
    endpoint = _runtime().settings.line_api_endpoint
    requests.post(f"{endpoint}/_profiles/{user}", json={"language": data.get("language") or None}, timeout=5)
    return jsonify(status="ok")


@bp.get("/api/messages")
def messages():
    """What the bot sent to one simulated resident since call number *since* (from the fake LINE API)."""
    user = request.args.get("user", "")
    since = request.args.get("since", "0")
    endpoint = _runtime().settings.line_api_endpoint
    try:
        calls = requests.get(f"{endpoint}/_calls", params={"since": since}, timeout=5).json()
    except (requests.RequestException, ValueError):
        return jsonify(error="the fake LINE API is not reachable"), 502
    out, last = [], int(since or 0)
    for call in calls:
        last = max(last, call["seq"])
        body = call.get("body") or {}
        token = str(body.get("replyToken", ""))
        if token.startswith(f"{SIM_PREFIX}.{user}.") or body.get("to") == user:
            out.append({"seq": call["seq"], "messages": body.get("messages", []),
                        "via": "reply" if token else "push"})
    return jsonify(last=last, items=out)
