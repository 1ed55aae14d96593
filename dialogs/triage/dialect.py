"""Dialect rewrites: regional forms a dictionary does not know (東北弁 金ねくて, 金がねえ) read as the standard
language before a message is analysed. Staff write them in a keyword file's `dialect:` list; each pattern is an
RE2 expression (linear time) and `\\1`…`\\9` in what it means keep the bracketed parts."""
from __future__ import annotations

import re
from dataclasses import dataclass

import re2
import yaml

from handlers.problems import Problem

from . import re2_budget

_GROUP = re.compile(r"\\([1-9])")
# A message in katakana alone (「ﾀﾞﾝﾅﾆﾅｸﾞﾗﾚﾀ ｲﾏﾆｹﾞﾃﾙ」, typed as on an old phone or a telegram): no hiragana, no kanji, and
# enough katakana to be sentences, not one loanword (「アパート」). The dictionary reads a katakana run as one foreign word,
# so it is read as the hiragana it spells (だんなになぐられた), which the dictionary splits into words.
_NOT_KATAKANA_ONLY = re.compile(r"[\u3041-\u309f\u3400-\u9fff]")
_KATAKANA = re.compile(r"[\u30a1-\u30f6]")
TELEGRAM_LETTERS = 8


def katakana_telegram(cleaned: str) -> str:
    """A message written in katakana alone, as the hiragana it spells; any other message as it is."""
    if _NOT_KATAKANA_ONLY.search(cleaned) or len(_KATAKANA.findall(cleaned)) < TELEGRAM_LETTERS:
        return cleaned
    return _KATAKANA.sub(lambda m: chr(ord(m.group(0)) - 0x60), cleaned)


@dataclass(frozen=True)
class Rewrite:
    """One regional form (an RE2 pattern) and the standard words it means."""

    written: str
    means: str
    line: int




class Dialect:
    """The rewrites of one language, applied in order to a cleaned message."""

    def __init__(self, rewrites: tuple[Rewrite, ...]):
        self._rules = [(re2_budget.compile_pattern(r.written), r.means) for r in rewrites]
        # one pass over the message says which rules match at all (most messages: none)
        self._set = re2_budget.search_set()
        for rewrite in rewrites:
            self._set.Add(rewrite.written)
        if rewrites:
            self._set.Compile()

    def __bool__(self) -> bool:
        return bool(self._rules)

    def standard(self, cleaned: str) -> str:
        """The message with every regional form replaced by the standard words it means (in the rules' order: a
        rule may match what an earlier one wrote); a message in katakana alone is read as the hiragana it spells."""
        cleaned = katakana_telegram(cleaned)
        after = 0
        while self._rules:
            matching = [index for index in self._set.Match(cleaned) or () if index >= after]
            if not matching:
                break
            regex, means = self._rules[min(matching)]
            cleaned = regex.sub(lambda m, means=means: _GROUP.sub(lambda g: m.group(int(g.group(1))) or "", means),
                                cleaned)
            after = min(matching) + 1
        return cleaned


def read_rewrites(reader, node: yaml.Node) -> tuple[Rewrite, ...]:
    """The `dialect:` list of a keyword file ({written: pattern, means: words}), each checked: the pattern
    compiles, cannot match nothing, and names only bracketed parts it has."""
    found = []
    if not isinstance(node, yaml.SequenceNode):
        reader.problem(node, Problem("lexicon.not_list", what="dialect"))
        return ()
    for item in node.value:
        entry = reader.mapping(item, "dialect")
        if set(entry) != {"written", "means"}:
            reader.problem(item, Problem("lexicon.dialect_entry"))
            continue
        written = reader.text(entry["written"][1], "dialect/written")
        means = reader.text(entry["means"][1], "dialect/means")
        if written is None or means is None:
            continue
        try:
            regex = re2_budget.compile_pattern(written)
        except re2.error as error:
            reason = error.args[0].decode() if error.args and isinstance(error.args[0], bytes) else str(error)
            reader.problem(item, Problem("lexicon.bad_regex", where_in="dialect", source=written, reason=reason))
            continue
        if regex.search("") is not None:
            reader.problem(item, Problem("lexicon.regex_matches_empty", where_in="dialect", source=written))
            continue
        if any(int(g) > regex.groups for g in _GROUP.findall(means)):
            reader.problem(item, Problem("lexicon.dialect_group", source=written, means=means))
            continue
        found.append(Rewrite(written, means, item.start_mark.line + 1))
    return tuple(found)
