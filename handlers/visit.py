"""Accompanied visits (同行支援): the resident's wish to go together, passed to a counselor."""
from handlers.registry import action
from handlers.turn import Turn


@action("request_visit")
def request_visit(turn: Turn) -> None:
    """Record that the resident would like a counselor to go with them."""
    turn.data["visit_requested"] = True
