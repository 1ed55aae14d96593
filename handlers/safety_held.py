"""Answers to the crisis answer's own question that are no yes and no no — "I can't" (「できない」「電話むり」 "cant"
「我打不了电话」 "hindi ko kaya"), "I'm alone", "I can't reach her" (「連絡つかない」), or nothing clear (「うーん」
「…」「べつに」「わからない」 an emoji). The question stays open and the resident is held: a short warm answer with the
next step for now, never the same bubble twice — not a thank-you that closes the question, nor a request for a person
(found by playing residents). Which question is open: handlers/safety_now.py (DUE)."""
from handlers.aftercrisis import DUE, say_when_read
from handlers.companion import say_varied
from handlers.crisis import URGENCY, record
from handlers.registry import action, matcher
from handlers.safety_now import DANGER, NOT_SAFE, TOLD, answer_to_safety_question
from handlers.turn import Turn
from handlers.wording import wording

# the questions whose other answers are held: "are you safe now?" (self), "is that person safe?" (other), "could you
# call 119?" (called), and, once told what to do now, that advice (urged: call or step away; other_told: call 110)
HELD_QUESTIONS = ("self", "other", "called", "urged", "other_told")
UNCLEAR_INTENTS = {"hesitation", "skip"}
ABOUT_OTHER = ("other", "other_told")
FEELINGS = {"isolation", "health"}  # topics a short answer's feeling words raise (「ひとりです」, "hindi ko na kaya")  # 「うーん」「どうしよう」「わからない」: neither yes nor no
ANSWER_CHARS = 30  # a short answer; a longer message tells something, and is listened to
UNCLEAR_CHARS = 20  # 「べつに」「さあ」 "idk": only as (nearly) the whole message
TOLD_CHARS = 80  # 「わからない、連絡つかない。既読もつかない」: can't reach them, said in a sentence or two
HOLD_SAFE = 2  # crisis_talk.hold_safe.1…2


def held_reading(turn: Turn) -> str | None:
    """How the message answers the open question when it is no yes and no no: "cannot", "alone", "unreachable",
    "unclear" — or None (a yes, a no, danger beside them, a story, a request: read as before)."""
    whose = turn.data.get(DUE)
    triage = turn.triage
    if whose not in HELD_QUESTIONS or turn.inbound.kind != "text" or triage is None or triage.crisis:
        return None
    intents, topics = set(triage.intents or ()), set(triage.topics or ())
    text, words = turn.inbound.text.strip(), wording()
    short = len(text) <= ANSWER_CHARS and not topics - FEELINGS
    if whose == "called" and len(text) <= ANSWER_CHARS and not intents & DANGER and words.says("alone", text):
        return "alone"  # 「誰もいない」 after pills: no one near to call 119 (its ない is no "no"), whatever topic it reads as
    if answer_to_safety_question(turn) is not None:
        return None
    if "no_phone" in intents:  # 「電話できない」: the lines one can write to (and someone near who calls: aftercrisis.py)
        return None
    if whose in ABOUT_OTHER and len(text) <= TOLD_CHARS and words.says("unreachable", text):
        return "unreachable"
    if not short:
        return None
    if words.says("alone", text):  # 「ひとりです」 reads as loneliness: here it says no one is near
        return "alone"
    if words.says("cannot", text) or (whose in TOLD and intents & NOT_SAFE):
        return "cannot"
    if whose in TOLD and "yes" in intents:  # 「うん」 after "step away to people": an "ok", no word of being safe
        return "unclear"
    if not topics and (intents & UNCLEAR_INTENTS or not any(ch.isalnum() for ch in text)
                       or (len(text) <= UNCLEAR_CHARS and words.says("unclear", text))):
        return "unclear"
    return None


def said_danger(turn: Turn) -> bool:
    """The message answers the open question with danger beside them (「線路の近くにいる」 "he is here"): before a
    request for places or a person reads 「近く」 in it."""
    return (turn.data.get(DUE) in HELD_QUESTIONS and turn.inbound.kind == "text" and turn.triage is not None
            and not turn.triage.crisis and bool(set(turn.triage.intents or ()) & DANGER)
            and not wording().is_question(turn.inbound.text))  # 「近くの居場所ある？」 asks for places


@matcher("safety_answer_held")
def safety_answer_held(turn: Turn, pattern, engine) -> str | None:
    """The message answers the crisis answer's open question with "I can't", "I'm alone", "I can't reach them" or
    nothing clear: held there (before a hesitation, "I don't know" or a request for a person reads it)."""
    if said_danger(turn):
        return engine.pick(turn, ["safety_danger"])
    return engine.pick(turn, ["safety_held"]) if held_reading(turn) else None


def _keep_answer(turn: Turn) -> None:
    """The answer is kept for the counselor, as words (「ひとり」 here is no topic of loneliness)."""
    if turn.inbound.kind == "text" and not turn.noted:
        turn.noted = True
        turn.data.setdefault("words", []).append(turn.inbound.text[:1000])


def _danger_told(turn: Turn) -> None:
    """The office is told again and the conversation goes to the top of the queue."""
    conv = turn.conversation
    record(turn, sorted(conv.crisis or ["suicide"]))
    conv.urgency = max(conv.urgency or 0, URGENCY + 10)


@action("hold_safety_question")
def hold_safety_question(turn: Turn) -> None:
    """Hold the resident at the open question: about someone else, unknown or unreachable is danger — 110 can check
    on them, 119 when life is in danger, and we stay; could not call 119 (or alone) — someone near calls, or go out
    to a person; said they are in danger and cannot — step away to people; unclear about their own safety — warm
    words, the question again in other words and what to do now. The question stays open."""
    whose, kind = turn.data.get(DUE), held_reading(turn)
    _keep_answer(turn)
    if whose in ABOUT_OTHER:
        turn.say_fresh("crisis_talk.check_on_them")
        _danger_told(turn)
        turn.data[DUE] = "other_told"
    elif whose == "called" and kind == "alone":
        turn.say_fresh("crisis_talk.alone_called")
        _danger_told(turn)
    elif whose == "called" and kind == "unclear" and not turn.said_last(turn.t("crisis.danger_now_again")):
        turn.say("crisis.danger_now_again")  # 「どうしよう」 after "call 119 now": were you able to call?
    elif whose == "called":
        turn.say_fresh("crisis_talk.call_for_you")
        _danger_told(turn)
    elif whose == "urged":
        turn.say_fresh("crisis_talk.cannot_urged")
        _danger_told(turn)
    elif kind == "cannot":  # 「できない」 to "are you safe?" is not safe: call now, or go where people are
        turn.say_fresh("crisis_talk.unsafe_now")
        _danger_told(turn)
        turn.data[DUE] = "urged"
    else:
        say_varied(turn, "crisis_talk.hold_safe", HOLD_SAFE)
        return
    say_when_read(turn)
    if turn.said_last(getattr(turn.replies[-1], "text", "") or ""):  # said in the previous answer: not twice in a row
        turn.replies.pop()
