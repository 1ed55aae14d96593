"""The /admin directory forms: a form becomes one CSV row checked by handlers/directory_csv (the same rules
as an import), and every problem it reports is said in plain Japanese beside its field."""
import io
import re

from handlers import directory_csv, languages, spreadsheet
from handlers.datafile import DataError

LINE_PREFIX = re.compile(r"^(?P<file>[^:]*):(?P<line>\d+): (?P<reason>.*)$", re.S)
DAY_WORDS = "mon〜sun か 月〜日、holidays（祝）、日付"
SAYINGS = [  # (pattern on the English reason, Japanese); \1… are the quoted parts of the reason
    (r"^key '(.*)' must be lower-case", "キー「\\1」は半角の英小文字・数字・-・_ で、64文字以内にしてください。"),
    (r"^key '(.*)' is used again \(first on line (\d+)\)", "キー「\\1」がもう一度使われています（最初は行 \\2）。"),
    (r"^key '(.*)' is taken", "キー「\\1」はほかの行ですでに使われています。別のキーにしてください。"),
    (r"^hours are empty", "開いている時間を入力してください（いつも閉まっているなら daily closed）。"),
    (r"^hours: '(.*)' in '(.*)' is not a time like", "「\\2」の「\\1」が時刻になっていません。09:30 のように書いてください。"),
    (r"^hours: '(.*)' in '(.*)' is not a time of day", "「\\2」の「\\1」は 00:00〜24:00 の時刻ではありません。"),
    (r"^hours: '(.*)' in '(.*)' is not a time range", "「\\2」の「\\1」が時間帯になっていません。10:00-16:00 のように書いてください。"),
    (r"^hours: '(.*)' in '(.*)' opens and closes at the same time", "「\\2」の「\\1」は開く時刻と閉まる時刻が同じです。"),
    (r"^hours: '(.*)' in '(.*)' cannot open at 24:00", "「\\2」の「\\1」：24:00 には開けません。翌日の 00:00 と書いてください。"),
    (r"^hours: the ranges in '(.*)' overlap", "「\\1」の時間帯が重なっています。"),
    (r"^hours: '(.*)' in '(.*)' is not a day", f"「\\2」の「\\1」は曜日ではありません（{DAY_WORDS}）。"),
    (r"^hours: '(.*)' needs days and hours", "「\\1」には曜日と時間が要ります（例：mon-fri 10:00-16:00、sun closed）。"),
    (r"^hours: '(.*)' in '(.*)' is not a real date", "「\\2」の「\\1」は実在する日付ではありません（2026-12-29 のように）。"),
    (r"^hours: '(.*)' in '(.*)' is not a date range", "「\\2」の「\\1」は日付の範囲になっていません（最初..最後、1年以内）。"),
    (r"^phone '(.*)' is not a phone number", "電話番号「\\1」は、数字・-・+・空白で書いてください。"),
    (r"^phone is empty", "電話番号を入力してください（相談者がかける番号です）。"),
    (r"^url '(.*)' must start", "ウェブページ「\\1」は http:// か https:// で始めてください。"),
    (r"^description_ja is empty", "日本語の説明を入力してください（ほかの言語がないときにも表示されます）。"),
    (r"^name is empty", "名前を入力してください。"),
    (r"^agency is empty", "機関名を入力してください。"),
    (r"^kind '(.*)' is not one of", "種類「\\1」は使えません。一覧から選んでください。"),
    (r"^area '(.*)' is not one of: (.*)$", "地区「\\1」は使えません（\\2 のどれか）。"),
    (r"^lat '(.*)' is not a number", "緯度「\\1」は -90〜90 の数値で入力してください（例：35.6581）。"),
    (r"^lon '(.*)' is not a number", "経度「\\1」は -180〜180 の数値で入力してください（例：139.7017）。"),
    (r"^audience '(.*)' must be", "対象を1つ以上選んでください（「\\1」は使えません）。"),
    (r"^cost '(.*)' must be", "費用は「無料」「寄付（気持ち）」か、円の金額（整数）にしてください（「\\1」）。"),
    (r"^languages '(.*)' must be", "対応できる言語を1つ以上選んでください（「\\1」は使えません）。"),
    (r"^accessibility '(.*)' may only list", "バリアフリーの項目「\\1」は使えません。"),
    (r"^topics '(.*)' must be", "相談分野を1つ以上選んでください（「\\1」は使えません）。"),
    (r"^the file is empty", "ファイルが空です（1行目に列名が要ります）。"),
    (r"^unknown column '(.*?)'", "知らない列「\\1」があります（列名は docs/places.md を参照）。"),
    (r"^the column '(.*?)' is missing", "必要な列「\\1」がありません。"),
    (r"^a column name appears twice", "同じ列名が2回あります。"),
    (r"^has (\d+) cells but the header has (\d+) columns", "セルが \\1 個ありますが、列は \\2 個です。"),
]


def japanese(reason: str) -> str:
    """A directory_csv reason in plain Japanese (the English reason when no saying fits)."""
    for pattern, saying in SAYINGS:
        found = re.search(pattern, reason, re.S)
        if found:
            return found.expand(saying)
    return reason


