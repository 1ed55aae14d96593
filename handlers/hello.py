"""Good morning, hello or good evening by the centre's local hour, in the resident's language: for a greeting
returned and for the first words to someone new (「こんばんは」 at night, not 「こんにちは」)."""
from zoneinfo import ZoneInfo

from handlers.turn import Turn

MORNING_UNTIL, EVENING_FROM = 11, 18  # local hours: おはようございます before 11, こんばんは from 18
SPACED_ENDS = (".", "!", "।", "။")  # sentence ends a space follows (not 。)


def _greeting(turn: Turn) -> str:
    hour = turn.now.astimezone(ZoneInfo(turn.services.hotlines.tz)).hour
    part = "morning" if hour < MORNING_UNTIL else "evening" if hour >= EVENING_FROM else "day"
    return turn.t(f"companion.hello.{part}")


def hello(turn: Turn) -> str:
    """Good morning, hello or good evening by the local hour, in the resident's language, ready to open a sentence
    (in a language with spaces between sentences, a space follows: "Good evening. Thank you…")."""
    said = _greeting(turn)
    return f"{said} " if said.endswith(SPACED_ENDS) else said


def by_the_hour(turn: Turn, text: str) -> str:
    """*text* that opens with the language's daytime hello (「こんにちは。」 "Hello.") opens with the hour's instead."""
    day = turn.t("companion.hello.day")
    return _greeting(turn) + text[len(day):] if day and text.startswith(day) else text
