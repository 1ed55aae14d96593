"""Japanese labels staff pages show for codes (topics, crisis signs, statuses, weekdays) and who may edit:
defined once here, so the console, admin pages and reports never disagree."""
from bot.staff.accounts import CONVERSATION_ROLES
from handlers.reports import WEEKDAYS  # noqa: F401 - 月…日, Monday first (date.weekday()); reports print them too

EDITORS = ("editor", "admin")  # roles that may edit dialog data, slots and the directory
WORKERS = CONVERSATION_ROLES  # roles that may read and work conversations
TOPICS = {"work": "仕事", "money": "お金", "housing": "住まい", "family": "家族", "health": "健康",
          "isolation": "孤立・孤独"}
CRISIS = {"suicide": "自殺の危険", "violence": "暴力", "no_food": "食べ物がない", "no_shelter": "今夜の寝場所がない",
          "lifeline": "ライフライン停止"}
# On staff pages only: a suicide sign that stands only for a body in danger now (collapsed, not breathing) is shown
# as what it is; the codes themselves (the API's, the reports') stay the five signs.
MEDICAL = "medical"
CRISIS_SHOWN = {**CRISIS, MEDICAL: "急病・けが（命の危険）"}
STATUSES = {"waiting": "待機中", "active": "対応中", "bot": "ボット対応", "closed": "終了"}
URGENCY = ((100, "緊急"), (40, "高い"), (1, "やや高い"), (0, "ふつう"))  # from the score, highest first


URGENCY_BY_LEVEL = [word for _floor, word in reversed(URGENCY)]  # level 0–3, as the pills colour them


def urgency_word(score: int | None) -> str:
    """The urgency score (0–100+) as a word staff read at a glance."""
    return next(word for floor, word in URGENCY if (score or 0) >= floor)


SENDERS = {"resident": "相談者", "bot": "ボット", "counselor": "相談員", "system": "記録"}
# Why a picture or file a resident sent is not shown (attachments.reason), or that it is still being fetched.
MEDIA_STATES = {"pending": "LINE から取得中です", "too_big": "サイズが大きすぎるため保存していません",
                "type": "写真と PDF 以外のため保存していません", "gone": "LINE に残っていなかったため保存できませんでした",
                "gave_up": "LINE から取得できなかったため保存していません"}
ROLE_NAMES = {"counselor": "相談員", "editor": "編集者", "admin": "管理者"}


def role_name(role: str | None) -> str:
    """A staff role (counselor, editor, admin) as staff call it in Japanese."""
    return ROLE_NAMES.get(role or "", role or "—")


def answer_labels(questions, catalog, summary: dict | None) -> dict[str, str]:
    """The intake answers (household, area) as the Japanese labels of the buttons that give them."""
    out: dict[str, str] = {}
    for qid in ("household", "area"):
        value = (summary or {}).get(qid)
        question = questions.by_id.get(qid) if questions else None
        if value and question:
            label = next((label for label, option in question.options if option == value), None)
            out[qid] = catalog.text("ja", label) if label else str(value)
        elif value:
            out[qid] = str(value)
    return out


def hours_ja(text: str | None) -> str:
    """Opening hours as staff read them, from the hours parser: 'wed 13:30-15:30; holidays closed' →
    「水 13:30–15:30、祝日休み」 (equal days in a row grouped: 月〜金). Text the parser refuses is shown as typed."""
    from handlers import hours
    try:
        schedule = hours.parse(text or "")
    except hours.HoursError:
        return text or ""
    ranges = lambda rs: "・".join(f"{_clock(a)}–{_clock(b)}" for a, b in rs)  # noqa: E731
    parts, i = [], 0
    week = [schedule.weekly.get(day, ()) for day in hours.DAYS]
    while i < 7:
        j = i
        while j + 1 < 7 and week[j + 1] == week[i]:
            j += 1
        if week[i]:
            days = "毎日" if (i, j) == (0, 6) else WEEKDAYS[i] if i == j else f"{WEEKDAYS[i]}〜{WEEKDAYS[j]}"
            parts.append(f"{days} {ranges(week[i])}")
        i = j + 1
    if schedule.holidays == ():
        parts.append("祝日休み")
    elif schedule.holidays:
        parts.append(f"祝日 {ranges(schedule.holidays)}")
    for day, rs in sorted(schedule.dates.items()):
        parts.append(f"{day.month}/{day.day} {ranges(rs) if rs else '休み'}")
    return "、".join(parts) or "休み"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}" if minutes < 24 * 60 else f"{minutes // 60}:{minutes % 60:02d}"


def crisis_shown(codes, data: dict | None) -> list[str]:
    """The crisis codes a staff page shows: 'suicide' as 'medical' where every suicide sign of the conversation
    was a body in danger now (its data's `medical_only`), sorted."""
    medical = bool((data or {}).get("medical_only"))
    return sorted({MEDICAL if medical and code == "suicide" else code for code in codes or []})
