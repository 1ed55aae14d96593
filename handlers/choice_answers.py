"""A typed yes or no to a question with consequences — share my summary? delete my data? cancel my visit? stop
here? — is read only from a message that asks nothing of its own: 「子ども連れて行ってもいい？」 holds いい, and had
booked the visit with the summary shared (found by playing residents). Such a question is heard, and the choice is
asked again under its buttons."""
from handlers.turn import Turn
from handlers.wording import wording


def typed_choice(turn: Turn) -> set[str]:
    """The yes and no the resident's typed words say; none when the message asks a question of its own."""
    if turn.inbound.kind != "text" or turn.triage is None or wording().is_question(turn.inbound.text):
        return set()
    return set(turn.triage.intents) & {"yes", "no"}
