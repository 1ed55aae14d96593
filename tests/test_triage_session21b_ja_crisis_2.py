"""Issue 18, session 21 (second development set), continued from test_triage_session21b_ja_crisis.py: goodbyes received
or quoted, affairs settled, a last sight, small bites and candlelight, a war's hunger, strangers seen and helpers'
work, dreams, and blows that began years ago and go on. Every message is written fresh."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "友達が「明日には消える」って言ってる",
    "後輩から今までありがとうってメッセージが来て、既読もつかない",
    "娘から「今までごめんね」ってLINEが来たきり連絡がつかない",
])
def test_a_goodbye_received_or_quoted_is_asked_about(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "今までありがとうって同僚から花束もらった、定年退職です",
    "担任の先生から今までありがとうって手紙が届いた、卒業式",
])
def test_a_thank_you_at_a_farewell_party_is_no_goodbye(classify, text):
    assert "suicide" not in raised(classify(text))


def test_blows_of_ones_twenties_now_over_are_no_violence(classify):
    assert "violence" not in raised(classify("20代の頃は夫に殴られてた。今は離婚して平和"))


def test_blows_since_ones_thirties_go_on(classify):
    assert "violence" in raised(classify("30代の頃から夫に殴られてる"))


@pytest.mark.parametrize("text", [
    "携帯も解約したし、うさぎは知り合いに引き取ってもらった",
    "貯金は全部弟に振り込んだ。あとは頼む",
    "最後にもう一度ふるさとの景色を見ておきたくて",
])
def test_affairs_settled_or_a_last_sight_are_asked_about(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "引越しで家具を処分して、犬は実家に預けました",
    "出張の間、猫はペットホテルに預けた",
    "最後に行きたかったカフェが閉店してた",
])
def test_affairs_settled_for_a_move_or_a_trip_are_no_sign(classify, text):
    assert "suicide" not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("3日でおにぎり一個しか食べてない", "no_food"),
    ("電気代払えなくて、夜はろうそくで過ごしてる", "lifeline"),
])
def test_a_bite_in_days_or_a_candle_for_light_are_a_crisis(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("3日で米一袋なくなる、食費がかさむ", "no_food"),
    ("キャンプでランタンを灯して夜を過ごした", "lifeline"),
])
def test_a_family_eating_well_or_a_camp_lantern_is_no_crisis(classify, text, kind):
    assert kind not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("大叔母は疎開先で飢えに苦しんだそうです。戦争の話を聞く会の案内です", "no_food"),
    ("曾祖母が餓死しかけた話を孫に伝えたい", "no_food"),
    ("駅で寝ている人がいて心配。どこに知らせればいいですか", "no_shelter"),
    ("DV被害者支援の仕事に就きたくて勉強中です", "violence"),
])
def test_a_war_told_a_stranger_seen_or_a_helpers_work_raises_nothing(classify, text, kind):
    assert kind not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("飢えてる。戦争みたいな毎日", "no_food"),
    ("今夜は公園で寝てる", "no_shelter"),
    ("路上生活してる人たちと一緒に寝てる", "no_shelter"),
    ("DVされてます。ボランティアの人に相談したい", "violence"),
    ("夫のDVがひどい、支援員さんに会いたい", "violence"),
])
def test_ones_own_hunger_night_or_blows_beside_those_words_are_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "水道が止まる夢をみた。ちゃんと払ってるのに",
])
def test_a_dream_told_raises_nothing(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("毎日が悪夢。もう無理", "suicide"),
    ("夫に殴られた。夢であってほしい", "violence"),
])
def test_a_nightmare_of_the_day_or_a_wish_it_were_a_dream_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("夫に殴られ始めたのは5年前で、今は毎日です", "violence"),
    ("3年前に殴られ始めて、今はもっとひどい", "violence"),
    ("夫に殴られてて、今は離婚して逃げたいけど無理", "violence"),
    ("前の夫に殴られて、今は再婚相手にも殴られてる", "violence"),
])
def test_blows_that_began_years_ago_and_go_on_are_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "怖い夢を見た。もういいかなって思う",
    "小説を書くのも疲れた。もういいかな",
    "自伝を書いた。もう思い残すことはない",
])
def test_a_dream_or_a_book_beside_giving_up_is_still_asked_about(classify, text):
    # a dream or a book is no pastime for the learned backstop: its rules_out would silence the question here
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("泊まるところがないほど金がない", "no_shelter"),
    ("住むところがないくらい追い詰められてる", "no_shelter"),
    ("金がなくて餓死寸前みたいな生活", "no_food"),
    ("夫に殴られた経験があります。今も続いています", "violence"),
    ("死のうとした経験があります。今もその気持ちが消えない", "suicide"),
    ("DVから逃げた経験があるけど、今また元夫に見つかって殴られた", "violence"),
])
def test_a_measure_of_want_a_simile_of_a_life_or_an_experience_that_goes_on_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("死にたい。今は連絡も取ってない家族に会いたい", "suicide"),
    ("殴られてる。今は連絡もない実家に逃げたい", "violence"),
    ("死にたいと思ったのは中学の時の話で、今はもっと強く思う", "suicide"),
    ("消えたい。今は再婚した母にも言えない", "suicide"),
    ("死にたい。将来の夢もない", "suicide"),
    ("死にたい。昨日も怖い夢みた", "suicide"),
    ("舞台で共演者に殴られた", "violence"),
])
def test_a_now_a_dream_or_a_stage_after_a_crisis_settles_nothing(classify, text, kind):
    # words of a story or of a settled past reach both ways: only narrow ones, never a bare 「今は…」 or 「夢」
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("今夜からホームレスになるかも", "no_shelter"),
    ("明日ホームレスになりそう、今夜が最後の夜", "no_shelter"),
    ("戦争から逃げてきた。飢えてる", "no_food"),
])
def test_ones_own_homelessness_soon_or_a_refugees_hunger_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))
