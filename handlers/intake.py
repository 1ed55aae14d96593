"""Intake: welcome, what the resident's words are about, follow-up questions and the intake summary."""
from handlers import crisis, formatting, postback
from handlers.hello import by_the_hour
from handlers.questions import TOPICS
from handlers.registry import action, condition, provider
from handlers.replies import Option, Text
from handlers.turn import Turn
from handlers.waiting import start_waiting
from storage import repo

URGENT_ANSWERS = {"no_place": 60, "within_week": 40, "no_income": 20}
VISIBLE_URGENCY = 60  # from this urgency on, the conversation goes where counselors look
# What is said, by whether a counselor will see the conversation: 「相談員に伝わります」 only when true.
TAPPED = "topics_tapped"  # turn.data: the topics the resident chose with a button (not read from their words)
NOTED = {True: "common.noted", False: "companion.noted"}
NOTED_TOPICS = {True: "common.noted_topics", False: "companion.noted_topics"}
SUMMARY_SAID = {True: "intake.summary_saved", False: "companion.summary_kept"}


def topic_names(turn: Turn, topics) -> str:
    """The topics as words in the resident's language: 'お仕事、お金'."""
    return formatting.listing([turn.t(f"topic.{t}") for t in TOPICS if t in topics], turn.lang)


@action("welcome")
def welcome(turn: Turn) -> None:
    """Greet a new friend: who we are, free and confidential, hours, a person, an emergency line. Someone who
    comes back (unblocked) is welcomed back; after a recent crisis sign no one settled, with the lines again."""
    recalled = crisis.crisis_to_recall(turn)
    if recalled:
        signals, seen = recalled
        turn.data["recalled_crisis"], turn.data["situations"] = signals, sorted(set(seen) | set(crisis.situations(turn)))
        lines = crisis.hotline_lines(turn, crisis.lines_for(turn, signals))
        turn.say("welcome.back_crisis", lines=lines, person=turn.t("opt.person"))
        turn.data["greeted"] = True
        return
    if turn.data.get("greeted") or repo.previous_conversation(turn.session, turn.resident.id, turn.conversation.id):
        turn.say("welcome.back", person=turn.t("opt.person"))
        turn.data["greeted"] = True
        return
    office, lines = turn.services.office, turn.services.hotlines.around_the_clock(turn.lang, limit=1)
    emergency = lines[0].number if lines else "110 / 119"
    turn.say("welcome.intro", hours=office.describe(turn.lang), phone=office.phone, emergency=emergency)
    turn.data["greeted"] = True


@provider("start_options")
def start_options(turn: Turn):
    """The first step's buttons: after a recent crisis sign recalled on coming back, the lines come first."""
    if turn.data.get("recalled_crisis") and not turn.conversation.crisis:
        return None, {}, [Option(turn.t("companion.opt.lines"), postback.encode("lines", "", "start"),
                                 display=turn.t("companion.opt.lines"))]
    return None, {}, []


@action("greet_first_contact")
def greet_first_contact(turn: Turn) -> None:
    """Introduce the centre in one line to someone who wrote before we said hello."""
    if not turn.data.get("greeted"):
        turn.replies.append(Text(by_the_hour(turn, turn.t("welcome.short"))))  # 「こんばんは。」 at night
        turn.data["greeted"] = True


@action("classify_text")
def classify_text(turn: Turn) -> None:
    """Keep the resident's words and add the topics the classifier read in them."""
    _keep_words(turn)
    fill_answers(turn)


def _names_new_topic(turn: Turn) -> bool:
    """The message names a topic not chosen yet (run before its topics are added: 「また仕事の話」 names none new)."""
    named = set(turn.triage.topics) if turn.triage is not None else set()
    return bool(named - set(turn.data.get("topics", [])))


REACTION_CHARS = 8  # 「うるせえよ」「は？」「なにそれ」: a reaction to the bot, not an attempt to tell


def _a_reaction_before_anything_named(turn: Turn) -> bool:
    """A short message that tells nothing while no topic is named yet: the intake has not begun, it must not end."""
    text = turn.inbound.text.strip() if turn.inbound.kind == "text" else ""
    return not turn.data.get("topics") and len(text) <= REACTION_CHARS


