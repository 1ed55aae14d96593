"""The words of a reply to "shall I connect you with a counselor?" (dialogs/data/offer_replies.yaml) are data staff
edit: the shipped file loads, and a word listed both as a yes and a no is refused with its language and line."""
import pytest

from handlers.datafile import DataError, load_yaml
from handlers.offer_replies import offer_replies, parse


def test_the_shipped_words_load_for_every_language_of_the_keywords():
    assert {"ja", "en", "zh", "ko", "vi", "tl", "pt", "es", "ne", "id", "th", "my"} <= set(offer_replies().by_lang)


def test_a_word_that_is_both_a_yes_and_a_no_is_refused_with_its_line():
    text = "languages:\n  en:\n    accept: [sure]\n  ja:\n    accept: [はい]\n    decline: [いいえ, はい]\n"
    with pytest.raises(DataError) as refused:
        parse(load_yaml(text, "offer_replies.yaml"))
    assert "offer_replies.yaml:5" in str(refused.value) and "はい" in str(refused.value)


def test_an_unknown_kind_of_words_is_refused():
    with pytest.raises(DataError):
        parse(load_yaml("languages:\n  en:\n    maybe: [perhaps]\n", "offer_replies.yaml"))
