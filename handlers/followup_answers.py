"""Typed words at a follow-up question that do not answer it are not taken as its answer.

A question whose answer can be a crisis sign (「今夜、寝る場所はありますか」) is not passed over: words that do not answer
it (「今日は雨ですね」) are kept, and the question comes once more before the next one (found by a tester: the question
about tonight was silently dropped). A question of the resident's own (「どのくらい時間かかりますか」 "Can I bring my
kid?") answers no follow-up question, crisis or not: it is kept for the counselor, a person is offered (dialogs/
repeats.py: a counselor can answer that) and the follow-up question is asked again, for as long as questions come
(found by a tester: the question was stored as the answer to 「いま、収入はありますか」 and the next question came)."""
from handlers.answer_filing import file_answers, other_answers, reads_current
from handlers.companion import varied_id
from handlers.intake import typed_value
from handlers.offer_replies import offer_replies
from handlers.patterns import ANSWERS
from handlers.registry import action, condition
from handlers.replies import Text
from handlers.turn import Turn
from handlers.word_sets import fold
from handlers.wording import wording

ASKED_AGAIN = "followup_asked_again"  # turn.data: the question already asked once more
AGAIN_SAID = "said:followup_after_question"  # turn.data: the last of the changing words before the question again
AGAIN_VARIANTS = 3  # companion.again.1…3


def _current(turn: Turn):
    queue = turn.data.get("queue") or []
    return turn.services.questions.by_id.get(queue[0]) if queue else None


def _answers(turn: Turn, question) -> bool:
    """The typed words answer *question*: a yes or no, a have or have-not, an option's words, or 'skip'."""
    intents = set(getattr(turn.triage, "intents", ()) or ())
    return typed_value(turn, question) is not None or bool(intents & (ANSWERS | {"skip"}))


def answers_open_question(turn: Turn) -> bool:
    """The typed words answer the follow-up question asked: what _answers reads, or one of its buttons' words
    ("alone, no kids" at "who do you live with?")."""
    question = _current(turn)
    if question is None or turn.inbound.kind != "text":
        return False
    folded = fold(turn.inbound.text)
    return _answers(turn, question) or any(fold(turn.t(label)) in folded for label, _value in question.options)


def crisis_question_open(turn: Turn) -> bool:
    """The follow-up question asked is one whose answer can be a crisis sign (tonight's place, today's food)."""
    question = _current(turn)
    return question is not None and bool(question.crisis)


@condition("answers_another_question")
def answers_another_question(turn: Turn) -> bool:
    """The typed reply does not answer the question asked but another one not answered yet (「ひとり」 at the tonight
    question answers who the resident lives with)."""
    question = _current(turn)
    if question is None or turn.inbound.kind != "text" or reads_current(turn, question, bool(question.crisis)):
        return False
    return bool(other_answers(turn, question))


@action("file_other_answers")
def file_other_answers(turn: Turn) -> None:
    """File what the reply answers of the other questions under them; they are not asked later."""
    found = other_answers(turn, _current(turn))
    if found:
        file_answers(turn, found)


@action("ask_after_filing")
def ask_after_filing(turn: Turn) -> None:
    """The reply was filed under the question it answers: keep the words, say it was heard, and ask the open
    question again in the same bubble (its buttons go under it)."""
    question = _current(turn)
    turn.data.setdefault("words", []).append(turn.inbound.text[:1000])
    turn.answered = True
    turn.say("intake.followup_noted", question=turn.t(question.prompt) if question else "")


@condition("question_unanswered")
def question_unanswered(turn: Turn) -> bool:
    """Typed words that do not answer the question asked (nor another one), the first time — also a story that
    names a problem: 「子ども二人とわしや」 is no answer to 「今夜、寝る場所はありますか」."""
    question = _current(turn)
    if question is None or turn.inbound.kind != "text" or turn.data.get(ASKED_AGAIN) == question.id:
        return False
    # a question about a crisis sign is answered only by a clear value: "yeah nah", "not really, maybe a friend's
    # couch" hold a yes or a no but say neither plainly, and it must not be passed over on them
    return not reads_current(turn, question, clear_only=bool(question.crisis))


@action("ask_followup_again")
def ask_followup_again(turn: Turn) -> None:
    """Keep the words (and the problems they name) for the counselor, and ask the question once more in the same
    bubble (its buttons follow)."""
    question = _current(turn)
    turn.data[ASKED_AGAIN] = question.id if question else None
    turn.data.setdefault("words", []).append(turn.inbound.text[:1000])
    _keep_topics(turn)
    turn.say("intake.followup_again", question=turn.t(question.prompt) if question else "")


def _keep_topics(turn: Turn) -> None:
    named = set(getattr(turn.triage, "topics", ()) or ())
    if named - set(turn.data.get("topics", [])):
        turn.data["topics"] = sorted(set(turn.data.get("topics", [])) | named)
        turn.conversation.topics = turn.data["topics"]


