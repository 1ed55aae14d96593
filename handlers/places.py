"""Places nearby: where the resident is (shared location or area) → the nearest fitting places, open now or soon."""
from datetime import datetime, timedelta

from handlers import formatting, nearby, postback
from handlers.crisis import hotline_lines
from handlers.directory import AUDIENCES, PlacesConfig
from handlers.place_cards import place_card, place_name
from handlers.registry import action, condition, provider
from handlers.replies import Card, Cards, Option
from handlers.turn import Turn
from handlers.wording import wording
from storage import repo_places

FOREIGN_LANGUAGE_EXEMPT = ("ja", "ja-easy")
FOOD_KINDS = ("kodomo_shokudo", "food_bank")  # the places that give food (places.csv kind)
MORE_MAX_CHARS = 30  # 「他には？」 "any other places near me?": a longer message is a story or a question of its own


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
    point, area = _search_point(turn)
    turn.data["places_requested"] = True
    groups, chosen = resident_groups(turn), turn.data.get("place_for")
    food = turn.data.get("place_kind") == "food"
    if point is None:
        turn.say("places.outside")
        _record_unmet(turn, "outside_area", None, area, groups)
        return
    shown, within, fitting = _nearest(turn, point, food, groups, chosen, seen=())
    if not shown:
        reason = "none_nearby" if not within else "none_fitting" if not fitting else "none_open"
        if food:  # where to call instead: the 24-hour lines for having nothing to eat
            lines = turn.services.hotlines.around_the_clock(turn.lang, 2, signals=["no_food"])
            turn.say_fresh("places.food_none", lines=hotline_lines(turn, lines))
        else:
            turn.say_fresh("places.none")
        _record_unmet(turn, reason, point, area, groups)
        turn.data["places_shown"], turn.data["places_seen"] = [], []
        return
    if food:
        turn.say("places.food_found", count=len(shown))
    else:
        turn.say("places.found", count=len(shown))
    _show(turn, shown, seen=[])


def _nearest(turn: Turn, point, food: bool, groups: set[str], chosen: str | None, seen):
    """The nearest fitting places open now or soon, leaving out those already shown (ids in *seen*)."""
    cfg, tz = config(turn), turn.services.office.tz
    welcome, left_out = fits(groups, None if food else chosen), set(seen)

    def wanted(place) -> bool:
        return place.id not in left_out and (place.kind in FOOD_KINDS if food else True) and welcome(place)
    return nearby.nearest_open(turn.session, point[0], point[1], turn.now, tz, cfg.max_distance_m, cfg.max_cards,
                               cfg.soon_hours, wanted)


def _show(turn: Turn, shown, seen: list[int]) -> None:
    """The places as cards (with a text for screen readers); what was shown is remembered for 「他には？」."""
    tz = turn.services.office.tz
    cards: list[Card] = [place_card(turn, f, tz) for f in shown]
    summary = formatting.listing(
        [f"{place_name(turn, f.place)} ({formatting.distance(f.distance_m, turn.lang)})" for f in shown], turn.lang)
    turn.replies.append(Cards(turn.t("places.alt", places=summary), cards))
    turn.data["places_shown"] = [f.place.key for f in shown]
    turn.data["places_seen"] = list(seen) + [f.place.id for f in shown]


@condition("asks_for_more_places")
def asks_for_more_places(turn: Turn) -> bool:
    """At the places found, a short 「他には？」「ほかにある？」 "any others?" "more?": the next places, not a question for
    a counselor."""
    text = turn.inbound.text if turn.inbound.kind == "text" else ""
    return 0 < len(text.strip()) <= MORE_MAX_CHARS and wording().asks_for_more(text)


@action("show_more_places")
def show_more_places(turn: Turn) -> None:
    """The next nearest places that fit, after those shown; when there are none, that these are all the places near
    them open now or soon, and that another area or a counselor can widen the search (the step's buttons)."""
    turn.answered = True  # the question is answered here: no "a counselor can answer that"
    point, _area = _search_point(turn)
    seen = [int(i) for i in turn.data.get("places_seen") or []]
    food = turn.data.get("place_kind") == "food"
    shown = _nearest(turn, point, food, resident_groups(turn), turn.data.get("place_for"), seen)[0] if point else []
    if not shown:
        turn.say_fresh("places.no_more")
        return
    _show(turn, shown, seen)
    turn.say("places.more_found", count=len(shown))  # after the cards: the step's buttons go under it


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
