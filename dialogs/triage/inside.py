"""Hits read inside the words of another hit: what those words say belongs to the other hit, not to themselves."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, Sequence, TypeVar


class _Spanned(Protocol):
    """What is read of a hit (matcher.Evidence): its label, its span, what cancelled it."""

    @property
    def label(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def excluded_by(self) -> str: ...


E = TypeVar("E", bound=_Spanned)

# a statement of having (「寝る場所はあります」, "I still have food") and the lack it answers
HAVING = (("has_shelter", "no_shelter"), ("has_food", "no_food"), ("has_utilities", "lifeline"))
# a fast by choice named anywhere in the message (「断食道場に行ってきたので三日水だけでした」) and the lack it explains
EXPLAINED_BY = (("fasting", "no_food"),)
# A question about the service holds words of a topic (「お金かかる？」 "do I have to pay?", 「要花钱吗」): they ask
# about us and tell no trouble of the resident's, so that topic does not count from inside the question's own words.
# The same words outside it still count: 「お金がない、相談は無料？」 is about money.
ASKED_NOT_TOLD = {"cost": ("money",)}


def _kept(evidence: Sequence[E], label: str) -> list[E]:
    return [item for item in evidence if item.label == label and not item.excluded_by]


def _within(item: _Spanned, others: Sequence[_Spanned]) -> bool:
    return any(other.start <= item.start and item.end <= other.end for other in others)


def _mark(evidence: Sequence[E], items: Sequence[E], why: str) -> list[E]:
    return [replace(item, excluded_by=why) if item in items else item for item in evidence]  # type: ignore[type-var]  # E is a dataclass (Evidence)


def settled_by_having(labels: set[str], evidence: list[E]) -> list[E]:
    """「ネカフェに泊まったのは終電を逃しただけで、家はあります」: a lack said before (or in the same words as) a
    statement of having is answered by it, and does not count; a lack said after it still does (「家はあるけど
    帰れない、今夜は公園」). A having inside the lack's own words (「没有吃的」 holds 有吃的) is no statement."""
    for have, lack in HAVING:
        if have not in labels or lack not in labels:
            continue
        lacks, haves = _kept(evidence, lack), _kept(evidence, have)
        inside = [item for item in haves if _within(item, lacks)]
        said = [item.end for item in haves if item not in inside]
        if not said:
            labels.discard(have)
            evidence = _mark(evidence, inside, f"inside the words of {lack}")
        elif all(item.start < max(said) for item in lacks):
            labels.discard(lack)
            evidence = _mark(evidence, lacks, f"settled: {have} said after it")
    for reason, lack in EXPLAINED_BY:
        if reason in labels and lack in labels:
            labels.discard(lack)
            evidence = _mark(evidence, _kept(evidence, lack), f"settled: {reason} explains it")
    return evidence


def asked_not_told(labels: set[str], evidence: list[E]) -> list[E]:
    """「お金かかる？」 "do I have to pay?": the money words of a question about the service are the question's, and
    give no money topic; money named outside the question (「お金がない、相談は無料？」) still does."""
    for question, topics in ASKED_NOT_TOLD.items():
        asks = _kept(evidence, question) if question in labels else []
        for topic in topics if asks else ():
            inside = [item for item in _kept(evidence, topic) if _within(item, asks)]
            evidence = _mark(evidence, inside, f"inside the question {question}")
            if inside and not _kept(evidence, topic):
                labels.discard(topic)
    return evidence
