"""Whether crisis words near a story word (a film, the news, a dream: scope.decide's `story`) are still the resident's own: a
story said not to be one, likened to their own life, left behind by a sentence's end, or only compared to."""

from __future__ import annotations

from .settling import EDGE  # (scope.ScopeHit and scope.Reach are not named here: scope imports this module)


def story_left(story, start: int, end: int, scope_hits: list, reach) -> bool:
    """The words are the resident's, not the story's: a sentence ends after the story (「怖い夢を見た。もう死にたい」), or the
    story is what they are compared to (`compared`: 「テレビで見たDVと同じことを夫にされてます」)."""
    return (story.end <= start + EDGE and any(story.end <= at <= start for at in reach.ends)) or any(
        hit.kind == "compared" and story.end - EDGE <= hit.start and hit.end <= start + EDGE for hit in scope_hits)


def denied_story(story, scope_hits: list, reach, end: int = 0) -> bool:
    """A story said not to be one ("no es una película: mi esposo me pega", "this isn't a movie") or named as a likeness
    of the resident's own life, after the words it is near ending at ``end`` ("mi esposo me pega como en una película")
    or by a word after the story's (「남편이 드라마처럼 때려요」); "just like in the film we watched, the hero…" is a story."""
    return any(hit.kind in ("denial_before", "denial_inside") and hit.end <= story.start
               and reach.within(hit.end, story.start, "denial")
               or hit.kind == "likened_before" and end - EDGE <= hit.start < story.start and hit.end <= story.start + EDGE
               and reach.within(min(hit.end, story.start), story.start, "denial")
               or hit.kind == "likened_after" and hit.start >= story.end - EDGE and hit.end > story.end
               and reach.within(story.end, max(hit.start, story.end), "negative") for hit in scope_hits)
