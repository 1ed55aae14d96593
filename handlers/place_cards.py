"""Places and agencies as cards in the resident's language: distance, open now / next opening, map, phone."""
from datetime import time
from urllib.parse import quote

import regex

from handlers import formatting, hours, postback
from handlers.directory import AUDIENCES
from handlers.nearby import Found
from handlers.questions import TOPICS
from handlers.replies import Card, Option
from handlers.turn import Turn
from storage.models import Place, Resource

MAP_URL = "https://www.google.com/maps/search/?api=1&query={lat},{lon}"


JAPANESE_READERS = ("ja", "ja-easy")
# Whatever is stored (old rows, a CSV from before the length checks of directory_csv.MAX_LENGTHS), a card stays within
# what LINE takes: a bubble under 10 KB and a carousel of 10 under 50 KB of JSON, 3 bytes a character at worst.
CARD_TITLE_CHARS = 120
CARD_LINE_CHARS = 800
CARD_TEXT_BYTES = 3500  # title and lines of one card together, in UTF-8: ten cards and their buttons under 50 KB
_CLUSTER = regex.compile(r"\X")


def shorten(text: str, limit: int) -> str:
    """*text* cut to at most *limit* user-perceived characters, ending in '…' when cut (never inside one)."""
    if len(text) <= limit:
        return text
    clusters = _CLUSTER.findall(text)
    return text if len(clusters) <= limit else "".join(clusters[:limit - 1]) + "…"


