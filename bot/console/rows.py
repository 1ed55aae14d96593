"""Conversations and history lines as the queue, the console and the API show them (dicts, times in ISO)."""
from bot.staff.labels import crisis_shown
from handlers.intake import kept_words
from storage.models import Conversation, Resident


def iso(dt):
    """A time in ISO 8601, or None."""
    return dt.isoformat() if dt else None


def summary_of(conv: Conversation) -> dict:
    """The intake summary card; when the intake was not finished, what is known so far."""
    data = conv.data or {}
    summary = dict(data.get("summary") or {})
    if not summary:
        summary = {"topics": sorted(data.get("topics") or conv.topics or []), "crisis": sorted(conv.crisis or []),
                   "urgency": conv.urgency, "words": kept_words(list(data.get("words") or [])), "partial": True}
    summary.setdefault("visit_requested", bool(data.get("visit_requested")))
    summary["crisis_shown"] = crisis_shown(summary.get("crisis"), data)
    return summary


def conversation_row(conv: Conversation, resident: Resident | None = None) -> dict:
    """A conversation as the API and the queue show it."""
    alert = (conv.data or {}).get("crisis_alert") or {}
    kiosk = (conv.data or {}).get("kiosk") or {}
    return {"id": conv.id, "status": conv.status, "urgency": conv.urgency or 0, "crisis": sorted(conv.crisis or []),
            "crisis_shown": crisis_shown(conv.crisis, conv.data), "medical_only": bool((conv.data or {}).get("medical_only")),
            "topics": sorted(conv.topics or (conv.data or {}).get("topics") or []),
            "lang": (resident.lang if resident else None) or "ja",
            "waiting_since": iso(conv.waiting_since), "assigned_to": conv.assigned_to,
            "summary": summary_of(conv), "outcome": conv.outcome,
            "last_activity_at": iso(conv.last_activity_at),
            "crisis_alert": alert if alert and not alert.get("acknowledged") else None,
            "crisis_seen": alert if alert and alert.get("acknowledged") else None,  # bot silent; a counselor saw it
            "channel": resident.channel if resident else "line", "kiosk_number": kiosk.get("number"),
            "label": channel_label(conv, kiosk)}


def channel_label(conv: Conversation, kiosk: dict) -> str | None:
    """How the queue names a visitor who used the reception kiosk ("受付番号 12 — 窓口でお待ちです")."""
    if not kiosk.get("number"):
        return None
    where = "窓口で緊急" if conv.crisis else "窓口でお待ちです"
    data = conv.data or {}
    said_nothing = not (data.get("words") or data.get("topics") or conv.topics or data.get("answers"))
    return f"受付番号 {kiosk['number']} — {where}" + ("（画面での入力なし。窓口で直接お聞きください）" if said_nothing else "")


def message_row(msg) -> dict:
    """One history line."""
    return {"id": msg.id, "sender": msg.sender, "text": msg.text, "at": iso(msg.created_at),
            "author": msg.author, "kind": msg.kind, "redacted": msg.redacted_at is not None}
