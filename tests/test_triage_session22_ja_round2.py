"""Session 22 (fix-a2), Japanese, round 2: one of the household hitting another told with who is hit (in kana, by a
child); fear of one at home with no blow named (the gentle question); the mother's partner in the child's room at night;
the tracks, a crossing, a letter left for children not to be met again; a past told as over however it is dated, and a
trouble that goes on (昔から, 5年前から, 今も) never read as over. Calm look-alikes: a futon beaten, building work, a drum,
a slow return, a scary story, a flat by the tracks, a friend moving schools, both parents' worry for a child after them,
hunger in jest, a stranger's collapse with the ambulance already called. Every message here was written for this file."""
import pytest

from tests.triage_support import raised


# ---------------------------------------------------------------- a blow told with who is hit
@pytest.mark.parametrize("text", [
    "ぱぱが　ままを　なぐってる　こわい",
    "兄がいつも妹をけってる",
    "お父さんがぼくのことをたたく",
    "義父が母を殴った。いま台所",
    "ばあちゃんがじいちゃんをたたいてる、とめられない",
    "とうちゃんがかあちゃんばたたいとる",
    "おとんがおかんをどついとる",
    "にいちゃんがぼくをぶつの、やめてほしい",
])
def test_one_of_the_household_hitting_another_is_certain(classify, text):
    assert "violence" in classify(text).crisis


# ---------------------------------------------------------------- the mother's partner at night
@pytest.mark.parametrize("text", [
    "お母さんの恋人が、夜中にお風呂をのぞいてくる",
    "母の再婚相手が夜、寝てるとき部屋に入ってくる",
])
def test_the_mothers_partner_in_the_childs_room_at_night_is_certain(classify, text):
    assert "violence" in classify(text).crisis


# ---------------------------------------------------------------- fear of one at home, no blow named
@pytest.mark.parametrize("text", [
    "旦那が帰ってくる時間、胸がドキドキして息をひそめてる",
    "主人がまた酔っぱらって帰ってきた。押し入れに隠れてる",
    "彼氏の帰りが近づくとびくびくしちゃう",
    "おとんが飲んで帰ってきよった。怖くて部屋から出れない",
    "夫のことが本当に怖いです",
    "母の彼氏がほんとにこわい",
])
def test_fear_of_one_at_home_is_at_least_asked_about(classify, text):
    assert "violence" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "母が布団をたたいてる音で目が覚めた",
    "おかあさんがパン生地をたたいてこねてる",
    "兄が弟をぶつぶつ言いながら見てた",
    "父が私の肩をたたいてくれた",
    "マンションの工事でずっと叩く音がしてうるさい",
    "和太鼓を叩くサークルに入りたい",
    "夫が帰ってくるのが遅くて心配",
    "夫が帰ってくるのが遅い日は子どもと二人でさみしい",
    "娘が怖い話をしてきて眠れない",
    "父が怖い夢を見たらしい",
    "夫が帰ってきた、今日はごきげんだった",
])
def test_knocks_and_returns_that_are_no_violence_stay_calm(classify, text):
    assert "violence" not in raised(classify(text))


# ---------------------------------------------------------------- signs of leaving life
@pytest.mark.parametrize("text", [
    "せんろのそばに座ってる。でんしゃの音が近い",
    "踏切の前にもう2時間立ってる",
    "ふみきりのまえにずっといる",
    "せんろのうえにねころんでる",
    "家族にはもう二度と会えないから、この手紙を渡してほしい",
])
def test_tracks_a_crossing_or_a_last_letter_is_at_least_asked_about(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "線路沿いのアパートに住んでます。電車の音がうるさい",
    "線路の上で作業してます、保線の仕事です",
    "転校する友達にもう会えないので、手紙を書きました",
    "親がいなくなったら、ひきこもりの弟はどうなるのか",
    "私たちがいなくなった後の娘の生活が心配です",
    "月末は毎回餓死寸前ｗ　節約のコツありますか",
    "駅で倒れてる人がいたので救急車を呼びました。大丈夫だったかな",
])
def test_look_alikes_of_leaving_life_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", ["母が倒れて意識がない", "いま道で人が倒れてる、どうしよう"])
def test_a_collapse_now_is_still_a_crisis(classify, text):
    assert classify(text).crisis


