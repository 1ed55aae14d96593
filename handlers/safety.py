"""A possible crisis asked about gently: the question for the suspected sign, its typed answers read (a partial yes
is a yes), never the same question a third time, and the lines that fit whenever the answer is not a clear no."""
from handlers import postback, registry
from handlers.crisis import SAFETY_DUE, crisis_to_recall, hotline_lines, lines_for
from handlers.registry import action, condition, provider
from handlers.replies import Option
from handlers.turn import Turn
from handlers.waiting import start_waiting

POSSIBLE_URGENCY = 50
# Which suspected sign the question names first, when the backstop suspects several.
SAFETY_QUESTION_ORDER = ("suicide", "violence", "no_shelter", "no_food", "lifeline")
# Questions about a lack (「今日食べるものがない状態ですか？」): "there is" (ある) answers no, "there is none" yes.
ABOUT_A_LACK = ("no_food", "no_shelter")
# characters: a longer message is a story, not an answer (「少し前に仕事を辞めて…」): only yes / no words count in it
SHORT_ANSWER = 24
UNCLEAR_ASKED_AGAIN = 1  # unclear answers after which the question is asked again; the next one moves on
SHOWN = "safety_shown"  # turn.data: the turns (by their time) that showed the question, asked again or not


def asked_kind(turn: Turn) -> str:
    """The suspected sign the question names (suicide: 「もしかして、死にたいほど…」)."""
    possible = set(turn.data.get("possible") or ["suicide"])
    return next((k for k in SAFETY_QUESTION_ORDER if k in possible), "suicide")


@action("flag_for_counselor")
def flag_for_counselor(turn: Turn) -> None:
    """A possible crisis: the conversation goes where a counselor looks, whatever the answer."""
    conv = turn.conversation
    turn.data["possible_asked"] = turn.now.isoformat()
    turn.data["safety_unclear"], turn.data[SHOWN] = 0, []
    conv.urgency = max(conv.urgency or 0, POSSIBLE_URGENCY)
    start_waiting(turn)


@provider("safety_question")
def safety_question(turn: Turn):
    """The gentle, direct question for the suspected sign (suicide: 「もしかして、死にたいほど…」)."""
    kind = asked_kind(turn)
    shown = turn.data.setdefault(SHOWN, [])
    if turn.now.isoformat() not in shown:
        shown.append(turn.now.isoformat())
    return ("companion.safety.ask" if kind == "suicide" else f"companion.safety.ask.{kind}"), {}, []


def safety_answer(turn: Turn) -> str | None:
    """What typed words answer the question: "yes" (はい, 少し, たまに, ある…), "no" (いいえ, 大丈夫…), else None.
    Whether ある / ない is a yes depends on the question: 「気持ちがありますか」 or 「食べるものがない状態ですか」."""
    intents = set(getattr(turn.triage, "intents", ()) or ())
    # "No, I just need a job": the no said first answers the question; the job is heard too (safety_declined)
    intents |= set(getattr(turn.triage, "leading_answer", ()) or ())
    if (getattr(turn.triage, "answer_length", 0) or len(turn.inbound.text.strip())) > SHORT_ANSWER:
        intents &= {"yes", "no"}
    if asked_kind(turn) in ABOUT_A_LACK:
        if "have_not" in intents:
            intents.discard("no")  # 「ない」「没有」「wala」: there is none — a yes to "nothing to eat?"
        yes_words, no_words = {"yes", "partly", "have_not"}, {"no", "have"}
    else:
        yes_words, no_words = {"yes", "partly", "have"}, {"no", "have_not"}
    said_yes, said_no = intents & yes_words, intents & no_words
    if said_yes and not said_no and (said_yes != {"yes"} or "fine" not in intents):
        return "yes"  # 「たまにあるけど大丈夫」: a partial yes is not undone by "fine"
    if (said_no or "fine" in intents) and not said_yes:
        return "no"
    return None


@condition("safety_said_yes", answer=True)
def safety_said_yes(turn: Turn) -> bool:
    """The typed answer to the safety question is a yes, a partial one included (少し, たまに, a bit, có một chút)."""
    return safety_answer(turn) == "yes"


@condition("safety_said_no", answer=True)
def safety_said_no(turn: Turn) -> bool:
    """The typed answer to the safety question is a no (いいえ, そんなことない, 大丈夫, not really)."""
    return safety_answer(turn) == "no"


@condition("safety_unclear_again")
def safety_unclear_again(turn: Turn) -> bool:
    """The question was already asked again (after an unclear answer, or after a language or a question of the
    resident's, "English" "help me"): asking a third time would be a loop."""
    earlier = [at for at in turn.data.get(SHOWN) or [] if at != turn.now.isoformat()]
    return int(turn.data.get("safety_unclear", 0)) >= UNCLEAR_ASKED_AGAIN or len(earlier) >= 2


