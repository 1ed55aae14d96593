"""Staying with the resident: after a crisis sign, stopping, thanks, "I don't know", a possible crisis asked about."""
from urllib.parse import quote

from handlers import languages, nearby
from handlers.crisis import hotline_lines, when_read
from handlers.place_cards import place_card, resource_name, resource_section
from handlers.registry import action, condition, provider, uses_state
from handlers.replies import Card, Cards, Option, Text
from handlers.turn import Turn
from handlers.waiting import start_waiting
from storage import repo_places

# Steps one visits and comes back from: entering one of them never overwrites where to come back to.
RETURNING = ("language", "language_check", "crisis", "safety_check", "resume", "stopped", "handoff")
for _state in RETURNING:
    uses_state(_state, "handlers.companion (steps one comes back from)")
POSSIBLE_URGENCY = 50
TONIGHT_TOPICS = {"no_shelter": ("housing",), "no_food": ("money",), "lifeline": ("lifeline", "money"),
                  "suicide": ("health",), "violence": ("family",)}
FOOD_KINDS = ("food_bank", "kodomo_shokudo")


def say_varied(turn: Turn, stem: str, count: int, lang: str | None = None) -> None:
    """Say one of *count* wordings of *stem* (in *lang*, default the resident's), never the one said last time."""
    key = "said:" + stem
    n = int(turn.data.get(key, 0)) % count + 1
    turn.data[key] = n
    msg_id = f"{stem}.{n}"
    turn.replies.append(Text(turn.services.translate(lang, msg_id) if lang else turn.t(msg_id)))


def message_language(turn: Turn) -> str | None:
    """The language a short message is written in, when it is another than the resident's (「Salamat po」)."""
    code = languages.from_triage_tag(getattr(turn.triage, "lang", None)) if turn.triage is not None else None
    if code and code.split("-")[0] != turn.lang.split("-")[0] and turn.resident.lang_source != "chosen":
        return code
    return None


@action("remember_where")
def remember_where(turn: Turn) -> None:
    """Remember the step the resident was on, to come back to it (not a step one only visits)."""
    if turn.previous_state and turn.previous_state not in RETURNING:
        turn.data["return_to"] = turn.previous_state


@provider("crisis_prompt")
def crisis_prompt(turn: Turn):
    """The first time, a direct and kind question about safety now; afterwards, what else can be done."""
    if not turn.data.get("safety_asked"):
        turn.data["safety_asked"] = turn.now.isoformat()
        return "companion.crisis.ask_safety", {}, []
    return "companion.crisis.more", {}, []


@action("crisis_listen")
def crisis_listen(turn: Turn) -> None:
    """Whatever is written after a crisis sign is heard, kept for the counselor, and answered honestly."""
    say_varied(turn, "companion.listen", 3)
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
    lines = turn.services.hotlines.for_conversation(conv.crisis or [], conv.topics or turn.data.get("topics") or [],
                                                    turn.lang, turn.now)
    if not lines:
        lines = turn.services.hotlines.around_the_clock(turn.lang)
    # "phones and chat" only when a chat line is among them; otherwise "phones you can call now"
    key = "companion.lines" if any(h.kind == "chat" for h in lines) else "crisis.hotlines"
    turn.say(key, lines=hotline_lines(turn, lines))


def call_card(turn: Turn, resource) -> Card:
    """An agency with its phone: for tonight, no choosing, just calling."""
    lines = [resource_section(turn, resource), turn.t("referral.card.phone", phone=resource.phone)]
    call = Option(turn.t("opt.call"), kind="uri", uri="tel:" + quote(resource.phone.replace(" ", "")))
    return Card(resource_name(turn, resource), [x for x in lines if x], [call])


