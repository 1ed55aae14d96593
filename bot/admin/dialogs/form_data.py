"""The editor's forms ↔ the data files: read office.yaml, hotlines.yaml and canned.yaml into form values, and write
form values back as YAML (with comments in Japanese) after checking each field, so staff never type YAML.

A field that cannot be read is a coded Problem said in Japanese; the whole file is then checked by the same
validators as at start-up when the draft is saved."""
import calendar
import json
import re

import yaml

from bot.staff.labels import CRISIS, TOPICS
from handlers import hours as opening_hours
from handlers import staff_input
from handlers.office import ADDRESS_MAX, read_coordinates
from handlers.problems import Problem

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = dict(zip(DAYS, "月火水木金土日", strict=True))
RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*[-–〜~]\s*(\d{1,2}):(\d{2})$")
MONTH_DAY = re.compile(r"^(\d{1,2})[-/月](\d{1,2})日?$")
HOTLINE_ID = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
SIGNALS = tuple(CRISIS)
HOTLINE_TOPICS = (*TOPICS, "any")
# situations a line may be only for (handlers/hotlines.py SITUATIONS), as the form names them
SITUATIONS = {"child_at_risk": "子どもが危ないとき（189）", "domestic_violence": "パートナー・家族からの暴力のとき",
              "medical_emergency": "急病・けがで命が危ないとき（#7119）",
              "labour_exploitation": "パスポートを会社に取られているなど（FRESC）",
              "outside_home": "家の外の人（上司・客・知らない人など）からの暴力のとき"}


def _q(value) -> str:
    """A YAML scalar for *value* (JSON strings are valid YAML and keep every character as written)."""
    return json.dumps(value, ensure_ascii=False)


def _ranges(text: str, field: str, problems: list[Problem]) -> list[str]:
    """'8:30-12:00, 13:00-17:15' → ['08:30-12:00', '13:00-17:15']; problems for what cannot be read."""
    out = []
    for part in re.split(r"[,、，\s]+(?=\d)", staff_input.plain(text)):
        part = part.strip()
        if not part:
            continue
        m = RANGE.match(part)
        if not m or int(m.group(1)) > 23 or int(m.group(3)) > 24 or int(m.group(2)) > 59 or int(m.group(4)) > 59:
            problems.append(Problem("form.bad_range", field=field, value=part[:30]))
            continue
        start, end = f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"
        if end <= start:
            problems.append(Problem("form.range_backwards", field=field, value=part[:30]))
            continue
        out.append(f"{start}-{end}")
    return out


# --- office.yaml ------------------------------------------------------------------------------------
def office_values(text: str) -> dict:
    """office.yaml as form values."""
    data = yaml.safe_load(text) or {}
    hours = data.get("hours") or {}
    return {"hours": {day: ", ".join(hours.get(day) or []) for day in DAYS},
            "holidays": bool(data.get("closed_on_public_holidays", True)),
            "closed_days": "\n".join(str(d) for d in data.get("closed_days") or []),
            "phone": str(data.get("phone") or ""), "address": str(data.get("address") or ""),
            "lat": str(data.get("lat") or ""), "lon": str(data.get("lon") or "")}


def office_yaml(form) -> tuple[str, list[Problem]]:
    """The office form as office.yaml, and what in it could not be read."""
    problems: list[Problem] = []
    hours = {day: _ranges(form.get(f"hours_{day}", ""), f"{DAY_NAMES[day]}曜日", problems) for day in DAYS}
    closed = []
    for line in re.split(r"[\n,、]+", form.get("closed_days", "")):
        line = staff_input.plain(line)
        if not line:
            continue
        m = MONTH_DAY.match(line)
        if not m or not (1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31):
            problems.append(Problem("form.bad_month_day", value=line[:20]))
            continue
        last = calendar.monthrange(2024, int(m.group(1)))[1]  # a leap year: 2月29日 is a day some years have
        if int(m.group(2)) > last:
            problems.append(Problem("form.no_such_day", value=line[:20], month=int(m.group(1)), last=last))
            continue
        closed.append(f"{int(m.group(1)):02d}-{int(m.group(2)):02d}")
    phone = staff_input.plain(form.get("phone", ""))
    if not phone:
        problems.append(Problem("form.required", field="窓口の電話番号"))
    address = " ".join(staff_input.plain(form.get("address", "")).split())
    if len(address) > ADDRESS_MAX:
        problems.append(Problem("office.address_long", where="office", line=0, most=ADDRESS_MAX))
    lat, lon = staff_input.plain(form.get("lat", "")), staff_input.plain(form.get("lon", ""))
    if read_coordinates(lat, lon) is False:
        problems.append(Problem("office.coordinates", where="office", line=0))
    lines = ["# 窓口の開いている時間（事務所の時間帯）。曜日ごとに「開始-終了」、空は休み。",
             "# この内容は「会話の編集」の入力欄から作られています。", "hours:"]
    lines += [f"  {day}: [{', '.join(_q(r) for r in hours[day])}]" for day in DAYS]
    lines += ["# 祝日も休み", f"closed_on_public_holidays: {'true' if form.get('holidays') else 'false'}",
              "# ほかの休み（毎年の 月-日）", f"closed_days: [{', '.join(_q(d) for d in dict.fromkeys(closed))}]",
              "# 窓口の電話番号（あいさつと、人と話したいときに伝えます）", f"phone: {_q(phone)}",
              "# 窓口の住所と地図の緯度・経度（「窓口はどこ？」と聞かれたときに伝えます。空なら相談員が伝えると答えます）",
              f"address: {_q(address)}"]
    if lat and lon:
        lines += [f"lat: {lat}", f"lon: {lon}"]
    lines.append("")
    return "\n".join(lines), problems


