"""Never the same bubble twice in a row: a question asked again is shortened and offers a person; a question the
resident asked that the step cannot answer gets an honest "a counselor can answer that — shall I connect you?"."""
from handlers import postback, registry
from handlers.followup_answers import crisis_question_open
from handlers.pending import STILL_PENDING
from handlers.person_offer import PERSON_OFFERED
from handlers.replies import Choices, Text, bubble_key, plain_text
from handlers.wording import wording

MAX_BUBBLES = 5  # LINE sends at most five messages per reply
AGAIN_VARIANTS = 3  # companion.again.1…3: what opens an answer that would repeat the previous one whole
REASK_VARIANTS = 2  # common.reask.1…2: the step's question, asked again, shortened
# the words that say "no rush": one answer says it once (a re-ask after 「ゆっくりで大丈夫です。」 is not 「急がなくて…」)
NO_RUSH = ("companion.again.1", "companion.again.3", "common.reask.1", "companion.hesitation.1",
           "companion.hesitation.2", "companion.dont_know.3")
PERSON = "person"
ASKS_A_PERSON = "common.question_for_counselor"
ASKS_A_PERSON_AGAIN = "common.question_for_counselor_too"
TOLD_A_PERSON = "common.question_for_counselor_later"
FOLLOWUP = "followup"
# where the language is chosen the question is written in several languages: one asked again in the resident's
# (maybe wrong) language would not be read there — it opens with a changing word instead
SAID_IN_MANY_LANGUAGES = ("language", "language_check")
# a follow-up question asked again keeps its words (「今夜、寝る場所はありますか」): its yes / no buttons alone do not say
# what they answer, and a question about a crisis sign must stay plain; so does "where to?" after a new time typed there
WORDS_KEPT = ("followup", "visit_where", "visit_consent", "referral_consent")
# a consent asked (share my summary?): a question of the resident's own there is told the way to a person, not asked
# whether to connect — one question in the answer, so a typed yes or no after it is the consent's answer
TOLD_NOT_ASKED = ("visit_consent", "referral_consent")
registry.uses_trigger(PERSON, "dialogs.repeats: the way to a person a question asked again offers")
for _state in SAID_IN_MANY_LANGUAGES:
    registry.uses_state(_state, "dialogs.repeats (a question in several languages is not shortened)")


_key = bubble_key


def never_twice(turn, stayed: bool) -> None:
    """Vary this turn's answer against the previous one. *stayed*: the step only asks its question again (no
    pattern answered, the step did not change): an unanswerable question of the resident's is offered a person."""
    if not turn.replies:
        return
    before = set(turn.data.get("last_bubbles") or [])
    resting = turn.conversation.status in ("waiting", "active")  # in the counselors' queue: a person reads it
    last = turn.replies[-1]
    if isinstance(last, Choices) and not resting and turn.conversation.state not in SAID_IN_MANY_LANGUAGES:
        # "that's not what I said" holds a question word, but tells us we read it wrong: it asks nothing
        told = "misread" in (getattr(turn.triage, "intents", ()) or ())
        asked = (stayed and turn.inbound.kind == "text" and not told and not turn.answered
                 and wording().is_question(turn.inbound.text))
        offer = turn.t(ASKS_A_PERSON)
        pending = STILL_PENDING.get(turn.conversation.state)
        # the step asks whether there is a bed or food tonight: the way to a person is told, not asked — one question
        # in the answer, so a bare 「いいえ」 after it answers the step's question and nothing else
        first_this = asked and (turn.conversation.state in TOLD_NOT_ASKED
                                or turn.conversation.state == FOLLOWUP and crisis_question_open(turn))
        if _key(last.text) in before and (last.text == turn.prompt_text or pending):
            # the step's question again: a question with consequences says plainly what is still open
            if turn.conversation.state in WORDS_KEPT:
                last.text = last.text if first_this else f"{_again(turn)}\n{last.text}"
            else:
                last.text = turn.t(pending) if pending and _key(turn.t(pending)) not in before else _reask(turn, before)
        elif _key(last.text) in before and not turn.again_as:
            # any other question said last time (the safety question asked once more) opens with a changing word
            last.text = f"{_again(turn)}\n{last.text}"
        if first_this:
            turn.replies.insert(len(turn.replies) - 1, Text(turn.t(TOLD_A_PERSON, person=turn.t("opt.person"))))
        elif asked:
            # a second question right after the offer: "a counselor can answer that too", the offer still open (never
            # a bare "I'm still here" and the step's question)
            offer = offer if _key(offer) not in before else turn.t(ASKS_A_PERSON_AGAIN)
            if pending or _key(last.text) not in before and not _is_reask(turn, last.text):
                turn.replies.insert(len(turn.replies) - 1, Text(offer))
            else:
                last.text = offer
            turn.data[PERSON_OFFERED] = turn.conversation.state  # a typed yes / no next answers this offer
        if asked:
            _person_first(last)  # "shall I connect you?": yes is the first button
    elif isinstance(last, Choices) and _key(last.text) in before and turn.conversation.state in SAID_IN_MANY_LANGUAGES:
        lines = last.text.split("\n")
        # the question in several languages, asked again: its languages in the other order (no word that one of them
        # could not read), or an opening word when it has one line
        last.text = "\n".join(lines[::-1]) if len(lines) > 1 else f"{_again(turn)}\n{last.text}"
    elif isinstance(last, Choices) and resting and _key(last.text) in before and not turn.again_as and (
            turn.conversation.state in STILL_PENDING):
        # the safety question is never asked twice in a row: what is still open is said plainly, under its buttons
        pending = turn.t(STILL_PENDING[turn.conversation.state])
        last.text = pending if _key(pending) not in before else f"{_again(turn)}\n{last.text}"
    elif isinstance(last, Choices) and resting and last.text == turn.prompt_text and _key(last.text) in before and (
            not turn.question_after):  # 「まだですか」 at the visit step: how the wait stands, then the question whole
        said = turn.replies[-2] if len(turn.replies) > 1 else None
        if isinstance(said, Text) and not said.sender:
            # in the queue, the step's line again (「ほかにも、できることがあります。」) is left out: its buttons go
            # under what was just said
            text = f"{_again(turn)}\n{said.text}" if _key(said.text) in before else said.text
            turn.replies[-2:] = [Choices(text, last.options)]
    for n, reply in enumerate(turn.replies[:-1]):
        # a word said last time too (「受け取りました。」) opens with a short, changing word
        if isinstance(reply, Text) and not reply.sender and _key(reply.text) in before:
            again = turn.t(turn.again_as) if n == 0 and turn.again_as else f"{_again(turn)}\n{reply.text}"
            turn.replies[n] = Text(again)  # an answer that says why it comes (an old button) says it in its words
    _lead_a_whole_repeat(turn)
    turn.data["last_bubbles"] = [_key(plain_text(r)) for r in turn.replies]
    # each line too: a list shown in the answer above (the 24-hour lines) is pointed to, not listed again
    turn.data["last_lines"] = sorted({_key(line.strip()) for r in turn.replies for line in plain_text(r).splitlines()
                                      if line.strip()})


