"""Residents tap the same buttons and type the same short words, so the classifier keeps its last short readings:
the same words with the same language hint are read once, a long story is read each time, and what is kept is the
reading the words would get anyway."""
import pytest

from dialogs.triage import classifier as classifier_module
from dialogs.triage import default_classifier
from dialogs.triage.classifier import Classifier


@pytest.fixture
def counted(monkeypatch):
    """A fresh classifier (not the shared one) and the number of times it really read a message."""
    built = default_classifier()
    fresh = Classifier(list(built._matchers), built._implications, built._backstop)
    reads = []
    original = fresh._classify

    def reading(text, lang):
        reads.append((text, lang))
        return original(text, lang)

    monkeypatch.setattr(fresh, "_classify", reading)
    return fresh, reads


def test_the_same_short_words_with_the_same_hint_are_read_once(counted):
    classifier, reads = counted
    first = classifier.classify("はい", "ja")
    again = classifier.classify("はい", "ja")
    assert again == first and reads == [("はい", "ja")]


def test_the_same_words_under_another_language_hint_are_read_again(counted):
    classifier, reads = counted
    classifier.classify("ok", "en")
    classifier.classify("ok", "pt-BR")
    assert reads == [("ok", "en"), ("ok", "pt-BR")]


def test_a_long_story_is_read_each_time_it_comes(counted):
    classifier, reads = counted
    story = "仕事をクビになって、家賃も払えなくて、毎日どうしたらいいのか分からなくて眠れません。" * 3
    assert len(story) > classifier_module.LONGEST_REMEMBERED
    classifier.classify(story, "ja")
    classifier.classify(story, "ja")
    assert len(reads) == 2


def test_a_kept_reading_is_the_one_the_words_get_when_read_afresh(counted, classify):
    classifier, _ = counted
    for text in ("もう死にたい", "家賃が払えません", "ありがとう"):
        classifier.classify(text, "ja")
        assert classifier.classify(text, "ja") == classify(text, "ja")


def test_a_benchmark_can_read_kept_words_afresh(counted):
    classifier, reads = counted
    kept = classifier.classify("はい", "ja")
    assert classifier.classify_afresh("はい", "ja") == kept
    assert reads == [("はい", "ja"), ("はい", "ja")]