# --- hotlines.yaml ----------------------------------------------------------------------------------
def _weekly_or_ranges(text: str, where: str, problems: list[Problem]) -> str | list[str]:
    """Hours by weekday as the places write them ('mon-fri 09:00-17:00; holidays closed'), kept as text, or daily
    ranges ('9:00-17:00')."""
    if not re.search(r"[a-z月火水木金土日祝毎;]", text.lower()):
        return _ranges(text, where, problems)
    problem = opening_hours.validate(text)
    if problem is not None:
        problems.append(Problem("form.bad_range", field=where, value=text[:30]))
    return text


def _field(form, name: str) -> str:
    """A hotline field as typed, trimmed; number, hours and priority made half-width (typed with an IME)."""
    value = (form.get(name) or "").strip()
    return staff_input.plain(value) if name.rpartition(":")[2] in ("number", "hours", "priority") else value


def hotline_rows(text: str) -> list[dict]:
    """hotlines.yaml as form rows."""
    rows = []
    for item in yaml.safe_load(text) or []:
        hours = item.get("hours", "24h")
        rows.append({"id": str(item.get("id", "")), "name": str(item.get("name", "")),
                     "number": str(item.get("number", "")), "kind": item.get("kind", "phone"),
                     "signals": list(item.get("signals") or []), "topics": list(item.get("topics") or []),
                     "languages": ", ".join(item.get("languages") or []),
                     "hours": hours if isinstance(hours, str) else ", ".join(hours or []),
                     "priority": str(item.get("priority", 5)), "first_for": list(item.get("first_for") or []),
                     "emergency": item.get("emergency") is True, "only_when": list(item.get("only_when") or []),
                     "first_unless": list(item.get("first_unless") or []),
                     "first_when": list(item.get("first_when") or [])})
    return rows


def hotlines_yaml(form, count: int) -> tuple[str, dict[str, str], list[Problem]]:
    """The hotline form (*count* rows, row i's fields named f"{i}:field"; a last blank row may add one) as
    hotlines.yaml, the Japanese names to store as messages, and what could not be read."""
    problems: list[Problem] = []
    items, names = [], {}
    for i in range(count + 1):
        get = lambda key, i=i: _field(form, f"{i}:{key}")  # noqa: E731
        if get("delete") or (i == count and not (get("id") or get("number") or get("label"))):
            continue
        row_id, label = get("id"), get("label")
        where = label or row_id or f"{i + 1}行目"
        if not HOTLINE_ID.match(row_id):
            problems.append(Problem("form.bad_hotline_id", line_name=where, value=row_id[:30]))
            continue
        if not label:  # the name residents read: an emptied one would silently keep the published name
            problems.append(Problem("form.hotline_name_empty", line_name=f"{i + 1}行目"))
        if not get("number"):
            problems.append(Problem("form.required", field=f"{where}の番号・連絡先"))
        hours_text = get("hours")
        hours = "24h" if hours_text.lower() in ("24h", "24時間", "") else _weekly_or_ranges(hours_text, where, problems)
        try:
            priority = int(get("priority") or "5")
        except ValueError:
            problems.append(Problem("form.bad_number", field=f"{where}の順番", value=get("priority")[:10]))
            priority = 5
        languages = [code.strip() for code in re.split(r"[,、\s]+", get("languages")) if code.strip()] or ["all"]
        signals = [s for s in SIGNALS if form.get(f"{i}:signal:{s}")]
        topics = [t for t in HOTLINE_TOPICS if form.get(f"{i}:topic:{t}")]
        name = get("name") or f"hotline.{row_id}"
        if label:
            names[name] = label
        fields = [f"id: {row_id}", f"name: {name}", f"number: {_q(get('number'))}"]
        if get("kind") in ("chat", "email"):  # lines to write to (phone is the default)
            fields.append(f"kind: {get('kind')}")
        fields += [f"signals: [{', '.join(signals)}]", f"languages: [{', '.join(languages)}]",
                   f"hours: {hours if hours == '24h' else _q(hours) if isinstance(hours, str) else '[' + ', '.join(_q(r) for r in hours) + ']'}",
                   f"priority: {priority}"]
        if topics:
            fields.append(f"topics: [{', '.join(topics)}]")
        first_for = [s for s in signals if form.get(f"{i}:first:{s}")]
        only_when = [s for s in SITUATIONS if form.get(f"{i}:only:{s}")]
        if first_for:
            fields.append(f"first_for: [{', '.join(first_for)}]")
        if form.get(f"{i}:flag:emergency"):
            fields.append("emergency: true")
        if only_when:
            fields.append(f"only_when: [{', '.join(only_when)}]")
        for key, part in (("first_unless", "unless"), ("first_when", "when")):
            chosen = [s for s in SITUATIONS if form.get(f"{i}:{part}:{s}")]
            if chosen:
                fields.append(f"{key}: [{', '.join(chosen)}]")
        items.append("- {" + ", ".join(fields) + "}")
    head = ["# 危機のサインがあったときに案内する電話・チャットの相談先。番号と時間は運営元に確かめてから公開します。",
            "# この内容は「会話の編集」の入力欄から作られています。"]
    return "\n".join(head + items) + "\n", names, problems


