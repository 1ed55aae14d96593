"""「今夜のこと」 after a crisis sign: the lines open now first, then places and agencies in the order the sign needs."""
from urllib.parse import quote

from handlers import formatting, hours, nearby
from handlers.answer_filing import current_question
from handlers.crisis import hotline_lines, lines_for
from handlers.directory import PlacesConfig
from handlers.place_cards import place_card, resource_name, resource_section, safe_card
from handlers.registry import action, condition
from handlers.replies import Card, Cards, Option, Text
from handlers.turn import Turn
from storage import repo_places

FOOD_KINDS = ("food_bank", "kodomo_shokudo")
# Which sign's needs come first when there are several (the same order the safety question names them).
SIGN_ORDER = ("suicide", "violence", "no_shelter", "no_food", "lifeline")
MAX_CARDS = 4
OPEN_NEAR = 2  # places open now near a resident with nowhere to sleep (a bright place with people, not a bed)
IN_DANGER = ("suicide", "violence")  # a location after these signs gets where to call now


def _state(turn: Turn, resource) -> tuple[bool, object, object] | None:
    """(open now, closes at, next opening) of an agency, or None when its hours are not known."""
    try:
        schedule = hours.parse(resource.hours or "")
    except hours.HoursError:
        return None
    if schedule.always_closed and not schedule.dates:
        return None
    return schedule.state(turn.now, turn.services.office.tz)


def call_card(turn: Turn, resource, state=(False, None, None)) -> Card:
    """An agency with its phone and, honestly, whether it answers now (until when) or when it opens."""
    is_open, closes, opens = state
    tz = turn.services.office.tz if closes or opens else None
    when = (turn.t("places.card.open_until", time=formatting.clock(closes, turn.lang, tz)) if is_open and closes
            else turn.t("places.card.opens", when=formatting.when(opens, turn.lang, tz)) if opens
            else turn.t("places.card.no_hours"))
    lines = [resource_section(turn, resource), when, turn.t("referral.card.phone", phone=resource.phone)]
    call = Option(turn.t("opt.call"), kind="uri", uri="tel:" + quote(resource.phone.replace(" ", "")))
    return safe_card(resource_name(turn, resource), lines, [call])


def _agencies(turn: Turn, signals) -> list[tuple[Card, bool]]:
    """Agencies for the signs (staff's order in places.yaml `tonight:`): those open now first, then the others
    with when they open; an agency whose hours are not known is left out (nothing can be promised for tonight).
    Each card with whether the agency answers now."""
    plan = getattr(turn.services.places, "tonight", None) or {}
    keys: list[str] = []
    topic_rank: dict[str, int] = {}
    for sign in sorted(signals, key=lambda s: SIGN_ORDER.index(s) if s in SIGN_ORDER else len(SIGN_ORDER)):
        first, topics = plan.get(sign, ((), ()))
        keys += [k for k in first if k not in keys]
        for topic in topics:
            topic_rank.setdefault(topic, len(topic_rank))
    found = []
    for r in repo_places.all_resources(turn.session):
        fits = [topic_rank[t] for t in (r.topics or ()) if t in topic_rank]
        state = _state(turn, r) if r.phone and (r.key in keys or fits) else None
        if state is not None:
            order = keys.index(r.key) if r.key in keys else len(keys) + min(fits)
            found.append((not state[0], order, r.position, r, state))
    found.sort(key=lambda x: x[:3])
    return [(call_card(turn, r, state), bool(state[0])) for *_, r, state in found]


