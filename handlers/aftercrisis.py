"""After a crisis answer the conversation still listens: what the resident asks (cannot phone, hide this chat, what
to do) is answered, new topics are kept, and the holding words are never the same twice in a row."""
from handlers import formatting, postback, registry
from handlers.crisis import danger_beside, hotline_lines, in_danger_now, situations
from handlers.intake import topic_names
from handlers.registry import action, condition
from handlers.replies import Option, bubble_key
from handlers.turn import Turn
from handlers.wording import wording

DUE = "safety_answer_due"  # turn.data: "self" or "other" — whose safety the crisis answer asked about; "called":
# the danger is under way (pills taken) and it asked whether 119 could be called; "urged": the resident said they are
# in danger and was told to call 110 / 119 or go where people are; "other_told": told to call 110 for the person they
# worry about (handlers/safety_held.py holds the answers to these)

HOLDING = 3  # companion.listen.1…3
NOTED_TOPICS = {True: "common.noted_topics", False: "companion.noted_topics"}


def keep_topics(turn: Turn) -> list[str]:
    """Keep the message (and the topics it names) for the counselor; the topics it names."""
    registry.ACTIONS["classify_text"](turn)
    return list(getattr(turn.triage, "topics", ()) or ())


def say_new_topics(turn: Turn) -> bool:
    """A problem the message names (「足が悪くて買い物に行けない」) is kept and, the first time it is named after the
    crisis answer, said to be (a topic said once is not said again in the next bubble): True when said."""
    said = set(turn.data.get("said:crisis_topics") or ())
    found = [t for t in keep_topics(turn) if t not in said]
    if not found:
        return False
    turn.data["said:crisis_topics"] = sorted(said | set(found))
    turn.say(NOTED_TOPICS[turn.conversation.status in ("waiting", "active")], topics=topic_names(turn, found))
    return True


def say_when_read(turn: Turn) -> None:
    """Honestly, what happens to words written here: in the counselors' queue, read in turn (or from the next
    opening, out of hours); otherwise a person reads them once asked for (the after-hours notice says when)."""
    office = turn.services.office
    if turn.conversation.status not in ("waiting", "active"):
        turn.say("crisis_talk.write_here.ask", person=turn.t("opt.person"))
    elif not office.is_open(turn.now):
        opens = formatting.when(office.next_opening(turn.now), turn.lang, office.tz)
        turn.say("crisis_talk.write_here.later", opens=opens)
    else:
        turn.say("crisis_talk.write_here.waiting")


@action("crisis_listen")
def crisis_listen(turn: Turn) -> None:
    """Words after a crisis sign that ask nothing the patterns know: heard and kept, a new topic said, honest about
    when a person reads it; 「ほかにも、できることがあります」 only every other time (the buttons carry it)."""
    turn.data.pop("safety_answer_due", None)  # words that do not answer the safety question: it is not asked again
    if danger_beside(turn) or _cries_for_help(turn):  # 「夫がいまここにいる」, 「たすけて」 after a sign: call now
        turn.say_fresh("crisis_talk.unsafe_now")
    reminded = turn.data.get("danger_reminded")
    if in_danger_now(turn) and reminded is not None and int(reminded) < 2:
        turn.data["danger_reminded"] = int(reminded) + 1
        turn.say("crisis.danger_now_again")
    heard = _help_get_away(turn) or _hear_fear(turn)
    if not say_new_topics(turn) and not heard:
        n = int(turn.data.get("said:companion.listen", 0)) % HOLDING + 1
        turn.data["said:companion.listen"] = n
        turn.say(f"companion.listen.{n}")
    told = int(turn.data.get("said:timing", 0))
    turn.data["said:timing"] = told + 1
    said_last_time = len(turn.replies)
    if told % 2 == 0:
        say_when_read(turn)
        if turn.replies[-1].text and turn.said_last(turn.replies[-1].text):
            del turn.replies[said_last_time:]  # said in the previous answer (after 「ねえって」): not twice in a row
            turn.say("companion.crisis.more")
    else:
        turn.say("companion.crisis.more")


