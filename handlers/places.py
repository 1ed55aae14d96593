"""Places nearby: where the resident is (shared location or area) → the nearest fitting places, open now or soon."""
from datetime import datetime, timedelta

from handlers import formatting, nearby, postback
from handlers.crisis import hotline_lines
from handlers.directory import AUDIENCES, PlacesConfig
from handlers.place_cards import place_card, place_name
from handlers.registry import action, condition, provider
from handlers.replies import Card, Cards, Option
from handlers.turn import Turn
from storage import repo_places

FOREIGN_LANGUAGE_EXEMPT = ("ja", "ja-easy")
FOOD_KINDS = ("kodomo_shokudo", "food_bank")  # the places that give food (places.csv kind)


def config(turn: Turn) -> PlacesConfig:
    """The places settings (defaults when the bundle has none, e.g. in unit tests)."""
    return turn.services.places or PlacesConfig()


@provider("location_options")
def location_options(turn: Turn):
    """A 'send my location' button and one button per area of the city."""
    options = [Option(turn.t("opt.send_location"), kind="location")]
    for label, value in turn.services.questions.area_options():
        options.append(Option(turn.t(label), postback.encode("area", value, "places"), display=turn.t(label)))
    return None, {}, options


def resident_groups(turn: Turn) -> set[str]:
    """Who the resident is looking for a place for, from their choice and the intake summary."""
    groups = set()
    chosen = turn.data.get("place_for")
    if chosen in AUDIENCES:
        groups.add(chosen)
    answers = turn.data.get("answers") or {}
    if (answers.get("household") or {}).get("value") == "with_children":
        groups.add("children")
    if turn.lang not in FOREIGN_LANGUAGE_EXEMPT:
        groups.add("foreign_residents")
    return groups


def fits(groups: set[str], chosen: str | None):
    """A test: does a place's audience welcome this resident (and the audience they asked for)?"""
    def test(place) -> bool:
        audience = set(place.audience or ())
        if chosen and chosen != "anyone":
            return chosen in audience
        return "anyone" in audience or bool(audience & groups)
    return test


def _search_point(turn: Turn) -> tuple[tuple[float, float] | None, str | None]:
    """The point to search around (and the area name, when an area was picked); remembered for refinements."""
    inbound, cfg = turn.inbound, config(turn)
    if inbound.kind == "location" and inbound.latitude is not None:
        point = (inbound.latitude, inbound.longitude)
        turn.data["last_location"] = {"lat": inbound.latitude, "lon": inbound.longitude, "at": turn.now.isoformat()}
        turn.data["place_search"] = {"lat": point[0], "lon": point[1]}
        return point, None
    trigger, value, _state = postback.decode(inbound.data) if inbound.kind == "postback" else ("", "", "")
    if trigger == "area" and value:
        turn.data["area"] = value
        turn.data["place_search"] = {"area": value}
        return cfg.areas.get(value), value
    search = turn.data.get("place_search") or {}
    if "lat" in search:
        return (search["lat"], search["lon"]), None
    if location_known(turn):  # a location just shared, before the places were asked for
        sent = turn.data["last_location"]
        turn.data["place_search"] = {"lat": sent["lat"], "lon": sent["lon"]}
        return (sent["lat"], sent["lon"]), None
    area = search.get("area") or turn.data.get("area")
    return (cfg.areas.get(area) if area else None), area


LOCATION_FRESH = timedelta(hours=6)  # a location shared this recently is where the resident still is


@condition("location_known")
def location_known(turn: Turn) -> bool:
    """The resident shared their location a short while ago: places near it, without asking for it again."""
    sent = turn.data.get("last_location") or {}
    try:
        return "lat" in sent and turn.now - datetime.fromisoformat(sent["at"]) <= LOCATION_FRESH
    except (KeyError, TypeError, ValueError):
        return False


def _record_unmet(turn: Turn, reason: str, point, area, groups) -> None:
    repo_places.add_unmet_need(
        turn.session, resident_id=turn.resident.id, conversation_id=turn.conversation.id, need="place",
        reason=reason, area=area, lat=None, lon=None,  # reports count areas; no coordinates are kept
        audience=sorted(groups | ({turn.data["place_for"]} if turn.data.get("place_for") else set())),
        topics=sorted(turn.data.get("topics") or []), lang=turn.lang, created_at=turn.now)


@action("suggest_places")
def suggest_places(turn: Turn) -> None:
    """Show the 3–5 nearest places that welcome the resident and are open now or soon; else say so honestly. Asked
    for food (「近くで子ども食堂ある？」, a location after 「今日食べるものがない」): the places that give food."""
    cfg, tz = config(turn), turn.services.office.tz
    point, area = _search_point(turn)
    turn.data["places_requested"] = True
    groups, chosen = resident_groups(turn), turn.data.get("place_for")
    food = turn.data.get("place_kind") == "food"
    if point is None:
        turn.say("places.outside")
        _record_unmet(turn, "outside_area", None, area, groups)
        return
    welcome = fits(groups, None if food else chosen)
    shown, within, fitting = nearby.nearest_open(
        turn.session, point[0], point[1], turn.now, tz, cfg.max_distance_m, cfg.max_cards, cfg.soon_hours,
        (lambda place: place.kind in FOOD_KINDS and welcome(place)) if food else welcome)
    if not shown:
        reason = "none_nearby" if not within else "none_fitting" if not fitting else "none_open"
        if food:  # where to call instead: the 24-hour lines for having nothing to eat
            lines = turn.services.hotlines.around_the_clock(turn.lang, 2, signals=["no_food"])
            turn.say_fresh("places.food_none", lines=hotline_lines(turn, lines))
        else:
            turn.say_fresh("places.none")
        _record_unmet(turn, reason, point, area, groups)
        turn.data["places_shown"] = []
        return
    cards: list[Card] = [place_card(turn, f, tz) for f in shown]
    summary = formatting.listing(
        [f"{place_name(turn, f.place)} ({formatting.distance(f.distance_m, turn.lang)})" for f in shown], turn.lang)
    if food:
        turn.say("places.food_found", count=len(shown))
    else:
        turn.say("places.found", count=len(shown))
    turn.replies.append(Cards(turn.t("places.alt", places=summary), cards))
    turn.data["places_shown"] = [f.place.key for f in shown]


@provider("audience_options")
def audience_options(turn: Turn):
    """One button per audience: 'for women', 'for young people'… (the search is run again with it)."""
    options = []
    for audience in AUDIENCES:
        label = turn.t(f"audience.{audience}")
        options.append(Option(label, postback.encode("choose_for", audience, "places_audience"), display=label))
    return None, {}, options


@action("set_place_audience")
def set_place_audience(turn: Turn) -> None:
    """Remember who the resident is looking for a place for."""
    if turn.value in AUDIENCES:
        turn.data["place_for"] = turn.value
