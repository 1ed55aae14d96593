"""An answer said in several answer words (「んだ、そんだ」 "yep, that's it", "opo tama", "opo meron"): a message made
only of whole-message answers of its language is each of those answers, as if each had been sent alone."""

from __future__ import annotations

from .labels import ANSWERS
from .normalise import WORDS
from .trie import Hit, Target

MOST_WORDS = 4  # the longest answer entry read as one piece ("oo naman po", "yes i agree")


def _answers(index, key: str) -> list[Target]:
    return [target for target in index.whole.get(key, ()) if target.label in ANSWERS and not target.exclude]


def _pieces(index, form: str, cleaned: str) -> tuple[list[str], str]:
    """The message's smallest pieces and how they join: words in languages read by words; elsewhere the pieces the
    resident set apart with a space or a sign (「んだ、そんだ」), never the inside of one (うすそう is not うす・そう)."""
    if index.mode == WORDS:
        return form.split(), " "
    return [index.form(part) for part in cleaned.split()], ""


def answer_parts(index, form: str, cleaned: str, hits: list[Hit]) -> list[Hit]:
    """The answers of a message made of two or more whole-message answers of this language, each with its span; none
    when the message is one answer already, or holds a single word that answers nothing."""
    if any(target.kind == "whole_message" for _s, _e, target in hits):
        return []
    pieces, glue = _pieces(index, form, cleaned)
    if len(pieces) < 2:
        return []
    # best[i]: the answer groups that cover pieces[:i] (None: they cannot be covered)
    best: list[list[tuple[int, int, list[Target]]] | None] = [[]] + [None] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(max(0, end - MOST_WORDS), end):
            before = best[start]
            if before is None:
                continue
            joined = glue.join(pieces[start:end])
            found = _answers(index, f" {joined} " if glue else joined)
            if found:
                best[end] = before + [(start, end, found)]
                break
    groups = best[-1]
    if not groups or len(groups) < 2:
        return []
    return [hit for start, end, targets in _fine_after_no(groups)
            for hit in _spans(pieces, glue, form, start, end, targets)]


def _fine_after_no(groups):
    """「いや、かまへん」「いや、ええよ」 "nah, it's fine": a word that is a yes and "fine" after a no says the no is fine
    with the resident — that no, not a yes as well."""
    out, said_no = [], False
    for start, end, targets in groups:
        labels = {target.label for target in targets}
        if said_no and {"yes", "fine"} <= labels:
            targets = [target for target in targets if target.label != "yes"]
        said_no = said_no or "no" in labels
        out.append((start, end, targets))
    return out


def _spans(pieces: list[str], glue: str, form: str, start: int, end: int, targets: list[Target]) -> list[Hit]:
    """Each answer of a group over the piece it covers in the form (the whole form when the pieces do not line up)."""
    offset = len(glue) + sum(len(piece) + len(glue) for piece in pieces[:start])
    length = len(glue.join(pieces[start:end]))
    if form[offset:offset + length] != glue.join(pieces[start:end]):
        offset, length = 0, len(form)
    return [(offset, offset + length, target) for target in targets]
