"""What a resolution word (a language's `resolved_after` / `resolved_before`) may settle: a helper of scope.decide.

A word that settles a trouble (「仕事は見つかった」「電気は戻りました」「払えた」「解決」) silences the labels in its reach, but not
every label it reaches:

- a plan or a return: a word of finding or deciding after a wish to die tells the plan (`plan_after`: 「死ぬ日が決まった」), a
  word of coming back after a trouble of one's own tells it recurred (`back_after`: 「夫の暴力が復活した」);
- a settling denied, wished for, asked about or under a condition (`unsettled`: 「DVの問題は解決していない」「夫の暴力を解決
  したい」「寝る場所が見つかったら」) settles nothing — and the ない in it denies nothing either (scope.decide);
- a payment or a supply back (`supply_after`: 「払えた」「電気がついた」), a bed (`bed_after`: 「泊めてもらえた」), a meal
  (`meal_after`) settle, of the crises, only the need they name: 「死にたい。家賃は払えた」 is still a wish to die (a bed or a
  meal settles, of the topics too, only its need's: 「腰を痛めて…今は家にいます」 is still about health);
- a resolution whose subject is another topic, marked with は, が, も just before it (「食べるものがない。仕事は決まった」
  「夫に殴られる。借金は解決した」), settles that topic, not the crisis.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .labels import CRISIS, CRISIS_CONCEPTS, TOPICS


class ScopeHit(Protocol):
    """A scope word found (scope.ScopeHit; not imported: scope imports this module)."""

    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Reach(Protocol):
    """The folded message scope words are measured in (scope.Reach)."""

    @property
    def form(self) -> str: ...

# What a word of finding, deciding or solving cannot settle in its own clause: there it tells the plan (「死ぬ日が決まった」
# with the language's `plan_after`; "I've found the place where I'll die", "ya encontré el lugar para morir": any resolution
# told before the wish), never its end; a turn first (「…けど、今はもう大丈夫」) still does
PLANNED = ("suicide",)
# What a word of coming back (the language's `back_after`) cannot settle in its own clause: a trouble of one's own that it
# says came back (「夫の暴力が復活した」「野宿に戻りました」); a cut and a medical emergency are settled by it (the gas, the breath)
RECURRING = ("suicide", "violence", "domestic_violence", "child_at_risk", "parent_harm", "no_food", "no_shelter")
# What a payment or a supply back, a bed, a meal settles among the crises: the need it names. A bed or a meal needs no subject
# (「兄の家に泊めてもらえた」 names a place, not another trouble); a payment has one (「家賃は払えた」 pays no electricity)
SETTLES_ONLY = {"supply_after": ("lifeline",), "bed_after": ("no_shelter",), "meal_after": ("no_food",)}
NAMES_ITS_NEED = ("bed_after", "meal_after")
# The topics a crisis is told under (its implications in _shared.yaml; a beating's family): a resolution whose subject is one
# of them may settle it (「電気代は払えた」「住むところが見つかった」)
OWN_TOPICS = {"suicide": ("health",), "no_food": ("money",), "no_shelter": ("housing",), "lifeline": ("money",),
              "violence": ("family",), "domestic_violence": ("family",), "child_at_risk": ("family",), "parent_harm": ("family",)}
# What marks a topic word the subject of a resolution a few letters on (「仕事はやっと見つかった」「借金の問題はもう解決」); an agent
# further back, or one that does something (a て between), is not one (「母が送ってくれて解決しました」「給料が入ってなんとかなった」)
SUBJECT_MARKS = ("は", "が", "も", "の問題は", "の件は", "のことは", "の問題も", "の件も", "のことも")
SUBJECT_REACH = 4  # characters between the mark and the resolution


def overlapping(hit: ScopeHit, kind: str, scope_hits: Sequence[ScopeHit]) -> bool:
    """Whether a scope word of that kind shares letters with the hit (「解決してない」 holds 「解決」)."""
    return any(other.kind == kind and other.start < hit.end and hit.start < other.end for other in scope_hits)


def settles(resolved: ScopeHit, label: str, end: int, scope_hits: Sequence[ScopeHit], reach: Reach, others: Sequence) -> bool:
    """Whether a resolution word settles the label whose words end at ``end`` (``others``: the message's keyword hits, as
    (start, end, target), where the resolution's subject is looked for)."""
    if ((label in PLANNED and (resolved.kind == "resolved_before" or overlapping(resolved, "plan_after", scope_hits)))
            or (label in RECURRING and overlapping(resolved, "back_after", scope_hits))
            or overlapping(resolved, "unsettled", scope_hits)):
        return False
    named = [kind for kind in SETTLES_ONLY if overlapping(resolved, kind, scope_hits)]
    if label not in CRISIS and label not in CRISIS_CONCEPTS:  # a bed or a meal: only the topic of its need (「今は家にいます」)
        return all(label in OWN_TOPICS[SETTLES_ONLY[kind][0]] for kind in named if kind in NAMES_ITS_NEED)
    if any(label not in SETTLES_ONLY[kind] for kind in named):
        return False
    if any(kind in NAMES_ITS_NEED for kind in named):
        return True
    subjects = [(high, target.label) for low, high, target in others if low >= end and high <= resolved.start
                and target.label in TOPICS and _marked(reach.form, high, resolved.start)]
    last = max((high for high, _ in subjects), default=None)
    return last is None or any(high == last and topic in OWN_TOPICS.get(label, ()) for high, topic in subjects)


def _marked(form: str, high: int, before: int) -> bool:
    """A topic word ending at ``high`` marked the subject of the resolution beginning at ``before``; the word may begin a
    compound of kanji (「就職先は」「借金問題は」)."""
    while high < before and high < len(form) and "\u4e00" <= form[high] <= "\u9fff":
        high += 1
    return any(form.startswith(mark, high) and before - high - len(mark) <= SUBJECT_REACH
               and not {"て", "で"} & set(form[high + len(mark):before]) for mark in SUBJECT_MARKS)  # 「給料が入って」: a means
