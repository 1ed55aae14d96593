"""A dialog script's patterns: the behaviours that cut across the steps (crisis, stop, thanks…), read and checked."""
from dataclasses import dataclass, field

from handlers import registry
from handlers.datafile import BOOKKEEPING, line_of
from handlers.problems import Problem

PATTERN_KEYS = {"name", "when", "trigger", "intents", "words", "max_chars", "unless_intents", "in_story", "answer_first",
                "steps", *BOOKKEEPING}


@dataclass
class Pattern:
    """A behaviour that cuts across every step (crisis, stop, thanks…): when it matches, its trigger fires."""

    name: str
    when: str  # a matcher registered in handlers (registry.MATCHERS)
    triggers: tuple[str, ...]  # the first one that can fire in the current state is used
    intents: dict = field(default_factory=dict)  # for `when: intent`: triage intent -> trigger
    words: tuple[str, ...] = ()  # for `when: words`: what the resident may write (folded, contained)
    max_chars: int = 0  # match only messages at most this long (0: any length)
    unless_intents: tuple[str, ...] = ()  # not when the classifier reads one of these (「いいえ、やめます」 is a no)
    line: int = 0
    # for `when: intent`: the intents that still fire in a message that names topics (a story); None: all do
    in_story: tuple[str, ...] | None = None
    answer_first: bool = False  # where the step asks and the words answer it (「大丈夫です、ありがとう」), the answer wins
    steps: tuple[str, ...] = ()  # only at these steps (none: at every step); elsewhere the step reads the words

    def skipped(self, text: str, state: str) -> bool:
        """Whether this message is too long for the pattern, or the resident is at a step it is not for."""
        return bool(self.max_chars and (not text or len(text) > self.max_chars)) or bool(
            self.steps and state not in self.steps)


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def parse_patterns(doc, bad) -> list[Pattern]:
    """The cross-cutting behaviours, in the order they are checked."""
    patterns = []
    for p in _as_list(doc.get("patterns")):
        if not isinstance(p, dict) or not p.get("name") or not p.get("when"):
            bad(p if isinstance(p, dict) else doc, Problem("script.pattern_incomplete"))
            continue
        for key in set(p) - PATTERN_KEYS:
            bad(p, Problem("script.pattern_unknown_key", pattern=p["name"], key=key))
        if p["when"] not in registry.MATCHERS:
            bad(p, Problem("script.unknown_matcher", pattern=p["name"], when=p["when"], known=", ".join(sorted(registry.MATCHERS))))
        intents = {k: v for k, v in dict(p.get("intents") or {}).items() if k not in BOOKKEEPING}
        if not p.get("trigger") and not intents:
            bad(p, Problem("script.pattern_fires_nothing", pattern=p["name"]))
        words = tuple(str(w) for w in _as_list(p.get("words")))
        if p["when"] == "words" and not words:
            bad(p, Problem("script.pattern_needs_words", pattern=p["name"]))
        patterns.append(Pattern(str(p["name"]), str(p["when"]), tuple(str(t) for t in _as_list(p.get("trigger"))),
                                {str(k): str(v) for k, v in intents.items()}, words, int(p.get("max_chars") or 0),
                                tuple(str(i) for i in _as_list(p.get("unless_intents"))), line_of(p),
                                None if p.get("in_story") is None else tuple(str(i) for i in _as_list(p["in_story"])),
                                p.get("answer_first") is True, tuple(str(st) for st in _as_list(p.get("steps")))))
    return patterns


def check_patterns(patterns: list[Pattern], transitions: list[dict], bad, states=None) -> None:
    """Each pattern fires triggers that exist, and one of them can fire from every state (or from each of its
    `steps`, which must be states of the script)."""
    triggers = {t["trigger"] for t in transitions}
    for pattern in patterns:
        for trigger in list(pattern.triggers) + list(pattern.intents.values()):
            if trigger not in triggers:
                bad(pattern.line, Problem("script.pattern_trigger_unknown", pattern=pattern.name, trigger=trigger))
        for step in pattern.steps:
            if states is not None and step not in states:
                bad(pattern.line, Problem("script.pattern_step_unknown", pattern=pattern.name, step=step))
            elif pattern.triggers and not any(t["source"] in ("*", step) and t["trigger"] in pattern.triggers
                                              for t in transitions):
                bad(pattern.line, Problem("script.pattern_not_at_step", pattern=pattern.name, step=step,
                                          triggers=list(pattern.triggers)))
        if pattern.triggers and not pattern.steps and not any(t["source"] == "*" and t["trigger"] in pattern.triggers
                                                              for t in transitions):
            bad(pattern.line, Problem("script.pattern_not_everywhere", pattern=pattern.name, triggers=list(pattern.triggers)))
