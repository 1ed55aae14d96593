"""The crisis safety net: hotlines that fit the sign, the language and the hour; urgent; the office told."""
import logging

from handlers import formatting
from handlers.turn import Turn
from handlers.waiting import start_waiting

log = logging.getLogger(__name__)
URGENCY = 100


def hotline_lines(turn: Turn, lines) -> str:
    """One line per hotline: name, number, hours."""
    out = []
    for h in lines:
        hours = turn.t("hotline.always") if h.hours is None else " / ".join(
            f"{formatting.clock_of(s, turn.lang)}–{formatting.clock_of(e, turn.lang)}" for s, e in h.hours)
        out.append(turn.t("hotline.line", name=turn.t(h.name), number=h.number, hours=hours))
    return "\n".join(out)


def respond(turn: Turn, signals: list[str]) -> None:
    """Answer a crisis sign at once, mark the conversation urgent and first in the queue, tell the office."""
    conv, services = turn.conversation, turn.services
    signals = sorted(signals)
    conv.crisis = sorted(set(conv.crisis or []) | set(signals))
    conv.urgency = URGENCY
    payload = {"event": "crisis", "conversation_id": conv.id, "signals": signals, "lang": turn.lang,
               "status": conv.status, "assigned_to": conv.assigned_to, "at": turn.now.isoformat()}
    turn.effects.append(lambda: services.notify(payload))
    conv.data.setdefault("crisis_log", []).append({"at": turn.now.isoformat(), "signals": signals,
                                                   "state": conv.state})
    log.warning("crisis signal %s in conversation %s", ",".join(signals), conv.id)
    if conv.status == "active":
        # A counselor holds the conversation: the bot stays silent; the console shows the alert.
        conv.data["crisis_alert"] = {"at": turn.now.isoformat(), "signals": signals, "acknowledged": False,
                                     "counselor": conv.assigned_to}
        return
    lines = services.hotlines.choose(signals, turn.lang, turn.now)
    turn.say(f"crisis.{signals[0]}")
    if lines:
        turn.say("crisis.hotlines", lines=hotline_lines(turn, lines))
    if services.office.is_open(turn.now):
        turn.say("crisis.counselor_now")
    else:
        opens = formatting.when(services.office.next_opening(turn.now), turn.lang, services.office.tz)
        turn.say("crisis.counselor_later", opens=opens)
    start_waiting(turn)  # first in the queue (urgency 100), with the no-claim timer
    payload["status"] = conv.status
