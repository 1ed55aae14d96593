"""Session 24 (issue 18, Japanese): classes of crises the Japanese reading missed — a message in katakana alone, a Latin
word in a Japanese message taken for a laugh, romaji told in the passive past — each stated with fresh wordings."""

import pytest


@pytest.mark.parametrize("text, kind", [
    ("ｶﾚｼﾆﾅｸﾞﾗﾚﾃ ｲｴｦﾃﾞﾀ", "violence"),
    ("ｵｯﾄﾆｹﾗﾚﾙ ｺﾜｲ", "violence"),
    ("ｼﾆﾀｲ ﾓｳﾑﾘ ﾂｶﾚﾀ", "suicide"),
    ("ネルトコガナイ イマエキノベンチ", "no_shelter"),
])
def test_a_message_in_katakana_alone_is_read_as_the_words_it_spells(classify, text, kind):
    result = classify(text)
    assert kind in result.crisis or kind in result.possible


@pytest.mark.parametrize("text", ["アパートノヤチン", "ｱﾙﾊﾞｲﾄ ｻｶﾞｼﾃﾏｽ", "ホームページ"])
def test_a_calm_message_in_katakana_alone_stays_calm(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible


@pytest.mark.parametrize("text, kind", [
    ("ガスも電気も止まってる。Wordで書いた手紙も印刷できない", "lifeline"),
    ("水道止められた。公園のWi-Fiで送ってます", "lifeline"),
    ("夫に殴られた、今Webで相談先探してる", "violence"),
])
def test_a_latin_word_holding_a_w_is_no_laugh(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text", ["電気止められたｗｗｗ", "水道とめられたwww"])
def test_a_laugh_of_ws_is_still_a_laugh(classify, text):
    assert "lifeline" not in classify(text).crisis


@pytest.mark.parametrize("text, kind", [
    ("otto ni nagurareta. ima tomodachi no ie ni iru", "violence"),
    ("gasu tomerareta. kyou wa samui", "lifeline"),
])
def test_romaji_in_the_passive_past_is_japanese(classify, text, kind):
    result = classify(text)
    assert result.lang == "ja" and kind in result.crisis
