"""Staying with the resident: after a crisis sign, stopping, thanks, "I don't know" (a possible crisis: handlers/safety.py)."""
from zoneinfo import ZoneInfo

from handlers import formatting, languages
from handlers.aftercrisis import farewell_after_crisis, lines_for_the_sign, lines_just_shown
from handlers.choice_answers import typed_choice
from handlers.crisis import NEW_SIGNS, hotline_lines, in_danger_now, medical_now, situations, when_read
from handlers.registry import action, condition, provider, uses_state
from handlers.replies import Text
from handlers.safety_now import DUE, THANKED, ask_due
from handlers.turn import Turn
from handlers.waiting import STOPPED_WAITING

# Steps one visits and comes back from: entering one of them never overwrites where to come back to.
RETURNING = ("language", "language_check", "crisis", "safety_check", "resume", "stopped", "handoff")
for _state in RETURNING:
    uses_state(_state, "handlers.companion (steps one comes back from)")


def varied_id(turn: Turn, stem: str, count: int, key: str | None = None) -> str:
    """The message id of the next of *count* wordings of *stem* (``stem.1``…), never the one taken last time."""
    key = key or "said:" + stem
    n = int(turn.data.get(key, 0)) % count + 1
    turn.data[key] = n
    return f"{stem}.{n}"


def say_varied(turn: Turn, stem: str, count: int, lang: str | None = None) -> None:
    """Say one of *count* wordings of *stem* (in *lang*, default the resident's), never the one said last time."""
    msg_id = varied_id(turn, stem, count)
    turn.replies.append(Text(turn.services.translate(lang, msg_id) if lang else turn.t(msg_id)))


def message_language(turn: Turn) -> str | None:
    """The language a short message is written in, when it is another than the resident's (「Salamat po」)."""
    code = (languages.from_triage_tag(getattr(turn.triage, "lang", None), turn.inbound.text or "")
            if turn.triage is not None else None)
    if code and code.split("-")[0] != turn.lang.split("-")[0] and turn.resident.lang_source != "chosen":
        return code
    return None


@action("remember_where")
def remember_where(turn: Turn) -> None:
    """Remember the step the resident was on, to come back to it (not a step one only visits)."""
    if turn.previous_state and turn.previous_state not in RETURNING:
        turn.data["return_to"] = turn.previous_state


MATERIAL = {"no_shelter", "no_food", "lifeline"}  # signs of a night without a roof, food or power: no danger asked


ASKED = "crisis_asked"  # turn.data: the kinds of question the crisis answers asked (each asked once)


@provider("crisis_prompt")
def crisis_prompt(turn: Turn):
    """A direct and kind question about what the new sign means now — safety, a place tonight, food today — once per
    kind (a wish to die after "no food today" still gets "are you safe?"); afterwards, what else can be done."""
    fresh = turn.data.pop(NEW_SIGNS, None) or []
    kind, msg_id, due = _question(turn, set(fresh or turn.conversation.crisis or ()))
    params = {}
    if _just_answered_no(turn, kind):  # 「ない」 to tonight's bed or today's food: not asked again, where to go next
        msg_id, due, params = f"crisis_talk.{kind}_next", None, {"tonight": turn.t("companion.opt.tonight")}
    asked = list(turn.data.get(ASKED) or [])
    if turn.data.get("safety_asked") and (kind in asked or not asked or not fresh):
        # (not asked: a conversation from before the kinds were kept — asked once, as it then was)
        return "companion.crisis.more", {}, []
    turn.data["safety_asked"] = turn.data.get("safety_asked") or turn.now.isoformat()
    turn.data[ASKED] = asked + [kind]
    if due:
        ask_due(turn, due)
    return msg_id, params, []


NO_TO = {"tonight": "no_shelter", "food": "no_food"}  # the question's kind → the sign its "no" is (followups.yaml)


def _just_answered_no(turn: Turn, kind: str) -> bool:
    """The sign is the resident's own "no" to the follow-up question about tonight's bed or today's food, just now."""
    return bool(turn.answered_sign) and NO_TO.get(kind) == turn.answered_sign