@condition("asks_if_answers_are_needed")
def asks_if_answers_are_needed(turn: Turn) -> bool:
    """The resident asks whether the questions must be answered (「これ全部答えないとだめ？」 "do I have to answer all of
    these?"; dialogs/data/offer_replies.yaml: must_answer)."""
    if _current(turn) is None or turn.inbound.kind != "text" or not wording().is_question(turn.inbound.text):
        return False
    langs = (turn.lang, getattr(turn.triage, "lang", None))
    return any(offer_replies().asks_must_answer(turn.inbound.text, lang) for lang in langs if lang)


@action("say_answers_are_optional")
def say_answers_are_optional(turn: Turn) -> None:
    """No question has to be answered: the skip button says so, and the question stays open (its buttons under it)."""
    question = _current(turn)
    turn.answered = True
    said = turn.t("intake.answers_optional", skip=turn.t("opt.skip"))
    turn.replies.append(Text(f"{said}\n{turn.t(question.prompt)}" if question else said))


@condition("asks_why_asked")
def asks_why_asked(turn: Turn) -> bool:
    """The resident asks why the follow-up question is asked (「なんでそんなこと聞くの？」 "why do you need to know?";
    dialogs/data/offer_replies.yaml: why), or only says why (「なんで？」 "why?" "bakit po?" 「為什麼」: why_alone — found by
    a tester: a bare why got "a counselor can answer that" and the question again, two questions in one answer)."""
    if _current(turn) is None or turn.inbound.kind != "text":
        return False
    langs = [lang for lang in (turn.lang, getattr(turn.triage, "lang", None)) if lang]
    replies, text = offer_replies(), turn.inbound.text
    return any(replies.asks_why(text, lang) or replies.asks_only_why(text, lang) for lang in langs)


@action("say_why_asked")
def say_why_asked(turn: Turn) -> None:
    """What the answers are for (a counselor thinks with them about the help that fits) and that any may be skipped;
    the question stays open (its buttons under it)."""
    question = _current(turn)
    turn.answered = True
    said = turn.t("intake.why_asked", skip=turn.t("opt.skip"))
    turn.replies.append(Text(f"{said}\n{turn.t(question.prompt)}" if question else said))


@condition("asked_instead_of_answering")
def asked_instead_of_answering(turn: Turn) -> bool:
    """The resident asks something (wording.yaml's question words, a question mark) that does not answer the
    follow-up question — also in a message that names topics (「フードバンクって何ですか？」)."""
    question = _current(turn)
    if question is None or turn.inbound.kind != "text" or not wording().is_question(turn.inbound.text):
        return False
    return not _answers(turn, question)


@action("ask_followup_after_question")
def ask_followup_after_question(turn: Turn) -> None:
    """Keep the resident's question (and the topics it names) for the counselor, and ask the follow-up question
    again after a short, changing word; the step's buttons go under it (the person offer comes before it)."""
    question = _current(turn)
    turn.data.setdefault("words", []).append(turn.inbound.text[:1000])
    _keep_topics(turn)
    lead = turn.t(varied_id(turn, "companion.again", AGAIN_VARIANTS, AGAIN_SAID))
    turn.replies.append(Text(f"{lead}\n{turn.t(question.prompt)}" if question else lead))


@condition("protested_instead_of_answering")
def protested_instead_of_answering(turn: Turn) -> bool:
    """The resident protests that they were read wrong (「そういう意味じゃない」 "that's not what I meant": keywords
    intents/misread) instead of answering the follow-up question: never its answer (found by a tester)."""
    question = _current(turn)
    if question is None or turn.inbound.kind != "text" or "misread" not in (getattr(turn.triage, "intents", ()) or ()):
        return False
    return typed_value(turn, question) is None


@action("sorry_for_the_question")
def sorry_for_the_question(turn: Turn) -> None:
    """Keep the words for the counselor, say sorry and how to change the topics, and ask the question again in the
    same bubble (the step's buttons go under it)."""
    question = _current(turn)
    turn.data.setdefault("words", []).append(turn.inbound.text[:1000])
    sorry = turn.t("intake.followup_misread", back=turn.t("opt.back"))
    turn.replies.append(Text(f"{sorry}\n{turn.t(question.prompt)}" if question else sorry))


@action("ask_followup_after_no")
def ask_followup_after_no(turn: Turn) -> None:
    """A typed no to "shall I connect you with a counselor?" at a follow-up question: taken as decided, and the
    question asked again in the same bubble (the step's buttons go under it)."""
    question = _current(turn)
    said = turn.t("offer.declined")
    turn.replies.append(Text(f"{said}\n{turn.t(question.prompt)}" if question else said))


@action("repeat_followup_question")
def repeat_followup_question(turn: Turn) -> None:
    """The follow-up question again, in words, after an answer to the resident's own question (「これ誰が読んでるの？」)."""
    question = _current(turn)
    if question:
        turn.replies.append(Text(turn.t(question.prompt)))
