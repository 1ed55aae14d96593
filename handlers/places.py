"""Places nearby: where the resident is, by shared location or by area."""
from handlers import postback
from handlers.registry import action, provider
from handlers.replies import Option
from handlers.turn import Turn


@provider("location_options")
def location_options(turn: Turn):
    """A 'send my location' button and one button per area of the city."""
    options = [Option(turn.t("opt.send_location"), kind="location")]
    for label, value in turn.services.questions.area_options():
        options.append(Option(turn.t(label), postback.encode("area", value, "places"), display=turn.t(label)))
    return None, {}, options


@action("suggest_places")
def suggest_places(turn: Turn) -> None:
    """Keep where the resident is so a counselor can suggest fitting places."""
    if turn.inbound.kind == "location":
        turn.data["last_location"] = {"lat": turn.inbound.latitude, "lon": turn.inbound.longitude}
    elif turn.value:
        turn.data["area"] = turn.value
    turn.data["places_requested"] = True
    turn.say("places.noted")