def field_of(reason: str) -> str:
    """Which form field a reason is about: its first word (key, hours, lat, description_ja …)."""
    return reason.split(" ", 1)[0].rstrip(":")


def split_problem(problem: str) -> tuple[int | None, str]:
    """('places.csv:4: reason') → (4, reason)."""
    found = LINE_PREFIX.match(problem)
    return (int(found["line"]), found["reason"]) if found else (None, problem)


def file_problems(error: DataError) -> list[str]:
    """Every problem of an import as "行 N: 日本語の理由"."""
    out = []
    for problem in error.problems:
        line, reason = split_problem(problem)
        out.append(f"行 {line}: {japanese(reason)}" if line else japanese(reason))
    return out


def other_languages() -> list:
    """The languages besides Japanese, for translated names and descriptions."""
    return [lang for lang in languages.languages() if lang.code != "ja"]


def place_row(form) -> dict[str, str]:
    """A place form as one places.csv row (the same columns, lists joined with ';')."""
    cost = form.get("cost_mode", "")
    row = {"key": form.get("key", ""), "name": form.get("name", ""), "kind": form.get("kind", ""),
           "area": form.get("area", ""), "address": form.get("address", ""), "lat": form.get("lat", ""),
           "lon": form.get("lon", ""), "hours": form.get("hours", ""),
           "audience": ";".join(form.getlist("audience")),
           "cost": form.get("cost_yen", "").strip() if cost == "yen" else cost,
           "languages": ";".join(form.getlist("languages")),
           "accessibility": ";".join(form.getlist("accessibility")), "phone": form.get("phone", ""),
           "contact": form.get("contact", ""), "url": form.get("url", ""),
           "description_ja": form.get("description_ja", "")}
    for lang in other_languages():
        row[f"name_{lang.code}"] = form.get(f"name_{lang.code}", "")
        row[f"description_{lang.code}"] = form.get(f"description_{lang.code}", "")
    return row


def resource_row(form) -> dict[str, str]:
    """A resource form as one resources.csv row."""
    row = {name: form.get(name, "") for name in ("key", "agency", "section", "phone", "contact_person", "hours",
                                                  "address", "url", "description_ja")}
    row["topics"] = ";".join(form.getlist("topics"))
    for lang in other_languages():
        row[f"agency_{lang.code}"] = form.get(f"agency_{lang.code}", "")
        row[f"description_{lang.code}"] = form.get(f"description_{lang.code}", "")
    return row


def _one_row_csv(row: dict[str, str]) -> str:
    buf = io.StringIO()
    writer = spreadsheet.writer(buf)
    writer.writerow(list(row))
    writer.writerow(list(row.values()))
    return buf.getvalue()


def check(kind: str, row: dict[str, str], areas: set[str] | None = None) -> tuple[dict | None, dict[str, list[str]]]:
    """(values ready to store, {}) or (None, {field: [Japanese problems]}) through the CSV import's own checks."""
    try:
        if kind == "places":
            parsed = directory_csv.parse_places(_one_row_csv(row), "form", areas)
        else:
            parsed = directory_csv.parse_resources(_one_row_csv(row), "form")
    except DataError as exc:
        errors: dict[str, list[str]] = {}
        for problem in exc.problems:
            _line, reason = split_problem(problem)
            errors.setdefault(field_of(reason), []).append(japanese(reason))
        return None, errors
    if not parsed:  # every field blank: the import skips such a row, so there is nothing to check
        first = "name" if kind == "places" else "agency"
        return None, {first: [japanese(f"{first} is empty")]}
    return parsed[0], {}


def form_values(entry, kind: str) -> dict:
    """What the edit form shows for a stored place or resource (the same keys the form posts)."""
    if kind == "places":
        cost = entry.cost if entry.cost in ("free", "donation") else "yen"
        values = {"key": entry.key, "name": entry.name, "kind": entry.kind, "area": entry.area or "",
                  "address": entry.address, "lat": f"{entry.lat:.6f}", "lon": f"{entry.lon:.6f}",
                  "hours": entry.hours, "audience": list(entry.audience), "cost_mode": cost,
                  "cost_yen": entry.cost if cost == "yen" else "", "languages": list(entry.languages),
                  "accessibility": list(entry.accessibility), "phone": entry.phone, "contact": entry.contact,
                  "url": entry.url}
        values.update({f"name_{k}": v for k, v in (entry.names or {}).items()})
    else:
        values = {name: getattr(entry, name) for name in ("key", "agency", "section", "phone", "contact_person",
                                                          "hours", "address", "url")}
        values["topics"] = list(entry.topics)
        values.update({f"agency_{k}": v for k, v in (entry.names or {}).items()})
    values.update({f"description_{k}": v for k, v in (entry.descriptions or {}).items()})
    return values


def typed(form) -> dict:
    """What was typed, to show again beside the problems (lists as lists)."""
    values = {k: form.get(k, "") for k in form.keys()}
    for name in ("audience", "languages", "accessibility", "topics"):
        values[name] = form.getlist(name)
    return values
