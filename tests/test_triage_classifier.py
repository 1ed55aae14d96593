"""What the triage classifier reads in residents' messages, language by language.

Only `dialogs.triage` is used: no app, no database.
"""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dialogs.triage import (
    CRISIS,
    INTENTS,
    LANGS,
    TOPICS,
    Classifier,
    TriageResult,
    default_classifier,
)

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def classify():
    """Classify one message with the shipped keyword files."""
    return default_classifier().classify


def labels(result: TriageResult) -> tuple[set, set]:
    return set(result.topics), set(result.crisis)


# --- Japanese -----------------------------------------------------------------------------------


def test_a_kansai_speaker_who_cannot_pay_rent_is_read_as_money_and_housing(classify):
    assert labels(classify("家賃高すぎて払えへん")) == ({"money", "housing"}, set())


def test_rent_written_in_hiragana_only_still_means_money_and_housing(classify):
    result = classify("やちんはらえない")
    assert labels(result) == ({"money", "housing"}, set())
    assert result.lang == "ja"


def test_slang_for_being_fired_is_work_in_katakana_and_half_width(classify):
    assert classify("仕事クビなってもうた").topics == ("work",)
    assert classify("ﾊﾞｲﾄｸﾋﾞになった").topics == ("work",)


@pytest.mark.parametrize("text", ["消えたい", "しにたい", "もう生きていたくない", "楽になりたい", "首を吊ろうと思う", "死にたいです😢"])
def test_wishing_to_die_or_disappear_is_a_suicide_crisis_that_also_carries_health(classify, text):
    assert labels(classify(text)) == ({"health"}, {"suicide"})


@pytest.mark.parametrize("text", ["死ぬほど忙しい", "死ぬかと思った", "腹が死ぬほど減った", "笑いすぎて死ぬ", "必死で探しています"])
def test_dying_as_a_figure_of_speech_is_not_a_crisis(classify, text):
    assert classify(text).crisis == ()


def test_being_hit_by_a_household_member_is_violence_within_the_family(classify):
    assert labels(classify("夫に殴られる")) == ({"family"}, {"violence"})
    assert labels(classify("ＤＶを受けています")) == ({"family"}, {"violence"})


@pytest.mark.parametrize("text", ["支援を受けられますか", "生活保護って私でも受けられますか", "しえんをうけられますか",
                                  "仕事を続けられない", "子どもを保育園に預けられない", "なかなか仕事が見つけられない",
                                  "声をかけられた"])
def test_everyday_verbs_that_contain_the_reading_of_kicked_are_not_violence(classify, text):
    # 蹴られ is also matched by its reading けられ, which sits inside 受けられ, 続けられ, 預けられ…
    assert classify(text).crisis == ()


@pytest.mark.parametrize("text", ["夫に蹴られた", "おっとにけられた", "毎日けられる", "足を蹴られて痛い"])
def test_being_kicked_is_still_violence_in_kanji_or_hiragana(classify, text):
    assert classify(text).crisis == ("violence",)


def test_a_dvd_hobby_is_not_domestic_violence(classify):
    assert classify("DVDを見るのが趣味").crisis == ()


def test_having_eaten_nothing_since_yesterday_is_no_food_and_money(classify):
    assert labels(classify("昨日から何も食べていない")) == ({"money"}, {"no_food"})


def test_nowhere_to_sleep_tonight_is_no_shelter_and_housing(classify):
    assert labels(classify("今夜寝るところがない")) == ({"housing"}, {"no_shelter"})


def test_sleeping_in_a_car_is_housing_but_not_yet_a_crisis(classify):
    assert labels(classify("車中泊を続けています")) == ({"housing"}, set())


def test_water_cut_off_is_a_lifeline_crisis_about_money(classify):
    assert labels(classify("水道とめられた")) == ({"money"}, {"lifeline"})
    assert labels(classify("電気もガスも止まっています")) == ({"money"}, {"lifeline"})


def test_daijoubu_does_not_mention_a_husband_and_an_apartment_is_not_part_time_work(classify):
    assert classify("大丈夫です").topics == ()
    assert classify("アパートを探しています").topics == ("housing",)


def test_a_greeting_has_no_topic_and_no_crisis(classify):
    assert labels(classify("おはようございます")) == (set(), set())


# --- English ------------------------------------------------------------------------------------


def test_english_negated_wish_to_live_is_a_suicide_crisis(classify):
    assert labels(classify("I don't want to live anymore")) == ({"health"}, {"suicide"})
    assert classify("I dont want to live anymore").crisis == ("suicide",)


@pytest.mark.parametrize("text", ["I'm just killing time", "dead tired after work", "I'm starving for attention", "My phone died"])
def test_english_idioms_about_death_and_hunger_are_not_crisis(classify, text):
    assert classify(text).crisis == ()


