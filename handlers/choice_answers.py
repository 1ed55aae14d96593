"""A typed yes or no to a question with consequences — share my summary? delete my data? cancel my visit? stop
here? — is read only from a message that asks nothing of its own: 「子ども連れて行ってもいい？」 holds いい, and had
booked the visit with the summary shared (found by playing residents). Such a question is heard, and the choice is
asked again under its buttons.

Where the question asks consent to pass something on, a request to pass it on (「伝えてください」「言っといて」 "please
tell them" "pass it on") is a yes and a request not to (「言わないで」 "don't tell them") a no: asking for it is consent
(dialogs/data/wording.yaml: pass_on, keep_back); a question about it (「伝えるの？」) still is not."""
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
    「伝えないでください」), None otherwise or when the message is a question."""
    if turn.inbound.kind != "text" or wording().is_question(turn.inbound.text):
        return None
    if wording().says("keep_back", turn.inbound.text):
        return "no"
    return "yes" if wording().says("pass_on", turn.inbound.text) else None


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
