"""Matchers for the script's cross-cutting patterns: each tells whether a pattern applies and which trigger fires."""
import re
from dataclasses import replace
from datetime import timedelta

from handlers import languages, postback, registry
from handlers.registry import matcher
from handlers.turn import Turn
from handlers.word_sets import fold, folded_word_set


def _fold(text: str) -> str:
    return fold(text)  # one normalisation wherever words are read (curly apostrophes made straight)


@matcher("counselor_holds")
def counselor_holds(turn: Turn, pattern, engine) -> str | None:
    """A counselor has the conversation: whatever the resident does is kept for them."""
    if turn.conversation.status == "active":
        return engine.pick(turn, pattern.triggers)
    return None


@matcher("crisis_sign")
def crisis_sign(turn: Turn, pattern, engine) -> str | None:
    """The classifier read a crisis sign in the resident's words."""
    if turn.triage is not None and turn.triage.crisis:
        turn.signals = sorted(turn.triage.crisis)
        return engine.pick(turn, pattern.triggers)
    return None


FORMULAE = ("stop", "goodbye", "thanks")  # the triggers of the script's everyday words: leaving, thanking
PUNCTUATION = re.compile(r"[\W_]+")
FORMULA_ENDING = 2  # characters left besides the words: a sentence ending (よ, ね, です), not words of their own
ANSWER_CHARS = 20  # a reply that answers a follow-up question in a few words; a longer one may tell a story


def only_formulae(turn: Turn, engine) -> bool:
    """The message is made only of the script's goodbye, stop and thank-you words (with punctuation and a short
    ending: 「もういいよ、ばいばい」): nothing is left for a suspicion to come from."""
    if turn.inbound.kind != "text":
        return False
    rest, found = _fold(turn.inbound.text), False
    for pattern in engine.script.patterns:
        if pattern.when != "words" or not set(pattern.triggers) & set(FORMULAE):
            continue
        for word in sorted(pattern.words, key=len, reverse=True):
            folded = _fold(word).rstrip("*")
            if folded and folded in rest:
                rest, found = rest.replace(folded, " "), True
    return found and len(PUNCTUATION.sub("", rest)) <= FORMULA_ENDING


@matcher("possible_crisis")
def possible_crisis(turn: Turn, pattern, engine) -> str | None:
    """A learned model suspects a crisis the keywords did not confirm: ask, once per conversation."""
    possible = tuple(getattr(turn.triage, "possible", ()) or ()) if turn.triage is not None else ()
    if not possible or turn.triage.crisis or turn.conversation.crisis or turn.data.get("possible_asked"):
        return None
    if only_formulae(turn, engine) or about_the_dialog(turn):
        # 「もういいです、さようなら」: the model's n-grams of a goodbye, not words of a crisis — nor a story: the topic
        # the suspicion implied goes with it, so the goodbye / stop patterns answer it; so are the n-grams of a reply
        # about the conversation itself (「いいえ、このまま答えます」 "no, I'll keep answering")
        turn.triage = replace(turn.triage, possible=(), topics=())
        return None
    turn.data["possible"] = sorted(possible)
    seen = set(getattr(turn.triage, "situations", ()) or ())
    if seen:  # a passport held, control at home: the lines for it are offered after the answer
        turn.data["situations"] = sorted(seen | set(turn.data.get("situations") or []))
    return engine.pick(turn, pattern.triggers, moving=True)


# situations the keywords read that make a crisis possible (_shared.yaml suspects, suspects_alone): their suspicion is
# the words', not the learned model's n-grams
SUSPECTED_BY_WORDS = frozenset({"help_cry", "coercive_control", "labour_exploitation", "car_living", "exhaustion"})


def about_the_dialog(turn: Turn) -> bool:
    """The message is made only of words that answer the bot's own questions and offers (offer_replies.yaml: a yes or
    a no, to talk with a person or to go on here, fillers): 「いいえ、このまま答えます」 "yes, please connect me" speak of
    the conversation, so nothing is left for a suspicion of a crisis to come from."""
    if turn.inbound.kind != "text":
        return False
    if set(getattr(turn.triage, "situations", ()) or ()) & SUSPECTED_BY_WORDS:
        return False  # 「giúp tôi với」 "help me": a cry the keywords read (it also says "help me" to an offer)
    from handlers.offer_replies import offer_replies  # the data loader imports this module's matchers

    text, replies = turn.inbound.text, offer_replies()
    langs = dict.fromkeys(lang for lang in (turn.lang, getattr(turn.triage, "lang", None)) if lang)
    if any(replies.answer(text, lang) or replies.wish(text, lang) for lang in langs):
        return True
    # a few words at a follow-up question that answer one of its questions (「con mis hijos」 "with my kids" at the
    # household question): an answer, not a story — a suspected hunger or cut; a suspicion of suicide or violence
    # in them (「家族が怖い」) is still asked about
    possible = set(getattr(turn.triage, "possible", ()) or ())
    return (turn.conversation.state == "followup" and len(text.strip()) <= ANSWER_CHARS
            and not possible & {"suicide", "violence"}
            and any(q.value_for_words(text) or q.value_for_reply(text, ()) for q in turn.services.questions.questions))