def _heard(turn: Turn, said: bool) -> None:
    """Words are kept for the counselor (and said to be, when *said*); an old button is said to be one."""
    if turn.inbound.kind == "text":
        registry.ACTIONS["accept_text" if said else "classify_text"](turn)
    elif turn.inbound.kind == "postback":
        turn.say("common.stale_button")


@action("note_unclear_answer")
def note_unclear_answer(turn: Turn) -> None:
    """An answer that is neither yes nor no (words, a sticker, an old button): kept, counted; the question comes
    once more."""
    _heard(turn, said=True)
    turn.data["safety_unclear"] = int(turn.data.get("safety_unclear", 0)) + 1


@action("confirm_possible_crisis")
def confirm_possible_crisis(turn: Turn) -> None:
    """The resident said yes to the question: the sign it named is a crisis sign (a bare 「助けて」 suspects suicide
    and violence, but 「死にたいほどつらい気持ちがありますか」 asked about one: its lines come first); the others stay
    suspected, for the counselor."""
    turn.signals = [asked_kind(turn)]


@action("safety_declined")
def safety_declined(turn: Turn) -> None:
    """No: thanked, and back to where they were; what the answer goes on to say ("no, I just need a job") is kept
    with its topics, and a resident who had not begun yet goes on to them (not 「いま困っていることを書いてください」)."""
    registry.ACTIONS["note_words"](turn)
    turn.say("companion.safety.thanks")
    _on_to_the_topics(turn)


def _on_to_the_topics(turn: Turn) -> None:
    """A resident who had not begun yet and told their problem here goes on to its topics, not to 「いま困っていることを
    書いてください」 (found by a tester: 「お金がなくて家賃も払えない」 was asked for again)."""
    if turn.triage is not None and turn.triage.topics and turn.data.get("return_to", "start") == "start":
        turn.data["return_to"] = "topics"


def _say_with_lines(turn: Turn, msg_id: str) -> None:
    """Not a clear no to a suspected crisis: kind words and the lines open now that fit the suspected sign."""
    possible = list(turn.data.get("possible") or ["suicide"])
    # the lines for the sign the question named (not a violence line first after 「死にたいほど…？」)
    lines = lines_for(turn, [asked_kind(turn)]) or turn.services.hotlines.around_the_clock(turn.lang)
    turn.data["recalled_crisis"] = possible  # 「相談窓口」 later still lists the lines for this sign
    turn.say(msg_id, lines=hotline_lines(turn, lines))


@action("safety_rather_not")
def safety_rather_not(turn: Turn) -> None:
    """「話したくない」 (or a typed 「わからない」「答えたくない」): thanked, no pressure, and the lines that fit — a crisis
    may be near."""
    typed = turn.inbound.kind == "text"
    _say_with_lines(turn, "companion.safety.unsure" if typed else "companion.safety.rather_not")


@action("safety_unsure")
def safety_unsure(turn: Turn) -> None:
    """A second answer that is neither yes nor no: not asked a third time; the lines that fit, and on we go."""
    _heard(turn, said=False)
    _say_with_lines(turn, "companion.safety.unsure")
    _on_to_the_topics(turn)


@action("welcome_back_after_crisis")
def welcome_back_after_crisis(turn: Turn) -> None:
    """Back after a long silence, within the recall days of a crisis sign no counselor closed: welcomed back, asked
    gently about safety, the lines for that sign again (as on coming back by a re-follow)."""
    turn.data.pop("resume_recalled", None)
    turn.data.pop(SAFETY_DUE, None)  # after days, the crisis answer's old question is no longer open
    recalled = crisis_to_recall(turn)
    if not recalled:
        return
    signals, seen = recalled
    turn.data["recalled_crisis"], turn.data["resume_recalled"] = signals, True
    turn.data["situations"] = sorted(set(seen) | set(turn.data.get("situations") or []))
    turn.say("welcome.back_crisis", lines=hotline_lines(turn, lines_for(turn, signals)), person=turn.t("opt.person"))


@provider("resume_prompt")
def resume_prompt(turn: Turn):
    """Back after a long silence: after a recalled crisis sign, the welcome was said already — only the question
    (continue or start again), with the lines button first."""
    if not turn.data.get("resume_recalled"):
        return None, {}, []
    label = turn.t("companion.opt.lines")
    return "common.resume_choice", {}, [Option(label, postback.encode("lines", "", "resume"), display=label)]
