"""The label implications shared by every language (dialogs/keywords/_shared.yaml), validated on load."""

from __future__ import annotations

from pathlib import Path

import yaml

from handlers.problems import Problem

from .labels import ALL_LABELS, CONCEPTS, CRISIS, EVERYDAY_TOPICS, SITUATIONS, TOPICS
from .lexicon.spec import LexiconError

SHARED_FILE = "_shared.yaml"


class Implications:
    """Label → every label it also gives (followed transitively); concepts are dropped after use."""

    def __init__(self, rules: dict[str, tuple[str, ...]], rules_out: dict[str, tuple[str, ...]] | None = None,
                 suspects: dict[str, tuple[str, ...]] | None = None,
                 suspects_alone: dict[str, tuple[str, ...]] | None = None,
                 yields_to: dict[str, tuple[str, ...]] | None = None,
                 office_words: dict[str, tuple[str, ...]] | None = None):
        self.rules = dict(rules)
        # Japan's office words a message of another language writes in Japanese or romaji → their topics (office_words.py)
        self.office_words = dict(office_words or {})
        self.yields_to = dict(yields_to or {})
        self.rules_out = dict(rules_out or {})
        self.suspects = dict(suspects or {})
        self.suspects_alone = dict(suspects_alone or {})
        self._closed = {label: self._follow(label) for label in rules}

    def _follow(self, label: str) -> frozenset[str]:
        seen: set[str] = set()
        todo = list(self.rules.get(label, ()))
        while todo:
            target = todo.pop()
            if target not in seen:
                seen.add(target)
                todo.extend(self.rules.get(target, ()))
        return frozenset(seen)

    def _yielded(self, labels) -> set[str]:
        """The labels without those that yield to another label found (sadness beside loneliness is the loneliness)."""
        if not self.yields_to or not set(labels) & set(self.yields_to):
            return set(labels)
        others = set(labels) - set(self.yields_to)
        given = others | {target for label in others for target in self._closed.get(label, frozenset())}
        return {label for label in labels if not set(self.yields_to.get(label, ())) & given}

    def expand(self, labels: set[str] | frozenset[str]) -> frozenset[str]:
        """The labels with everything they imply, concepts removed."""
        labels = self._yielded(labels)
        found = set(labels)
        for label in labels:
            found |= self._closed.get(label, frozenset())
        return frozenset(label for label in found if label not in CONCEPTS)

    def situations(self, labels) -> frozenset[str]:
        """The labels with everything they imply, concepts kept (a medical emergency is also danger_now)."""
        found = set(labels)
        for label in labels:
            found |= self._closed.get(label, frozenset())
        return frozenset(found)

    def suspected_by(self, labels) -> frozenset[str]:
        """Crisis kinds the words make possible, not certain (a bare 「助けて」): the bot asks about them gently; a bare
        exhaustion (「もう限界」) only when the words name no everyday topic (「仕事が多すぎてもう限界」 is about work)."""
        kinds = {kind for label in labels for kind in self.suspects.get(label, ())}
        if not self.expand(labels) & set(EVERYDAY_TOPICS):
            kinds |= {kind for label in labels for kind in self.suspects_alone.get(label, ())}
        return frozenset(kinds)

    def ruled_out_by(self, labels) -> frozenset[str]:
        """Crisis kinds the learned backstop must not raise, given what the keywords found (a request for
        food support is not "no food today")."""
        return frozenset(kind for label in labels for kind in self.rules_out.get(label, ()))

    def of(self, label: str) -> frozenset[str]:
        """What one label implies (for --explain)."""
        return self._closed.get(label, frozenset())


def load(directory: str | Path) -> Implications:
    """Read and validate _shared.yaml in the keyword directory (raises LexiconError with FILE:LINE)."""
    path = Path(directory) / SHARED_FILE
    if not path.exists():
        return Implications({})
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise LexiconError([Problem("lexicon.not_yaml", where=str(path), line=mark.line + 1 if mark else 1, detail=error)]) from error
    problems: list[str] = []

    def problem(node, reason: Problem) -> None:
        problems.append(reason.at(str(path), node.start_mark.line + 1 if node is not None else 1))

    sections: dict[str, dict[str, tuple[str, ...]]] = {"implies": {}, "rules_out": {}, "suspects": {}, "suspects_alone": {},
                                                       "yields_to": {}, "office_words": {}}
    if not isinstance(root, yaml.MappingNode):
        raise LexiconError([Problem("shared.shape", where=str(path), line=1)])
    for key, value in root.value:
        if key.value not in sections:
            problem(key, Problem("shared.unknown_setting", name=key.value))
            continue
        what, rules = key.value, sections[key.value]
        # a concept may give a situation (a medical emergency is a danger under way: danger_now)
        # a label may yield to any concept found beside it (a place to stay named on a trip: housing yields to trip)
        allowed = CRISIS if what in ("rules_out", "suspects", "suspects_alone") else TOPICS if what == "office_words" else \
            ALL_LABELS if what == "yields_to" else tuple(label for label in ALL_LABELS if label not in CONCEPTS or label in SITUATIONS)
        if not isinstance(value, yaml.MappingNode):
            problem(value, Problem("shared.not_mapping", what=what))
            continue
        for name, targets in value.value:
            if what != "office_words" and name.value not in ALL_LABELS:  # an office word is a word, not a label
                problem(name, Problem("shared.unknown_label", what=what, label=name.value))
                continue
            if name.value in rules:
                problem(name, Problem("shared.twice", what=what, label=name.value))
                continue
            if not isinstance(targets, yaml.SequenceNode):
                problem(targets, Problem("shared.not_list", what=what, label=name.value))
                continue
            found = []
            for item in targets.value:
                target = getattr(item, "value", None)
                if not isinstance(target, str) or target not in allowed:
                    kind = "crisis" if what in ("rules_out", "suspects", "suspects_alone") else "topic" if what == "office_words" \
                        else "topic, crisis or intent"
                    problem(item, Problem("shared.wrong_target", what=what, label=name.value, target=target, kind=kind))
                elif target == name.value:
                    problem(item, Problem("shared.itself", what=what, label=name.value))
                else:
                    found.append(target)
            rules[name.value] = tuple(found)
    if problems:
        raise LexiconError(problems)
    return Implications(sections["implies"], sections["rules_out"], sections["suspects"], sections["suspects_alone"],
                        sections["yields_to"], sections["office_words"])
