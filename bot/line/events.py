"""LINE webhook events → what we store and what the resident did (channel-neutral Inbound)."""
import logging
import math
import re
from dataclasses import dataclass

from linebot.v3.models.events import UnknownEvent
from linebot.v3.webhooks import (
    AudioMessageContent,
    Event,
    FileMessageContent,
    FollowEvent,
    ImageMessageContent,
    JoinEvent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
    UnsendEvent,
    VideoMessageContent,
)

from handlers.inbound import Inbound

log = logging.getLogger(__name__)
CHANNEL = "line"
_TYPE_WORD = re.compile(r"[A-Za-z]{1,32}")
_MEDIA = {ImageMessageContent: "image", VideoMessageContent: "video", AudioMessageContent: "audio",
          FileMessageContent: "file"}


def type_for_log(raw: dict) -> str:
    """The event's type as a log line may show it: LINE's types are short ASCII words; anything else (which
    could be anything a sender put there) is not repeated."""
    kind = raw.get("type")
    return kind if isinstance(kind, str) and _TYPE_WORD.fullmatch(kind) else "(not a LINE event type)"


def parse(raw: dict):
    """The SDK's model of one raw event (UnknownEvent for types it does not know, None when malformed)."""
    try:
        return Event.from_dict(raw)
    except Exception:  # noqa: BLE001 - the SDK raises several kinds for unknown or partial events
        try:
            return UnknownEvent.new_from_json_dict(raw)
        except Exception:  # noqa: BLE001 - not even the common fields: nothing we can act on
            return None


def _source(raw: dict) -> dict:
    source = raw.get("source")
    return source if isinstance(source, dict) else {}


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _clean(value):
    """A JSON value every database can store: no NUL, no lone surrogates, no Infinity (PostgreSQL refuses them)."""
    if isinstance(value, str):
        if _UNSTORABLE.search(value):
            return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
        return value
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no Infinity; Python's parser accepts it, PostgreSQL does not
    return value


def _millis(value) -> int:
    """LINE's event time in milliseconds, or 0 when it is missing or not a plausible number."""
    text = str(value or "")
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 15 else 0


def storage_row(raw: dict, fallback_id: str) -> dict:
    """The inbound_events row for a raw event: id, who (a LINE user in a 1:1 chat), type, time."""
    source = _source(raw)
    one_to_one = source.get("type") == "user" and isinstance(source.get("userId"), str) and source["userId"]
    return {
        "event_id": _clean(str(raw.get("webhookEventId") or fallback_id))[:64],
        "channel": CHANNEL,
        "resident_key": _clean(str(source["userId"]))[:64] if one_to_one else None,
        "event_type": _clean(str(raw.get("type") or "unknown"))[:32],
        "occurred_ms": _millis(raw.get("timestamp")),
        "body": _clean(raw),
    }


@dataclass
class Translated:
    """What to do with a stored event."""

    inbound: Inbound | None  # a resident action for the dialog, or None
    reply_token: str | None
    note: str | None = None  # a catalog message to send without a dialog (group joins)
    unfollow: bool = False
    standby: bool = False


def _user_text(raw: dict) -> Translated | None:
    """A resident's text message (most events), read straight from the JSON; None for anything else.

    The SDK's pydantic models take longer to build than the rest of a turn's reading; this accepts only
    the exact shape they would accept for a text message, and every other event goes through them."""
    message, source, context = raw.get("message"), raw.get("source"), raw.get("deliveryContext")
    if (raw.get("type") != "message" or raw.get("mode") != "active" or not isinstance(message, dict)
            or message.get("type") != "text" or not isinstance(source, dict) or source.get("type") != "user"):
        return None
    text, message_id, token = message.get("text"), message.get("id"), raw.get("replyToken")
    if not (isinstance(text, str) and isinstance(message_id, str) and isinstance(token, str)
            and isinstance(source.get("userId"), str) and isinstance(raw.get("timestamp"), int)
            and isinstance(raw.get("webhookEventId"), str) and isinstance(context, dict)
            and isinstance(context.get("isRedelivery"), bool)):
        return None
    return Translated(Inbound("text", text=text, message_id=message_id), token)


def translate(raw: dict) -> Translated:
    """Map one raw event to a resident action (or to a note, an unfollow, or nothing)."""
    quick = _user_text(raw)
    return quick if quick is not None else translate_with_sdk(raw)


def translate_with_sdk(raw: dict) -> Translated:
    """translate() for any event, through the SDK's models."""
    event = parse(raw)
    if event is None:
        log.warning("event of type %s is malformed: stored, nothing to answer", type_for_log(raw))
        return Translated(None, None)
    token = getattr(event, "reply_token", None)
    if raw.get("mode") == "standby":
        return Translated(None, None, standby=True)
    source = _source(raw)
    if source.get("type") in ("group", "room"):
        if isinstance(event, JoinEvent):
            return Translated(None, token, note="group.one_to_one")
        return Translated(None, None)
    if isinstance(event, MessageEvent):
        content = event.message
        if isinstance(content, TextMessageContent):
            return Translated(Inbound("text", text=content.text or "", message_id=content.id), token)
        if isinstance(content, StickerMessageContent):
            return Translated(Inbound("sticker", message_id=content.id), token)
        if isinstance(content, LocationMessageContent):
            return Translated(Inbound("location", latitude=content.latitude, longitude=content.longitude,
                                      address=content.address or "", message_id=content.id), token)
        for cls, kind in _MEDIA.items():
            if isinstance(content, cls):
                return Translated(Inbound(kind, message_id=content.id), token)
        return Translated(Inbound("image", message_id=getattr(content, "id", None)), token)
    if isinstance(event, PostbackEvent):
        params = dict(event.postback.params or {}) if event.postback else {}
        return Translated(Inbound("postback", data=event.postback.data or "", params=params), token)
    if isinstance(event, FollowEvent):
        return Translated(Inbound("follow"), token)
    if isinstance(event, UnfollowEvent):
        return Translated(None, None, unfollow=True)
    if isinstance(event, UnsendEvent):
        return Translated(Inbound("unsend", message_id=event.unsend.message_id), None)
    log.info("event of type %s: stored, nothing to answer", type_for_log(raw))
    return Translated(None, None)
