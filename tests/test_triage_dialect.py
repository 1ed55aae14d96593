"""Regional Japanese the dictionary does not know is read as the standard language first (ja.yaml `dialect:`):
東北の「金ねくて」 is money, 「食うもんねえ」 is no food today — and 「だよねえ」 is still nothing. A broken rewrite is
refused on load with its line. A kanji word with a two-kana reading (死ぬ → しぬ) is found typed in hiragana when the
dictionary reads it as that word."""
import textwrap

import pytest

from dialogs.triage import Classifier, LexiconError
from tests.triage_support import labels


@pytest.mark.parametrize("text, topic", [
    ("金ねくて困ってる", "money"),
    ("仕事ねぐなって、銭っこもねえ", "money"),
    ("仕事ねぐなって、銭っこもねえ", "work"),
    ("家賃払えねぇんだわ", "money"),
    ("金がなかけん困っとる", "money"),
])
def test_a_regional_way_of_saying_there_is_none_names_the_topic(classify, text, topic):
    assert topic in labels(classify(text, "ja"))[0]


def test_no_food_in_tohoku_words_is_a_crisis_sign(classify):
    assert "no_food" in labels(classify("三日前から食うもんねえ", "ja"))[1]


@pytest.mark.parametrize("text", ["そうだよねえ", "ねえ、聞いてくれる？", "ネクタイを買いに行きたい", "死にたいとかでねぇよ"])
def test_the_particle_ne_and_words_that_only_look_like_a_dialect_are_left_alone(classify, text):
    topics, crisis = labels(classify(text, "ja"))
    assert not crisis and not topics


def test_a_broken_dialect_rewrite_is_refused_with_its_line(tmp_path):
    (tmp_path / "ja.yaml").write_text(textwrap.dedent("""\
        language: ja
        matching: anywhere
        scripts: [kana, han]
        dialect:
          - {written: 'ね[ぐく](て', means: 'なく'}
          - {written: 'ねえ', means: '\\\\2ない'}
          - {written: 'ねえ'}
          - {written: 'x*', means: 'y'}
        topics:
          money:
            keywords: [金]
        """), encoding="utf-8")
    with pytest.raises(LexiconError) as refused:
        Classifier.from_directory(tmp_path)
    problems = refused.value.problems
    assert [p.split(":")[1] for p in problems] == ["5", "6", "7", "8"], problems
    assert "ね[ぐく](て" in problems[0] and "\\2ない" in problems[1]


@pytest.mark.parametrize("text", ["しぬしかない", "しぬかも", "しぬ"])
def test_a_short_kanji_word_typed_in_hiragana_is_found_when_the_dictionary_reads_it_as_that_word(classify, text):
    assert "suicide" in labels(classify(text, "ja"))[1]


@pytest.mark.parametrize("text", ["しかねない", "かねてから思っていた"])
def test_a_short_reading_inside_another_word_is_not_that_word(classify, text):
    assert not labels(classify(text, "ja"))[1]
