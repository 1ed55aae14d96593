"""Run a draft of the dialog without LINE: a throw-away in-memory database, the draft's engine, no sending.

Used by the editor's preview chat and by staff-written transcript tests. Nothing touches real residents,
the live database or the LINE API, so a draft can be tried safely on the production server."""
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import yaml
from sqlalchemy.orm import Session

from bot.app import turn_runner
from handlers import datafile, languages
from handlers.inbound import Inbound
from handlers.replies import Cards, Choices, Option, Text
from storage import clock, db, repo
from storage.models import Resident

PREVIEW_CHANNEL = "preview"
PREVIEW_USER = "Upreview"
MAX_STEPS = 200
MAX_TESTS = 100  # transcript tests kept with one dialog version
MAX_WAIT_HOURS = 24 * 366  # a step may let up to a year pass
STEP_KINDS = ("follow", "say", "tap", "sticker", "image", "location")
# What a step may check, and what a test may hold besides its steps: anything else is a typing mistake
# ("buttons" written "button") that would otherwise check nothing.
STEP_CHECKS = ("wait_hours", "data", "bot", "not", "buttons", "silent")
TEST_KEYS = ("name", "at", "lang", "steps", "summary")


def _button(option: Option) -> dict:
    return {"label": option.label, "data": option.data, "kind": option.kind}


def render(reply) -> dict:
    """A reply as the preview shows it: its text and its buttons."""
    if isinstance(reply, Cards):
        lines = [reply.alt_text] + [f"・{c.title}" for c in reply.cards]
        buttons = [_button(a) for c in reply.cards for a in c.actions]
        return {"text": "\n".join(lines), "buttons": buttons}
    if isinstance(reply, Choices):
        return {"text": reply.text, "buttons": [_button(o) for o in reply.options]}
    return {"text": reply.text if isinstance(reply, Text) else str(reply), "buttons": []}


class Sandbox:
    """One pretend resident talking to one bundle in a private in-memory database."""

    def __init__(self, live, lang: str | None = None, now: datetime | None = None):
        self.live = live
        self.scratch = db.ScratchDatabase()
        self.sessions = self.scratch.sessions
        self.now = now or clock.now()
        self.lang = lang if lang in languages.codes() else None
        self.last: list[dict] = []

    def close(self) -> None:
        """Drop the in-memory database."""
        self.scratch.close()

    def act(self, inbound: Inbound) -> list[dict]:
        """Run one resident action through the draft engine; return the rendered replies."""
        self.now += timedelta(seconds=2)
        with self.sessions() as session, session.begin():
            resident = self._resident(session)
            ran = turn_runner.resident_turn(self.live, session, resident, inbound, self.now)
            replies = [render(r) for r in ran.replies]
        if replies:
            self.last = replies
        return replies

    def _resident(self, session: Session) -> Resident:
        resident = repo.find_resident(session, PREVIEW_CHANNEL, PREVIEW_USER)
        if resident is None:
            resident = repo.create_resident(session, PREVIEW_CHANNEL, PREVIEW_USER, self.now, self.lang,
                                            "chosen" if self.lang else None)
        return resident

    def summary(self) -> dict:
        """The intake summary of the pretend resident's latest conversation ({} before there is one)."""
        with self.sessions() as session:
            resident = repo.find_resident(session, PREVIEW_CHANNEL, PREVIEW_USER)
            conv = repo.latest_conversation(session, resident.id) if resident is not None else None
            return dict((conv.data or {}).get("summary") or {}) if conv is not None else {}

    def buttons(self) -> list[dict]:
        """The buttons under the last message the bot sent."""
        return self.last[-1]["buttons"] if self.last else []

    def step(self, action: dict) -> list[dict]:
        """One step given as {'follow': …} / {'say': text} / {'tap': label part} / {'data': postback} …"""
        if "wait_hours" in action:
            try:
                hours = float(action["wait_hours"])
            except (TypeError, ValueError):
                raise StepError(f"wait_hours は時間の数で書いてください（例: 2 や 0.5）: {action['wait_hours']!r}") from None
            if not 0 <= hours <= MAX_WAIT_HOURS:
                raise StepError(f"wait_hours は 0 から {MAX_WAIT_HOURS} までです: {action['wait_hours']!r}")
            self.now += timedelta(hours=hours)
        if "follow" in action:
            return self.act(Inbound("follow"))
        if "say" in action:
            return self.act(Inbound("text", text=str(action["say"])))
        if "data" in action:
            return self.act(Inbound("postback", data=str(action["data"])))
        if "tap" in action:
            wanted = str(action["tap"])
            for button in self.buttons():
                if wanted in button["label"]:
                    if button["kind"] == "location":
                        return self.act(_location())
                    return self.act(Inbound("postback", data=button["data"]))
            labels = "、".join(b["label"] for b in self.buttons()) or "なし"
            raise StepError(f"「{wanted}」を含むボタンがありません（いまのボタン: {labels}）")
        if "sticker" in action:
            return self.act(Inbound("sticker"))
        if "image" in action:
            return self.act(Inbound("image"))
        if "location" in action:
            return self.act(_location())
        raise StepError(f"わからない手順です: {action!r}（使えるのは {', '.join(STEP_KINDS)}, wait_hours）")


def _location() -> Inbound:
    return Inbound("location", latitude=35.6581, longitude=139.7017, address="みどりが丘市 中央1丁目")


class StepError(ValueError):
    """A transcript step cannot be carried out (e.g. no such button)."""


