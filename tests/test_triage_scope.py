"""Scope rules that hold in every language (issue 18): a past trouble set against "now", a denial inside a
gap keyword, a negative-polarity word that owns its ない, an exclusion that also cancels the crisis concept
on the same words."""

import pytest

from dialogs.triage.scope import Reach, ScopeHit, decide
from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "昔は死にたいと思う時期もあったけど、今は仕事もあって元気です",
    "a few years ago I was sleeping rough, now I rent a small room and need help with a bill",
    "antes dormía en la calle, ahora vivo con mi hermana y busco empleo",
    "dulu saya pernah tidur di jalan, sekarang sudah tinggal di kos",
    "以前曾经想过死，现在已经好多了，想问工作的事",
])
def test_a_past_trouble_set_against_now_raises_nothing(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("昔から殴られてて、今も毎日殴られてる", "violence"),  # no past word in the clause of the second
    ("I used to have a flat but now I'm homeless", "no_shelter"),  # "used to" is not in the clause of homeless
    ("以前は死にたいと思ったことがあった。また死にたい", "suicide"),  # no "now": the past word alone settles nothing
])
def test_the_present_is_still_read(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "the gas hasn't been cut off yet, I just need to pay in instalments",
    "a água ainda não foi cortada, só quero parcelar a conta",
])
def test_a_denial_inside_a_gap_keyword_denies_it(classify, text):
    assert "lifeline" not in raised(classify(text))


def test_a_negative_polarity_word_owns_its_negation(classify):
    assert "no_food" in classify("きのうからなんも食べてない。財布に百円しかない").crisis


def test_a_denial_after_still_denies_without_one(classify):
    assert "lifeline" not in raised(classify("ガスはまだ止まってないです。払い方を相談したい"))


def test_an_exclusion_of_a_crisis_cancels_the_concept_on_the_same_words(classify):
    result = classify("hindi ako sinasaktan ng asawa ko, nag-aaway lang kami tungkol sa pera")
    assert "violence" not in raised(result)
    assert "family" in result.topics


def test_worry_about_a_cut_is_not_a_cut(classify):
    assert "lifeline" not in raised(classify("水道を止められないか不安で、先に相談したいです"))


def test_decide_ignores_a_gap_denial_the_keyword_itself_holds():
    reach = Reach(" power not cut ", True, [])
    hit = ScopeHit("denial_after", 6, 11, "not", 1)
    assert decide("lifeline", 0, 14, [hit], reach, "power not * cut").outcome == "kept"
    assert decide("lifeline", 0, 14, [hit], reach, "power * cut").outcome == "denied"


@pytest.mark.parametrize("text", [
    "もしガスを止められたらどうしよう",
    "what happens if they shut off the water?",
    "kalau listrik diputus bagaimana?",
    "如果房东把我赶出去怎么办",
])
def test_a_material_crisis_under_a_condition_is_a_worry(classify, text):
    assert not raised(classify(text))


def test_a_condition_does_not_soften_suicide(classify):
    assert "suicide" in raised(classify("if nothing changes I'm going to kill myself"))


def test_the_backstop_uses_a_language_threshold_where_it_has_one():
    from dialogs.triage.backstop import Backstop

    weights = {"w:adios": [2.0, 0.0, 0.0, 0.0, 0.0]}
    data = {"labels": ["suicide", "violence", "no_food", "no_shelter", "lifeline"], "bias": [-1.5, -5, -5, -5, -5],
            "weights": weights, "thresholds": [0.7] * 5, "thresholds_by_lang": {"es": [0.6] * 5}}
    model = Backstop.from_json(data)  # sigmoid(0.5) = 0.62: under 0.7, over Spanish's own 0.6
    assert model.score("bueno pues adios", "es")["raised"] == ["suicide"]
    assert model.score("bueno pues adios", "pt")["raised"] == []
    shipped = Backstop.shipped()
    assert shipped is not None
    assert all(0.6 <= value < 1 for row in shipped.thresholds_by_lang.values() for value in row)


def test_chinese_not_wanting_to_die_is_no_sign_and_not_wanting_to_live_is(classify):
    assert "suicide" not in raised(classify("我不想死，只是工作压力大"))
    assert "suicide" in classify("真的不想活了").crisis


@pytest.mark.parametrize("text, lang", [("No, quiero morir", "es"), ("No. Quiero morir ya", "es"),
                                        ("Não, quero morrer", "pt"), ("Hindi, gusto ko nang mamatay", "tl")])
def test_a_no_that_answers_a_question_does_not_deny_the_crisis_written_after_it(classify, text, lang):
    assert "suicide" in classify(text, lang).crisis


@pytest.mark.parametrize("text, lang", [("No quiero morir, pero estoy cansado", "es"), ("No, I don't want to die", "en"),
                                        ("いいえ、死にたいとかじゃないです", "ja"), ("Não. Não quero morrer", "pt")])
def test_a_no_before_a_denial_is_still_a_denial(classify, text, lang):
    assert "suicide" not in classify(text, lang).crisis
