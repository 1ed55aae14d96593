"""Negation and scope: words that deny, settle or joke about the labels found near them.

A language's `scope:` lists (dialogs/keywords/<lang>.yaml) are matched like keywords. Their reach is
the clause: it stops at a clause break (けど, but, pero…) and after a few words.

- denial_after / denial_before: 「しにたいとかじゃない」, "not that I want to die" — the crisis words in
  reach do not count (a topic still does: a denied crisis is not a denied worry);
- resolved_after / resolved_before: 「仕事は見つかったけど」, "the power is back" — the labels in reach
  are settled and do not count;
- joking: "lol", 「ｗｗ」 — a word of suicide or violence is not taken as certain: it becomes a possible
  crisis, which the bot asks about gently; hunger or a cut in a joke ("starving lol") is not a crisis.
"""

from __future__ import annotations

from dataclasses import dataclass

from .labels import CRISIS, CRISIS_CONCEPTS

# How far a scope word reaches: (characters, for languages written without spaces; words otherwise).
# A denial must be close (死にたいとかじゃない), or it would deny 死にたい気持ちが消えていない.
EDGE = 1  # characters a scope word may share with the label's match
JOKES_ASKED_ABOUT = ("suicide", "violence", "domestic_violence")
REACH = {"denial": (4, 3), "resolved": (14, 5)}


@dataclass(frozen=True)
class ScopeHit:
    """A scope word found in the message: its kind, its span and the entry (text, line)."""

    kind: str
    start: int
    end: int
    entry: str
    line: int


@dataclass(frozen=True)
class Decision:
    """What the scope words did to one label hit: kept, cancelled (and by what), or made uncertain."""

    outcome: str  # "kept", "denied", "resolved", "joking"
    by: ScopeHit | None = None


class Reach:
    """Measures distance and clause breaks in one folded message."""

    def __init__(self, form: str, words: bool, breaks: list[ScopeHit]):
        self.form = form
        self.words = words
        self.breaks = breaks

    def _distance(self, low: int, high: int) -> int:
        return self.form.count(" ", low, high) if self.words else high - low

    def within(self, low: int, high: int, reach: str) -> bool:
        """Whether the stretch of text from low to high is inside one clause and close enough."""
        if high < low:
            return False
        if any(low <= brk.start and brk.end <= high for brk in self.breaks):
            return False
        characters, words = REACH[reach]
        return self._distance(low, high) <= (words if self.words else characters)


def decide(label: str, start: int, end: int, scope_hits: list[ScopeHit], reach: Reach) -> Decision:
    """What the scope words in reach do to a label found between start and end."""
    crisis = label in CRISIS or label in CRISIS_CONCEPTS
    for hit in scope_hits:
        kind = hit.kind.split("_")[0]
        if kind not in REACH or (kind == "denial" and not crisis):
            continue
        # A scope word may overlap the label's match at its edge (the space two words share, the character
        # a pattern consumes after "dv"), never its start or its whole.
        if hit.kind.endswith("_after"):
            close = hit.start >= end - EDGE and hit.end > end and reach.within(end, max(hit.start, end), kind)
        else:
            close = hit.end <= start + EDGE and hit.start < start and reach.within(min(hit.end, start), start, kind)
        if close:
            return Decision("denied" if kind == "denial" else "resolved", hit)
    if crisis:
        joke = next((hit for hit in scope_hits if hit.kind == "joking"), None)
        if joke is not None:
            # "I want to die lol" is still asked about; "starving lol" is not a crisis
            return Decision("joking" if label in JOKES_ASKED_ABOUT else "joked", joke)
    return Decision("kept")
