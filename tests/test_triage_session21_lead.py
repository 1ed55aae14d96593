"""Session 21, classes found beside the helpers' rounds: one's own death pictured again and again is asked about
(the exclusion for a film's death scene had ruled it out); a film's death scene stays calm."""
import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "自分が死ぬシーンばかり想像してしまう",
    "死ぬ場面ばかり頭に浮かぶんです",
    "わたしが死んでるところを何度も想像してしまう",
    "夜になると自分が死ぬ瞬間が頭に浮かんでくる",
])
def test_ones_own_death_pictured_over_and_over_is_asked_about(classify, text):
    assert raised(classify(text))


@pytest.mark.parametrize("text", [
    "映画の死ぬシーンで泣いた",
    "ドラマで主人公が死ぬ場面を見て泣きました",
    "小説の登場人物が死ぬところが悲しかった",
])
def test_a_story_s_death_scene_stays_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, lang", [
    ("sợ quá", "vi"),            # 「sợ」 folds to the English "so": a word with ợ is no English word
    ("em sợ quá", "vi"),
    ("mệt quá trời", "vi"),
    ("leave me alone", "en"),     # not the Vietnamese 「mẹ」 (mother) typed without accents
    ("me deixa em paz", "pt"),
    ("Bom dia", "pt"),
    ("Kumusta", "tl"),
    ("Kamusta po kayo", "tl"),
])
def test_the_language_of_short_messages_by_the_letters_and_words_it_writes(classify, text, lang):
    assert classify(text).lang == lang


def test_an_accented_word_still_counts_for_the_language_that_writes_that_letter(classify):
    assert classify("não tenho dinheiro").lang == "pt"
    assert classify("no tengo trabajo, ayúdame").lang == "es"