@matcher("help_cry_again")
def help_cry_again(turn: Turn, pattern, engine) -> str | None:
    """A bare cry for help (「助けて」) after the safety question was already asked: never passed over — the
    answer to a crisis (the lines that fit, first in the queue) for the signs it made possible."""
    triage = turn.triage
    if triage is None or triage.crisis or "help_cry" not in (getattr(triage, "situations", ()) or ()):
        return None
    if not turn.data.get("possible_asked") or turn.conversation.crisis:
        return None
    turn.signals = sorted(getattr(triage, "possible", ()) or ()) or ["suicide"]
    return engine.pick(turn, pattern.triggers)


@matcher("intent")
def intent(turn: Turn, pattern, engine) -> str | None:
    """The classifier read an intent this pattern maps to a trigger (one that leaves the current step; the first in
    the pattern's order when several are read); in a message that names topics (a story: 「借金をキャンセルしたい」) only the intents of `in_story` count."""
    if turn.triage is None:
        return None
    story = bool(turn.triage.topics) and pattern.in_story is not None
    said = set(turn.triage.intents)
    for name in [n for n in pattern.intents if n in said]:  # the script's order: a cancel before a booking
        if story and name not in pattern.in_story:
            continue
        trigger = pattern.intents.get(name)
        if trigger and engine.pick(turn, [trigger], moving=True):
            return trigger
        if trigger and pattern.triggers:
            return engine.pick(turn, pattern.triggers)
    return None


# the intents that answer a question (dialogs/triage/labels.py): a yes, a no, partly, "fine", "there is", "there is none"
ANSWERS = frozenset({"yes", "no", "partly", "fine", "have", "have_not"})


def answers_the_step(turn: Turn, engine) -> bool:
    """The words answer what the step asks: an answer intent where a text transition of the step reads one."""
    if turn.triage is None or not ANSWERS & set(turn.triage.intents):
        return False
    return engine.script.reads_text_with(turn.conversation.state, registry.ANSWER_CONDITIONS)


@matcher("words")
def words(turn: Turn, pattern, engine) -> str | None:
    """The message says one of the pattern's words (a short message: a thank-you, not a story; a message
    about a topic — 「仕事やめます」 — is a story, not a wish to stop; with `answer_first`, where the step asks
    something, words that answer it are the answer — 「大丈夫です、ありがとう」 "yes, thanks" — not a thank-you)."""
    if turn.inbound.kind != "text" or (turn.triage is not None and (turn.triage.crisis or turn.triage.topics)):
        return None
    if pattern.answer_first and answers_the_step(turn, engine):
        return None
    return _said(turn, pattern, engine)


@matcher("words_said_anyway")
def words_said_anyway(turn: Turn, pattern, engine) -> str | None:
    """The message says one of the pattern's words, whatever topics the classifier read beside them (「もう話したくない」
    reads as a possible wish to die, and so as health): for the few steps where the words mean one thing (no wish
    to talk right after a crisis answer). A new crisis sign in them is answered as one, before any pattern."""
    if turn.inbound.kind != "text" or (turn.triage is not None and turn.triage.crisis):
        return None
    return _said(turn, pattern, engine)


def _said(turn: Turn, pattern, engine) -> str | None:
    """The trigger of a pattern whose words the message says, if one can fire here."""
    return engine.pick(turn, pattern.triggers) if folded_word_set(pattern.words).found_in(_fold(turn.inbound.text)) \
        else None


RESUME = "resume"  # the welcome back after a long silence
registry.uses_state(RESUME, "handlers.patterns (no welcome back at the welcome back)")


@matcher("came_back")
def came_back(turn: Turn, pattern, engine) -> str | None:
    """The resident writes again after a long silence, in the middle of something. The script's transitions say
    where that leads: one still waiting for a person may stay where they are (told how the wait stands, not asked
    "continue or start over?")."""
    conv, kind = turn.conversation, turn.inbound.kind
    if kind in ("postback", "follow") or conv.state in (engine.script.initial, RESUME) or conv.last_activity_at is None:
        return None  # (at the welcome back itself, the words answer it)
    if turn.now - conv.last_activity_at <= (engine.resume_after or timedelta(hours=24)):
        return None
    return engine.pick(turn, pattern.triggers)


@matcher("stale_button")
def stale_button(turn: Turn, pattern, engine) -> str | None:
    """A button of an earlier screen, which means nothing where the resident is now."""
    if turn.inbound.kind != "postback":
        return None
    trigger, _value, offered_in = postback.decode(turn.inbound.data)
    state = turn.conversation.state
    if trigger in engine.script.triggers_from(state) or not offered_in or offered_in == state:
        return None
    return engine.pick(turn, pattern.triggers)


UNSURE_BELOW = 12  # characters: a message this short in another language may be a greeting, not a choice


@matcher("language_unsure")
def language_unsure(turn: Turn, pattern, engine) -> str | None:
    """A short message seemingly in another language than the resident's: ask once which one to use."""
    resident, text = turn.resident, turn.inbound.text.strip() if turn.inbound.kind == "text" else ""
    if (not text or turn.triage is None or not turn.triage.lang_sure or resident.lang_source == "chosen"
            or turn.data.get("language_asked")):
        return None
    code = languages.from_triage_tag(turn.triage.lang)
    current = resident.lang or languages.SOURCE
    if not code or code.split("-")[0] == current.split("-")[0] or len(text) >= UNSURE_BELOW:
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    turn.data["language_maybe"] = code
    return engine.pick(turn, pattern.triggers, moving=True)
