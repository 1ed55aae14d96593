"""A resident's own question about the centre in everyday words (dialogs/data/service_questions.yaml): 「土曜日もやってる？」
「場所どこ？」 "whats ur hours" 「この内容って市役所にバレる？」 「外国人でも相談できますか？」 「名前言わないとだめ？」
「ここって何ができるの？」. Answered from what the bot knows — the hours and the office's place as their set phrases are
(handlers/service_questions.py), that it stays secret, that anyone may consult, that no name is needed, what the centre
helps with — and the step's question follows (found playing residents: these were passed over at the first steps)."""
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from handlers import registry
from handlers.datafile import BOOKKEEPING, DataError, line_of, load_file, strip_lines
from handlers.patterns import ANSWERS as ANSWER_INTENTS
from handlers.problems import Problem
from handlers.registry import action, condition, matcher
from handlers.turn import Turn
from handlers.word_sets import fold, folded_word_set
from handlers.wording import wording

PATH = Path(__file__).resolve().parent.parent / "dialogs" / "data" / "service_questions.yaml"
# kind → the trigger that answers it (hours and the office's place have their own, as their set phrases do)
TRIGGERS = {"hours": "hours", "where": "office_where", "privacy": "service_answer", "anyone": "service_answer",
            "anonymous": "service_answer", "what_we_do": "service_answer"}
ANSWERS = {"privacy": "service.privacy", "anyone": "service.anyone", "anonymous": "service.anonymous",
           "what_we_do": "intake.info"}
for _trigger in set(TRIGGERS.values()):
    registry.uses_trigger(_trigger, "handlers.service_asks (a question about the centre answered)")


@dataclass(frozen=True)
class Kind:
    """One kind of question: its rules (each a tuple of word groups, all to be said), its not-words, story or not."""

    name: str
    rules: tuple[tuple[tuple[str, ...], ...], ...]
    not_words: tuple[str, ...] = ()
    story: bool = False

    def asked_in(self, folded: str) -> bool:
        if self.not_words and folded_word_set(self.not_words, True).found_in(folded):
            return False
        return any(all(folded_word_set(group, True).found_in(folded) for group in rule) for rule in self.rules)


@dataclass(frozen=True)
class ServiceQuestions:
    kinds: tuple[Kind, ...]
    asking: tuple[str, ...]
    max_chars: int = 60
    weekend: tuple[str, ...] = ()  # Saturday and Sunday together: 「土日」 "weekend"
    holidays: tuple[str, ...] = ()  # public holidays: 「祝日」 "public holidays"
    year_end: tuple[str, ...] = ()  # the New Year: 「年末年始」「お正月」 "New Year"

    def says_holidays(self, text: str) -> bool:
        """The message names public holidays (「祝日もやってる？」 "open on public holidays?")."""
        return bool(self.holidays) and folded_word_set(self.holidays, True).found_in(fold(text))

    def says_year_end(self, text: str) -> bool:
        """The message names the New Year (「年末年始は？」「お正月もやってる？」 "open over New Year?")."""
        return bool(self.year_end) and folded_word_set(self.year_end, True).found_in(fold(text))

    def says_weekend(self, text: str) -> bool:
        """The message names Saturday and Sunday together (「土日もやってる？」 "open on weekends?")."""
        return bool(self.weekend) and folded_word_set(self.weekend, True).found_in(fold(text))

    def kind_of(self, text: str, story: bool) -> str | None:
        """The kind of question about the centre *text* asks, if it asks one (a story only the kinds that allow it)."""
        if len(text.strip()) > self.max_chars:
            return None
        folded = fold(text)
        if not (wording().is_question(text) or folded_word_set(self.asking, True).found_in(folded)):
            return None
        return next((k.name for k in self.kinds if (k.story or not story) and k.asked_in(folded)), None)


def _problem(node, what: str) -> DataError:
    return DataError([Problem("wording.shape", where=PATH.name, line=line_of(node, 1), what=what)])


def _words(node, what: str) -> tuple[str, ...]:
    if not isinstance(node, list) or not node or not all(isinstance(w, (str, int)) and str(w).strip() for w in node):
        raise _problem(node, what)
    return tuple(str(w) for w in node)


