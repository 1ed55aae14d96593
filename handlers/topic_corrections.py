"""A correction at the topics step (「介護じゃなくて、お金のことだけ」 "not family, just money") replaces the topics
shown instead of adding to them (the words of dialogs/data/wording.yaml); 「そういう意味じゃない」 "that's not what I said"
(keywords: intents/misread) there, or at a question that follows, is heard: sorry, and which topic is closer."""
from handlers import languages, registry
from handlers.intake import TAPPED
from handlers.registry import action, condition
from handlers.turn import Turn
from handlers.wording import wording

ONLY_CLAUSE_CHARS = 20  # "only" counts in a clause this short (「お金のことだけ」), not in a story's (「1人だけで…」)


def _langs(turn: Turn) -> list[str]:
    """The languages whose correction words apply: the resident's and the message's (やさしい日本語 reads as 日本語)."""
    codes = [turn.lang, languages.from_triage_tag(getattr(turn.triage, "lang", None)) or turn.lang]
    return sorted({"ja" if c == "ja-easy" else c for c in codes})


def corrected(turn: Turn) -> list[str] | None:
    """The topics the message leaves, when it corrects the ones shown; None when it is no correction."""
    if turn.inbound.kind != "text" or turn.triage is None or not turn.triage.topics:
        return None
    current = set(turn.data.get("topics", []))
    if "misread" in turn.triage.intents:
        # 「そういう意味じゃなくて、仕事のこと」 "that's not what I meant, it's my job": what it names instead
        named = set(turn.triage.topics)
        return sorted(named) if named != current else None
    text, langs, book = turn.inbound.text, _langs(turn), wording()
    clauses = [(clause, denies, not denies and len(clause) <= ONLY_CLAUSE_CHARS and book.says_only(clause, langs))
               for clause, denies in book.clauses(text, langs)]
    if not any(denies or says_only for _clause, denies, says_only in clauses):
        return None  # no denial and no "only": no correction (and no clause is classified again)
    denied: set[str] = set()
    affirmed: set[str] = set()
    only: set[str] = set()
    for clause, denies, says_only in clauses:
        topics = set(turn.services.classify(clause, turn.resident.lang).topics)
        (denied if denies else affirmed).update(topics)
        if says_only:
            only |= topics  # 「お金のことだけです」 "only money": a short clause, not 「1人だけで暮らしていて…」
    affirmed -= denied
    if denied:
        new = affirmed or (current - denied)
    elif only and only == affirmed:
        new = only  # everything the message names is "only" (not 「2人だけで暮らしていて、家賃が払えません」)
    else:
        return None
    return sorted(new) if new != current else None


@condition("corrects_topics")
def corrects_topics(turn: Turn) -> bool:
    """The message corrects the topics shown (a denial, or "only" one of them)."""
    return corrected(turn) is not None


@action("correct_topics")
def correct_topics(turn: Turn) -> None:
    """Keep the words, and put the corrected topics in place of the ones shown."""
    topics = corrected(turn) or []
    registry.ACTIONS["classify_text"](turn)
    turn.data["topics"] = topics
    turn.conversation.topics = topics
    turn.data["unclear_in_a_row"] = 0


@condition("topics_denied")
def topics_denied(turn: Turn) -> bool:
    """A bare no to the topics shown (「ちゃう」「いいえ」 "no"): they are not right, and no other is named."""
    intents = set(getattr(turn.triage, "intents", ()) or ())
    return turn.inbound.kind == "text" and bool(intents & {"no"}) and not intents & {"yes"} and not (
        getattr(turn.triage, "topics", ()) or ())


@action("ask_which_topic")
def ask_which_topic(turn: Turn) -> None:
    """Not those topics: ask which is closer, with the toggles under it (the topics read are taken away)."""
    turn.data["unclear_in_a_row"] = 0
    _drop_topics_read(turn)
    turn.say("intake.which_topic")


def _drop_topics_read(turn: Turn) -> None:
    """The topics read from the resident's words, which they say are wrong, are no longer theirs — unticked, and gone
    from what the counselor sees; a topic they chose with a button themselves stays."""
    topics = sorted(set(turn.data.get("topics", [])) & set(turn.data.get(TAPPED, [])))
    turn.data["topics"] = topics
    turn.conversation.topics = topics



@condition("misread_alone")
def misread_alone(turn: Turn) -> bool:
    """「そういう意味じゃない」 "that's not what I said" naming no topic instead (and no crisis: that is answered first)."""
    triage = turn.triage
    return turn.inbound.kind == "text" and triage is not None and "misread" in triage.intents and not (
        triage.topics or triage.crisis)


@action("ask_which_topic_misread")
def ask_which_topic_misread(turn: Turn) -> None:
    """Read wrongly: sorry, and which topic is closer, with the toggles under it (the topics read are taken away)."""
    turn.data["unclear_in_a_row"] = 0
    _drop_topics_read(turn)
    turn.say("intake.which_topic_misread")