def chat(live, actions: list[dict], lang: str | None = None) -> list[dict]:
    """Replay a preview chat from the start: [{'action', 'replies'}] for every action (stateless, any worker)."""
    sandbox = Sandbox(live, lang)
    out = []
    try:
        for action in actions[:MAX_STEPS]:
            try:
                replies = sandbox.step(action)
            except StepError as exc:
                replies = [{"text": str(exc), "buttons": [], "error": True}]
            out.append({"action": action, "replies": replies})
    finally:
        sandbox.close()
    return out


# --- transcript tests written by staff ----------------------------------------------------------
@dataclass
class TestResult:
    """The outcome of one transcript test."""

    name: str
    ok: bool
    problems: list[str] = field(default_factory=list)
    steps: int = 0


def parse_tests(text: str) -> list[dict]:
    """Transcript tests from YAML: one test ({name, steps}) or a list of them; ValueError in plain words."""
    if not (text or "").strip():
        return []
    try:
        datafile.check_bounded(text, "tests")
    except datafile.DataError as exc:
        raise ValueError("テストに「&」「*」（アンカーとエイリアス）は使えません。また、大きすぎるテストは保存できません"
                         f"（{datafile.MAX_CHARS:,} 文字、{datafile.MAX_NODES:,} 項目まで）。") from exc
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ValueError(f"テストの {mark.line + 1 if mark else '?'} 行目が YAML として読めません") from None
    specs = doc if isinstance(doc, list) else [doc]
    if len(specs) > MAX_TESTS:
        raise ValueError(f"テストは {MAX_TESTS} 件までです（いまは {len(specs)} 件）")
    for number, spec in enumerate(specs, 1):
        if isinstance(spec, dict) and isinstance(spec.get("steps"), list) and len(spec["steps"]) > MAX_STEPS:
            raise ValueError(f"{number} 番目のテストの手順は {MAX_STEPS} までです")
        if not isinstance(spec, dict) or not isinstance(spec.get("steps"), list) or not spec["steps"]:
            raise ValueError(f"{number} 番目のテストに steps（手順の一覧）がありません")
        unknown = [str(key) for key in spec if key not in TEST_KEYS]
        if unknown:
            raise ValueError(f"{number} 番目のテストの「{unknown[0]}」は使えない項目です"
                             f"（使えるのは {', '.join(TEST_KEYS)}）")
        for index, step in enumerate(spec["steps"], 1):
            if not isinstance(step, dict) or not any(k in step for k in (*STEP_KINDS, "data")):
                raise ValueError(f"{number} 番目のテストの手順 {step!r} に、相談者の動き"
                                 f"（{', '.join(STEP_KINDS)}）がありません")
            unknown = [str(key) for key in step if key not in (*STEP_KINDS, *STEP_CHECKS)]
            if unknown:
                raise ValueError(f"{number} 番目のテストの手順 {index} の「{unknown[0]}」は使えない項目です"
                                 f"（使えるのは {', '.join((*STEP_KINDS, *STEP_CHECKS))}）")
        if "summary" in spec and not isinstance(spec["summary"], dict):
            raise ValueError(f"{number} 番目のテストの summary は「項目: 値」の形で書いてください")
    return specs


def run_test(live, spec: dict, number: int = 1) -> TestResult:
    """Play one transcript against *live*; every 'bot' text must appear, every 'not' text must not."""
    name = str(spec.get("name") or f"テスト {number}")
    at = spec.get("at")
    try:
        now = datetime.fromisoformat(str(at)) if at else None
    except ValueError:
        return TestResult(name, False, [f"at: 「{str(at)[:40]}」は日時として読めません（例: 2026-12-07T10:00）"])
    if now is not None and not 2000 <= now.year <= 2100:
        return TestResult(name, False, ["at: 2000年から2100年までの日時にしてください"])
    sandbox = Sandbox(live, spec.get("lang"), now)
    result = TestResult(name, True)
    try:
        for index, step in enumerate(spec["steps"], 1):
            result.steps = index
            try:
                answer = sandbox.step(step)
            except StepError as exc:
                result.problems.append(f"手順 {index}: {exc}")
                break
            said = "\n".join(r["text"] for r in answer)
            labels = [b["label"] for b in sandbox.buttons()]
            if step.get("silent") and answer:
                result.problems.append(f"手順 {index}: ボットは何も言わないはずが「{said[:80]}」と答えました")
            for expected in _as_list(step.get("bot")):
                if str(expected) not in said:
                    result.problems.append(f"手順 {index}: 「{expected}」が返事にありません。返事: 「{said[:160]}」")
            for unexpected in _as_list(step.get("not")):
                if str(unexpected) in said:
                    result.problems.append(f"手順 {index}: 「{unexpected}」は返事に出てはいけません")
            for label in _as_list(step.get("buttons")):
                if not any(str(label) in have for have in labels):
                    result.problems.append(f"手順 {index}: ボタン「{label}」がありません（ボタン: {'、'.join(labels)}）")
        if not result.problems and spec.get("summary"):
            summary = sandbox.summary()
            for key, value in spec["summary"].items():
                if summary.get(key) != value:
                    result.problems.append(f"summary: {key} は {summary.get(key)!r}（期待した値: {value!r}）")
    finally:
        sandbox.close()
    result.ok = not result.problems
    return result


def run_tests(live, text: str) -> list[TestResult]:
    """Run every transcript test in *text*; a YAML mistake is reported as one failed test."""
    try:
        specs = parse_tests(text)
    except ValueError as exc:
        return [TestResult("テストの書き方", False, [str(exc)])]
    return [run_test(live, spec, n) for n, spec in enumerate(specs, 1)]


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
