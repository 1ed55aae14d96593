"""Words and regexes compiled once per list: the same findings as one check per word or per regex."""
import re

import re2

from dialogs.triage.regex_hits import RegexHits
from dialogs.triage.trie import Target
from handlers.word_sets import WordSet, folded_word_set


def test_a_latin_word_counts_only_as_a_whole_word():
    words = WordSet(("ty", "basta"))
    assert words.found_in("ok ty")
    assert not words.found_in("the city")
    assert not words.found_in("bastante")


def test_a_latin_word_ending_in_a_star_is_the_start_of_a_word():
    words = WordSet(("thank*",))
    assert words.found_in("thanks a lot")
    assert words.found_in("thank you")
    assert not words.found_in("unthankful")


def test_a_word_in_another_script_counts_anywhere():
    words = WordSet(("ありがとう", "bye"))
    assert words.found_in("ほんとにありがとうね")
    assert not words.found_in("goodbye")


def test_an_apostrophe_joins_words_where_asked():
    assert not WordSet(("don",), apostrophe=True).found_in("i don't")
    assert WordSet(("don",)).found_in("i don't")


def test_words_as_a_script_writes_them_are_folded():
    assert folded_word_set(("Ｔｈａｎｋｓ", " Merci ")).found_in("merci beaucoup")


def _gap(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def test_a_gap_keyword_runs_where_one_spelling_of_its_first_words_appears():
    found = RegexHits()
    rent = Target("housing")
    found.add_gap(_gap("家賃.{0,10}?払え"), rent, ["家賃", "やちん"])
    assert [(start, end) for start, end, _ in found.hits("家賃がまだ払えない")] == [(0, 7)]
    assert found.hits("やちんはらえない") == []  # the anchor is there, the regex does not match: nothing
    assert found.hits("お金がない") == []


def test_a_gap_keyword_without_first_words_always_runs():
    found = RegexHits()
    found.add_gap(_gap("a+b"), Target("x"), [""])
    assert len(found.hits("zzaab")) == 1


def test_staff_patterns_are_matched_by_one_set_and_each_finds_all_its_matches():
    found = RegexHits()
    options = re2.Options()
    found.add_pattern(re2.compile("ga[sz]", options), Target("lifeline"))
    found.add_pattern(re2.compile("rent", options), Target("housing"))
    found.add_pattern(re2.compile("e", options), Target("letter"))
    hits = found.hits("gas and gaz")
    assert sorted((start, end, target.label) for start, end, target in hits) == [(0, 3, "lifeline"),
                                                                                 (8, 11, "lifeline")]
    assert {target.label for _, _, target in found.hits("the rent")} == {"housing", "letter"}


def test_hits_keep_the_order_the_regexes_were_added_in():
    found = RegexHits()
    found.add_pattern(re2.compile("b", re2.Options()), Target("first"))
    found.add_gap(_gap("a"), Target("second"), ["a"])
    found.add_pattern(re2.compile("a", re2.Options()), Target("third"))
    assert [target.label for _, _, target in found.hits("ab")] == ["first", "second", "third"]


def test_a_long_list_of_words_in_other_scripts_finds_what_a_search_per_word_finds():
    words = tuple(f"{stem}{end}" for stem in ("ありがと", "すみませ", "감사합", "谢谢你", "ขอบคุณ") for end in "うんで")
    texts = ["ほんとにありがとうね", "すみません、もう一度", "감사합니다", "谢谢你们", "ขอบคุณครับ", "仕事がない", "", "ok"]
    found = WordSet(words)
    for text in texts:
        assert found.found_in(text) == any(word in text for word in words), text
