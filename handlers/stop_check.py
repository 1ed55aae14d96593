"""A wish to stop where a question is open, and a typed "back" (found by a tester playing residents, session 20).

「算了」 "ayoko na" 「やっぱりいいです」 at a question were read as a no to it, or to "shall I connect you?" (「好的，那我们
继续」 "Sige. Ituloy natin dito."), or kept as words while waiting; 「やっぱりやめます」 just after booking was kept as
words. Where a question is open such words are a clear choice — stop here, or keep going — never "let's carry on" (while
waiting for a person the script lets them go kindly). A typed 「もどる」 "back" 「返回」 is the back button, not "start again"."""
from functools import lru_cache

from handlers import registry
from handlers.registry import action, matcher
from handlers.turn import Turn
from handlers.word_sets import fold, folded_word_set

NEVER_MIND = "never_mind"  # the script's pattern whose words say "never mind" (「やっぱりいい」)
GOODBYE = "goodbye"  # the script's pattern of goodbyes: 「算了，再见」 is leaving, not a choice to make
STOP = "stop"  # the trigger of a plain stop (let go kindly, the way back told)
registry.uses_trigger(STOP, "handlers.stop_check (a wish to stop said with a goodbye)")
FROM = "stop_check_from"  # turn.data: the step whose question was open when the resident wished to stop


@matcher("stop_wished")
def stop_wished(turn: Turn, pattern, engine) -> str | None:
    """The message says a wish to stop (this pattern's words and those of the `never_mind` pattern), whatever else the
    classifier reads in it (「算了」 is also a no); not in a story, nor with a crisis sign. With a goodbye (「算了，再见」)
    the resident is leaving: no choice, the plain stop lets them go."""
    triage = turn.triage
    if turn.inbound.kind != "text" or triage is None or triage.crisis or triage.topics:
        return None
    folded, patterns = fold(turn.inbound.text), engine.script.patterns
    words = tuple(pattern.words) + tuple(w for p in patterns if p.name == NEVER_MIND for w in p.words)
    if not folded_word_set(words).found_in(folded):
        return None
    if folded_word_set(tuple(w for p in patterns if p.name == GOODBYE for w in p.words)).found_in(folded):
        return engine.pick(turn, [STOP])
    return engine.pick(turn, pattern.triggers)


PUNCTUATION = " 　.,!?！？。、…~〜"


@lru_cache(maxsize=64)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


@matcher("typed_back")
def typed_back(turn: Turn, pattern, engine) -> str | None:
    """The whole message is a word for "back" (the pattern's words: the back button's label in every language and a
    few more), where the step has a way back."""
    if turn.inbound.kind != "text":
        return None
    typed = fold(turn.inbound.text).strip(PUNCTUATION)
    if typed in _folded(tuple(pattern.words)):
        return engine.pick(turn, pattern.triggers)


@action("remember_open_question")
def remember_open_question(turn: Turn) -> None:
    """Remember the step whose question was open, to come back to it."""
    turn.data[FROM] = turn.previous_state


@action("back_to_open_question")
def back_to_open_question(turn: Turn) -> None:
    """Keep going: back to the step whose question was open (its question again)."""
    turn.goto = turn.data.pop(FROM, None) or "start"


@action("leave_open_question")
def leave_open_question(turn: Turn) -> None:
    """Stop: the step left is the one to come back to (as a stop anywhere remembers it)."""
    origin = turn.data.pop(FROM, None)
    if origin:
        turn.data["return_to"] = origin
