"""The replies to "a counselor can answer that — shall I connect you?" (dialogs/repeats.py offers it): a typed yes
of any length connects, a typed no is taken as decided and the step's question comes again, a question how long it
takes is answered from the office's hours with the offer kept open; and "who reads this?", answered wherever it comes.
Nothing of this is ever stored as the answer to the question the step asks (found by a tester: 「ほな頼むわ」 became
the answer to 「いま、収入はありますか」)."""
from handlers import formatting, postback, registry
from handlers.followup_answers import answers_open_question, crisis_question_open
from handlers.handoff import closing_soon
from handlers.offer_replies import offer_replies
from handlers.patterns import ANSWERS
from handlers.registry import action, matcher
from handlers.replies import Choices, Option
from handlers.turn import Turn
from handlers.waiting import expected_wait
from handlers.wording import wording

PERSON_OFFERED = "person_offered"  # turn.data: the last answer asked "a counselor can answer that — shall I connect you?"
PERSON = "person"
SHORT_QUESTION = 25  # characters: 「どれくらい待つん」 without a question mark is still a question this short
MIXED_REPLY = 40  # characters: a longer message with a yes or a no in it tells something; it is not asked "which?"
FOLLOWUP = "followup"  # the step of the intake's follow-up questions: an answer to its question is no mixed reply
# where the resident is in danger, the step's own question and lines come first: "who reads" is not answered there
NOT_THERE = ("crisis", "safety_check")
registry.uses_state(FOLLOWUP, "handlers.person_offer (an answer to the follow-up question is not asked which)")
for _state in NOT_THERE:
    registry.uses_state(_state, "handlers.person_offer (no answer about who reads where a crisis is answered)")


def _langs(turn: Turn) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lang for lang in (turn.lang, getattr(turn.triage, "lang", None)) if lang))


def _asks(turn: Turn) -> bool:
    """The message asks something: a question, or a few words that neither accept nor decline (「どれくらい待つん」)."""
    text = turn.inbound.text.strip()
    return wording().is_question(text) or (
        len(text) <= SHORT_QUESTION and not any(offer_replies().mentions(text, lang) for lang in _langs(turn)))


@matcher("person_offer_answer")
def person_offer_answer(turn: Turn, pattern, engine) -> str | None:
    """A typed reply right after "shall I connect you to a counselor?" answers that offer, not the step's own question
    (a yes there was taken as consent to share, found by a tester): a yes (「ほな頼むわ」 "yeah go on") fires the first
    trigger, a no (「いや、ええわ」 "nah I'm good") the second, "how long would that take?" the third (the offer stays
    open); words that hold a yes or a no among others, and answer nothing, the fourth (which of the two questions?);
    "who reads this?" keeps the offer open for the pattern that answers it."""
    offered = turn.data.pop(PERSON_OFFERED, None)
    if not offered or offered != turn.conversation.state or turn.inbound.kind != "text" or turn.triage is None:
        return None
    if turn.triage.crisis or turn.triage.topics:
        return None
    said = set(turn.triage.intents)
    if said & {"have", "have_not"}:
        # 「あります」「ないです」 "none" answer the step's "is there…?" (tonight's place, income), never "shall I?"
        return None
    text, replies = turn.inbound.text, offer_replies()
    if (said & {"yes", "no"} and len(text.split()) == 1 and turn.conversation.state == FOLLOWUP
            and crisis_question_open(turn)):
        # a bare "No" 「いいえ」 to 「今夜、寝る場所はありますか」 is read as its answer (a crisis sign is never missed);
        # a no of several words (「いや、ええわ」 "nah I'm good") still answers the offer
        return None
    reply = next((r for lang in _langs(turn) if (r := replies.answer(text, lang))), None)
    if reply is None and not said & {"partly"} and not (
            turn.conversation.state == FOLLOWUP and answers_open_question(turn)):
        # 「はい、お願いしたいです」 "no, I'd rather keep going here": a yes or no that says what it wants, not an answer
        reply = next((r for lang in _langs(turn) if (r := replies.wish(text, lang))), None)
    if reply is None and bool(said & {"yes"}) != bool(said & {"no"}):
        reply = "yes" if "yes" in said else "no"
    if reply is not None:
        return engine.pick(turn, pattern.triggers[:1] if reply == "yes" else pattern.triggers[1:2])
    if any(replies.asks_who_reads(text, lang) for lang in _langs(turn)):
        turn.data[PERSON_OFFERED] = offered  # answered by its own pattern; a yes or no after it still answers the offer
        return None
    if _asks(turn) and any(replies.asks_wait(text, lang) for lang in _langs(turn)):
        return engine.pick(turn, pattern.triggers[2:3])
    if said & set(ANSWERS) or len(text.strip()) > MIXED_REPLY or wording().is_question(text) or (
            turn.conversation.state == FOLLOWUP and answers_open_question(turn)):
        return None  # an answer, a story or a question of its own (「保証人はいる？」 holds no はい), read as such
    if any(replies.mentions(text, lang) for lang in _langs(turn)):
        # "yeah whatever", 「うん、でもまあ」: something of a yes or a no, but to which question? asked, never stored
        return engine.pick(turn, pattern.triggers[3:4])
    return None


@matcher("who_reads_asked")
def who_reads_asked(turn: Turn, pattern, engine) -> str | None:
    """The resident asks who reads what they write, or whether a person answers (「これ誰が読んでるの？」 "is this a
    bot?"): answered, and the step's question follows; not in a story, nor where a crisis is answered."""
    if turn.inbound.kind != "text" or turn.triage is None or turn.triage.crisis or turn.triage.topics:
        return None
    if turn.conversation.state in NOT_THERE or not _asks(turn):
        return None
    if any(offer_replies().asks_who_reads(turn.inbound.text, lang) for lang in _langs(turn)):
        return engine.pick(turn, pattern.triggers)
    return None


@action("continue_without_person")
def continue_without_person(turn: Turn) -> None:
    """A typed no to the offer: taken as decided (never "take your time"); the step's question follows."""
    turn.say("offer.declined")


@action("say_wait_for_person")
def say_wait_for_person(turn: Turn) -> None:
    """How long until a counselor answers, honestly by the office's hours (in hours: the usual wait when known; closing
    soon: until when; closed: from when), and the offer again, its button first."""
    office = turn.services.office
    if not office.is_open(turn.now):
        text = turn.t("offer.wait_closed", opens=formatting.when(office.next_opening(turn.now), turn.lang, office.tz))
    elif closing := closing_soon(turn):
        text = turn.t("offer.wait_closing", **closing)
    elif estimate := expected_wait(turn):
        text = turn.t("offer.wait_estimate", minutes=estimate[0])
    else:
        text = turn.t("offer.wait_open")
    _offer_again(turn, text)


@action("ask_which_question")
def ask_which_question(turn: Turn) -> None:
    """Words after the offer that may reply to it or to the step's question: which is meant? The way to a person
    first, the step's own buttons under it (the offer stays open)."""
    _offer_again(turn, turn.t("offer.which"))


def _offer_again(turn: Turn, text: str) -> None:
    """*text*, with the way to a person as its first button, and the offer open for the next message."""
    label = turn.t("opt.person")
    turn.replies.append(Choices(text, [Option(label, postback.encode(PERSON, "", turn.conversation.state),
                                              display=label)]))
    turn.data[PERSON_OFFERED] = turn.conversation.state  # a yes or no next answers the offer made again


@action("say_who_reads")
def say_who_reads(turn: Turn) -> None:
    """Who reads what is written here: the centre's counselors (the answers now are automatic), and it stays private."""
    turn.say("offer.who_reads")
