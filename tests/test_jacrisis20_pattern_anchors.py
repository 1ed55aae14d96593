"""A staff pattern that begins with plain words runs only where one of them appears in the message; any other stays
in the one RE2 set matched over every message (a smaller set is a faster one). What a pattern finds is the same."""

from __future__ import annotations

import pytest
import re2

from dialogs.triage.regex_hits import RegexHits, leading_literals
from dialogs.triage.trie import Target


@pytest.mark.parametrize("pattern, words", [
    ("(屋上|おくじょう)(に|で)(いる|います)", ["屋上", "おくじょう"]),
    ("(?:子ども|子供)に.{0,4}(何か|なにか)", ["子ども", "子供"]),
    ("自分を殺", ["自分を殺"]),
    ("(a|b)c[|]d", ["a", "b"]),
])
def test_a_pattern_that_begins_with_plain_words_is_anchored_on_them(pattern, words):
    assert leading_literals(pattern) == words


@pytest.mark.parametrize("pattern", [
    "(a|b)?c",            # the first group may be absent
    "(a|b)*c",
    "(a|b)c|d",           # a match may begin with d
    "(?:^|[^a-z])od",     # no plain words first
    "(持ち物|大事に(して)?)x",  # a group inside the first one
    "(a|b.c)d",           # a wildcard inside an alternative
    "(?i)abc",
    "ab?",
    "",
])
def test_any_other_pattern_stays_in_the_set(pattern):
    assert leading_literals(pattern) is None


def test_an_anchored_pattern_finds_what_the_set_found():
    hits = RegexHits()
    anchored, loose = Target("suicide"), Target("no_food")
    hits.add_pattern(re2.compile("(屋上|おくじょう)(に|で)(いる|います)"), anchored)
    hits.add_pattern(re2.compile("(?:^|[^a-z])od(?:[^a-z]|$)"), loose)
    assert [(start, end) for start, end, target in hits.hits("いまおくじょうにいる") if target is anchored] == [(2, 10)]
    assert not hits.hits("おくじょうでごはん")
    assert [target for _, _, target in hits.hits("i did od")] == [loose]


def test_a_pattern_whose_first_words_include_one_letter_is_tried_only_where_one_of_them_is_and_finds_as_before():
    hits = RegexHits()
    water = Target("lifeline")
    regex = re2.compile("(水|みず|水道)(が|も)?.{0,4}(止ま|とま)")
    hits.add_pattern(regex, water)
    assert not hits._patterns, "anchored on its first words, not left in the set matched over every message"
    for text in ("きのうから水道が止まってる", "水も、みずも、とまった", "お湯は出る", "みずがとまってて水が止まる"):
        assert [(start, end) for start, end, _ in hits.hits(text)] == \
            [match.span() for match in regex.finditer(text)], text