def _hear_fear(turn: Turn) -> bool:
    """Fear said after a crisis sign (「こわい」 "I'm so scared"): the feeling heard and, after violence, 110 if the
    danger comes near; said again, a way to steady the breath; afterwards the holding words listen. True when said."""
    said = int(turn.data.get("said:afraid") or 0)
    if turn.inbound.kind != "text" or said >= 2 or not wording().is_afraid(turn.inbound.text):
        return False
    turn.data["said:afraid"] = said + 1
    if said:
        turn.say("crisis_talk.afraid.again")
    elif "violence" in (turn.conversation.crisis or ()):
        turn.say("crisis_talk.afraid.violence")
    else:
        turn.say("crisis_talk.afraid")
    return True


def _help_get_away(turn: Turn) -> bool:
    """A wish to get away after a sign of violence (「逃げたい」 "I want to leave him"): the wish taken seriously —
    shelters and how to prepare are what the lines for violence help with, 110 when danger is near; said again, a
    short word (the lines are above). True when said."""
    said = int(turn.data.get("said:get_away") or 0)
    if (turn.inbound.kind != "text" or said >= 2 or "violence" not in (turn.conversation.crisis or ())
            or not wording().wants_to_get_away(turn.inbound.text)):
        return False
    turn.data["said:get_away"] = said + 1
    if said:
        turn.say("crisis_talk.get_away.again")
    else:
        turn.say("crisis_talk.get_away", lines=lines_for_the_sign(turn))
    return True


def _cries_for_help(turn: Turn) -> bool:
    """This message is a bare cry for help (「たすけて」 "help me"), written after a crisis sign."""
    return "help_cry" in (getattr(turn.triage, "situations", ()) or ())


@action("show_text_lines")
def show_text_lines(turn: Turn) -> None:
    """Cannot phone (no voice, deaf, someone would hear): the lines one can write to, with their hours, and honestly
    when a person reads what is written here. The words are kept for the counselor."""
    keep_topics(turn)
    if in_danger_now(turn):  # pills taken and no phone: a person near them calls 119 before any chat line
        turn.say_fresh("crisis_talk.call_for_you")
    elif turn.data.get(DUE) == "urged":  # in danger (a bridge) and no phone: step away, to where people are
        turn.say_fresh("crisis_talk.cannot_urged")
    conv = turn.conversation
    signals = list(conv.crisis or turn.data.get("recalled_crisis") or [])
    lines = turn.services.hotlines.text_lines(turn.lang, turn.now, signals, situations(turn))
    if lines:
        turn.say("crisis_talk.text_lines", lines=hotline_lines(turn, lines))
    else:
        turn.say("crisis_talk.no_text_lines")
    say_when_read(turn)


@action("explain_hiding")
def explain_hiding(turn: Turn) -> None:
    """Someone may look at the resident's phone: how to delete this chat on it, and that the centre keeps the record
    safely and deletes it on request (「記録について」: the privacy step); the step's buttons follow."""
    registry.ACTIONS["classify_text"](turn)
    about = turn.t("privacy.opt.about")
    turn.ask("crisis_talk.hide_chat", about=about,
             options=[Option(about, postback.encode("privacy", "", turn.conversation.state), display=about)])


def _intent(turn: Turn, name: str) -> bool:
    return name in (getattr(turn.triage, "intents", ()) or ())


@condition("said_talk_here")
def said_talk_here(turn: Turn) -> bool:
    """The words ask to talk here, in writing (「ここで話したい」): the same as the 「ここで話す」 button."""
    return _intent(turn, "talk_here")


@condition("asked_what_to_do")
def asked_what_to_do(turn: Turn) -> bool:
    """The words ask what to do (「どうすればいいべ」), and name no problem of their own (that is triaged first)."""
    return _intent(turn, "what_to_do") and not getattr(turn.triage, "topics", ())


