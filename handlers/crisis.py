"""The crisis safety net: the sign heard, safety asked, the lines that fit, first in the queue, the office told."""
import logging
from datetime import time, timedelta

from handlers import formatting
from handlers.hours import DAYS
from handlers.registry import action, condition, uses_state
from handlers.turn import Turn
from storage import repo

log = logging.getLogger(__name__)
SAFETY_DUE = "safety_answer_due"  # turn.data: the crisis answer's question still open (handlers/aftercrisis.py DUE)
NEW_SIGNS = "signs_new"  # turn.data: the signs first answered this turn (popped by the step's question)
URGENCY = 100
RECALL_DAYS = 14  # default of the setting crisis_recall_days (MADOGUCHI_CRISIS_RECALL_DAYS)
# a conversation closed with one of these was not closed by a counselor: a crisis sign in it is still open
UNSETTLED = (None, "unfollowed", "no_response")
CRISIS_STATE = "crisis"
uses_state(CRISIS_STATE, "handlers.crisis")


def hotline_lines(turn: Turn, lines) -> str:
    """One line per hotline: name, number (or address of a chat line), hours; a line closed now says so and comes
    after the open ones."""
    tz = turn.services.hotlines.tz
    out, closed = [], []
    for h in lines:
        hours = _hours_words(turn, h)
        is_open = h.open_at(turn.now, tz)
        if not is_open:
            hours = turn.t("hotline.closed_now", hours=hours)
        (out if is_open else closed).append(turn.t("hotline.line", name=turn.t(h.name), number=h.number, hours=hours))
    return "\n".join(out + closed)


def _hours_words(turn: Turn, h) -> str:
    if h.hours is None:
        return turn.t("hotline.always")
    if h.schedule is not None:
        week = [[(_clock(s), _clock(e)) for s, e in h.schedule.weekly.get(day, ())] for day in DAYS]
        return formatting.weekly_hours(week, turn.lang)
    return " / ".join(f"{formatting.clock_of(s, turn.lang)}–{formatting.clock_of(e, turn.lang)}" for s, e in h.hours)


