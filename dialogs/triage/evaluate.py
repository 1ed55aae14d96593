"""Measure the classifier on labelled messages (TSV: lang, text, topics, crisis).

    python -m dialogs.triage.evaluate [FILE ...]

Without FILEs it reads ../shared/triage/samples.tsv (relative to the project root) and
tests/data/triage_extra.tsv when they exist. Prints per-language and overall figures and every
misclassified line; exits with status 1 when a target is missed.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .labels import CRISIS, TOPICS
from .lexicon.spec import LexiconError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FILES = (
    PROJECT_ROOT.parent / "shared" / "triage" / "samples.tsv",
    PROJECT_ROOT / "tests" / "data" / "triage_extra.tsv",
)
TARGETS = {
    "topic_f1_ja": 0.90,  # at least
    "topic_f1_other": 0.85,  # at least
    "crisis_recall": 1.0,  # at least
    "false_crisis_rate": 0.05,  # at most
}


@dataclass(frozen=True)
class Row:
    """One labelled message and where it came from."""

    source: str
    line: int
    lang: str
    text: str
    topics: frozenset[str]
    crisis: frozenset[str]


def _labels(field: str, vocabulary: tuple[str, ...], where: str) -> frozenset[str]:
    labels = frozenset(label.strip() for label in field.split(",") if label.strip())
    unknown = labels - set(vocabulary)
    if unknown:
        raise ValueError(f"{where}: unknown label(s) {', '.join(sorted(unknown))}")
    return labels


def read_rows(path: str | Path) -> list[Row]:
    """Read a labelled TSV file; '#' lines and blank lines are skipped."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t") + ["", ""]
        where = f"{path}:{number}"
        if len(fields) < 4 or not fields[1].strip():
            raise ValueError(f"{where}: expected lang<TAB>text<TAB>topics<TAB>crisis")
        rows.append(
            Row(
                source=str(path),
                line=number,
                lang=fields[0].strip(),
                text=fields[1],
                topics=_labels(fields[2], TOPICS, where),
                crisis=_labels(fields[3], CRISIS, where),
            )
        )
    return rows


class _Tally:
    """Counts for one group of messages."""

    def __init__(self) -> None:
        self.messages = self.true_pos = self.false_pos = self.false_neg = 0
        self.crisis_expected = self.crisis_found = 0
        self.calm_messages = self.calm_flagged = 0
        self.lang_correct = 0
        self.crisis_messages = self.crisis_messages_raised = self.calm_raised = 0

    def add(self, row: Row, topics: set[str], crisis: set[str], lang: str, possible: frozenset[str] | set[str] = frozenset()) -> None:
        """Count one classified message against its labels."""
        self.messages += 1
        self.true_pos += len(row.topics & topics)
        self.false_pos += len(topics - row.topics)
        self.false_neg += len(row.topics - topics)
        self.crisis_expected += len(row.crisis)
        self.crisis_found += len(row.crisis & crisis)
        raised = bool(crisis or possible)  # a crisis flag, or the safety question
        if not row.crisis:
            self.calm_messages += 1
            self.calm_flagged += bool(crisis)
            self.calm_raised += raised
        else:
            self.crisis_messages += 1
            self.crisis_messages_raised += raised
        self.lang_correct += lang == row.lang

    def figures(self) -> dict:
        """Topic micro-F1, crisis recall, false-crisis rate and language accuracy so far."""
        scored = 2 * self.true_pos + self.false_pos + self.false_neg
        return {
            "messages": self.messages,
            "topic_f1": 2 * self.true_pos / scored if scored else 1.0,
            "crisis_recall": self.crisis_found / self.crisis_expected if self.crisis_expected else 1.0,
            "crisis_expected": self.crisis_expected,
            "crisis_found": self.crisis_found,
            "false_crisis_rate": self.calm_flagged / self.calm_messages if self.calm_messages else 0.0,
            "false_crisis": self.calm_flagged,
            "calm_messages": self.calm_messages,
            "lang_accuracy": self.lang_correct / self.messages if self.messages else 1.0,
            # per message, counting the gentle safety question as raised (the measure)
            "crisis_raised": self.crisis_messages_raised / self.crisis_messages if self.crisis_messages else 1.0,
            "crisis_messages": self.crisis_messages,
            "crisis_messages_raised": self.crisis_messages_raised,
            "calm_raised": self.calm_raised / self.calm_messages if self.calm_messages else 0.0,
            "calm_raised_count": self.calm_raised,
        }


