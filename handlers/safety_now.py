"""The answer to the crisis answer's own question, 「いま、あなたは安全なところにいますか」: "no", "not safe", "he is
here", a bridge or a platform is danger now — 110 and 119 at once, the office told again; "yes" / "I'm safe" is
heard with relief. Only the next message after the question is read as its answer (found by a tester: a "no" was
kept as a story, and in English even read as the topic money)."""
from handlers.aftercrisis import DUE, keep_topics, say_when_read
from handlers.crisis import URGENCY, record
from handlers.registry import action, condition
from handlers.turn import Turn

DANGER = {"unsafe"}  # "not safe", "he is here", a bridge: danger whatever else is said
SAFE = {"yes", "fine", "have"}  # "yes", 「安全です」, 「死ぬつもりはないです」, "I'm not in danger"
NOT_SAFE = {"no", "have_not"}
# the crisis answer asked about a need, not about danger: tonight's place, food today (what a no is heard as)
LINE_BUBBLES = 5  # messages one LINE reply carries
NEEDS = {"tonight": "crisis_talk.no_place_heard", "food": "crisis_talk.no_food_heard"}  # a bare "no" to "are you somewhere safe?" is "not safe" (not 「死なない」's ない)


TOLD = ("urged", "other_told")  # the resident was told what to do now (call, step away): the question stays open
THANKED = "thanked_while_due"  # turn.data: thank-yous answered since the crisis answer asked (handlers/companion.py)


def ask_due(turn: Turn, whose: str) -> None:
    """The crisis answer asked about safety now (the resident's own, or the person they wrote about)."""
    turn.data[DUE] = whose
    turn.data.pop(THANKED, None)  # a new question: a thank-you after it is answered in full again


def answer_to_safety_question(turn: Turn) -> str | None:
    """The message's yes or no to the open question: "unsafe", "safe", "no_place", or None (handlers/safety_held.py
    reads "I can't", "I'm alone", "I can't reach them" and unclear answers)."""
    whose = turn.data.get(DUE)
    if not whose or turn.inbound.kind != "text" or turn.triage is None:
        return None
    intents = set(turn.triage.intents or ())
    if intents & DANGER:
        return "unsafe"
    if whose in NEEDS:  # 「今夜、泊まれるところのあてはありますか」: a no is no place (or food), not danger (「ねえって」)
        return "no_place" if intents & NOT_SAFE else "safe" if intents & SAFE else None
    if whose in TOLD and not intents & SAFE - {"yes"}:  # told what to do: 「うん」 is "ok", 「むり」 "I can't"
        return None
    if intents & SAFE:
        return "safe"
    if intents & NOT_SAFE:
        return "unsafe"
    return None


@condition("answered_unsafe", answer=True)
def answered_unsafe(turn: Turn) -> bool:
    """The message answers the safety question with danger: no, not safe, he is here, on a bridge."""
    return answer_to_safety_question(turn) == "unsafe"


@condition("answered_safe", answer=True)
def answered_safe(turn: Turn) -> bool:
    """The message answers the safety question with safety: yes, I'm safe, 大丈夫."""
    return answer_to_safety_question(turn) == "safe"


@action("urge_help_now")
def urge_help_now(turn: Turn) -> None:
    """Not safe now: call 110 or 119 at once (for the person written about, or oneself); the office is told again
    and the conversation goes to the top of the queue; then honestly when a person reads what is written here."""
    whose = turn.data.pop(DUE, "self")
    keep_topics(turn)
    if whose in ("other", "other_told"):  # said again: that the police can check on them, not the same words
        if turn.said_last(turn.t("crisis_talk.unsafe_other")):
            turn.say("crisis_talk.check_on_them")
        else:
            turn.say("crisis_talk.unsafe_other")
    elif whose == "called":  # could not call 119 after pills or a deep cut: someone near calls, or find a person
        turn.say_fresh("crisis_talk.call_for_you")
    else:
        turn.say_fresh("crisis_talk.unsafe_now")
    # the question stays open: "I can't", "I'm alone" or words that answer nothing are held (handlers/safety_held.py)
    turn.data[DUE] = "called" if whose == "called" else "other_told" if whose in ("other", "other_told") else "urged"
    conv = turn.conversation
    record(turn, sorted(conv.crisis or ["suicide"]))
    conv.urgency = max(conv.urgency or 0, URGENCY + 10)
    say_when_read(turn)


@condition("answered_no_place_tonight", answer=True)
def answered_no_place_tonight(turn: Turn) -> bool:
    """The message answers "somewhere to stay tonight?" or "something to eat today?" with a no (「ねえって」 "nowhere")."""
    return answer_to_safety_question(turn) == "no_place"


@action("help_with_tonight")
def help_with_tonight(turn: Turn) -> None:
    """No place to stay tonight: heard, then what can be done tonight — the lines and the places for a night, the
    centre when it opens, and when a counselor reads this (handlers/tonight.py)."""
    from handlers.tonight import show_tonight  # tonight → crisis → … : imported when needed

    whose = turn.data.pop(DUE, None)
    keep_topics(turn)
    turn.say(NEEDS.get(whose, NEEDS["tonight"]))
    show_tonight(turn)
    if len(turn.replies) < LINE_BUBBLES:  # LINE sends five at most: the places for tonight come before the timing
        say_when_read(turn)


@action("glad_safe")
def glad_safe(turn: Turn) -> None:
    """Safe now: heard with relief, and the conversation goes on in writing."""
    whose = turn.data.pop(DUE, None)
    keep_topics(turn)
    if whose == "called":
        turn.say("crisis_talk.called_glad")
    elif whose == "tonight":
        turn.say("crisis_talk.place_tonight_glad")
    elif whose == "food":
        turn.say("crisis_talk.food_today_glad")
    else:
        turn.say("crisis_talk.safe_glad")
    say_when_read(turn)


@condition("said_misread", answer=True)
def said_misread(turn: Turn) -> bool:
    """The resident says the crisis answer read them wrong (「そういう意味じゃない」 "I didn't say that")."""
    return turn.inbound.kind == "text" and turn.triage is not None and "misread" in (turn.triage.intents or ())


@action("sorry_misread")
def sorry_misread(turn: Turn) -> None:
    """Read wrongly: say sorry, thank them, and note it for the counselor (the sign stays on record for a person
    to judge; the conversation goes on where they wish)."""
    turn.data.pop(DUE, None)
    turn.conversation.data.setdefault("misread_said", []).append(turn.now.isoformat())
    keep_topics(turn)
    turn.say("crisis_talk.misread")