def _clock(minutes: int) -> time:
    return time((minutes // 60) % 24, minutes % 60)


def situations(turn: Turn) -> list[str]:
    """What the resident's words showed beyond the signs so far (a child at risk…): some lines are only for it."""
    return list(turn.data.get("situations") or [])


def medical_now(turn: Turn) -> bool:
    """This message tells of a body in danger now (collapsed, not breathing, a seizure): 119 and the lines for it."""
    return "medical_emergency" in (getattr(turn.triage, "situations", ()) or ())


def lines_for(turn: Turn, signals, limit: int = 4, kinds=("phone",)) -> list:
    """The lines open now for these signs, the resident's language and what the words showed; for a medical
    emergency only the emergency number and the lines for it (not the lines for suicidal thoughts)."""
    lines = turn.services.hotlines.choose(list(signals), turn.lang, turn.now, limit, kinds, situations(turn))
    if medical_now(turn):
        lines = [h for h in lines if h.emergency or "medical_emergency" in h.only_when]
    return lines


def first_lines(turn: Turn, signals) -> tuple[str, list]:
    """The phones open now for these signs and, for someone who cannot phone, one chat line: (message id, lines)."""
    phones = lines_for(turn, signals)
    chats = lines_for(turn, signals, limit=1, kinds=("chat",))
    return ("companion.lines" if chats else "crisis.hotlines"), phones + chats


def say_lines(turn: Turn, signals) -> None:
    """Say the lines that fit these signs now, if any."""
    msg_id, lines = first_lines(turn, signals)
    if lines:
        turn.say(msg_id, lines=hotline_lines(turn, lines))


def in_danger_now(turn: Turn) -> bool:
    """The act is under way or its means at hand (pills taken, a rope bought) — said in this conversation."""
    return "danger_now" in situations(turn)


def tell_to_call_now(turn: Turn) -> None:
    """This message says the danger is under way: "call 119 now" before anything else."""
    if "danger_now" in (getattr(turn.triage, "situations", ()) or ()):
        turn.say("crisis.danger_now")
        turn.data["danger_reminded"] = 0


def danger_beside(turn: Turn) -> bool:
    """This message says the danger is here now (「夫がいる」 "he is here now", not safe, on a bridge)."""
    return "unsafe" in (getattr(turn.triage, "intents", ()) or ())


def about_someone_else(turn: Turn) -> bool:
    """This message tells of another person's crisis (「友達が死にたいって言ってる」), not the resident's own."""
    return "someone_else" in (getattr(turn.triage, "situations", ()) or ())


def parent_asking(turn: Turn) -> bool:
    """This message is a parent's own: they hit or hurt their child (「子どもを叩いてしまう」) and ask for help."""
    return "parent_harm" in (getattr(turn.triage, "situations", ()) or ())


def heard_message(turn: Turn, sign: str) -> str:
    """The first words for a sign: of the resident's own pain, or of the person they are worried about."""
    if medical_now(turn):
        return "crisis.heard_medical"
    if about_someone_else(turn):
        return "crisis.heard_other"
    if parent_asking(turn):
        return "crisis.heard_parent"
    if sign == "lifeline":  # about to be cut (a notice, 「止まりそう」) or cut already: different ways to help
        return "crisis_talk.heard.lifeline_soon" if "cut_soon" in situations(turn) else "crisis_talk.heard.lifeline_cut"
    return f"companion.heard.{sign}" if sign in ("no_shelter", "lifeline") else f"crisis.{sign}"


def record(turn: Turn, signals: list[str]) -> None:
    """Mark the conversation urgent with these signs, keep a record and tell the office (after commit)."""
    conv, services = turn.conversation, turn.services
    if "suicide" in signals:
        # staff pages show a suicide sign that only stands for a body in danger now (collapsed, not breathing) as
        # what it is, for as long as nobody has written of a wish to die in this conversation
        medical = bool(getattr(turn.triage, "medical_only", False))
        conv.data["medical_only"] = medical and conv.data.get("medical_only", "suicide" not in (conv.crisis or []))
    conv.crisis = sorted(set(conv.crisis or []) | set(signals))
    seen = set(getattr(turn.triage, "situations", ()) or ())
    if seen - set(situations(turn)):
        turn.data["situations"] = sorted(seen | set(situations(turn)))
    conv.urgency = URGENCY
    payload = {"event": "crisis", "conversation_id": conv.id, "signals": signals, "lang": turn.lang,
               "status": conv.status, "assigned_to": conv.assigned_to, "at": turn.now.isoformat()}
    turn.effects.append(lambda: services.notify(payload))
    conv.data.setdefault("crisis_log", []).append({"at": turn.now.isoformat(), "signals": signals,
                                                   "state": turn.previous_state or conv.state})
    log.warning("crisis signal %s in conversation %s", ",".join(signals), conv.id)


@condition("counselor_holds")
def counselor_holds(turn: Turn) -> bool:
    """True while a counselor has claimed the conversation."""
    return turn.conversation.status == "active"


@action("alert_counselor")
def alert_counselor(turn: Turn) -> None:
    """A crisis sign while a counselor holds the conversation: the console shows the alert, and the resident
    still gets the lines that fit now (once per kind of sign) — the counselor may be away from the screen."""
    signals, turn.signals = sorted(turn.signals), []
    record(turn, signals)
    tell_to_call_now(turn)
    turn.conversation.data["crisis_alert"] = {"at": turn.now.isoformat(), "signals": signals,
                                              "acknowledged": False, "counselor": turn.conversation.assigned_to}
    answered = set(turn.data.get("crisis_answered") or [])
    new = signals if medical_now(turn) else [s for s in signals if s not in answered]
    if not new:
        if danger_beside(turn):
            turn.say("crisis_talk.unsafe_now")  # "he is here now": call 110 now, however often the sign was answered
        return  # the same sign again: the counselor has it; the lines were given
    turn.data["crisis_answered"] = sorted(answered | set(signals))
    turn.say(heard_message(turn, new[0]), person=turn.t("opt.person"))
    say_lines(turn, new)


def when_read(turn: Turn) -> tuple[str, dict]:
    """Honestly, when a person will read what is written here: (message id, params)."""
    office = turn.services.office
    if office.is_open(turn.now):
        return "crisis.counselor_now", {}
    return "crisis.counselor_later", {"opens": formatting.when(office.next_opening(turn.now), turn.lang, office.tz)}


@action("respond_to_crisis")
def respond_to_crisis(turn: Turn) -> None:
    """Answer a crisis sign at once: heard, the lines that fit now, when a person reads it (once per sign)."""
    signals, turn.signals = sorted(turn.signals), []
    if not signals:
        return
    answered = set(turn.data.get("crisis_answered") or [])
    record(turn, signals)
    tell_to_call_now(turn)
    # a body in danger now is answered as such each time (not "thank you for writing your feelings again")
    new = signals if medical_now(turn) else [s for s in signals if s not in answered]
    turn.data["crisis_answered"] = sorted(answered | set(signals))
    if not new:
        # The same sign again: no copy of the first answer; stay, listen, and say who reads it when.
        n = int(turn.data.get("crisis_again", 0)) % 2 + 1
        turn.data["crisis_again"] = n
        if danger_beside(turn):
            turn.say("crisis_talk.unsafe_now")
            if turn.data.get(SAFETY_DUE) == "self":  # told to call or move: "I can't" next is held (safety_held.py)
                turn.data[SAFETY_DUE] = "urged"
        turn.say(f"companion.crisis_again.{n}")
        # the numbers again: the last list may be many messages up (and "the phones above" must be true)
        say_lines(turn, signals)
        msg_id, params = when_read(turn)
        turn.say(msg_id, **params)
        return
    turn.data["greeted"] = True  # the crisis answer was the first word: no 「こんにちは…」 later
    turn.data[NEW_SIGNS] = new  # the step's question is about these (handlers/companion.py crisis_prompt)
    turn.say(heard_message(turn, new[0]), person=turn.t("opt.person"))
    say_lines(turn, new)
    msg_id, params = when_read(turn)
    turn.say(msg_id, **params)


def crisis_to_recall(turn: Turn):
    """The crisis signs of the resident's last conversation (this one, or the one before a re-follow) when they
    are recent (crisis_recall_days) and no counselor closed it: (signals, situations), else None."""
    conv = turn.conversation
    last = conv if conv.crisis else repo.previous_conversation(turn.session, turn.resident.id, conv.id)
    if last is None or not last.crisis or (last is not conv and last.outcome not in UNSETTLED):
        return None
    days = float(turn.services.settings.get("crisis_recall_days", RECALL_DAYS))
    if last.last_activity_at is None or turn.now - last.last_activity_at > timedelta(days=days):
        return None
    return list(last.crisis), list((last.data or {}).get("situations") or [])
