"""Plain questions about the service itself, answered from the data the bot already has: the office's opening hours
(「受付時間は？」「何時まで開いてますか」 "What time do you open?"; keywords: intents/hours) and what the consultation costs
(「相談ってお金かかりますか」「無料ですか」 "Is it free?"; keywords: intents/cost). The step the resident was on asks its
question again after the answer (dialogs/intake.yaml: triggers hours, cost). Questions about welfare procedures, or
what other services cost, are not answered here: a counselor answers those. Also: whether a bot answers here
(「ロボットですか」; intents/about_bot) and the resident's frustration with it (「役立たず」; intents/frustrated)."""
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers import formatting, public_holidays
from handlers.companion import varied_id
from handlers.crisis import hotline_lines, situations
from handlers.office import DAYS
from handlers.place_cards import MAP_URL
from handlers.registry import action
from handlers.replies import Text
from handlers.service_asks import service_questions
from handlers.turn import Turn

WORDINGS = 2  # service.bot.1…2, service.frustrated.1…2: asked again, the other wording
WEEKEND = (5, 6)  # Saturday, Sunday (date.weekday())
HOURS_WORDINGS = 2  # service.hours.1…2: asked again, answered again in other words (never the same bubble twice)


@action("say_office_hours")
def say_office_hours(turn: Turn) -> None:
    """The office's weekly hours and phone, and whether it is open now (else when it opens next). Asked about a day
    (「土曜日もやってる？」「日曜は？」 "are you open on Saturday?"), the answer begins with a plain yes or no for that
    day — a yes with the day's hours, a no when it is closed (or today's hours are over) — and when it is urgent (a
    crisis sign in this conversation) ends with the lines that answer around the clock. Asked about public holidays or the
    New Year (「祝日もやってる？」「年末年始は？」), the office's calendar answers first."""
    office = turn.services.office
    if office.is_open(turn.now):
        now = turn.t("service.open_now")
    else:
        now = turn.t("service.closed_now", opens=formatting.when(office.next_opening(turn.now), turn.lang, office.tz))
    n = int(turn.data.get("said:service.hours", 0)) % HOURS_WORDINGS + 1
    turn.data["said:service.hours"] = n
    text = turn.t(f"service.hours.{n}", hours=office.describe(turn.lang), phone=office.phone, now=now)
    first, closed = _calendar_answer(turn)
    if first is None:
        days = _days_asked(turn)
        first = _yes_or_no_for(turn, days) if days else None
        closed = bool(days) and not any(office.hours_on(day) for day in days)
    if first:
        text = f"{first}\n{text}"
    turn.replies.append(Text(text))
    signals = turn.conversation.crisis or turn.data.get("recalled_crisis") or ()
    if signals and (closed or not office.is_open(turn.now)):
        lines = turn.services.hotlines.around_the_clock(turn.lang, signals=signals, situations=situations(turn))
        turn.say("service.urgent_lines", lines=hotline_lines(turn, lines))


def _calendar_answer(turn: Turn) -> tuple[str | None, bool]:
    """Asked about the New Year (「年末年始は？」 "open over New Year?") or public holidays (「祝日もやってる？」): a plain yes or
    no from office.yaml — the closed days around the coming 1 January and when it opens again; closed on public
    holidays or not, with the next one — and whether that is a no. (None, False) when neither is asked."""
    if turn.inbound.kind != "text":
        return None, False
    office, asked, text = turn.services.office, service_questions(), turn.inbound.text
    today = turn.now.astimezone(ZoneInfo(office.tz)).date()
    if asked.says_year_end(text):
        closed = _year_end_closure(office, today)
        if not closed:
            return turn.t("service.year_end_open"), False
        first, last = closed
        opens = office.next_opening(datetime.combine(last + timedelta(days=1), time(0), ZoneInfo(office.tz)))
        return turn.t("service.year_end_closed", first=_date_words(turn, first), last=_date_words(turn, last),
                      opens=formatting.when(opens, turn.lang, office.tz)), True
    if asked.says_holidays(text):
        if not office.closed_on_public_holidays:
            return turn.t("service.holidays_open"), False
        coming = sorted(d for year in (today.year, today.year + 1) for d in public_holidays.japan(year) if d >= today)
        return turn.t("service.holidays_closed", day=_date_words(turn, coming[0])), True
    return None, False


