"""What the bot really sent the resident for a crisis sign, read from the history (never a fixed sentence)."""
from datetime import datetime
from zoneinfo import ZoneInfo


def _at(value) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _gap(earlier: datetime, later: datetime) -> str:
    minutes = max(0, int((later - earlier).total_seconds() // 60))
    if minutes < 1:
        return "直前"
    return f"{minutes // 60}時間{minutes % 60}分前" if minutes >= 60 else f"{minutes}分前"


def _has_line(text: str | None, numbers: list[str]) -> bool:
    return bool(text) and any(n and n in text for n in numbers)


def reply_to_sign(messages: list[dict], alert: dict | None, numbers: list[str], tz: str) -> str | None:
    """For the crisis sign of *alert*: whether the bot answered that message, whether the hotlines went with it,
    and when the hotlines last went before it (history lines as message_row dicts; *numbers*: the hotlines')."""
    if not alert or not alert.get("at"):
        return None
    sign_at = _at(alert["at"])
    said = [m for m in messages if m["sender"] == "resident" and _at(m["at"]) <= sign_at]
    if not said:
        return None
    trigger = said[-1]
    after = [m for m in messages if m["id"] > trigger["id"]]
    upto = next((i for i, m in enumerate(after) if m["sender"] == "resident"), len(after))
    answer = [m for m in after[:upto] if m["sender"] == "bot"]
    before = [m for m in messages if m["id"] < trigger["id"] and m["sender"] == "bot" and _has_line(m["text"], numbers)]
    hhmm = lambda m: _at(m["at"]).astimezone(ZoneInfo(tz)).strftime("%H:%M")  # noqa: E731
    earlier = (f"相談窓口は{_gap(_at(before[-1]['at']), _at(trigger['at']))}（{hhmm(before[-1])}）に送信済み"
               if before else "相談窓口はこの相談ではまだ送っていません")
    if any(_has_line(m["text"], numbers) for m in answer):
        return f"この発言にボットは相談窓口の電話番号を返信しました（{hhmm(answer[0])}）。"
    if answer:
        return f"この発言にボットは返信しましたが、相談窓口は含めていません（{earlier}）。"
    return f"この発言にボットは返信していません（{earlier}）。"
