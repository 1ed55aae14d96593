"""Japanese topic classes (session 19, second pass): a worry told after a clause naming its matter is that matter, not
health, while anxiety felt in the body stays health; crying told with loneliness is the loneliness; no one to ask after
them, friends kept away by someone, an old neighbour not seen for days, an old person of 80さい alone and a fear of
going out are loneliness; the flat next door, a fee written in kana and a home left long ago for a place had now are
no housing matter; a bare 彼 who threatens or hits is a partner (family); 東北 じぇんこ is money; a check-up named
as the reason for a fast is no health. Every message is written here, not taken from the held-out sets; look-alikes
are checked in the other direction."""

import pytest


def topics(classify, text: str) -> set:
    """The topics the shipped classifier gives a message."""
    return set(classify(text).topics)


@pytest.mark.parametrize("text", [
    "ガス代がまだ払えてなくて不安",
    "貯金は少しあるけど不安です",
    "収入が減る一方で不安",
    "値上げのニュースを見て不安になった",
    "家賃は今のところ払えてるけど不安で、制度を知りたい",
])
def test_a_worry_after_a_clause_naming_its_matter_is_no_health(classify, text):
    assert "health" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "不安で夜眠れない",
    "毎日不安でたまらなくて胸がどきどきする",
    "一人暮らしで不安",
])
def test_anxiety_felt_in_the_body_stays_health(classify, text):
    assert "health" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "妻を亡くしてから一人で家にいると涙が出る。話し相手がいない",
    "友達がいなくて毎晩泣いてる",
    "こっちに知り合いが誰もいなくて、部屋で一人で泣いてます",
])
def test_crying_told_with_loneliness_is_the_loneliness(classify, text):
    found = topics(classify, text)
    assert "isolation" in found
    assert "health" not in found


@pytest.mark.parametrize("text", ["涙が止まらない", "最近毎晩泣いてしまう"])
def test_crying_alone_stays_health(classify, text):
    assert "health" in topics(classify, text)


def test_a_child_crying_is_no_sadness_of_the_residents(classify):
    assert "health" not in topics(classify, "おなかすいたって子どもが泣いてる")


@pytest.mark.parametrize("text", [
    "今日どうだったって聞いてくれる人がほしい",
    "私のことを気にかけてくれる人もいない",
    "旦那に友達とも会わせてもらえない",
    "義母に実家と連絡させてもらえない",
    "隣の部屋のおじいさん、最近見かけないし郵便受けにチラシがたまってる",
    "近所に住むお年寄りの姿がここ一週間見えないんです",
    "わたしは85さいのひとりぐらしです",
    "ひきこもって3年、外に出るのが怖い",
])
def test_no_one_near_kept_away_or_an_old_neighbour_not_seen_is_loneliness(classify, text):
    assert "isolation" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "友達と会う約束をした",
    "隣のおばあさんが野菜をくれた",
    "隣のおばあさん、目が見えないので買い物を手伝ってる",
    "25さいのひとりぐらしで、仕事をさがしています",
])
def test_meeting_friends_a_kind_neighbour_or_a_young_person_alone_is_no_loneliness(classify, text):
    assert "isolation" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "マンションの隣の部屋から夜中に叫び声が聞こえる",
    "hokenryou ga takakute haraenai desu",
    "高校を出てすぐ家を出た。今はパートで働いてる",
    "学生のころ家を出た。今は正社員で働いてる",
])
def test_a_neighbours_flat_a_fee_in_kana_or_a_home_left_long_ago_is_no_housing(classify, text):
    assert "housing" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "アパートを追い出されそう",
    "家を出たいけど行くところがない",
    "隣の部屋がうるさいので引っ越したい",
])
def test_a_home_at_risk_or_wanted_stays_housing(classify, text):
    assert "housing" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "彼に別れ話をしたら殴られた",
    "彼が怒るとすぐ物を投げて怒鳴る",
    "彼から毎晩「殺す」ってメッセージが来る",
])
def test_a_partner_named_bare_who_hurts_or_threatens_is_family(classify, text):
    assert "family" in topics(classify, text)


@pytest.mark.parametrize("text", ["彼らは親切な人たちです", "彼女と映画を観に行った", "彼の仕事を手伝っている"])
def test_he_or_they_without_harm_is_no_family_matter(classify, text):
    assert "family" not in topics(classify, text)


@pytest.mark.parametrize("text", ["じぇんこねくて冬越せねぇ", "じぇんこっこもねぇんだ"])
def test_tohoku_money_is_money(classify, text):
    assert "money" in topics(classify, text)


@pytest.mark.parametrize("text", ["健康診断のため夜から何も食べてない", "明日健診なので朝ごはん抜き"])
def test_a_checkup_named_as_the_reason_for_a_fast_is_no_health(classify, text):
    assert "health" not in topics(classify, text)


@pytest.mark.parametrize("text", ["健康診断の結果が悪くて再検査になった", "ひざがわるくて買い物に行けない"])
def test_a_checkup_result_or_a_bad_knee_is_health(classify, text):
    assert "health" in topics(classify, text)


@pytest.mark.parametrize("text", ["野菜とかの配布ってどこかでやってますか", "食料品の配布は何曜日ですか",
                                  "パンを配ってもらえるところありますか"])
def test_asking_where_food_is_given_out_is_money(classify, text):
    assert "money" in topics(classify, text)


@pytest.mark.parametrize("text", ["防災グッズって配ってもらえますか", "お弁当を配るボランティアをしてみたい"])
def test_a_flashlight_given_out_or_helping_give_food_is_no_money(classify, text):
    assert "money" not in topics(classify, text)


@pytest.mark.parametrize("text", ["今週ほんま金あらへん", "もう金あれせんでかんわ"])
def test_kansai_or_nagoya_no_money_is_money(classify, text):
    assert "money" in topics(classify, text)


@pytest.mark.parametrize("text", ["やっと就職が決まりました、ありがとうございました", "おかげで再就職決まったよ",
                                  "来月からの仕事が決まりました"])
def test_a_new_job_settled_is_still_a_matter_of_work(classify, text):
    assert "work" in topics(classify, text)


@pytest.mark.parametrize("text", ["死ぬほど忙しくて毎日帰りが夜中", "目が回るくらい忙しくて昼も食べられない"])
def test_busy_beyond_measure_is_a_load_of_work(classify, text):
    assert "work" in topics(classify, text)


@pytest.mark.parametrize("text", ["年末は忙しいね", "忙しいところすみません、質問です"])
def test_busy_said_in_passing_is_no_work(classify, text):
    assert "work" not in topics(classify, text)