def _is_reask(turn, text: str) -> bool:
    return text in {turn.t(f"common.reask.{n}") for n in range(1, REASK_VARIANTS + 1)}


def _says_no_rush(turn) -> bool:
    """The answer so far already says "no rush" (a re-ask, a word on hesitating): it is not said twice."""
    said = [plain_text(r) for r in turn.replies]
    return any(turn.t(msg_id) in text for msg_id in NO_RUSH for text in said)


def _again(turn) -> str:
    """The next of the short, changing words that open something said again ("no rush" only once in an answer)."""
    n = int(turn.data.get("again_n", 0))
    calm = _says_no_rush(turn)
    for _ in range(AGAIN_VARIANTS):
        n = n % AGAIN_VARIANTS + 1
        if not (calm and f"companion.again.{n}" in NO_RUSH):
            break
    turn.data["again_n"] = n
    return turn.t(f"companion.again.{n}")


def _reask(turn, before: set[str]) -> str:
    """The next shortened re-ask that was not said last time."""
    n = int(turn.data.get("reask_n", 0))
    calm = _says_no_rush(turn)
    for _ in range(REASK_VARIANTS):
        n = n % REASK_VARIANTS + 1
        text = turn.t(f"common.reask.{n}")
        if _key(text) not in before and not (calm and f"common.reask.{n}" in NO_RUSH):
            break
    turn.data["reask_n"] = n
    return text


def _person_first(choices: Choices) -> None:
    """The way to a person first among the buttons."""
    people = [o for o in choices.options if o.data and postback.decode(o.data)[0] == PERSON]
    if people:
        choices.options[:] = people[:1] + [o for o in choices.options if o is not people[0]]


def _lead_a_whole_repeat(turn) -> None:
    """An answer that would still be the same as the previous one whole opens with a short, changing word."""
    texts = [plain_text(r) for r in turn.replies]
    key = _key("\x1f".join(texts))
    if turn.data.get("last_answer") == key:
        first = turn.replies[0]
        lead = _again(turn)
        if turn.again_as and isinstance(first, (Text, Choices)):
            first.text = turn.t(turn.again_as)  # an answer that says why it comes (an old button): its own words
        elif isinstance(first, (Text, Choices)) and not getattr(first, "sender", ""):
            first.text = f"{lead}\n{first.text}"  # one bubble: never a word of its own before the same bubble
        elif len(turn.replies) < MAX_BUBBLES:
            turn.replies.insert(0, Text(lead))
        key = _key("\x1f".join(plain_text(r) for r in turn.replies))
    turn.data["last_answer"] = key
