"""Classes of Japanese misses and false alarms found in benchmarks/triage_heldout/2026-12-09.tsv (issue 18, session 17):
crises said without the usual words (pulled toward a drop, a weapon shown, tonight's meal past help, put out today with
nowhere to go, nights in a car counted), and worries read as crises (a cut asked about before it comes, leaving only
thought of, violence that is over, a general question, another's habit of saying it, an earlier message explained,
days without a word). Each test holds messages of the class written here, not the set's own lines."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "線路の近くを歩いてると、ふらっと飛び込みそうになる",
    "マンションの屋上の柵から身を乗り出しそうになって怖くなった",
    "電車が来るたびに吸い込まれそうになる",
    "踏切の前で足が勝手に前に出そうで立ち止まった",
])
def test_a_resident_pulled_toward_a_drop_is_a_suicide_sign(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "父が酔うと包丁を振り回す",
    "彼氏にナイフを突きつけられた",
    "夫がバット振りかざして追いかけてくる",
    "兄がハサミを向けてきて怖い",
])
def test_a_weapon_shown_or_swung_at_the_resident_is_violence(classify, text):
    assert "violence" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "包丁で野菜を切ってたら指を切った",
    "はさみを使う内職をしてます",
    "駅のホームで友達を待ってます",
    "屋上で弁当を食べてる",
])
def test_a_knife_in_the_kitchen_or_a_platform_waited_on_is_no_crisis(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "所持金12円。今日の晩ごはんどうしようもない",
    "今夜食べるもの買えへん。財布空っぽ",
    "給料日まで5日、今晩のご飯があてがない",
])
def test_tonights_meal_past_help_is_no_food(classify, text):
    assert "no_food" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "今日中に出ていけって言われて、行き先もない",
    "車中泊2日目、もう限界",
    "今夜もまた車で寝ます",
    "ネカフェ追い出されて今は駅のベンチ",
    "追い出されて今は公園にいます",
    "今日で退去なのに次の部屋がまだ見つかってない。今夜どうしよう",
])
def test_put_out_today_or_a_night_in_the_car_counted_is_no_shelter(classify, text):
    assert "no_shelter" in classify(text).crisis


@pytest.mark.parametrize("text", ["車で寝る生活がもう3週間になる", "ずっと車で寝泊まりしてる"])
def test_weeks_of_sleeping_in_a_car_are_asked_about_tonight(classify, text):
    result = classify(text)
    assert "no_shelter" in result.possible and "housing" in result.topics


@pytest.mark.parametrize("text, topics", [
    ("電気止められるまであと何日あるか教えてください", {"money"}),
    ("ガスが止まる前に払えば間に合いますか", {"money"}),
    ("夫と別れても住む場所ないし、離婚は無理かな", {"family", "housing"}),
    ("家を出たら行くところがないから我慢してる", {"housing"}),
    ("元夫の暴力からようやく解放されました。今は子どもと元気です", {"family"}),
    ("若い頃ホームレスだった経験があって、今は支援する側になりたい", {"housing"}),
    ("一般的な質問なんですが、DVを受けている人はどこに相談すればいいですか", {"family"}),
    ("同僚がいつも「死にたい」って言ってくるんだけど、なんて返事すればいい？", {"health"}),
    ("もう一週間くらい誰とも話してないな", {"isolation"}),
    ("ごはんはあるけど、おかずが買えなくて塩むすびばかり", {"money"}),
    ("今日は友達の家に泊まる", {"housing"}),
])
def test_a_worry_before_it_comes_a_trouble_over_or_anothers_habit_is_no_crisis(classify, text, topics):
    result = classify(text)
    assert not raised(result), result
    assert topics <= set(result.topics)


def test_an_earlier_message_explained_is_a_misreading_not_asked_about(classify):
    result = classify("さっき「終わった」って書いたのは試験のことって意味です")
    assert "misread" in result.intents and not raised(result)


@pytest.mark.parametrize("text", [
    "私はいつも死にたいって思ってる",
    "母が「もう死にたい」と言っていて心配です",
    "夫の暴力から解放されたい",
    "家を出たけど住む場所がない",
])
def test_ones_own_wish_anothers_wish_today_or_a_wish_to_be_free_stay_crises(classify, text):
    assert set(classify(text).crisis) & {"suicide", "violence", "no_shelter"}


@pytest.mark.parametrize("text, topics", [
    ("風邪ひいたけど保険証が切れてて病院行けない", {"health", "money"}),
    ("父の要介護認定の結果がまだ来ない", {"family", "health"}),
    ("就活用の靴もない", {"money", "work"}),
    ("持ち家だけどローンが残ってる", {"housing", "money"}),
    ("スマホ代払えなくて止められそう", {"money"}),
    ("このままだと年越せない", {"money"}),
    ("年金だけじゃ暮らせない", {"money"}),
    ("誰かに聞いてほしいだけなんです", {"isolation"}),
    ("息子がずっと家にこもってて心配", {"family", "isolation"}),
])
def test_a_japanese_topic_said_with_everyday_words_is_read(classify, text, topics):
    assert topics <= set(classify(text).topics)


@pytest.mark.parametrize("text, wrong", [
    ("メールの文字うつのが遅くて", "health"),
    ("アパートかりたいけど審査が不安", "money"),
])
def test_typing_is_no_depression_and_renting_a_flat_is_no_loan(classify, text, wrong):
    assert wrong not in classify(text).topics


@pytest.mark.parametrize("text", [
    "実家の犬が今朝死んじゃった。悲しい",
    "うちのハムスターが2日もエサを食べない",
    "携帯止められて、バイト先と連絡とれない",
    "この職場に殺される。毎日終電",
    "このままじゃ来月には住むとこがなくなる",
    "電気が止まりかけたけど、ぎりぎり払えた",
    "水道が止められるかもしれなくて不安",
    "元彼から逃げて今は母子シェルターにいます。仕事を探したい",
])
def test_a_pet_a_phone_a_job_that_wears_one_out_a_cut_nearly_or_a_refuge_reached_is_no_crisis(classify, text):
    assert not raised(classify(text)), text


@pytest.mark.parametrize("text, kind", [
    ("犬のエサは買えたけど、自分の食べるものがない", "no_food"),
    ("猫が死んで、もう私も死にたい", "suicide"),
    ("電気止まった。真っ暗", "lifeline"),
])
def test_the_residents_own_crisis_beside_a_pet_or_a_cut_done_stays_one(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text, topics, not_topic", [
    ("手取り12万でやっていけない", {"money"}, None),
    ("友達に貸した50万が返ってこない", {"money"}, None),
    ("失業手当っていつまでもらえますか", {"money"}, None),
    ("連帯保証人がいなくて部屋が借りられない", {"housing"}, "isolation"),
])
def test_an_amount_in_man_or_an_unemployment_benefit_is_money_and_a_guarantor_is_housing(classify, text, topics, not_topic):
    result = classify(text)
    assert topics <= set(result.topics)
    assert not_topic not in result.topics


@pytest.mark.parametrize("text", ["昨夜は駅の階段の下で寝た。今夜もそうなりそう", "ここ数日は公園のベンチで寝てる"])
def test_nights_lately_spent_somewhere_that_is_no_home_are_no_shelter(classify, text):
    assert "no_shelter" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "昨日は電車で寝過ごした",
    "昨日は友達の家で寝た",
    "追い出されたこともあったけど今は駅の近くに住んでます",
    "今日のごはんは無理して作らなくていいよ",
])
def test_a_nap_a_friends_place_or_a_home_near_the_station_is_no_shelter_or_hunger(classify, text):
    assert not raised(classify(text)), text


@pytest.mark.parametrize("text", ["先生が言ったのは、薬を減らすってことです", "病院に行ったのは風邪っていう意味です"])
def test_explaining_what_someone_said_or_where_one_went_is_no_misreading(classify, text):
    assert "misread" not in classify(text).intents


def test_nobody_would_notice_is_loneliness(classify):
    assert "isolation" in classify("私がいなくなっても誰も気づかないと思う").topics