def evaluate(rows: Iterable[Row], classifier) -> dict:
    """Classify every row; return per-language, ja/other/overall figures, targets and mistakes."""
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    mistakes = []
    for row in rows:
        result = classifier.classify(row.text)
        topics, crisis = set(result.topics), set(result.crisis)
        possible = set(getattr(result, "possible", ()) or ())
        group = "ja" if row.lang == "ja" else "other"
        for name in (f"lang:{row.lang}", group, "overall"):
            tallies[name].add(row, topics, crisis, result.lang, possible)
        if topics != row.topics or crisis != row.crisis or result.lang != row.lang or (possible and not row.crisis):
            mistakes.append(
                {
                    "where": f"{row.source}:{row.line}",
                    "lang": row.lang,
                    "detected_lang": result.lang,
                    "text": row.text,
                    "expected_topics": sorted(row.topics),
                    "topics": sorted(topics),
                    "expected_crisis": sorted(row.crisis),
                    "crisis": sorted(crisis),
                    "possible": sorted(possible),
                }
            )
    figures = {name: tally.figures() for name, tally in tallies.items()}
    empty = _Tally().figures()
    checks = {
        "topic_f1_ja": figures.get("ja", empty)["topic_f1"],
        "topic_f1_other": figures.get("other", empty)["topic_f1"],
        "crisis_recall": figures.get("overall", empty)["crisis_recall"],
        "false_crisis_rate": figures.get("overall", empty)["false_crisis_rate"],
    }
    targets = {
        name: {
            "value": value,
            "target": TARGETS[name],
            "met": value <= TARGETS[name] if name == "false_crisis_rate" else value >= TARGETS[name],
        }
        for name, value in checks.items()
    }
    return {
        "by_lang": {name[5:]: value for name, value in sorted(figures.items()) if name.startswith("lang:")},
        "ja": figures.get("ja", empty),
        "other": figures.get("other", empty),
        "overall": figures.get("overall", empty),
        "targets": targets,
        "passed": all(target["met"] for target in targets.values()),
        "mistakes": mistakes,
    }


def _line(name: str, figures: dict) -> str:
    return (
        f"{name:<8}{figures['messages']:>6}   topic F1 {figures['topic_f1']:.3f}   "
        f"crisis recall {figures['crisis_recall']:.3f} ({figures['crisis_found']}/{figures['crisis_expected']})   "
        f"false crisis {figures['false_crisis_rate']:.3f} ({figures['false_crisis']}/{figures['calm_messages']})   "
        f"lang {figures['lang_accuracy']:.3f}   with question: crisis raised {figures['crisis_raised']:.3f} "
        f"({figures['crisis_messages_raised']}/{figures['crisis_messages']}), calm raised {figures['calm_raised']:.3f} "
        f"({figures['calm_raised_count']}/{figures['calm_messages']})"
    )


def report(report_data: dict) -> str:
    """A readable text report of what ``evaluate`` returned."""
    out = ["language  msgs"]
    out += [_line(lang, figures) for lang, figures in report_data["by_lang"].items()]
    out += ["", _line("ja", report_data["ja"]), _line("other", report_data["other"])]
    out += [_line("overall", report_data["overall"]), "", "targets:"]
    for name, target in report_data["targets"].items():
        sign = "<=" if name == "false_crisis_rate" else ">="
        verdict = "ok" if target["met"] else "MISSED"
        out.append(f"  {name:<18} {target['value']:.3f} (target {sign} {target['target']:.2f})  {verdict}")
    mistakes = report_data["mistakes"]
    out += ["", f"misclassified: {len(mistakes)}"]
    for mistake in mistakes:
        lang = mistake["lang"] + ("" if mistake["lang"] == mistake["detected_lang"] else f"→{mistake['detected_lang']}")
        out.append(
            f"  {mistake['where']} [{lang}] {mistake['text']}\n"
            f"      topics {','.join(mistake['expected_topics']) or '-'} → {','.join(mistake['topics']) or '-'}"
            f"   crisis {','.join(mistake['expected_crisis']) or '-'} → {','.join(mistake['crisis']) or '-'}"
            + (f"   asks about {','.join(mistake['possible'])}" if mistake.get("possible") else "")
        )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: evaluate the shipped classifier on the given (or default) files."""
    from . import default_classifier

    args = list(sys.argv[1:] if argv is None else argv)
    paths = [Path(arg) for arg in args] or [path for path in DEFAULT_FILES if path.exists()]
    if not paths:
        print("no labelled files found", file=sys.stderr)
        return 1
    try:
        classifier = default_classifier()
    except LexiconError as error:
        print(f"the keyword files have problems:\n{error}", file=sys.stderr)
        return 2
    try:
        runs = [(str(path), read_rows(path)) for path in paths]
    except (OSError, ValueError) as error:
        print(f"cannot read labelled messages: {error}", file=sys.stderr)
        return 2
    if len(runs) > 1:
        runs.append(("all files together", [row for _, rows in runs for row in rows]))
    passed = True
    for title, rows in runs:
        result = evaluate(rows, classifier)
        print(f"=== {title} ===")
        print(report(result))
        print()
        passed = passed and result["passed"]
    return 0 if passed else 1

if __name__ == "__main__":
    sys.exit(main())
