"""A typed yes or no to a question with consequences — share my summary? delete my data? cancel my visit? stop
here? — is read only from a message that asks nothing of its own: 「子ども連れて行ってもいい？」 holds いい, and had
booked the visit with the summary shared (found by playing residents). Such a question is heard, and the choice is
asked again under its buttons.

Where the question asks consent to pass something on, a request to pass it on (「伝えてください」「言っといて」 "please
tell them" "pass it on") is a yes and a request not to (「言わないで」 "don't tell them") a no: asking for it is consent
(dialogs/data/wording.yaml: pass_on, keep_back), also when it is put as a question — 「伝えてもらえますか？」「伝えておいて
もらえる？」 "could you tell them?" "¿se lo puedes decir?" ask for it (wording.yaml: favours); a question about it —
whether, what or who (「伝えるの？」「誰に伝わるの？」 "will you tell them?" "will my boss see this?") — still is not."""
from handlers.registry import matcher
from handlers.turn import Turn
from handlers.wording import wording


def typed_choice(turn: Turn) -> set[str]:
    """The yes and no the resident's typed words say; none when the message asks a question of its own."""
    if turn.inbound.kind != "text" or turn.triage is None or wording().is_question(turn.inbound.text):
        return set()
    return set(turn.triage.intents) & {"yes", "no"}


def passing_on_asked(turn: Turn) -> str | None:
    """"yes" when the typed words ask that it be passed on, "no" when they ask that it not be (read first:
    「伝えないでください」), None otherwise or when the message is a question — unless the question is a request put
    politely (「伝えてもらえますか？」 "could you tell them?") that asks nothing about who or what (「会社に伝わる？」)."""
    if turn.inbound.kind != "text":
        return None
    text = turn.inbound.text
    if wording().is_question(text) and (not wording().asks_a_favour(text) or wording().asks_about_sharing(text)):
        return None
    if wording().says("keep_back", text):
        return "no"
    return "yes" if wording().says("pass_on", text) else None


def typed_consent(turn: Turn) -> set[str]:
    """The yes and no typed at a question asking consent to pass something on: a plain yes or no, or a request to
    pass it on (a yes) or to keep it back (a no — it outweighs any yes said with it: 「はい、でも言わないで」)."""
    asked = passing_on_asked(turn)
    if asked == "no":
        return {"no"}
    return typed_choice(turn) | ({asked} if asked else set())


@matcher("passing_on_asked")
def passing_on_answer(turn: Turn, pattern, engine) -> str | None:
    """At a step asking consent to pass the resident's words on, a request to pass them on or not is the answer to
    it, also when it names the counselor (「相談員に伝えといて」 asks for no person)."""
    return engine.pick(turn, pattern.triggers) if passing_on_asked(turn) is not None else None