def _question(turn: Turn, signals: set) -> tuple[str, str, str | None]:
    """(kind, message id, the answer due) of the question the crisis answer asks about *signals*."""
    if medical_now(turn):  # "call 119 now" was said: a no or "I can't" to it is read (safety_held.py)
        return "medical", "companion.crisis.ask_medical", "called"
    if "someone_else" in situations(turn):
        return "other", "companion.crisis.ask_safety_other", "other"
    if "parent_harm" in situations(turn):  # the parent is asking: is the child safe, and a step away for now
        return "child", "companion.crisis.ask_safety_child", None
    if signals == {"lifeline"}:  # a cut is not a question of being safe
        return "lifeline", "crisis_talk.ask_lifeline", None
    if in_danger_now(turn):  # pills taken, a cut that bleeds: not "are you safe?" but "could you call 119?"
        return "called", "companion.crisis.ask_called", "called"
    if "no_shelter" in signals and signals <= MATERIAL:  # nowhere to sleep: where to stay tonight, not "safe?"
        return "tonight", "crisis_talk.ask_tonight", "tonight"
    if "no_food" in signals and signals <= MATERIAL:  # nothing to eat: food today, not "are you safe?"
        return "food", "crisis_talk.ask_food_today", "food"
    if signals <= MATERIAL:  # a cut beside other material needs: what the answer said is the step
        return "lifeline", "crisis_talk.ask_lifeline", None
    return "self", "companion.crisis.ask_safety", "self"


def _say_when_read(turn: Turn) -> None:
    """Honest about when a person reads what is written here — every other time, not in every bubble."""
    told = int(turn.data.get("said:timing", 0))
    turn.data["said:timing"] = told + 1
    if turn.conversation.status == "waiting" and told % 2 == 0:  # honest about when, not in every bubble
        msg_id, params = when_read(turn)
        if msg_id == "crisis.counselor_later":
            turn.say("companion.read_from", **params)
        else:
            turn.say("companion.noted_waiting")


@action("show_lines")
def show_lines(turn: Turn) -> None:
    """The phone and chat lines open now that fit the signs (or the topics), in the resident's language."""
    conv = turn.conversation
    lines = turn.services.hotlines.for_conversation(conv.crisis or turn.data.get("recalled_crisis") or [],
                                                    conv.topics or turn.data.get("topics") or [], turn.lang,
                                                    turn.now, situations=situations(turn))
    if not lines:
        lines = turn.services.hotlines.around_the_clock(turn.lang)
    # "phones and chat" only when a chat line is among them; otherwise "phones you can call now"
    key = "companion.lines" if any(h.kind != "phone" for h in lines) else "crisis.hotlines"
    turn.say(key, lines=hotline_lines(turn, lines))


@provider("stopped_prompt")
def stopped_prompt(turn: Turn):
    """Stopping after a crisis sign: no pressure to talk, but the 24-hour lines stay in the goodbye."""
    signals = turn.conversation.crisis
    if signals:
        lines = turn.services.hotlines.around_the_clock(turn.lang, 3, signals=signals, situations=situations(turn))
        if lines:
            return "companion.stopped_after_crisis", {"lines": hotline_lines(turn, lines)}, []
    return None, {}, []


@action("stop_kindly")
def stop_kindly(turn: Turn) -> None:
    """The resident wants to stop: the questions stop; out of the queue unless a crisis sign keeps it there."""
    conv = turn.conversation
    turn.data.pop("queue", None)
    turn.data.pop(DUE, None)  # the safety question is no longer open: a thank-you after it is a goodbye, not asked again
    turn.data.pop(STOPPED_WAITING, None)
    if conv.status == "waiting" and not conv.crisis:
        conv.status, conv.waiting_since = "bot", None
        turn.data[STOPPED_WAITING] = True


@action("say_thanks")
def say_thanks(turn: Turn) -> None:
    """A thank-you or a goodbye: a short warm answer, in the language it was said in (after a crisis sign, the
    24-hour lines stay in reach and a next step is offered: handlers/aftercrisis.py)."""
    if thanks_while_told(turn) or farewell_after_crisis(turn, "thanks"):
        return
    lang = message_language(turn)
    if turn.conversation.status == "waiting" and _bare_thanks(turn):  # still waiting: no goodbye ("talk again anytime")
        turn.replies.append(Text(turn.services.translate(lang, "handoff.thanks_waiting") if lang
                                 else turn.t("handoff.thanks_waiting")))
        return
    say_varied(turn, "companion.thanks", 2, lang)


BARE_THANKS_CHARS = 12  # 「ありがと」「cảm ơn」 "thank you": a thank-you that says nothing more (not 「ありがとう、少し落ち着いた」)


def _bare_thanks(turn: Turn) -> bool:
    text = turn.inbound.text.strip() if turn.inbound.kind == "text" else ""
    return len(text) <= BARE_THANKS_CHARS or not getattr(turn.triage, "answer_length", 1)


SAFETY_QUESTION = {"self": "companion.crisis.ask_safety", "other": "companion.crisis.ask_safety_other",
                   "tonight": "crisis_talk.ask_tonight", "food": "crisis_talk.ask_food_today"}


