"""Issue 18, session 21 (second development set): Japanese crises neither flagged nor asked about, and calm messages
that raised one, fixed by class — eating said without ら or in ん (食べれん), a night outside told bare (今夜から外), a
gas cylinder or a meter taken away, candlelight for light, an empty wallet beside a meal in doubt, pills kept back,
counted or gathered to "enough", money left for one's funeral and then "that's enough", a goodbye with its hour or
received, affairs settled, a last sight; and, calm, a time that is over (年前まで, an escape or an experience put to
use), a role or a cut only dreamt (excludes: story words reach both ways), another's homelessness feared, a mess
measured by "no place to sleep", a diet likened to starving, people living rough whom the resident helps or sees, the
hunger of a war, blows that name a sport. Every message is written fresh, each class beside crisis messages of the same
words."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "二日前から何も食べれん。金がない",
    "給料出んくて、昨日は何も食べられんかった",
    "米も尽きて何も食えんくて困っとる",
    "食べれなくて三日目です。お金がありません",
])
def test_eating_without_ra_or_in_n_is_still_no_food(classify, text):
    assert "no_food" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "今夜から外です。ネカフェ代もない",
    "家賃払えなくて部屋を出た、今日からもう外で寝ます",
    "漫喫代が尽きた。今晩はもう外確定",
])
def test_a_night_outside_told_bare_is_no_shelter(classify, text):
    assert "no_shelter" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "今日から外食が多くて食費がかさむ",
    "今日から外回りの仕事になりました",
    "今夜は外だから電話できない",
])
def test_an_evening_out_is_no_night_outside(classify, text):
    assert "no_shelter" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "ガス代ためてたら、ガスのメーター外された",
    "払えなくてプロパンのボンベ回収された。お湯が出ない",
    "業者が来てボンベを持っていかれました",
])
def test_a_gas_cylinder_or_a_meter_taken_away_is_a_cut(classify, text):
    assert "lifeline" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "カセットボンベの回収日っていつですか",
    "使い終わったカセットボンベを回収してほしい",
])
def test_a_cassette_cylinder_for_recycling_is_no_cut(classify, text):
    assert "lifeline" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "所持金80円。明日の飯どうする",
    "財布に5円しかない、今日のご飯どうしよ",
    "残金12円で今夜の食事が買えない",
])
def test_a_wallet_at_a_few_coins_and_todays_meal_in_doubt_is_no_food(classify, text):
    assert "no_food" in raised(classify(text))


def test_a_menu_in_doubt_is_no_hunger(classify):
    assert "no_food" not in raised(classify("今日のごはんどうしよう、カレーかな"))


@pytest.mark.parametrize("text", [
    "睡眠薬、飲まずにこっそりためてる",
    "もらった安定剤を飲まないで全部ためています",
    "薬がようやく必要な分たまった",
    "処方薬を少しずつ集めて、もう十分揃いました",
])
def test_pills_kept_back_or_gathered_to_enough_are_asked_about(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "火葬代はあるから、もういつでもいい",
    "葬儀費用くらいは残せたし、もういいかなって",
    "明日にはいなくなります。お世話になりました",
    "友達から「今夜で消えるね」ってメッセージが来た",
])
def test_a_funeral_paid_for_or_a_goodbye_with_its_hour_is_asked_about(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "自分の葬式代は残しておきたいので、積立の相談がしたい",
])
def test_an_old_persons_planning_is_no_goodbye(classify, text):
    assert "suicide" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "前の夫に殴られていたのは8年前まで。今は再婚して落ち着いています。保育園のことで相談",
    "20年前に家庭内暴力から逃げた経験があります。今は子ども食堂を手伝っています",
])
def test_a_time_that_is_over_raises_nothing(classify, text):
    assert not raised(classify(text)) & {"violence", "suicide"}


@pytest.mark.parametrize("text, kind", [
    ("夫に殴られてます。去年からずっと", "violence"),
    ("3年前から夫に殴られてて、今は毎日です", "violence"),
    ("今も死にたい気持ちがある", "suicide"),
])
def test_a_crisis_that_goes_on_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("路上生活者の役を演じることになりました。話を聞ける場所はありますか", "no_shelter"),
    ("ガスが止まる夢を見た。払えてはいるけど不安", "lifeline"),
    ("寝るところもないほど物が多くて、片付けを手伝ってほしい", "no_shelter"),
    ("餓死寸前みたいな食事制限をしてる妹が心配", "no_food"),
    ("ホームレスの方に炊き出しをしているボランティアです。紹介先を知りたい", "no_shelter"),
    ("兄が家賃を滞納していてホームレスになりそう。相談先はありますか", "no_shelter"),
])
def test_a_role_a_dream_a_measure_a_simile_or_help_raises_nothing(classify, text, kind):
    assert kind not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("今夜寝る場所がない", "no_shelter"),
    ("ホームレスの人たちと公園で寝てる", "no_shelter"),
    ("三日何も食べてなくて餓死しそう", "no_food"),
    ("ガスが止まった。お湯も出ない", "lifeline"),
])
def test_the_same_words_of_ones_own_today_are_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "殴り合いって書いたのはボクシングのことです。大会の遠征費が足りない",
    "殴り合いといっても格闘技の試合の話です笑 道場の会費の相談",
])
def test_blows_that_name_a_sport_are_no_violence(classify, text):
    assert "violence" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "夫と殴り合いの喧嘩になった",
    "ボクシングやってる彼氏に殴られた",
])
def test_blows_beside_a_sport_at_home_are_still_violence(classify, text):
    assert "violence" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "キックボクシングの練習で毎回蹴られて足が痛い 整骨院代がきつい",
    "空手道場で殴られまくってる笑 月謝の相談です",
])
def test_blows_where_a_sport_is_practised_are_no_violence(classify, text):
    assert "violence" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "財布の中10円。晩飯どうしよ",
    "所持金ゼロ、今日食べるものどうしよう",
    "一円もない、お腹すいた",
    "財布すっからかんで昼飯抜き",
])
def test_an_empty_wallet_beside_a_meal_in_doubt_is_no_food(classify, text):
    assert "no_food" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "財布に500円あるから昼飯は大丈夫",
    "財布の中身ゼロだけど食事は寮で出る",
    "一円も無駄にしたくないので食費を節約したい",
])
def test_a_wallet_that_still_feeds_or_a_thrifty_plan_is_no_hunger(classify, text):
    assert "no_food" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "薬、飲んだふりしてためとる",
    "睡眠薬が二十錠たまった",
    "眠剤もう50錠集めた",
])
def test_pills_counted_or_feigned_taken_are_asked_about(classify, text):
    assert "suicide" in raised(classify(text))


def test_pills_counted_for_a_dosage_question_are_no_sign(classify):
    assert "suicide" not in raised(classify("薬が30錠あるけど飲み方を知りたい"))