@action("show_tonight")
def show_tonight(turn: Turn) -> None:
    """What can be done tonight: food places nearest first (when we know where), and the agencies to call."""
    conv = turn.conversation
    signals = conv.crisis or ["no_shelter"]
    topics = {t for s in signals for t in TONIGHT_TOPICS.get(s, ())}
    cards: list[Card] = []
    where = turn.data.get("last_location")
    if where and ("no_food" in signals or "no_shelter" in signals):
        tz = turn.services.office.tz
        found = nearby.nearest(turn.session, where["lat"], where["lon"], turn.now, tz, limit=20)
        cards += [place_card(turn, f, tz) for f in found if f.place.kind in FOOD_KINDS][:2]
    resources = [r for r in repo_places.all_resources(turn.session)
                 if set(r.topics or ()) & topics and r.phone]
    # the utility companies first when a cut is the worry: that call can stop it tonight
    resources.sort(key=lambda r: "lifeline" not in (r.topics or ()) if "lifeline" in topics else 0)
    cards += [call_card(turn, r) for r in resources[: max(0, 4 - len(cards))]]
    if not cards:
        turn.say("companion.tonight_none")
        return
    turn.say("companion.tonight")
    turn.replies.append(Cards(turn.t("companion.tonight"), cards))


@action("stop_kindly")
def stop_kindly(turn: Turn) -> None:
    """The resident wants to stop: the questions stop; out of the queue unless a crisis sign keeps it there."""
    conv = turn.conversation
    turn.data.pop("queue", None)
    if conv.status == "waiting" and not conv.crisis:
        conv.status, conv.waiting_since = "bot", None


@action("say_thanks")
def say_thanks(turn: Turn) -> None:
    """A thank-you or a goodbye: a short warm answer, in the language it was said in."""
    say_varied(turn, "companion.thanks", 2, message_language(turn))


@action("gently_skip")
def gently_skip(turn: Turn) -> None:
    """「わからない」 where there is nothing to skip: fine, and never the same words twice."""
    say_varied(turn, "companion.dont_know", 3)


@action("say_stale_button")
def say_stale_button(turn: Turn) -> None:
    """A button of an earlier screen: say so; the current question follows."""
    turn.say("common.stale_button")


@action("flag_for_counselor")
def flag_for_counselor(turn: Turn) -> None:
    """A possible crisis: the conversation goes where a counselor looks, whatever the answer."""
    conv = turn.conversation
    turn.data["possible_asked"] = turn.now.isoformat()
    conv.urgency = max(conv.urgency or 0, POSSIBLE_URGENCY)
    start_waiting(turn)


# Which suspected sign the question names first, when the backstop suspects several.
SAFETY_QUESTION_ORDER = ("suicide", "violence", "no_shelter", "no_food", "lifeline")


@provider("safety_question")
def safety_question(turn: Turn):
    """The gentle, direct question for the suspected sign (suicide: 「もしかして、死にたいほど…」)."""
    possible = set(turn.data.get("possible") or ["suicide"])
    kind = next((k for k in SAFETY_QUESTION_ORDER if k in possible), "suicide")
    return ("companion.safety.ask" if kind == "suicide" else f"companion.safety.ask.{kind}"), {}, []


@action("confirm_possible_crisis")
def confirm_possible_crisis(turn: Turn) -> None:
    """The resident said yes: the suspected signs are crisis signs."""
    turn.signals = list(turn.data.get("possible") or ["suicide"])


@action("safety_declined")
def safety_declined(turn: Turn) -> None:
    """No, or not wanting to say: thanked, and back to where they were."""
    turn.say("companion.safety.thanks")


@condition("said_yes_only")
def said_yes_only(turn: Turn) -> bool:
    """The resident's words say yes (and not no)."""
    intents = set(getattr(turn.triage, "intents", ()) or ())
    return "yes" in intents and "no" not in intents


@condition("said_no_only")
def said_no_only(turn: Turn) -> bool:
    """The resident's words say no (and not yes)."""
    intents = set(getattr(turn.triage, "intents", ()) or ())
    return "no" in intents and "yes" not in intents
