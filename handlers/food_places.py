"""Food near the resident: 「近くで子ども食堂ある？」 "where can I get free food near me" is a places search for the
places that give food (not the money topic of a story), and a location shared after 「今日食べるものがない」 gets those
places with their phone buttons (or the lines to call), not "call 110 if you are in danger"."""
from handlers.places import suggest_places
from handlers.registry import action, condition, matcher
from handlers.turn import Turn

FOOD = "food"
IN_DANGER = ("suicide", "violence")  # a location after these signs gets where to call now


def _asks_for_food(turn: Turn) -> bool:
    """The words name food support (a food bank, a children's diner, free food: the intent `food`)."""
    return turn.triage is not None and "food" in (getattr(turn.triage, "intents", ()) or ())


@matcher("food_places")
def food_places(turn: Turn, pattern, engine) -> str | None:
    """The message asks where food support is near (the places intent with food support), also when the food names
    a topic (money) and would otherwise be read as a story."""
    triage = turn.triage
    if turn.inbound.kind != "text" or triage is None or triage.crisis or not _asks_for_food(turn):
        return None
    if not {"places", "where"} & set(triage.intents):
        return None
    return engine.pick(turn, pattern.triggers, moving=True)


@action("note_place_wish")
def note_place_wish(turn: Turn) -> None:
    """What the places search is for: food when the words ask for food support, else any place (a button)."""
    if turn.inbound.kind == "text" and _asks_for_food(turn):
        turn.data["place_kind"] = FOOD
    else:
        turn.data.pop("place_kind", None)


@condition("hungry_not_in_danger")
def hungry_not_in_danger(turn: Turn) -> bool:
    """The crisis signs are about food (nothing to eat today), with no sign of danger to life or of violence."""
    signals = set(turn.conversation.crisis or ())
    return "no_food" in signals and not signals & set(IN_DANGER)


@action("suggest_food_places")
def suggest_food_places(turn: Turn) -> None:
    """A location shared after 「今日食べるものがない」: the places near it that give food, open now or soon (their
    phone buttons), else the lines to call."""
    turn.data["place_kind"] = FOOD
    suggest_places(turn)
