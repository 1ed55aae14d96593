"""Helpers for the places and referral tests: demo directory loaded, fixed times in the office time zone."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.dev import seed
from storage import clock

TOKYO = ZoneInfo("Asia/Tokyo")
CENTRE = (35.6581, 139.7017)


def seed_directory(runtime) -> None:
    """Load the fictional town's places and resources."""
    seed.run_all(runtime.settings, runtime.db, only=["places", "resources"])


def set_clock(local: str) -> None:
    """Move the process clock so that now() is *local* (YYYY-MM-DD HH:MM, Tokyo time)."""
    target = datetime.fromisoformat(local).replace(tzinfo=TOKYO)
    clock.reset()
    clock.shift(target - clock.now())


def cards_of(messages: list[dict]) -> list[dict]:
    """The bubbles of every Flex carousel in *messages*."""
    out = []
    for m in messages:
        if m.get("type") == "flex":
            out += m["contents"]["contents"]
    return out


def card_texts(bubble: dict) -> list[str]:
    """Every text line of a bubble's body."""
    return [c.get("text", "") for c in bubble["body"]["contents"]]


def card_actions(bubble: dict) -> list[dict]:
    """The actions of a bubble's footer buttons."""
    return [b["action"] for b in (bubble.get("footer") or {}).get("contents", [])]


def to_places(resident) -> list[dict]:
    """From a first hello to the 'places' step."""
    resident.follow()
    resident.tap("できることを見る")
    return resident.tap("近くの居場所")


def a_week(days: float = 7) -> timedelta:
    """A shift of *days* days."""
    return timedelta(days=days)


def to_the_referral_question(resident):
    """A resident writes about losing their job and money, skips the questions, asks where to get help."""
    resident.follow()
    resident.say("仕事をクビになって、お金がありません")
    resident.tap("これでOK")
    for _ in range(4):
        if "答えない" not in resident.buttons():
            break
        resident.tap("答えない")
    return resident.tap("相談先を知りたい")