def thanks_while_told(turn: Turn) -> bool:
    """A thank-you right after a crisis sign, with the safety question still open or a counselor told (in their
    queue): no closing words — thanked, told that a counselor knows, the lines, and the open question asked again.
    Thanked again: a short word that we are here (the lines are in the answer above), the question not asked again."""
    conv, due = turn.conversation, turn.data.get(DUE)
    if not conv.crisis or not (due or conv.status in ("waiting", "active")) or not _bare_thanks(turn):
        return False
    thanked = int(turn.data.get(THANKED, 0))
    turn.data[THANKED] = thanked + 1
    if thanked:
        short, waiting = "crisis_talk.thanks_told.again", "handoff.thanks_waiting"
        turn.say(waiting if turn.said_last(turn.t(short)) and conv.status == "waiting" else short)
        return True
    lines = lines_for_the_sign(turn)
    thanks = "crisis_talk.thanks_told"
    turn.say(f"{thanks}.again" if lines_just_shown(turn, lines) else thanks, lines=lines)
    if due in SAFETY_QUESTION:
        turn.say_fresh(SAFETY_QUESTION[due])  # asked in the last answer: its short wording, not the same bubble
    return True


@action("say_goodbye")
def say_goodbye(turn: Turn) -> None:
    """A goodbye: a short warm goodbye, in the language it was said in (the step stays as it was)."""
    if farewell_after_crisis(turn, "goodbye"):
        return
    hour = local_hour(turn)
    if hour >= NIGHT_FROM or hour < NIGHT_UNTIL:  # 「おやすみなさい」 at night: a goodnight back, not "see you"
        lang = message_language(turn)
        turn.replies.append(Text(turn.services.translate(lang, "companion.goodnight") if lang else turn.t("companion.goodnight")))
    else:
        say_varied(turn, "companion.goodbye", 2, message_language(turn))
    office = turn.services.office
    if turn.conversation.status == "waiting" and not office.is_open(turn.now):  # kept, and honestly when read
        turn.say("companion.read_from", opens=formatting.when(office.next_opening(turn.now), turn.lang, office.tz))


NIGHT_FROM, NIGHT_UNTIL = 20, 5  # local hours of a goodnight


def local_hour(turn: Turn) -> int:
    """The hour of the day where the centre is."""
    return turn.now.astimezone(ZoneInfo(turn.services.hotlines.tz)).hour


@action("hear_sadness")
def hear_sadness(turn: Turn) -> None:
    """Only tears or a broken heart (😢, 😭, 💔): the feeling is heard, and words are invited, never required (the
    step's buttons stay); never twice the same."""
    say_varied(turn, "companion.sad_feeling", 2)


@action("take_your_time")
def take_your_time(turn: Turn) -> None:
    """A hesitation (「うーん」 "hmm…") where something is asked: no answer taken, time given, never twice the same."""
    say_varied(turn, "companion.hesitation", 3)


@action("say_hard_to_say")
def say_hard_to_say(turn: Turn) -> None:
    """「うまくいえない」 "it's hard to say": no need for the right words, what they can say is enough; never a no."""
    say_varied(turn, "companion.hard_to_say", 2)
    if turn.conversation.state == "safety_check":
        turn.data["safety_unclear"] = int(turn.data.get("safety_unclear", 0)) + 1  # counted as an answer not given


@action("say_still_here")
def say_still_here(turn: Turn) -> None:
    """Stop asked again after stopping (or a word after it): a short word that the door stays open."""
    say_varied(turn, "companion.still_here", 2)


@action("invite_to_write")
def invite_to_write(turn: Turn) -> None:
    """「ここで話す」 pressed after a crisis sign: an invitation to write, not thanks for words not yet written."""
    turn.say_fresh("companion.invite_to_write")
    _say_when_read(turn)


@action("gently_skip")
def gently_skip(turn: Turn) -> None:
    """「わからない」 where there is nothing to skip: fine, and never the same words twice."""
    say_varied(turn, "companion.dont_know", 3)


@action("say_stale_button")
def say_stale_button(turn: Turn) -> None:
    """A button of an earlier screen: say so; the current question follows (the answer stands alone: tapped again,
    「そのボタンも…」, never opened with 「ゆっくりで大丈夫です」)."""
    turn.again_as = "common.stale_button_again"
    turn.say("common.stale_button")


@action("say_stale_button_at_rest")
def say_stale_button_at_rest(turn: Turn) -> None:
    """A button of an earlier screen where nothing is being asked (after stopping): say so, and how to go on."""
    turn.again_as = "common.stale_button_rest_again"
    turn.say("common.stale_button_rest")


@condition("said_yes_only", answer=True)
def said_yes_only(turn: Turn) -> bool:
    """The resident's words say yes (and not no, nor ask a question of their own)."""
    return typed_choice(turn) == {"yes"}


@condition("said_no_only", answer=True)
def said_no_only(turn: Turn) -> bool:
    """The resident's words say no (and not yes, nor ask a question of their own)."""
    return typed_choice(turn) == {"no"}
