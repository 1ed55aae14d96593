"""An exclusion cancels only what it is about: a crisis's exclusion leaves another crisis on the same words."""
from dialogs.triage import default_classifier


def test_an_exclusion_of_one_crisis_leaves_another_crisis_on_the_same_words():
    # 「止まらない」 is no water cut (lifeline's exclusion), but blood that will not stop is a medical emergency
    bleeding = default_classifier().classify("祖母が転んで血が止まらない")
    assert "suicide" in bleeding.crisis and "medical_emergency" in bleeding.situations
    assert default_classifier().classify("水道の水が止まらない").crisis == ()
