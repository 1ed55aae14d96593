"""Crisis wording in the other languages, by class: someone else's wish to die reported in the third person, a wish
not to exist, sleeping and never waking, a cut announced by phone; and calm messages with the same words: a denied
wish to die, violence in a film, a goodbye at a job."""
import pytest


@pytest.mark.parametrize("text, lang", [
    ("mi hermano dice que se quiere matar, está solo en su depa", "es"),
    ("yung pinsan ko sabi nya magpapakamatay daw sya, ano gagawin ko", "tl"),
    ("my friend says she wants to die and won't answer", "en"),
    ("meu irmão disse que vai se matar", "pt"),
    ("chan qua, muon ngu mot giac khong bao gio day nua", "vi"),
    ("mending aku gak ada aja, semua jadi lebih gampang", "id"),
    ("nag-text na ako ng goodbye sa mga anak ko", "tl"),
])
def test_a_wish_to_die_in_words_the_lists_did_not_have_is_a_crisis(classify, text, lang):
    assert "suicide" in classify(text).crisis, (lang, classify(text))


def test_a_cut_announced_by_phone_for_today_is_a_cut_in_nepali(classify):
    assert "lifeline" in classify("ग्यास आज काट्छु भनेर फोन आयो, पैसा छैन").crisis
    assert "lifeline" not in classify("यदि बिजुली काट्छ भने के गर्ने").crisis


@pytest.mark.parametrize("text", [
    "e khong muon chet dau, chi la met qua thoi",
    "não to querendo me matar nem nada, só cansado da fabrica",
    "We watched a film about domestic violence in class, heavy stuff. Anyway my question is about school fees",
    "I said goodbye to everyone at my old job today",
])
def test_calm_messages_with_crisis_words_in_another_sense_raise_nothing(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible, result