@action("count_unclear")
def count_unclear(turn: Turn) -> None:
    """Count the messages in a row that named no new topic (one that names a new topic starts again); a short
    reaction before anything is named is not counted (two of them do not skip the whole intake)."""
    if _a_reaction_before_anything_named(turn):
        return
    turn.data["unclear_in_a_row"] = 0 if _names_new_topic(turn) else int(turn.data.get("unclear_in_a_row", 0)) + 1


@condition("unclear_again")
def unclear_again(turn: Turn) -> bool:
    """A second message in a row that names no new topic: asking the same again would be a loop."""
    return (not _names_new_topic(turn) and not _a_reaction_before_anything_named(turn)
            and int(turn.data.get("unclear_in_a_row", 0)) >= 1)


@condition("has_topics")
def has_topics(turn: Turn) -> bool:
    """At least one topic is chosen (or was read in the resident's words)."""
    return bool(turn.data.get("topics"))


@action("note_words")
def note_words(turn: Turn) -> None:
    """A typed message that goes straight to a person or a crisis answer keeps its words and topics when it says
    something beyond the request (「仕事がなくなって家賃が払えません。人と話したい」: work, money, housing);
    「人と話したい」 alone adds nothing to what the counselor reads."""
    triage = turn.triage
    if triage is not None and (triage.topics or triage.crisis):
        _keep_words(turn)


def _keep_words(turn: Turn) -> None:
    """Keep a typed message and the topics read in it (once a turn)."""
    if turn.inbound.kind != "text" or not turn.inbound.text.strip() or turn.noted:
        return
    turn.noted = True
    turn.data.setdefault("words", []).append(turn.inbound.text[:1000])
    if turn.triage:
        topics = sorted(set(turn.data.get("topics", [])) | set(turn.triage.topics))
        turn.data["topics"] = topics
        turn.conversation.topics = topics


def kept_words(words: list[str]) -> list[str]:
    """The resident's words a summary shows: the first message always, then the latest ones (five in all)."""
    return list(words) if len(words) <= 5 else [words[0], *words[-4:]]


def fill_answers(turn: Turn) -> None:
    """A message that answers questions before they are asked (「子ども2人のシングルマザーです」) fills them."""
    book = turn.services.questions
    if book is None or turn.inbound.kind != "text":
        return
    answers = turn.data.setdefault("answers", {})
    for question in book.questions:
        if question.id in answers:
            continue
        value = question.value_for_words(turn.inbound.text)
        if value:
            answers[question.id] = {"value": value, "text": turn.inbound.text[:500]}
            if question.id in (turn.data.get("queue") or []):
                turn.data["queue"] = [q for q in turn.data["queue"] if q != question.id]


@action("accept_text")
def accept_text(turn: Turn) -> None:
    """Free text where a button was expected: keep it, take what it tells us, never refuse it."""
    classify_text(turn)
    found = list(turn.triage.topics) if turn.triage else []
    # 「相談員に伝わります」 only where a counselor will see it: a conversation in their queue
    seen = turn.conversation.status in ("waiting", "active")
    if found:
        turn.say(NOTED_TOPICS[seen], topics=topic_names(turn, found))
    else:
        turn.say_fresh(NOTED[seen])


@action("toggle_topic")
def toggle_topic(turn: Turn) -> None:
    """Add or remove one topic (the multi-select on the topic step)."""
    topics = set(turn.data.get("topics", []))
    tapped = set(turn.data.get(TAPPED, []))
    if turn.value in TOPICS:
        topics ^= {turn.value}
        tapped = (tapped | {turn.value}) & topics  # the resident's own choice: a misread does not take it away
    turn.data["topics"] = sorted(topics)
    turn.data[TAPPED] = sorted(tapped)
    turn.conversation.topics = turn.data["topics"]  # what the counselor sees follows the toggles at once


@provider("topic_toggles")
def topic_toggles(turn: Turn):
    """Prompt saying back what we understood, and one toggle button per topic (✓ when chosen)."""
    chosen = set(turn.data.get("topics", []))
    options = []
    for topic in TOPICS:
        name = turn.t(f"topic.{topic}")
        label = f"✓ {name}" if topic in chosen else name
        options.append(Option(label, postback.encode("toggle", topic, "topics"), display=label))
    if chosen:
        return "intake.topics_found", {"topics": topic_names(turn, chosen)}, options
    return None, {}, options