@action("advise_next")
def advise_next(turn: Turn) -> None:
    """「どうすればいい」 after a crisis answer: about someone else, how to be with them now; about oneself, the next
    steps (the step's buttons follow)."""
    keep_topics(turn)
    if "someone_else" in situations(turn):
        turn.say("crisis_talk.advise_other")
    else:
        turn.say("crisis_talk.advise_self", lines=turn.t("companion.opt.lines"), tonight=turn.t("companion.opt.tonight"),
                 visit=turn.t("opt.visit"))
    say_when_read(turn)


@action("resume_where_they_were")
def resume_where_they_were(turn: Turn) -> None:
    """「続きから」 after a crisis answer: back to the step the resident was on; from the start, to their topics."""
    back = turn.data.pop("return_to", None)
    turn.data.pop(DUE, None)  # back to the intake: the crisis answer's question is no longer open
    if back in (None, "start") and (turn.data.get("topics") or turn.conversation.topics):
        back = "topics"
    turn.goto = back or "start"


def farewell_after_crisis(turn: Turn, kind: str) -> bool:
    """A thank-you or goodbye after a crisis sign: acknowledged, the 24-hour lines in reach, a next step offered
    without pressure (while a counselor is told: that their answer comes here, nothing more to do). Said again
    right after: a short word, the lines being in the answer above. False when there was no crisis sign."""
    if not turn.conversation.crisis:
        return False
    told = turn.conversation.status in ("waiting", "active")  # a person is coming: not "you could talk to one later"
    msg_id = f"crisis_talk.{kind}_while_told" if told else f"crisis_talk.{kind}_after_crisis"
    lines = lines_for_the_sign(turn)
    if lines_just_shown(turn, lines):  # the answer above listed them (「もういいです」 said goodbye with them)
        turn.say(f"{msg_id}.again", person=turn.t("opt.person"))
    else:
        turn.say_fresh(msg_id, lines=lines, person=turn.t("opt.person"))
    return True


def lines_just_shown(turn: Turn, lines: str) -> bool:
    """The answer just before this one was a goodbye with these lines (「もういいです」 at the safety question: the
    question closed, the first of the lines listed): a thank-you after it points to them instead of listing them
    again. After the crisis answer itself, with its question still open, the lines stay in the goodbye."""
    first = next((line.strip() for line in lines.splitlines() if line.strip()), "")
    return bool(first) and not turn.data.get(DUE) and bubble_key(first) in set(turn.data.get("last_lines") or ())


def lines_for_the_sign(turn: Turn) -> str:
    """The 24-hour lines that fit the conversation's crisis sign, and a chat line open now, as bubble lines."""
    signals = turn.conversation.crisis
    lines = turn.services.hotlines.around_the_clock(turn.lang, 3, signals=signals, situations=situations(turn))
    chats = turn.services.hotlines.text_lines(turn.lang, turn.now, signals, situations(turn))[:1]
    return hotline_lines(turn, lines + chats)


SERIOUS_STEPS = ("crisis", "safety_check")  # after a crisis answer, or while the safety question is open


def word_for_sticker(turn: Turn) -> str:
    """What a sticker gets: a thank-you, or — after a crisis answer or at the safety question — that we are here."""
    return "common.sticker_serious" if turn.conversation.state in SERIOUS_STEPS else "common.sticker"


def word_for_location(turn: Turn) -> str:
    """What a location gets: kept for finding places, or — after a crisis answer — where to call if in danger now."""
    return "common.location_serious" if turn.conversation.state in SERIOUS_STEPS else "common.location_kept"



@action("say_where_to_call_now")
def say_where_to_call_now(turn: Turn) -> None:
    """A location shared after a crisis answer (not about food): kept, and where to call if in danger now."""
    inbound = turn.inbound
    turn.data["last_location"] = {"lat": inbound.latitude, "lon": inbound.longitude, "at": turn.now.isoformat()}
    turn.say_fresh(word_for_location(turn))
