"""Residents' rights in the chat: what we keep and for how long, a copy or deletion on request, consent records."""
import hashlib

from handlers.choice_answers import typed_choice
from handlers.registry import action, condition, provider
from handlers.turn import Turn
from storage import repo_privacy

ANSWER_WITHIN_DAYS = 14  # the centre's promise for handling a data request (shown to the resident)


def wording_version(turn: Turn, msg_id: str) -> str:
    """'msgid@hash' of the question's template in the resident's language: changes whenever the wording does."""
    digest = hashlib.sha256(turn.services.wording(turn.lang, msg_id).encode("utf-8")).hexdigest()[:10]
    return f"{msg_id}@{digest}"


def record_consent(turn: Turn, purpose: str, agreed: bool, msg_id: str, subject: str | None = None, **params) -> None:
    """Keep what the resident agreed (or declined) to, when, and the exact wording and version they read."""
    repo_privacy.record_consent(
        turn.session, resident_id=turn.resident.id, conversation_id=turn.conversation.id, purpose=purpose,
        answer="agreed" if agreed else "declined", subject=subject, wording_id=msg_id,
        wording_version=wording_version(turn, msg_id), wording_text=turn.t(msg_id, **params), lang=turn.lang,
        channel=turn.resident.channel, dialog_version=turn.services.dialog_version, created_at=turn.now)


RECORDS_STEPS = ("privacy", "privacy_erase")


@provider("privacy_menu")
def privacy_menu(turn: Turn):
    """What we keep and how long, with the days from the retention policy; once shown, only which one (the
    whole notice never twice in a row)."""
    if turn.previous_state in RECORDS_STEPS or not turn.previous_state:
        return "privacy.which", {}, []
    policy = turn.services.retention
    days = policy.days if policy else {}
    return None, {"text_days": days.get("message_text", "-"), "summary_days": days.get("intake_summary", "-"),
                  "identity_days": days.get("identity", "-"), "within_days": ANSWER_WITHIN_DAYS}, []


def _request(turn: Turn, kind: str, received_id: str) -> None:
    if repo_privacy.open_request(turn.session, turn.resident.id, kind):
        turn.say("privacy.already_received", within_days=ANSWER_WITHIN_DAYS)
        return
    request = repo_privacy.add_request(turn.session, resident_id=turn.resident.id,
                                       conversation_id=turn.conversation.id, kind=kind,
                                       channel=turn.resident.channel, lang=turn.lang, requested_at=turn.now)
    turn.data.setdefault("data_requests", []).append(request.id)
    turn.say(received_id, within_days=ANSWER_WITHIN_DAYS)


@action("request_data_copy")
def request_data_copy(turn: Turn) -> None:
    """The resident asked to see what we keep: staff send a copy (console, /console/requests)."""
    _request(turn, "access", "privacy.access_received")


@action("request_erasure")
def request_erasure(turn: Turn) -> None:
    """The resident confirmed they want their data deleted: recorded with the wording, then handled by staff."""
    record_consent(turn, "erasure", True, "privacy.erase_confirm")
    _request(turn, "erasure", "privacy.erasure_received")


@action("keep_data")
def keep_data(turn: Turn) -> None:
    """The resident changed their mind: nothing is deleted."""
    turn.say("privacy.kept")


@condition("said_yes", answer=True)
def said_yes(turn: Turn) -> bool:
    """True when the typed answer reads as yes (and not also as no, nor asks a question of its own)."""
    return typed_choice(turn) == {"yes"}


@condition("said_no", answer=True)
def said_no(turn: Turn) -> bool:
    """True when the typed answer reads as no (a question of the resident's own answers nothing)."""
    return "no" in typed_choice(turn)


def _intents(turn: Turn) -> set:
    return set(turn.triage.intents) if turn.triage else set()


@condition("wants_erasure")
def wants_erasure(turn: Turn) -> bool:
    """The typed words ask for deletion (「全部消してください」 "delete everything" "borra todo")."""
    intents = _intents(turn)
    return "erase" in intents and "no" not in intents


@condition("wants_copy")
def wants_copy(turn: Turn) -> bool:
    """The typed words ask to see what is kept (「何が残っているか見たい」 "show me" "quero ver"), not to delete."""
    intents = _intents(turn)
    return "see" in intents and "erase" not in intents and "no" not in intents
