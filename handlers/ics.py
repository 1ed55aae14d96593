"""iCalendar (RFC 5545) for counselors' calendars: CRLF lines folded at 75 octets, escaped text, UTC times."""
from datetime import datetime, timezone

from handlers import languages
from storage.models import Booking

PRODID = "-//Madoguchi//Accompanied visits//JA"
BOOKING_STATUSES = {"booked": "予約中", "cancelled": "取り消し", "moved": "変更済み"}  # as staff pages say them
FOLD_AT = 75  # octets per line, CRLF excluded (RFC 5545 3.1)


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    # RFC 5545 3.3.11: no control characters other than HTAB in a TEXT value
    return "".join(c for c in text if c == "\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))


def fold(line: str) -> str:
    """One content line folded into pieces of at most 75 octets, never splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = FOLD_AT if not out else FOLD_AT - 1  # continuation lines start with one space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def utc_stamp(dt: datetime) -> str:
    """A DATE-TIME in UTC form: 20261124T010000Z."""
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def language_name(code: str | None) -> str:
    """A language code as the language's own name, the way staff pages show it (ja → 日本語)."""
    names = {lang.code: lang.native for lang in languages.languages()}
    return names.get(code or "ja", code or "")


def booking_event(booking: Booking, now: datetime, destination: str = "") -> list[str]:
    """The VEVENT lines of one booking; cancelled and moved bookings are CANCELLED so calendars drop them."""
    slot = booking.slot
    active = booking.status == "booked"
    summary = f"同行支援: {destination}" if destination else "同行支援"
    description = [f"相談員: {slot.counselor}", f"集合: {slot.meeting_point}",
                   f"言語: {language_name(booking.lang)}", f"会話 #{booking.conversation_id}" if booking.conversation_id else "",
                   "相談のまとめ: 共有に同意あり" if booking.consent_to_share else "相談のまとめ: 共有なし"]
    if not active:
        description.append(f"状態: {BOOKING_STATUSES.get(booking.status, booking.status)}")
    return [
        "BEGIN:VEVENT",
        f"UID:booking-{booking.id}@madoguchi",
        f"DTSTAMP:{utc_stamp(now)}",
        f"DTSTART:{utc_stamp(slot.starts_at)}",
        f"DTEND:{utc_stamp(slot.ends_at)}",
        f"SUMMARY:{escape(summary)}",
        f"LOCATION:{escape(slot.meeting_point)}",
        f"DESCRIPTION:{escape(chr(10).join(line for line in description if line))}",
        f"STATUS:{'CONFIRMED' if active else 'CANCELLED'}",
        f"SEQUENCE:{0 if active else 1}",
        "END:VEVENT",
    ]


def calendar(events: list[list[str]]) -> str:
    """A whole VCALENDAR with CRLF line ends and folded lines."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:同行支援"]
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
