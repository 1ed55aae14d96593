"""Staff regular expressions cannot freeze a worker: keyword patterns run on RE2 (linear time), patterns RE2
cannot run in linear time (lookarounds, backreferences) are refused with a reason when the file is loaded,
and every shipped pattern gets through pathological messages within a time budget."""
import textwrap
import time

import pytest

from dialogs.triage import KEYWORDS_DIRECTORY, Classifier, LexiconError
from dialogs.triage.lexicon import load_directory
from dialogs.triage.lexicon.spec import compile_pattern

HEADER = "language: en\nmatching: words\nscripts: [latin]\n"
PATHOLOGICAL = ["1" * 20_000 + "x", "a" * 20_000 + "!", "ab" * 10_000, "死" * 20_000, "0 " * 10_000 + "yen" * 3,
                "(" * 5_000 + ")" * 5_000, " " * 20_000]


def write(directory, text):
    path = directory / "en.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize("pattern", [r"(?<![a-z])dv", r"(a)\1", r"foo(?=bar)"])
def test_a_pattern_that_needs_backtracking_is_refused_with_a_reason(tmp_path, pattern):
    write(tmp_path, HEADER + f"crisis:\n  suicide:\n    patterns: ['{pattern}']\n")
    with pytest.raises(LexiconError) as caught:
        Classifier.from_directory(tmp_path)
    [problem] = caught.value.problems
    assert "invalid regular expression" in problem and "linear time" in problem


def test_a_pattern_that_would_backtrack_catastrophically_in_pythons_re_runs_in_linear_time():
    regex = compile_pattern(r"(?:a|b|ab)+c", "words", {})
    started = time.process_time()
    assert regex.search("ab" * 5_000) is None
    assert time.process_time() - started < 1.0  # Python's re needs minutes on 48 characters of this


def test_every_shipped_pattern_gets_through_pathological_messages_quickly():
    patterns = []
    for spec in load_directory(KEYWORDS_DIRECTORY):
        for rules in spec.rules:
            patterns += [(spec.lang, phrase.text) for phrase in rules.patterns]
    assert patterns, "the shipped files have patterns"
    started = time.process_time()
    for lang, source in patterns:
        regex = compile_pattern(source, "words", {})
        for text in PATHOLOGICAL:
            list(regex.finditer(text))
    assert time.process_time() - started < 5.0  # generous: RE2 needs milliseconds for all of them


def test_the_classifier_reads_a_long_digit_string_with_yen_quickly():
    classifier = Classifier.from_directory(KEYWORDS_DIRECTORY)
    started = time.process_time()
    for lang in ("es", "id", "tl", "pt", "vi"):
        classifier.classify("9" * 5_000 + " yen", lang)
    assert time.process_time() - started < 5.0


def test_a_patterns_upper_case_escapes_keep_their_meaning_when_the_pattern_is_folded():
    regex = compile_pattern(r"goodbye(?: \S+){0,3} NOT answering", "words", {})
    assert regex.search("goodbye and now not answering") and not regex.search("goodbye   not answering")