# --- canned.yaml ------------------------------------------------------------------------------------
def canned_rows(text: str) -> list[dict]:
    """canned.yaml as form rows (id and title)."""
    return [{"id": str(item.get("id", "")), "title": str(item.get("title", ""))} for item in yaml.safe_load(text) or []]


def canned_yaml(form, count: int, taken: set[str]) -> tuple[str, dict[str, str], list[Problem]]:
    """The canned-reply form as canned.yaml, the Japanese texts to store as messages, and what could not be
    read. A new row gets a message id of its own (canned.custom_N), never one already *taken*."""
    problems: list[Problem] = []
    items, texts = [], {}
    for i in range(count + 1):
        get = lambda key, i=i: (form.get(f"{i}:{key}") or "").strip()  # noqa: E731
        if get("delete") or (i == count and not (get("title") or get("text"))):
            continue
        msg_id, title, text = get("id"), get("title"), (form.get(f"{i}:text") or "").strip()
        if not msg_id:
            n = 1
            while f"canned.custom_{n}" in taken:
                n += 1
            msg_id = f"canned.custom_{n}"
            taken.add(msg_id)
        if not title:
            problems.append(Problem("form.required", field=f"{i + 1}行目の名前"))
            continue
        if not text:
            problems.append(Problem("form.required", field=f"「{title}」の文"))
            continue
        texts[msg_id] = text
        items.append("- {" + f"id: {msg_id}, title: {_q(title)}" + "}")
    head = ["# 相談員がコンソールで一度で送れる定型文。文は言語ごとの文言（canned）にあります。",
            "# この内容は「会話の編集」の入力欄から作られています。"]
    return "\n".join(head + items) + "\n", texts, problems


def values_from_form(name: str, form, count: int) -> dict:
    """The form's values as typed (shown again when something could not be read, so nothing is lost)."""
    if name == "office":
        return {"hours": {day: form.get(f"hours_{day}", "") for day in DAYS}, "holidays": bool(form.get("holidays")),
                "closed_days": form.get("closed_days", ""), "phone": form.get("phone", ""),
                "address": form.get("address", ""), "lat": form.get("lat", ""), "lon": form.get("lon", "")}
    rows = []
    for i in range(count + 1):
        row = {key: form.get(f"{i}:{key}", "") for key in
               ("id", "name", "label", "number", "kind", "languages", "hours", "priority", "title", "text")}
        row["signals"] = [s for s in SIGNALS if form.get(f"{i}:signal:{s}")]
        row["topics"] = [t for t in HOTLINE_TOPICS if form.get(f"{i}:topic:{t}")]
        row["first_for"] = [s for s in SIGNALS if form.get(f"{i}:first:{s}")]
        row["emergency"] = bool(form.get(f"{i}:flag:emergency"))
        row["only_when"] = [s for s in SITUATIONS if form.get(f"{i}:only:{s}")]
        row["first_unless"] = [s for s in SITUATIONS if form.get(f"{i}:unless:{s}")]
        row["first_when"] = [s for s in SITUATIONS if form.get(f"{i}:when:{s}")]
        if i < count or any(row[key] for key in ("id", "label", "number", "title", "text")):
            rows.append(row)
    return {"rows": rows}
