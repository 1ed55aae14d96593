"""Japanese topic classes (session 20, continued): a farm or a boat of one's own is work; pay kept by a partner or
parent is money, not the job; no children at all is no family matter; and the classes after them. Every message is
written here, not taken from the held-out sets; look-alikes are checked too."""

import pytest

from tests.test_jatopics20_triage_topics import topics


@pytest.mark.parametrize("text", ["うちは農家で、今年は長雨で米がほとんど取れなかった", "漁師やってるけど燃料代が上がって赤字続き"])
def test_a_farm_or_a_boat_of_ones_own_is_work(classify, text):
    assert "work" in topics(classify, text)


@pytest.mark.parametrize("text", ["夫に給料を全部管理されてて自由に使えるお金がない", "バイト代を母親に取り上げられる"])
def test_pay_kept_by_a_partner_or_parent_is_no_matter_of_the_job(classify, text):
    assert "work" not in topics(classify, text)


def test_no_children_at_all_is_no_family_matter(classify):
    assert "family" not in topics(classify, "子どもも おりません。年金で一人です")


def test_a_child_named_stays_family(classify):
    assert "family" in topics(classify, "子どももおるけん、電気止められたら困る")


@pytest.mark.parametrize("text", [
    "こっちに来て友達もおらんし、休みの日が長い",
    "妻を亡くしてから、家の中がしんとしている",
    "連れ合いに先立たれて三年になります",
])
def test_no_friends_in_dialect_and_a_spouse_lost_are_loneliness(classify, text):
    assert "isolation" in topics(classify, text)


@pytest.mark.parametrize("text", ["婚約者に突き飛ばされて腕にあざができた", "付き合ってる人に毎日怒鳴られて叩かれる"])
def test_a_fiance_or_the_one_the_resident_goes_out_with_who_hurts_is_family(classify, text):
    assert "family" in topics(classify, text)


@pytest.mark.parametrize("text", ["給料入ったらすぐ水道代払います", "次の給料で家賃払えるかギリギリ", "給料の振込日まであと一週間"])
def test_the_next_pay_named_as_when_a_bill_is_paid_is_money_not_work(classify, text):
    found = topics(classify, text)
    assert "money" in found
    assert "work" not in found


@pytest.mark.parametrize("text", ["女房に死なれてから何もする気が起きん", "去年、夫と死別しました"])
def test_a_spouse_one_was_left_by_is_loneliness(classify, text):
    assert "isolation" in topics(classify, text)


@pytest.mark.parametrize("text", ["ずっと頭がいたいねん", "腰がいてぇ", "膝がいとうて歩けん", "あんばいが悪くて寝とる", "坂をのぼるとすぐ息があがる"])
def test_pain_or_a_bad_condition_in_kana_or_dialect_is_health(classify, text):
    assert "health" in topics(classify, text)


def test_a_wish_to_pay_in_kana_is_no_pain(classify):
    assert "health" not in topics(classify, "家賃をはらいたいけど足りない")


def test_a_video_watched_is_a_story(classify):
    result = classify("YouTubeで見たホームレスの人の動画が切なかった")
    assert "housing" not in result.topics
    assert not result.crisis


@pytest.mark.parametrize("text", [
    "旅行でカプセルホテルに泊まってみたい",
    "来週の出張でビジネスホテルに泊まります",
    "趣味でキャンプに行って車中泊してきた",
])
def test_a_place_to_stay_on_a_trip_is_no_home(classify, text):
    assert "housing" not in topics(classify, text)


def test_nowhere_to_sleep_on_a_trip_is_still_housing(classify):
    result = classify("旅行中に財布を盗まれて、今夜泊まるところがない")
    assert "housing" in result.topics
    assert "no_shelter" in result.crisis


@pytest.mark.parametrize("text", ["うちの猫が病院嫌いで困る", "犬が病気で元気がなくて心配"])
def test_a_pets_illness_or_clinic_is_no_health_of_the_residents(classify, text):
    assert "health" not in topics(classify, text)


def test_a_resident_hurt_while_walking_the_dog_is_health(classify):
    assert "health" in topics(classify, "犬の散歩中に転んで病院に行った")


@pytest.mark.parametrize("text", ["明日は健康診断だから夜から絶食してる", "断食合宿から帰ってきた。体調はむしろいい"])
def test_a_check_up_fast_or_a_body_said_well_is_no_health(classify, text):
    assert "health" not in topics(classify, text)


def test_a_body_said_not_well_stays_health(classify):
    assert "health" in topics(classify, "体調はいいとは言えない")


@pytest.mark.parametrize("text", [
    "日本に来て友達ができない",
    "話せる友達が一人もいない",
    "町内に顔見知りがいない",
    "もう何年も人とまともに話してない",
    "ご近所さんとも話すことがない",
    "誰も私のことなんか気にしてない",
])
def test_no_friend_made_no_face_known_no_one_to_talk_with_or_who_minds_is_loneliness(classify, text):
    assert "isolation" in topics(classify, text)


def test_a_dv_shelter_asked_about_is_the_violences_matter_not_a_home(classify):
    found = topics(classify, "DVシェルターってどういう人が入れるの")
    assert "family" in found
    assert "housing" not in found


@pytest.mark.parametrize("text", ["来週から来なくていいって店長に言われた", "今月で契約おしまいって言われた", "派遣の契約が終わる"])
def test_a_dismissal_or_a_contract_ending_said_plainly_is_work(classify, text):
    result = classify(text)
    assert "work" in result.topics
    assert not result.crisis


def test_a_lease_ending_is_housing_not_work(classify):
    found = topics(classify, "アパートの契約が終わるので次の部屋を探してる")
    assert "housing" in found
    assert "work" not in found


def test_a_morning_not_wished_for_is_still_a_wish_to_die(classify):
    assert "suicide" in classify("明日なんか来なくていい").crisis


@pytest.mark.parametrize("text, topic", [
    ("家がありません", "housing"),
    ("わたしは いえが ありません", "housing"),
    ("こっちには頼れる人がいません", "isolation"),
    ("家にも学校にも居場所がありません", "isolation"),
])
def test_having_none_said_politely_is_the_same_topic(classify, text, topic):
    assert topic in topics(classify, text)


@pytest.mark.parametrize("text", ["甥っ子を引き取ることになった", "叔母の介護をしてる", "姪っ子の学費を出してる"])
def test_an_uncle_aunt_nephew_or_niece_is_family(classify, text):
    assert "family" in topics(classify, text)


def test_the_satsuma_i_is_no_nephew(classify):
    assert "family" not in topics(classify, "おいがおらんごっなれば楽になっど")


@pytest.mark.parametrize("text", ["推しが結婚して寂しい", "友達の結婚式で泣いた"])
def test_the_marriage_of_a_friend_or_a_star_is_no_family_of_the_residents(classify, text):
    assert "family" not in topics(classify, text)


@pytest.mark.parametrize("text", ["文無しです", "手元不如意でございまして", "おあしがございません", "かねっこねぇ", "ジリ貧です", "お財布が寂しい"])
def test_no_money_in_older_regional_or_plain_words_is_money(classify, text):
    found = topics(classify, text)
    assert "money" in found
    assert "isolation" not in found


def test_an_oasis_is_no_money(classify):
    assert "money" not in topics(classify, "オアシスみたいな場所がほしい")