def _fit_bytes(text: str, budget: int) -> str:
    """*text* shortened (with '…') until it takes at most *budget* bytes of UTF-8; '' when nothing fits."""
    while text and len(text.encode("utf-8")) > budget:
        text = shorten(text, max(1, len(text) * budget // len(text.encode("utf-8")) - 1)) if len(text) > 1 else ""
    return text


def safe_card(title: str, lines: list[str], actions: list[Option]) -> Card:
    """A card whose title and lines are cut to sizes a LINE carousel always accepts; empty lines dropped."""
    title = shorten(title, CARD_TITLE_CHARS)
    budget, kept = CARD_TEXT_BYTES - len(title.encode("utf-8")), []
    for line in (shorten(line, CARD_LINE_CHARS) for line in lines if line):
        line = _fit_bytes(line, budget)
        if line:
            kept.append(line)
            budget -= len(line.encode("utf-8"))
    return Card(title, kept, actions)


def own_text(turn: Turn, texts: dict | None) -> str | None:
    """The data's text in the resident's own language (Easy Japanese: else Japanese); None, never another language's."""
    texts = texts or {}
    if texts.get(turn.lang):
        return texts[turn.lang]
    if turn.lang == "ja-easy":
        return texts.get("ja") or None
    return None


def reads_japanese(turn: Turn) -> bool:
    """True for residents who read Japanese (plain or Easy)."""
    return turn.lang in JAPANESE_READERS


def place_name(turn: Turn, place: Place) -> str:
    """The place's name in the resident's language, else its Japanese name with the kind of place in theirs."""
    own = own_text(turn, place.names)
    if own:
        return own
    if reads_japanese(turn):
        return place.name
    return turn.t("places.card.name_kind", kind=turn.t(f"kind.{place.kind}"), name=place.name)


def resource_name(turn: Turn, resource: Resource) -> str:
    """The agency's name in the resident's language, else its Japanese name with 'advice centre' in theirs."""
    own = own_text(turn, resource.names)
    if own:
        return own
    if reads_japanese(turn):
        return resource.agency
    return turn.t("places.card.name_kind", kind=turn.t("referral.card.agency"), name=resource.agency)


def section_text(turn: Turn, resource: Resource) -> str:
    """The section (課・係) in the resident's language when the data has it, else as written (to show at reception)."""
    return own_text(turn, resource.sections) or resource.section


def resource_section(turn: Turn, resource: Resource) -> str:
    """'Desk: …' with the section, or nothing when the agency has none."""
    return turn.t("referral.card.section", section=section_text(turn, resource)) if resource.section else ""


def contact_details(turn: Turn, resource: Resource) -> dict:
    """The placeholders of 'here is how to reach them': agency, section, phone, hours — in the resident's language."""
    return {"agency": resource_name(turn, resource), "section": section_text(turn, resource) or "-",
            "phone": resource.phone, "hours": describe_hours(turn, resource.hours)}


def place_about(turn: Turn, place: Place) -> str:
    """The place's description in the resident's language, else who it is for (from the catalog)."""
    own = own_text(turn, place.descriptions)
    if own or reads_japanese(turn):
        return own or (place.descriptions or {}).get("ja", "")
    # the groups it is meant for first, "anyone" last: 'older people and anyone'
    ordered = [a for a in AUDIENCES if a != "anyone"] + ["anyone"]
    audience = [turn.t(f"audience.{a}") for a in ordered if a in (place.audience or ())]
    return turn.t("places.card.for", audience=formatting.listing(audience, turn.lang)) if audience else ""


def resource_about(turn: Turn, resource: Resource) -> str:
    """What the agency helps with: its description in the resident's language, else its topics from the catalog."""
    own = own_text(turn, resource.descriptions)
    if own or reads_japanese(turn):
        return own or (resource.descriptions or {}).get("ja", "")
    topics = set(resource.topics or ())
    names = [turn.t(f"topic.{t}") for t in TOPICS if t in topics]
    names += [turn.t(msg_id) for t, msg_id in (("lifeline", "referral.card.lifeline"), ("any", "referral.card.any"))
              if t in topics]
    return turn.t("referral.card.helps_with", topics=formatting.listing(names, turn.lang)) if names else ""


def opening_line(turn: Turn, found: Found, tz: str) -> str:
    """'Open now (until 16:00)' or 'Opens Tue 24 Nov, 10:00' in the resident's language."""
    if found.open_now and found.closes_at is not None:
        return turn.t("places.card.open_until", time=formatting.clock(found.closes_at, turn.lang, tz))
    if found.next_open is not None:
        return turn.t("places.card.opens", when=formatting.when(found.next_open, turn.lang, tz))
    return turn.t("places.card.no_hours")


def cost_line(turn: Turn, cost: str) -> str:
    """Free, pay what you can, or an amount in yen."""
    if cost == "free":
        return turn.t("places.card.cost_free")
    if cost == "donation":
        return turn.t("places.card.cost_donation")
    return turn.t("places.card.cost_yen", amount=f"{int(cost):,}")


def describe_hours(turn: Turn, text: str) -> str:
    """Weekly hours in the resident's language, equal days grouped: 'Mon–Fri 8:30–17:15'."""
    try:
        schedule = hours.parse(text)
    except hours.HoursError:
        return text
    week = [schedule.weekly.get(day, ()) for day in hours.DAYS]
    text_out = formatting.weekly_hours(week, turn.lang, clock=_clock)
    if schedule.holidays == ():
        text_out = f"{text_out} ({turn.t('places.card.holidays_closed')})"
    return text_out


def _clock(minutes: int, lang: str) -> str:
    minutes %= 24 * 60
    return formatting.clock_of(time(minutes // 60, minutes % 60), lang)


def place_card(turn: Turn, found: Found, tz: str) -> Card:
    """One place: name, kind and distance, opening, cost, a line about it, map and phone buttons."""
    place = found.place
    title = place_name(turn, place)
    distance = formatting.distance(found.distance_m, turn.lang)
    own_name = title in (place.name, own_text(turn, place.names))
    lines = [f"{turn.t(f'kind.{place.kind}')} · {distance}" if own_name else distance,
             opening_line(turn, found, tz), cost_line(turn, place.cost)]
    if own_name and title != place.name:
        lines.insert(0, turn.t("places.card.sign", name=place.name))
    lines.append(place_about(turn, place))
    if place.address:
        lines.append(turn.t("places.card.address", address=place.address))
    actions = [Option(turn.t("opt.map"), kind="uri", uri=MAP_URL.format(lat=place.lat, lon=place.lon))]
    if place.phone:
        actions.append(Option(turn.t("opt.call"), kind="uri", uri="tel:" + quote(place.phone.replace(" ", ""))))
    return safe_card(title, lines, actions)


def resource_card(turn: Turn, resource: Resource) -> Card:
    """One agency: section, what they help with, when to reach them; a 'choose' and a phone button."""
    lines = [resource_section(turn, resource), resource_about(turn, resource),
             turn.t("referral.card.hours", hours=describe_hours(turn, resource.hours)),
             turn.t("referral.card.phone", phone=resource.phone)]
    actions = [Option(turn.t("opt.choose_this"), postback.encode("pick", str(resource.id), "referral"),
                      display=resource_name(turn, resource)),
               Option(turn.t("opt.call"), kind="uri", uri="tel:" + quote(resource.phone.replace(" ", "")))]
    return safe_card(resource_name(turn, resource), lines, actions)
