"""Places and agencies as cards in the resident's language: distance, open now / next opening, map, phone."""
from datetime import time
from urllib.parse import quote

from handlers import formatting, hours, postback
from handlers.nearby import Found
from handlers.replies import Card, Option
from handlers.turn import Turn
from storage.models import Place, Resource

MAP_URL = "https://www.google.com/maps/search/?api=1&query={lat},{lon}"


def localised(turn: Turn, texts: dict, japanese: str) -> str:
    """The text in the resident's language: their own, else English for non-Japanese readers, else Japanese."""
    texts = texts or {}
    lang = turn.lang
    if lang in texts:
        return texts[lang]
    if lang == "ja-easy":
        return texts.get("ja", japanese)
    if lang != "ja" and "en" in texts:
        return texts["en"]
    return texts.get("ja") or japanese


def place_name(turn: Turn, place: Place) -> str:
    """The place's name for this resident (Japanese, or a translation when there is one)."""
    return localised(turn, place.names, place.name)


def resource_name(turn: Turn, resource: Resource) -> str:
    """The agency's name for this resident."""
    return localised(turn, resource.names, resource.agency)


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
    kind = turn.t(f"kind.{place.kind}")
    lines = [f"{kind} · {formatting.distance(found.distance_m, turn.lang)}",
             opening_line(turn, found, tz), cost_line(turn, place.cost)]
    if title != place.name:
        lines.insert(0, place.name)
    lines.append(localised(turn, place.descriptions, ""))
    if place.address:
        lines.append(place.address)
    actions = [Option(turn.t("opt.map"), kind="uri", uri=MAP_URL.format(lat=place.lat, lon=place.lon))]
    if place.phone:
        actions.append(Option(turn.t("opt.call"), kind="uri", uri="tel:" + quote(place.phone.replace(" ", ""))))
    return Card(title, [line for line in lines if line], actions)


def resource_card(turn: Turn, resource: Resource) -> Card:
    """One agency: section, what they help with, when to reach them; a 'choose' and a phone button."""
    lines = [resource.section, localised(turn, resource.descriptions, ""),
             turn.t("referral.card.hours", hours=describe_hours(turn, resource.hours)),
             turn.t("referral.card.phone", phone=resource.phone)]
    actions = [Option(turn.t("opt.choose_this"), postback.encode("pick", str(resource.id), "referral"),
                      display=resource_name(turn, resource)),
               Option(turn.t("opt.call"), kind="uri", uri="tel:" + quote(resource.phone.replace(" ", "")))]
    return Card(resource_name(turn, resource), [line for line in lines if line], actions)