@action("show_tonight")
def show_tonight(turn: Turn, signals=None) -> None:
    """What can be done tonight: the lines that answer now (fitting the sign), then — when we know where — food places
    nearest first (nothing to eat) and places open now nearest first (nowhere to sleep: somewhere bright with people;
    honestly when there is none), then the agencies for the sign, open now first, the others with when they open."""
    signals = signals or turn.conversation.crisis or turn.data.get("recalled_crisis") or ["no_shelter"]
    lines = lines_for(turn, signals)
    if lines:
        turn.say("companion.tonight_lines", lines=hotline_lines(turn, lines))
    cards: list[Card] = []
    where = turn.data.get("last_location")
    open_near: list = []
    if where and ("no_food" in signals or "no_shelter" in signals):
        tz = turn.services.office.tz
        near = nearby.nearest(turn.session, where["lat"], where["lon"], turn.now, tz, limit=20)
        food = [f for f in near if f.place.kind in FOOD_KINDS][:2] if "no_food" in signals else []
        cards += [place_card(turn, f, tz) for f in food]
        if "no_shelter" in signals:  # somewhere bright with people, open now and near: no bed, but not the street
            reach = (turn.services.places or PlacesConfig()).max_distance_m
            open_near = [f for f in near if f.open_now and f.distance_m <= reach and f not in food][:OPEN_NEAR]
            cards += [place_card(turn, f, tz) for f in open_near]
    agencies = _agencies(turn, signals)
    cards += [card for card, _open in agencies][: max(0, MAX_CARDS - len(cards))]
    if cards:
        heading = "companion.tonight_open" if lines else "companion.tonight"
        turn.say(heading)
        turn.replies.append(Cards(turn.t(heading), cards))
    elif not lines:
        turn.say("companion.tonight_none")
    if where and "no_shelter" in signals and not open_near:
        turn.say("companion.tonight_here_none")  # honestly: nothing open near them in the directory
    all_closed = not any(is_open for _card, is_open in agencies)
    if "no_shelter" in signals and all_closed and (agencies or not turn.services.office.is_open(turn.now)):
        # every office is closed (a night, a Sunday): what can still be done tonight, not only when they open (none
        # listed while the centre is open: not "closed" — a counselor reads now); "a counselor reads it first" only when
        # a crisis sign puts the conversation first in the queue
        first = turn.conversation.crisis or turn.data.get("recalled_crisis")
        said = "companion.tonight_closed_shelter" if first else "companion.tonight_closed_police"
        turn.say(said)


@condition("homeless_not_in_danger")
def homeless_not_in_danger(turn: Turn) -> bool:
    """The crisis signs say nowhere to sleep tonight, with no sign of danger to life or of violence."""
    signals = set(turn.conversation.crisis or ())
    return "no_shelter" in signals and not signals & set(IN_DANGER)


@action("show_tonight_here")
def show_tonight_here(turn: Turn) -> None:
    """A location shared after 「今夜寝るところがない」: kept, and what can be done tonight near it — the lines open now,
    places open now nearest first (honestly when there are none), the agencies for a place to stay (open now first,
    the others with when they open) and, with every office closed, 110 or a police box — not only "call 110 if in
    danger"."""
    keep_location(turn)
    turn.say("companion.tonight_here")
    show_tonight(turn)


@condition("asks_tonights_bed")
def asks_tonights_bed(turn: Turn) -> bool:
    """The follow-up question open now asks whether there is a place to sleep tonight (one of its answers is the sign
    of nowhere to sleep: 「今夜、寝る場所はありますか」)."""
    question = current_question(turn)
    return question is not None and "no_shelter" in dict(question.crisis).values()


@action("show_tonight_at_the_bed_question")
def show_tonight_at_the_bed_question(turn: Turn) -> None:
    """A location shared where the intake asks about tonight's bed is used for tonight at once, as after a sign of
    nowhere to sleep (places open now near it, the agencies for a place to stay, 110 or a 交番 when every office is
    closed); the question itself stays open — a location answers neither yes nor no."""
    keep_location(turn)
    turn.say("companion.tonight_here")
    start = len(turn.replies) - 1
    show_tonight(turn, list(dict.fromkeys([*(turn.conversation.crisis or ()), "no_shelter"])))
    if len(turn.replies) > start + 1 and all(type(r) is Text for r in turn.replies[start:start + 2]):
        # one bubble: the thanks for the location and the lines open now (the question follows; five at most)
        turn.replies[start:start + 2] = [Text(f"{turn.replies[start].text}\n{turn.replies[start + 1].text}")]


def keep_location(turn: Turn) -> None:
    """The location shared is kept for finding places near it."""
    inbound = turn.inbound
    turn.data["last_location"] = {"lat": inbound.latitude, "lon": inbound.longitude, "at": turn.now.isoformat()}


@action("note_location")
def note_location(turn: Turn) -> None:
    """A location where the step asks something else: kept for finding places, and said so (the step's question
    follows), as for any step that does not ask for one."""
    keep_location(turn)
    turn.say_fresh("common.location_kept")
