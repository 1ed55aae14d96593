"""Demo slots for accompanied visits: weekly patterns in the fictional town, three weeks ahead."""
from datetime import timedelta
from zoneinfo import ZoneInfo

from handlers import slot_publishing
from handlers.office import Office
from storage import repo_booking
from storage.models import SlotPattern

DEMO_PATTERNS = (
    {"ref": "demo-mon-pm", "weekday": 0, "start_time": "13:30", "end_time": "15:30",
     "meeting_point": "みどりが丘市役所 1階 総合案内前", "counselor": "佐藤", "languages": ["ja", "en"],
     "interpreter": False, "capacity": 1},
    {"ref": "demo-tue-am", "weekday": 1, "start_time": "10:00", "end_time": "12:00",
     "meeting_point": "生活相談センター 入口", "counselor": "グエン", "languages": ["ja", "vi", "en"],
     "interpreter": False, "capacity": 2},
    {"ref": "demo-wed-am", "weekday": 2, "start_time": "09:30", "end_time": "11:30",
     "meeting_point": "みどりが丘駅 北口 改札前", "counselor": "田中", "languages": ["ja"],
     "interpreter": True, "capacity": 1},
    {"ref": "demo-thu-pm", "weekday": 3, "start_time": "14:00", "end_time": "16:00",
     "meeting_point": "生活相談センター 入口", "counselor": "シルバ", "languages": ["ja", "pt-BR", "es"],
     "interpreter": False, "capacity": 2},
    {"ref": "demo-fri-am", "weekday": 4, "start_time": "10:00", "end_time": "12:00",
     "meeting_point": "ハローワークみどりが丘 正面玄関", "counselor": "李", "languages": ["ja", "zh-Hans", "zh-Hant", "ko"],
     "interpreter": False, "capacity": 1},
)


def seed_slots(session, settings, now) -> str:
    """Weekly demo patterns (once, by ref) and their slots for the next three weeks."""
    today = now.astimezone(ZoneInfo(settings.tz)).date()
    known = repo_booking.pattern_refs(session)
    added = 0
    for spec in DEMO_PATTERNS:
        if spec["ref"] in known:
            continue
        session.add(SlotPattern(**spec, valid_from=today - timedelta(days=today.weekday()), created_at=now))
        added += 1
    session.flush()
    office = Office.load(settings.data_dir / "data" / "office.yaml", settings.tz)
    created = slot_publishing.extend_patterns(session, settings.tz, now, office.closed_on)
    return f"{added} weekly pattern(s) added, {created} slot(s) created"