@action("plan_followups")
def plan_followups(turn: Turn) -> None:
    """Choose the 2–4 follow-up questions that fit the topics."""
    answers = turn.data.setdefault("answers", {})
    turn.data["queue"] = turn.services.questions.plan(turn.data.get("topics", []), answered=answers)


@condition("has_followups")
def has_followups(turn: Turn) -> bool:
    """True while follow-up questions are left to ask."""
    return bool(turn.data.get("queue"))


@provider("followup_question")
def followup_question(turn: Turn):
    """The current follow-up question and its answer buttons."""
    queue = turn.data.get("queue") or []
    if not queue:
        return None, {}, []
    question = turn.services.questions.by_id[queue[0]]
    options = [Option(turn.t(label), postback.encode("answer", value, "followup"), display=turn.t(label))
               for label, value in question.options]
    return question.prompt, {}, options


@action("record_answer")
def record_answer(turn: Turn) -> None:
    """Store the answer (a button value, the resident's own words, or 'skipped') and move on."""
    queue = turn.data.get("queue") or []
    if not queue:
        return
    qid = queue.pop(0)
    question = turn.services.questions.by_id.get(qid)
    if turn.inbound.kind == "text":
        # The resident's own words answer this question; keep them, but do not re-read them for topics
        # ("ひとりです" answers "who do you live with?", it does not say they are isolated).
        answer = {"text": turn.inbound.text[:500]}
        turn.data.setdefault("words", []).append(turn.inbound.text[:1000])
        value = typed_value(turn, question) if question else None
        if value:
            answer["value"] = value
    elif turn.value:
        answer = {"value": turn.value}
    else:
        answer = {"skipped": True}
    turn.data.setdefault("answers", {})[qid] = answer
    turn.data["queue"] = queue
    if turn.inbound.kind == "text":
        fill_answers(turn)  # the same words may answer the questions still to come
    sign = question.crisis_of(answer.get("value", "")) if question else None
    if sign:
        turn.signals = [sign]  # 「今夜、寝る場所は？」「ない」: a crisis sign of its kind, by button or by words
        turn.answered_sign = sign


def typed_value(turn: Turn, question) -> str | None:
    """The option a typed answer means: a plain yes or no (or, to "is there…?", 「ある」 / 「何もない」), or the option's
    own words."""
    intents = set(getattr(turn.triage, "intents", ()) or ())
    means = dict(question.means)
    said_no, said_yes = bool(intents & {"no", "have_not"}), bool(intents & {"yes", "have"})
    if "skip" not in intents:
        if said_no and not said_yes and "no" in means:
            return means["no"]
        if said_yes and not said_no and "yes" in means:
            return means["yes"]
    return question.value_for_words(turn.inbound.text)


@action("forget_followups")
def forget_followups(turn: Turn) -> None:
    """Going back to the topics: the questions will be chosen again."""
    turn.data.pop("queue", None)


@action("save_summary")
def save_summary(turn: Turn) -> None:
    """Write the intake summary: the card a counselor reads first."""
    conv, data = turn.conversation, turn.data
    answers = data.get("answers", {})
    values = {qid: a.get("value") for qid, a in answers.items() if a.get("value")}
    urgency = max([URGENT_ANSWERS.get(v, 0) for v in values.values()] + [conv.urgency or 0])
    conv.urgency = urgency
    conv.topics = sorted(data.get("topics", []))
    data["summary"] = {
        "topics": conv.topics,
        "crisis": sorted(conv.crisis or []),
        "household": values.get("household"),
        "area": values.get("area"),
        "answers": answers,
        "urgency": urgency,
        "lang": turn.lang,
        "words": kept_words(data.get("words", [])),
        "consent_to_share": data.get("consent_to_share", False),
        "at": turn.now.isoformat(),
    }
    if urgency >= VISIBLE_URGENCY:
        start_waiting(turn)  # urgent (no place tonight…): where counselors look, even unasked
    seen = conv.status in ("waiting", "active")
    turn.say(SUMMARY_SAID[seen], topics=topic_names(turn, conv.topics) or turn.t("topic.none"))


@action("reset_intake")
def reset_intake(turn: Turn) -> None:
    """Start over; the history stays, the working answers go."""
    for key in ("topics", "queue", "answers", "words"):
        turn.data.pop(key, None)
    turn.say("intake.restarted")
