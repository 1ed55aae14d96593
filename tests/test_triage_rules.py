"""Rules read from a keyword file of our own (a small lexicon): implications, word endings and gaps, exclusions,
regular expressions, whole-message entries.

Only `dialogs.triage` is used: no app, no database.
"""
import textwrap

import pytest

from dialogs.triage import Classifier
from tests.triage_support import labels

# --- Data-driven rules (a small lexicon of our own) ---------------------------------------------


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / "en.yaml").write_text(
        textwrap.dedent(
            """\
            language: en
            matching: words
            scripts: [latin]
            topics:
              housing:
                keywords: [evict*, pay * rent]
            crisis:
              suicide:
                keywords: [want to die]
                exclude: [want to die laughing]
                patterns: ['\\bend (it|everything)\\b']
            intents:
              yes:
                whole_message: [yes, "yes please"]
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "_shared.yaml").write_text("implies:\n  suicide: [health]\n  health: [isolation]\n", encoding="utf-8")
    return Classifier.from_directory(tmp_path)


def test_implies_rules_are_followed_transitively(tiny):
    assert labels(tiny.classify("I want to die")) == ({"health", "isolation"}, {"suicide"})


def test_word_endings_and_gaps_between_words(tiny):
    assert tiny.classify("They evicted me").topics == ("housing",)
    assert tiny.classify("I cannot pay my January rent").topics == ("housing",)
    assert tiny.classify("I can pay rent").topics == ("housing",)


def test_an_exclude_phrase_cancels_only_the_keyword_it_touches(tiny):
    assert tiny.classify("That show, I want to die laughing").crisis == ()
    assert tiny.classify("I want to die laughing. No, really, I want to die").crisis == ("suicide",)


def test_regular_expressions_are_matched_on_the_simplified_message(tiny):
    assert tiny.classify("I just want to END IT.").crisis == ("suicide",)


def test_whole_message_entries_ignore_case_and_punctuation(tiny):
    assert tiny.classify("YES!!").intents == ("yes",)
    assert tiny.classify("yes, I was evicted").intents == ()