def _year_end_closure(office, today: date) -> tuple[date, date] | None:
    """The first and last day of the office's closed days (office.yaml closed_days, public holidays) around the coming
    1 January — this one while the break lasts —, None when it is open on 1 January."""
    for new_year in (date(today.year, 1, 1), date(today.year + 1, 1, 1)):
        if not office.closed_on(new_year):
            continue
        first = last = new_year
        while office.closed_on(first - timedelta(days=1)):
            first -= timedelta(days=1)
        while office.closed_on(last + timedelta(days=1)):
            last += timedelta(days=1)
        if last >= today:
            return first, last
    return None


def _days_asked(turn: Turn) -> tuple[date, ...]:
    """The day the message asks about (「土曜日」「明日」「12月14日」 "Saturday"; the first if it may mean several), or the
    coming Saturday and Sunday for the weekend (「土日」 "weekends")."""
    book, tz = turn.services.dates, turn.services.office.tz
    if book is None or turn.inbound.kind != "text":
        return ()
    today = turn.now.astimezone(ZoneInfo(tz)).date()
    if service_questions().says_weekend(turn.inbound.text):
        return tuple(today + timedelta(days=(weekday - today.weekday()) % 7) for weekday in WEEKEND)
    reading = book.read(turn.inbound.text, turn.lang, today)
    return reading.days[:1] if reading and reading.days else ()


def _yes_or_no_for(turn: Turn, days: tuple[date, ...]) -> str | None:
    """The plain first words for the days asked: closed (named by the weekday when closed every week, by the date on a
    holiday), today's hours over, or open with the day's hours; none when the days differ (the weekly hours say it)."""
    office = turn.services.office
    ranges = [office.hours_on(day) for day in days]
    if not any(ranges):
        names = [formatting.weekday_name(day.weekday(), turn.lang) if not office.hours[DAYS[day.weekday()]]
                 else _date_words(turn, day) for day in days]
        return turn.t("service.day_closed", day=formatting.listing(names, turn.lang))
    if not all(ranges) or any(r != ranges[0] for r in ranges):
        return None
    hours = formatting.day_hours(ranges[0], turn.lang)
    local = turn.now.astimezone(ZoneInfo(office.tz))
    if days == (local.date(),) and local.time() >= max(end for _start, end in ranges[0]):
        return turn.t("service.day_over", hours=hours)
    names = [_date_words(turn, day) for day in days]
    return turn.t("service.day_open", day=formatting.listing(names, turn.lang), hours=hours)


def _date_words(turn: Turn, day: date) -> str:
    tz = turn.services.office.tz
    return formatting.day(datetime.combine(day, time(12), ZoneInfo(tz)), turn.lang, tz)


@action("say_consultation_is_free")
def say_consultation_is_free(turn: Turn) -> None:
    """The consultation costs nothing, what the resident tells us is kept confidential, and writing here is enough: a
    counselor reads it. Asked again, the other wording (never the same bubble twice in a row)."""
    again = turn.data.get("said:service.cost") == 1
    turn.data["said:service.cost"] = 2 if again else 1
    if again:
        turn.say("service.cost.2")
    else:
        turn.say("service.cost.1")


@action("say_what_answers_here")
def say_what_answers_here(turn: Turn) -> None:
    """Honestly: an automatic reply answers first, the centre's counselors (people) read what is written, and how to
    reach one of them."""
    turn.say(varied_id(turn, "service.bot", WORDINGS), person=turn.t("opt.person"))


@action("say_sorry_not_helped")
def say_sorry_not_helped(turn: Turn) -> None:
    """The resident's frustration heard: a sorry, without excuses, and a person offered."""
    turn.say(varied_id(turn, "service.frustrated", WORDINGS), person=turn.t("opt.person"))


@action("say_where_the_office_is")
def say_where_the_office_is(turn: Turn) -> None:
    """The office's address, hours and phone, with a map link where its position is known; without an address in
    office.yaml, that a counselor will tell them (and the phone)."""
    office = turn.services.office
    hours = office.describe(turn.lang)
    if not office.address:
        turn.say("service.where.none", phone=office.phone, hours=hours)
        return
    # in another language the Japanese address is marked as Japanese, to show as it is (as meeting points are)
    address = office.address if turn.lang.startswith("ja") else turn.t("booking.place_japanese", japanese=office.address)
    if office.coordinates is None:
        turn.say("service.where.1", address=address, phone=office.phone, hours=hours)
    else:
        lat, lon = office.coordinates
        turn.say("service.where.map", address=address, phone=office.phone, hours=hours,
                 map=MAP_URL.format(lat=lat, lon=lon))