# ---------------------------------------------------------------- the past told as over, and a trouble that goes on
@pytest.mark.parametrize("text", [
    "2年前、車で寝泊まりしていました。今は市営住宅です",
    "夫に殴られてたのは10年前で、今は再婚して幸せです",
    "以前は夫から暴力を受けていましたが、別れて3年、今は穏やかに暮らしてます",
    "半年前はネットカフェ暮らしでした。今は寮があります",
])
def test_a_past_told_as_over_stays_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("昔から父に蹴られてる。今はバイトで家にいない時間を増やしてる", "violence"),
    ("1年前から夫に叩かれていて、今は実家に逃げたいと思ってる", "violence"),
    ("殴られてたのは3年前からで、今もずっと", "violence"),
    ("殴られてたのは5年前から、今も毎日", "violence"),
    ("3年前に家を追い出されて、今は車で寝てる", "no_shelter"),
    ("離婚して5年、今は再婚した夫に殴られてる", "violence"),
    ("子どもの頃から母に叩かれてきた。今は怖くて家に帰れない", "violence"),
])
def test_a_trouble_that_goes_on_is_still_a_crisis(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text, kind", [
    ("叩かれ始めたのは2年前で、今はほぼ毎晩", "violence"),
    ("去年蹴られ始めて、今は前よりひどくなった", "violence"),
])
def test_blows_begun_then_and_going_on_are_still_a_crisis(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text", [
    "死にたいって思ってたのは高校の時の話で、今は働いてます",
    "8年前に自殺未遂をしたことがあって、その後遺症で手がしびれます。障害者手帳はとれますか",
    "子どもの頃に兄に殴られてたことを今もたまに思い出します。今は家族と離れて元気です",
])
def test_a_time_told_as_past_stays_calm(classify, text):
    assert not raised(classify(text))


# ---------------------------------------------------------------- a cut with a deadline given as a date
def test_a_cut_notice_with_a_date_is_a_bill_to_arrange(classify):
    assert "lifeline" not in raised(classify("電気の停止予告の紙が来た。支払期限は2月3日と書いてある。分割にできますか"))


def test_a_cut_notice_with_tomorrow_named_is_still_a_crisis(classify):
    assert "lifeline" in classify("水道の停止予告、期限は3月2日で、つまり明日止まる").crisis


# ---------------------------------------------------------------- no place tonight, asked of oneself or told by where one is now
@pytest.mark.parametrize("text", [
    "財布に200円。今晩どこで寝ようか",
    "寮を追い出された。どこでねよう",
    "家も仕事もなくして、今は河原で寝てる",
    "アパートを追われて、いまは車の中で寝てる",
])
def test_no_place_tonight_asked_of_oneself_or_told_by_where_one_is_is_certain(classify, text):
    assert "no_shelter" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "家族旅行で今夜どこで寝ようか、宿を比べてます",
    "出張で今晩どこで寝るか、ビジホを探してる",
])
def test_where_to_sleep_on_a_trip_stays_calm(classify, text):
    assert "no_shelter" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "親父の機嫌が悪いと家にいられない",
    "旦那の車の音が聞こえると心臓がバクバクする",
    "妻が怒りだすと怖くてなにも言えない",
    "彼がいつキレるかわからなくて、毎日びくびくしてる",
    "夫が帰宅する時間が近づくと動悸がする",
])
def test_fear_at_what_sets_one_at_home_off_is_at_least_asked_about(classify, text):
    assert "violence" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "夫が帰ってきたので玄関の鍵をかけた",
    "父が帰ってきたらすぐ晩ごはん、お腹すいて動けない笑",
    "主人の帰りを待つのがこわいくらい楽しみ",
    "父は機嫌が悪いとすぐ黙るけど、根はやさしい",
    "母は酔うとすぐ寝ちゃう",
])
def test_a_return_or_a_mood_with_no_fear_stays_calm(classify, text):
    assert "violence" not in raised(classify(text))
