"""The resident as the one who would act (「あいつ殺してやる」「手が出そう」 "I'm going to kill my neighbour"): the words of the
resident's own anger or will to harm someone (intents ``anger``, ``harm_intent``) are no violence suffered and no wish to
die. A violence word found inside them (殺して, 殴って, "kill") is cancelled, and a suicide word only when they say more
than it (romanised Nepali "marna man" is both "want to kill" and "want to die": the wish to die stays); a word that
reaches beyond them — a threat heard and reported (「殺してやるって言われた」 "he said he's going to kill me") — counts."""
from __future__ import annotations

from typing import Any

ACTOR = frozenset({"anger", "harm_intent"})
ACTED_ON = frozenset({"violence", "suicide"})


def own_hand(kept: list[Any], cancelled: list[Any], form: str) -> tuple[list[Any], list[Any]]:
    """*kept* without the violence and suicide hits that lie inside a hit of the resident's own anger (the spaces around
    words in *form* aside), and *cancelled* with them (the anger hit as their cause, for --explain)."""
    actors = [hit for hit in kept if hit[2].label in ACTOR]
    if not actors:
        return kept, cancelled
    still = []
    for hit in kept:
        cause = next((actor for actor in actors if hit[2].label in ACTED_ON and _inside(hit, actor, form,
                                                                                         hit[2].label == "suicide")),
                     None)
        if cause is None:
            still.append(hit)
        else:
            cancelled.append((hit, cause))
    return still, cancelled



def _words(hit: Any, form: str) -> tuple[int, int]:
    """The span of *hit* without the spaces around its words (a keyword's span may take them)."""
    start, end = hit[0], hit[1]
    while start < end and form[start:start + 1].isspace():
        start += 1
    while end > start and form[end - 1:end].isspace():
        end -= 1
    return start, end


def _inside(hit: Any, actor: Any, form: str, strictly: bool) -> bool:
    """Whether the words of *hit* lie within *actor*'s (*strictly*: and *actor* says more than they do)."""
    (start, end), (low, high) = _words(hit, form), _words(actor, form)
    return low <= start and end <= high and (not strictly or high - low > end - start)
