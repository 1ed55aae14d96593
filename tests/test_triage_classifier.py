"""What the triage classifier reads in residents' messages in Japanese and English (other languages:
test_triage_languages.py; intents and the result: test_triage_intents.py; rules from a keyword file of our
own: test_triage_rules.py).

Only `dialogs.triage` is used: no app, no database.
"""
import pytest

from tests.triage_support import labels

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
