"""Two classes found in session 19's second blind set after its one measure. Every message here was written for these
tests."""
import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("words", [
    "어제부터 가스가 끊겼어요. 요금을 못 냈어요",
    "전기 끊겼어요 돈이 없어서 아직 못 냈어요",
])
def test_a_korean_cut_with_a_bill_not_paid_is_a_crisis_not_settled_by_the_word_paid(classify, words):
    assert "lifeline" in classify(words, "ko").crisis


@pytest.mark.parametrize("words", [
    "전기가 끊겼었는데 요금을 냈어요. 이제 괜찮아요",
    "가스 끊겼는데 오늘 다 냈어요",
])
def test_a_korean_cut_since_paid_is_settled(classify, words):
    assert "lifeline" not in raised(classify(words, "ko"))


@pytest.mark.parametrize("words", [
    "もう長いこと崖の上に立っています",
    "さっきから はしのうえに たってる",
])
def test_standing_a_long_while_at_a_bridge_or_cliff_said_with_the_while_first_is_a_wish_to_die(classify, words):
    assert "suicide" in classify(words).crisis


@pytest.mark.parametrize("words", [
    "ずっと橋の上で写真を撮っていました。カメラ仲間のサークルはありますか",
    "ずっと橋の上に立ってた頃もあったけど、今は元気に働いています",
])
def test_a_bridge_in_a_hobby_or_a_time_that_is_over_is_no_crisis(classify, words):
    assert "suicide" not in classify(words).crisis
