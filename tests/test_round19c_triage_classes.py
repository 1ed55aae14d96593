"""Round 19c: farewells with no word of dying, cuts told in the past tense, and calm look-alikes of a crisis
(a fast by choice, another person's eating disorder, a main tap closed, a carer's fear of hitting a parent)."""
import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "今日でこれが最後のメッセージになります",
    "いままで本当にありがとう。犬のこと、どうか頼みます",
    "娘にごめんねって伝えておいてください",
])
def test_a_farewell_with_no_word_of_dying_raises_the_safety_question(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "機種変更するので、この番号からはこれが最後のメッセージです",
    "引っ越しで解約するので、この番号からは最後の連絡になります",
    "おかげさまで家賃の件が解決しました。今までありがとうございました",
])
def test_a_last_message_before_a_new_phone_or_thanks_for_a_solved_problem_stays_calm(classify, text):
    assert "suicide" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "The water's been off since last night and I have no money",
    "Na-cut na yung kuryente namin kagabi, wala kaming pambayad",
    "Bijuli aaja bihana kaatyo, paisa chaina",
])
def test_a_cut_told_in_the_past_is_a_certain_lifeline_crisis(classify, text):
    assert "lifeline" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "My phone powers off by itself sometimes",
    "Na-cut na po yung tubig pero nabayaran na namin, okay na",
    "Bijuli hijo kaatyo tara aaja feri aayo",
])
def test_a_settled_cut_or_a_phone_powering_off_is_no_lifeline_crisis(classify, text):
    assert "lifeline" not in classify(text).crisis


@pytest.mark.parametrize("text", [
    "断食月なので日中は何も食べていません",
    "姉が拒食でずっと何も食べていない",
    "Hôm nay nhịn ăn để sáng mai đi khám sức khỏe",
])
def test_a_fast_by_choice_or_another_persons_eating_disorder_is_no_hunger(classify, text):
    assert "no_food" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "お金がなくて昨日から何も食べていません",
    "Hôm nay hết tiền, không có gì ăn cả",
])
def test_real_hunger_is_still_no_food(classify, text):
    assert "no_food" in classify(text).crisis


def test_a_main_tap_closed_by_oneself_is_no_cut(classify):
    assert "lifeline" not in classify("お湯が出なくて焦ったけど元栓を閉めてた").crisis


def test_a_cut_beside_a_word_about_the_main_tap_is_still_a_cut(classify):
    assert "lifeline" in classify("電気止められた。元栓とか関係ない").crisis


def test_a_carers_fear_of_hitting_a_parent_one_day_is_no_violence_now(classify):
    result = classify("父の介護中、手を上げてしまいそうになる自分が怖いです")
    assert "violence" not in result.crisis
    assert "family" in result.topics


def test_a_parent_who_hits_the_resident_is_still_violence(classify):
    assert "violence" in classify("母に毎日叩かれています").crisis