def test_english_gas_cut_off_and_eviction(classify):
    assert labels(classify("The gas has been cut off")) == ({"money"}, {"lifeline"})
    assert classify("My landlord told me to move out").topics == ("housing",)


def test_a_parent_in_a_word_is_not_rent(classify):
    assert "housing" not in classify("My parents are sick").topics


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


# --- Intents ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("人と話したい", "human"),
        ("担当の人に電話したい", "human"),
        ("Can I talk to someone?", "human"),
        ("Tôi muốn nói chuyện với nhân viên", "human"),
        ("はい", "yes"),
        ("yes", "yes"),
        ("いいえ", "no"),
        ("答えたくない", "skip"),
        ("わからない", "skip"),
        ("近くに居場所はありますか", "places"),
        ("相談の予約をしたい", "booking"),
        ("予約を変更したい", "reschedule"),
        ("予約をキャンセルしたい", "cancel"),
        ("English please", "language"),
        ("言語を変えたい", "language"),
        ("最初からやり直したい", "restart"),
        ("私のデータを消してください", "data_request"),
    ],
)
def test_short_intents_are_recognised(classify, text, intent):
    assert intent in classify(text).intents


def test_changing_a_booking_is_not_a_new_booking(classify):
    assert classify("予約を変更したい").intents == ("reschedule",)


def test_yes_counts_only_when_it_is_the_whole_message(classify):
    assert "yes" not in classify("はいります").intents
    assert "yes" not in classify("心配です").intents


# --- Result and API -----------------------------------------------------------------------------


def test_the_json_form_has_sorted_topics_and_crisis_and_the_language_only(classify):
    data = classify("失業して家賃が払えない").to_json_dict()
    assert data == {"topics": ["housing", "money", "work"], "crisis": [], "lang": "ja"}


def test_labels_stay_within_the_published_vocabulary(classify):
    result = classify("死にたい。夫に殴られて、家賃も払えず、今夜寝るところもない。電気も止められた。人と話したい")
    assert set(result.topics) <= set(TOPICS) and set(result.crisis) <= set(CRISIS)
    assert set(result.intents) <= set(INTENTS) and result.lang in LANGS
    assert set(result.crisis) == {"suicide", "violence", "no_shelter", "lifeline"}


def test_the_default_classifier_is_built_once_and_shared():
    assert default_classifier() is default_classifier()


def test_importing_the_package_does_no_work():
    code = "import sys, dialogs.triage as t; print('sudachipy' in sys.modules, t.default_classifier.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]


def test_a_long_message_of_2400_characters_gets_every_topic_it_names(classify):
    # its speed is measured by benchmarks/triage_quality.py, not asserted here
    text = ("今月の家賃が払えそうにない。仕事もクビになって、子どもと二人で毎日不安です。" * 60)[:2400]
    assert {"money", "housing", "work", "family"} <= set(classify(text).topics)


# --- Data-driven rules (a small lexicon of our own) ---------------------------------------------


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / "en.yaml").write_text(
        textwrap.dedent(
            """\
            language: en
            matching: words
            scripts: [latin]
            topics:
              housing:
                keywords: [evict*, pay * rent]
            crisis:
              suicide:
                keywords: [want to die]
                exclude: [want to die laughing]
                patterns: ['\\bend (it|everything)\\b']
            intents:
              yes:
                whole_message: [yes, "yes please"]
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "_shared.yaml").write_text("implies:\n  suicide: [health]\n  health: [isolation]\n", encoding="utf-8")
    return Classifier.from_directory(tmp_path)


def test_implies_rules_are_followed_transitively(tiny):
    assert labels(tiny.classify("I want to die")) == ({"health", "isolation"}, {"suicide"})


def test_word_endings_and_gaps_between_words(tiny):
    assert tiny.classify("They evicted me").topics == ("housing",)
    assert tiny.classify("I cannot pay my January rent").topics == ("housing",)
    assert tiny.classify("I can pay rent").topics == ("housing",)


def test_an_exclude_phrase_cancels_only_the_keyword_it_touches(tiny):
    assert tiny.classify("That show, I want to die laughing").crisis == ()
    assert tiny.classify("I want to die laughing. No, really, I want to die").crisis == ("suicide",)


def test_regular_expressions_are_matched_on_the_simplified_message(tiny):
    assert tiny.classify("I just want to END IT.").crisis == ("suicide",)


def test_whole_message_entries_ignore_case_and_punctuation(tiny):
    assert tiny.classify("YES!!").intents == ("yes",)
    assert tiny.classify("yes, I was evicted").intents == ()


@pytest.mark.parametrize("text, lang", [("Bom dia", "pt"), ("Oi, tudo bem?", "pt"), ("Boa noite", "pt"),
                                        ("Cảm ơn", "vi"), ("Salamat po", "tl"), ("Hola", "es"),
                                        ("Good morning", "en")])
def test_greetings_are_read_in_their_own_language(text, lang):
    assert default_classifier().classify(text).lang == lang
