"""Japanese typed in Latin letters (romaji) is read as Japanese, never as Indonesian or Tagalog; other languages'
Latin messages are left to their own keywords (issue 18, session 17)."""

import pytest

from dialogs.triage.romaji import as_kana, word_kana


@pytest.mark.parametrize("word, kana", [
    ("ikiteru", "いきてる"), ("shinitai", "しにたい"), ("kitte", "きって"), ("konbanwa", "こんばんわ"),
    ("chotto", "ちょっと"), ("ryokan", "りょかん"), ("tsurai", "つらい"), ("kyou", "きょう"),
])
def test_a_romaji_word_is_spelt_in_hiragana(word, kana):
    assert word_kana(word) == kana


@pytest.mark.parametrize("word", ["tidak", "want", "uang", "mga", "comida", "help"])
def test_a_word_of_another_language_is_no_romaji(word):
    assert word_kana(word) is None


@pytest.mark.parametrize("text, crisis", [
    ("mou tsukareta. kietai kedo dou shiyou", "suicide"),
    ("Shinitai", "suicide"),
    ("ikite iru imi ga nai desu", "suicide"),
    ("okane ga nakute kinou kara nanimo tabetenai", "no_food"),
    ("kyou neru tokoro ga nai", "no_shelter"),
])
def test_a_crisis_written_in_romaji_is_read_as_japanese(classify, text, crisis):
    result = classify(text)
    assert result.lang == "ja" and crisis in result.crisis


@pytest.mark.parametrize("text, topics", [
    ("kubi ni natte yachin ga haraenai", {"work", "housing", "money"}),
    ("kodomo no koto de soudan shitai desu", {"family"}),
])
def test_a_topic_written_in_romaji_is_read_as_japanese(classify, text, topics):
    result = classify(text)
    assert result.lang == "ja" and topics <= set(result.topics)


@pytest.mark.parametrize("text, lang", [
    ("saya tidak punya uang untuk makan", "id"),
    ("aku ga tau harus gimana", "id"),
    ("wala akong pera pambayad ng upa", "tl"),
    ("no tengo trabajo y no puedo pagar la renta", "es"),
    ("i have no money and nowhere to sleep tonight", "en"),
    ("tôi không có tiền", "vi"),
])
def test_other_languages_in_latin_letters_are_no_romaji(classify, text, lang):
    assert as_kana(text) is None
    assert classify(text).lang == lang
