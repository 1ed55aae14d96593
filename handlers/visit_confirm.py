"""Accompanied visits in the chat, after the slot: where to go and what to bring, consent, the booking confirmed;
a booked visit moved to another slot."""
from handlers import bookings, formatting, offers, postback, privacy
from handlers.choice_answers import typed_consent
from handlers.patterns import ANSWERS
from handlers.registry import action, condition, provider
from handlers.replies import Option
from handlers.turn import Turn
from handlers.visit import keep_words
from handlers.visit_details import details, in_progress, office_tz
from handlers.wording import wording
from storage import repo_booking

# the true reason a held slot could not be booked (a time gone by is not "someone else booked it")
MAX_PLACE_CHARS = 60  # longer than any office's name written out: not an answer to "where to?"
ANSWER_WORD_CHARS = 6  # 「ok」「はい」「了解しました」: a yes or an OK alone, no place named
NOT_BOOKABLE = {"passed": "booking.time_passed", "full": "booking.just_taken", "gone": "booking.slot_gone"}


# --- where, what to bring, consent --------------------------------------------------------------
@provider("visit_destinations")
def visit_destinations(turn: Turn):
    """One button per kind of place to go together; the resident may also write it in their own words."""
    book = turn.services.destinations
    options = [Option(turn.t(d.label), postback.encode("where", d.id, "visit_where"), display=turn.t(d.label))
               for d in (book.destinations if book else [])]
    return None, {}, options


@action("record_destination")
def record_destination(turn: Turn) -> None:
    """Keep where to go (a button or the resident's words) and say what to bring."""
    v, book = in_progress(turn), turn.services.destinations
    if turn.inbound.kind == "text":
        keep_words(turn)
        turn.data.pop("destination_named", None)  # answered in their own words, which are kept as written
        v["destination"], v["destination_text"] = None, turn.inbound.text.strip()[:MAX_PLACE_CHARS]
    else:
        v["destination"] = turn.value if book and turn.value in book.by_id else None
        v["destination_text"] = None
    if book:
        turn.say("booking.bring", items=turn.t(book.bring_for(v["destination"])))


@condition("says_where")
def says_where(turn: Turn) -> bool:
    """Words that say where to go: a place we go to named (「市役所の予約確認窓口」, whatever request words it has), or
    asking to go together somewhere (「病院に一緒に行ってほしい」) — not a request about the booking (「予約を確認したい」)."""
    book, intents = turn.services.destinations, set(getattr(turn.triage, "intents", ()) or ())
    return turn.inbound.kind != "text" or "accompany" in intents or bool(book and book.named_in(turn.inbound.text))


@condition("only_an_answer_word")
def only_an_answer_word(turn: Turn) -> bool:
    """A few letters that only say yes, OK or no (「ok」「はい」「大丈夫」): no place to go to."""
    intents = set(getattr(turn.triage, "intents", ()) or ())
    return len(turn.inbound.text.strip()) <= ANSWER_WORD_CHARS and bool(intents & ANSWERS)


@action("say_not_booked_yet")
def say_not_booked_yet(turn: Turn) -> None:
    """A request (「予約を確認したい」) where the place is asked: the visit is not booked yet, and where to go?"""
    keep_words(turn)
    slot_id = in_progress(turn).get("slot_id")
    slot = repo_booking.slot_by_id(turn.session, int(slot_id)) if slot_id else None
    when = formatting.span(slot.starts_at, slot.ends_at, turn.lang, office_tz(turn)) if slot else ""
    turn.say("booking.not_booked_yet", when=when)


@condition("long_for_a_place")
def long_for_a_place(turn: Turn) -> bool:
    """A typed answer to "where to?" too long to be a place's name (a story, or pasted text)."""
    return len(turn.inbound.text.strip()) > MAX_PLACE_CHARS


@action("ask_place_shortly")
def ask_place_shortly(turn: Turn) -> None:
    """The words are kept for the counselor; the place itself is asked for in a few words or by a button."""
    turn.say("booking.where_short")


@action("leave_destination_open")
def leave_destination_open(turn: Turn) -> None:
    """Where to go is not known yet (「わからない」, or the button): decided later with the counselor."""
    v, book = in_progress(turn), turn.services.destinations
    if turn.inbound.kind == "text":
        keep_words(turn)
    turn.data.pop("destination_named", None)
    v["destination"], v["destination_text"] = None, None
    turn.say("booking.where_open")
    if book:
        turn.say("booking.bring", items=turn.t(book.bring_for(None)))


@condition("said_yes_or_no", answer=True)
def said_yes_or_no(turn: Turn) -> bool:
    """True when the typed answer reads as yes or as no (not both: 「いや、ええけど…」 is asked again, never consent; nor
    a question of the resident's own); a request to pass it on (「伝えといて」) is a yes, not to (「言わないで」) a no."""
    return len(typed_consent(turn)) == 1


@condition("asks_about_sharing")
def asks_about_sharing(turn: Turn) -> bool:
    """A question about who would learn what is shared (「それって誰に伝わるの？」 "can my family see it?")."""
    return turn.inbound.kind == "text" and wording().asks_about_sharing(turn.inbound.text)


@action("explain_sharing")
def explain_sharing(turn: Turn) -> None:
    """What would be shared and who reads it; the consent is asked again (never taken from the question)."""
    turn.answered = True
    turn.say("booking.sharing_explained")


@action("confirm_booking")
def confirm_booking(turn: Turn) -> None:
    """Book the held slot (never beyond its capacity); if someone was faster, offer the next slots."""
    v = in_progress(turn)
    if turn.inbound.kind == "text":
        consent = typed_consent(turn) == {"yes"}
    else:
        consent = turn.value == "yes"
    slot_id = v.get("slot_id")
    try:
        if slot_id is None:
            raise bookings.NotFound("no slot held")
        booking = bookings.book(turn.session, slot_id, turn.resident.id, turn.conversation.id, turn.now,
                                destination=v.get("destination"), destination_text=v.get("destination_text"),
                                consent=consent, lang=turn.lang, source="chat")
    except bookings.AlreadyBooked:
        turn.say("booking.already_have")
        return
    except bookings.BookingError:
        turn.say(NOT_BOOKABLE[offers.why_not_bookable(turn.session, slot_id, turn.now)])
        turn.data["visit"] = {key: v[key] for key in ("destination", "destination_text") if key in v}
        turn.data["visit"]["consent"] = consent
        turn.goto = "visit"
        return
    privacy.record_consent(turn, "visit_share", consent, "booking.ask_consent", subject=f"booking:{booking.id}")
    turn.data["consent_to_share"] = consent
    if isinstance(turn.data.get("summary"), dict):
        turn.data["summary"]["consent_to_share"] = consent
    turn.data["visit"] = {"confirmed_at": turn.now.isoformat()}
    turn.say("booking.confirmed", **details(turn, booking))
    msg_id = "booking.consent_yes" if consent else "booking.consent_no"
    turn.say(msg_id)


@action("move_booking")
def move_booking(turn: Turn) -> None:
    """Move the visit to the chosen slot in one step; the old place is freed only when the new one is taken."""
    v = in_progress(turn)
    old = repo_booking.booking_by_id(turn.session, v.get("moving"))
    try:
        new = bookings.move(turn.session, old, int(turn.value), turn.now)
    except (bookings.BookingError, ValueError):
        turn.say("booking.slot_gone")
        turn.goto = "visit"
        return
    turn.data["visit"] = {"confirmed_at": turn.now.isoformat()}
    turn.say("booking.moved", **details(turn, new))