def parse(data) -> ServiceQuestions:
    """Check and read service_questions.yaml's content (every kind known, every rule a list of word lists)."""
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise _problem(data, "kinds")
    kinds = []
    for name, spec in data["kinds"].items():
        if name in BOOKKEEPING:
            continue
        if name not in TRIGGERS or not isinstance(spec, dict) or not isinstance(spec.get("words"), dict):
            raise _problem(spec, f"kind {name}")
        rules = []
        for lang, lang_rules in strip_lines(spec["words"]).items():
            if not isinstance(lang_rules, list):
                raise _problem(spec, f"kind {name} ({lang})")
            for rule in lang_rules:
                if not isinstance(rule, list) or not rule:
                    raise _problem(spec, f"kind {name} ({lang})")
                rules.append(tuple(_words(group, f"kind {name} ({lang})") for group in rule))
        not_words = _words(strip_lines(spec["not"]), f"kind {name}: not") if spec.get("not") else ()
        kinds.append(Kind(str(name), tuple(rules), not_words, bool(spec.get("story"))))
    asking = tuple(w for words in strip_lines(data.get("asking") or {}).values() for w in _words(words, "asking"))
    days = {name: tuple(w for words in strip_lines(data.get(name) or {}).values() for w in _words(words, name))
            for name in ("weekend", "holidays", "year_end")}
    return ServiceQuestions(tuple(kinds), asking, int(data.get("max_chars") or 60), **days)


@cache
def service_questions() -> ServiceQuestions:
    """The shipped service_questions.yaml, read once."""
    return parse(load_file(PATH))


ASKED = "service_question"  # turn.data: the kind of question this turn asked (read by the answer)
DAY_ONLY_CHARS = 20  # 「日曜は？」 "what about Sunday?": a day asked alone; longer, it says more than a day


@matcher("service_question")
def service_question(turn: Turn, pattern, engine) -> str | None:
    """The message asks a question about the centre in everyday words that the set phrases did not catch."""
    triage = turn.triage
    if turn.inbound.kind != "text" or triage is None or triage.crisis:
        return None
    kind = service_questions().kind_of(turn.inbound.text, story=bool(triage.topics))
    if kind is None and _asks_about_a_day(turn):
        kind = "hours"
    if kind is None:
        return None
    trigger = engine.pick(turn, [TRIGGERS[kind]])
    if trigger == "service_answer":
        turn.data[ASKED] = kind
    return trigger


@matcher("hours_asked")
def hours_asked(turn: Turn, pattern, engine) -> str | None:
    """The message asks about the centre's hours in everyday words, or about a day alone (「土曜日もやってる？」「日曜は？」):
    where the other questions about the centre are not read (after a crisis sign, while waiting for a person)."""
    triage = turn.triage
    if turn.inbound.kind != "text" or triage is None or triage.crisis:
        return None
    asked = service_questions().kind_of(turn.inbound.text, story=bool(triage.topics)) == "hours"
    return engine.pick(turn, pattern.triggers) if asked or _asks_about_a_day(turn) else None


def _asks_about_a_day(turn: Turn) -> bool:
    """A short question that names a day and nothing else we read (「日曜は？」「明日は？」 "Sunday?" 「周六呢？」「祝日は？」
    「年末年始は？」): whether the centre is open then (dialogs/data/dates.yaml: the words of a day; service_questions.yaml:
    weekend, holidays, year_end)."""
    text, triage, book = turn.inbound.text.strip(), turn.triage, turn.services.dates
    # an answer word beside the day asks about it too (「土曜日大丈夫？」「土曜日に行ってもいい？」); any other intent is
    # something else asked (「明日予約できる？」)
    if book is None or triage is None or len(text) > DAY_ONLY_CHARS or triage.topics or set(triage.intents) - ANSWER_INTENTS:
        return False
    if not wording().is_question(text):
        return False
    asked = service_questions()
    if asked.says_weekend(text) or asked.says_holidays(text) or asked.says_year_end(text):
        return True
    reading = book.read(text, turn.lang, turn.now.astimezone(ZoneInfo(turn.services.office.tz)).date())
    return bool(reading and reading.days and reading.hour is None)


@action("answer_service_question")
def answer_service_question(turn: Turn) -> None:
    """The answer to the kind of question asked; words that also name topics are kept for the counselor."""
    kind = turn.data.pop(ASKED, None)
    if turn.triage is not None and turn.triage.topics:
        registry.ACTIONS["classify_text"](turn)
    turn.say(ANSWERS.get(kind or "", "intake.info"), person=turn.t("opt.person"))


@condition("asks_only_a_question")
def asks_only_a_question(turn: Turn) -> bool:
    """At the first step, a question of the resident's that names no trouble and that nothing here answers
    (「相談したら何日で返事くる？」): the step stays, and a counselor is offered for it (dialogs/repeats.py) — not the
    topic buttons as if it had been a story."""
    triage = turn.triage
    text = turn.inbound.text if turn.inbound.kind == "text" else ""
    return (bool(text) and triage is not None and not triage.topics and not triage.crisis
            and len(text.strip()) <= service_questions().max_chars and wording().is_question(text))
