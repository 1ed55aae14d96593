"""What the triage classifier reads in messages in other languages, and which language it takes a message to be in.

Only `dialogs.triage` is used: no app, no database.
"""
import pytest

from dialogs.triage import default_classifier
from tests.triage_support import labels

# --- Other languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Tôi không muốn sống nữa", "toi khong muon song nua", "TÔI KHÔNG MUỐN SỐNG NỮA"])
def test_vietnamese_not_wanting_to_live_is_read_with_and_without_accents(classify, text):
    result = classify(text)
    assert (result.lang, result.crisis) == ("vi", ("suicide",))


def test_vietnamese_with_accents_does_not_confuse_he_with_debt(classify):
    assert "money" not in classify("Nó không đến đây").topics
    assert "money" in classify("Tôi đang nợ rất nhiều").topics


@pytest.mark.parametrize("text", ["我没钱吃饭", "我沒錢吃飯"])
def test_chinese_no_money_for_food_is_read_in_simplified_and_traditional(classify, text):
    result = classify(text)
    assert (result.lang, labels(result)) == ("zh", ({"money"}, {"no_food"}))


def test_chinese_i_miss_you_to_death_is_not_suicide(classify):
    assert classify("想死你了").crisis == ()


@pytest.mark.parametrize(
    ("text", "lang", "crisis"),
    [
        ("no quiero vivir", "es", "suicide"),
        ("Quero me matar", "pt", "suicide"),
        ("Gusto ko nang mamatay", "tl", "suicide"),
        ("Saya ingin mati", "id", "suicide"),
        ("죽고 싶어요", "ko", "suicide"),
        ("मलाई मर्न मन छ", "ne", "suicide"),
        ("อยากตาย", "th", "suicide"),
        ("သေချင်တယ်", "my", "suicide"),
        ("Mi esposo me pega", "es", "violence"),
        ("Cortaram a luz", "pt", "lifeline"),
        ("Wala kaming makain", "tl", "no_food"),
        ("Saya tidur di jalan", "id", "no_shelter"),
    ],
)
def test_crisis_phrasings_in_many_languages(classify, text, lang, crisis):
    result = classify(text)
    assert (result.lang, crisis in result.crisis) == (lang, True)


@pytest.mark.parametrize("text", ["Me muero de risa", "Morri de rir", "웃겨 죽겠어요", "笑死了"])
def test_laughing_to_death_is_not_a_crisis_in_any_language(classify, text):
    assert classify(text).crisis == ()


def test_spanish_solo_meaning_only_is_not_loneliness(classify):
    assert "isolation" not in classify("Solo tengo una pregunta").topics
    assert "isolation" in classify("Me siento muy sola").topics


# --- Language -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("仕事がない", "ja"),
        ("家賃滞納", "ja"),
        ("我需要帮助", "zh"),
        ("도와주세요", "ko"),
        ("ช่วยด้วย", "th"),
        ("ကူညီပါ", "my"),
        ("मलाई सहयोग चाहियो", "ne"),
        ("I need help", "en"),
        ("Necesito ayuda", "es"),
        ("Preciso de ajuda", "pt"),
        ("Kailangan ko ng tulong", "tl"),
        ("Saya butuh bantuan", "id"),
        ("Tôi cần giúp đỡ", "vi"),
    ],
)
def test_the_language_is_recognised_by_script_and_by_common_words(classify, text, lang):
    assert classify(text).lang == lang


def test_a_hint_is_followed_when_the_text_could_be_in_that_language(classify):
    assert classify("ok", lang="pt").lang == "pt"
    assert classify("no", lang="es").lang == "es"


def test_a_hint_is_overruled_when_the_text_is_clearly_another_language(classify):
    result = classify("仕事がない", lang="en")
    assert (result.lang, result.topics) == ("ja", ("work",))


def test_a_message_of_only_emoji_keeps_the_hint_or_defaults_to_japanese(classify):
    assert classify("🙏🙏").lang == "ja"
    assert classify("🙏🙏", lang="vi").lang == "vi"


@pytest.mark.parametrize("text, lang", [("Bom dia", "pt"), ("Oi, tudo bem?", "pt"), ("Boa noite", "pt"),
                                        ("Cảm ơn", "vi"), ("Salamat po", "tl"), ("Hola", "es"),
                                        ("Good morning", "en")])
def test_greetings_are_read_in_their_own_language(text, lang):
    assert default_classifier().classify(text).lang == lang
