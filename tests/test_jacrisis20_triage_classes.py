"""Japanese crisis classes (session 20): crises told without their usual words or in dialect, and the calm messages
that look like one (a roof at work, quitting a habit, a fast, a game, another's grief). Every message here was
written for this file."""

from __future__ import annotations

import pytest

from dialogs.triage import default_classifier


@pytest.fixture(scope="module")
def classify():
    return default_classifier().classify


def _raised(result) -> set[str]:
    return set(result.crisis) | set(result.possible or ())


# ---------------------------------------------------------------- a wish to die shown, not said
@pytest.mark.parametrize("text", [
    "仕事帰り、毎晩ホームの端で通過電車をじっと見つめてしまう",
    "踏切の前で電車をぼんやり眺めてると、ふっと足が出そうになる",
    "あと一歩前に出れば全部終わるのにって、毎朝駅で思う",
    "少しずつ集めてた安定剤を全部並べてみた。今夜にしようかな",
    "ためこんだ眠剤、ぜんぶ数えた。これから飲む",
    "うちがおらんようになったら、家族はみんな楽になるやろ",
    "俺がいなくなれば会社のみんなも助かるだろうし",
    "朝にはもうおらんようになっとるけん、探さんといてね",
    "誰にも知られずにいなくなる方法ってあるのかな",
    "私物はもう全部処分しました。今までありがとうございました",
    "ハムスターの里親も見つけたし、部屋も片付けた。もう思い残すことはない",
    "最後の投稿も終えた。みんな今までありがとう、さよなら",
    "イライラすると壁に頭を打ち付けてしまう",
    "痛くないと眠れないから、また自分を傷つけてしまう",
])
def test_a_wish_to_die_shown_without_its_words_is_certain(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "いつにするかはもう決めた",
    "これで心残りはないです",
    "さがさないでください",
    "部屋の物は片付けて、娘あての手紙も書いた",
    "今、屋上にいます",
])
def test_a_sign_of_leaving_alone_is_asked_about(classify, text):
    assert "suicide" in _raised(classify(text))


# ---------------------------------------------------------------- dialect read as the standard words
@pytest.mark.parametrize("text, crisis", [
    ("このまま起ぎねえばいいって、毎晩思う", "suicide"),           # 東北: 起きなければ
    ("三日も飯食べでねぇ、米っこもねえ", "no_food"),              # 東北: 食べてない
    ("もう二日、なんも口さ入れでねぇ", "no_food"),
    ("金がなくて、おととい からなんも食うてへんねん", "no_food"),   # 関西: 食ってへん
    ("もう四日、なんも食っちょらん", "no_food"),                   # 九州: 食ってない
])
def test_a_crisis_in_dialect_is_certain(classify, text, crisis):
    assert crisis in classify(text).crisis


# ---------------------------------------------------------------- a roof is no crisis by itself
@pytest.mark.parametrize("text", [
    "おとといは一日じゅう屋上にいました。防水工事の現場です",
    "仕事で今週はずっと屋上にいます、日焼けがひどい",
    "昼休みは屋上で弁当を食べるのが好きです",
])
def test_a_roof_in_the_past_or_at_work_is_calm(classify, text):
    assert "suicide" not in _raised(classify(text))


@pytest.mark.parametrize("text", [
    "団地の屋上にいる",
    "いま屋上で、ずっと下の道路を見下ろしてる",
    "屋上に来た。もう終わりにする",
])
def test_a_roof_now_looking_down_or_with_words_of_ending_it_is_certain(classify, text):
    assert "suicide" in classify(text).crisis


# ---------------------------------------------------------------- quitting a habit or a job is no wish to die
@pytest.mark.parametrize("text", [
    "ここ半年で飲酒の量が増えてきて、やめたいのにやめられない",
    "寝る前につい飲んでしまう、もうやめたい",
    "タバコの本数が増えてきたから減らしたい",
    "スロットがやめられない、どうしたらいいですか",
    "今の会社をやめたいけど次が見つかるか不安です",
])
def test_wanting_to_quit_a_habit_or_a_job_is_not_asked_about_suicide(classify, text):
    assert "suicide" not in _raised(classify(text))


def test_a_wish_to_die_beside_drinking_still_counts(classify):
    assert "suicide" in classify("お酒の量が増えて、もう死にたい").crisis


# ---------------------------------------------------------------- violence without a blow named
@pytest.mark.parametrize("text", [
    "夫にこのことがバレたら、また殴られる",
    "腕のあざを長袖でごまかして学校に行ってる",
    "酔った兄が包丁を持ち出して怒鳴ってる",
    "父が暴れてて、トイレに鍵をかけて閉じこもってる",
    "継父に夜中、寝室に入ってこられる",
    "彼氏に部屋から締め出されて、いま外にいる",
    "内縁の夫から逃げてきました",
])
def test_violence_told_without_a_blow_is_certain(classify, text):
    assert "violence" in classify(text).crisis


# ---------------------------------------------------------------- no place tonight said another way
@pytest.mark.parametrize("text", [
    "今日も駅の軒下で寝ます",
    "実家から追い出された。知り合いのところも断られた",
    "ネカフェ代がない。始発まで外で過ごすしかない",
])
def test_no_place_tonight_said_another_way_is_certain(classify, text):
    assert "no_shelter" in classify(text).crisis


# ---------------------------------------------------------------- calm look-alikes
@pytest.mark.parametrize("text, crisis", [
    ("ファスティングの合宿で四日間水だけで過ごしました、肌の調子がいい", "no_food"),
    ("断食の修行で二日なんも食べてない。明日で終わりです", "no_food"),
    ("つわりがひどくて何も食べられない。妊婦健診の費用の相談をしたい", "no_food"),
    ("胃が痛くて何も食べられないので病院を探しています", "no_food"),
    ("ソロキャンプで野宿してきました、星がきれいだった", "no_shelter"),
    ("うちの子が保育園でお友達とたたき合いになったそうです", "violence"),
    ("昨日見たドラマ、借金で家を失った女の話で泣いた", "no_shelter"),
    ("ゲームでボス戦に負けた、もう死んだ笑", "suicide"),
    ("ホラー映画のあとで、今夜は一人で寝られそうにない笑", "no_shelter"),
    ("格闘技ジムで毎日殴られてます笑 月謝の相談です", "violence"),
    ("兄が自殺して五年になります。遺族の集まりってありますか", "suicide"),
    ("「死にたい」ってつぶやく人をSNSで見かけたら、どうするのがいいですか", "suicide"),
    ("電気って止められる何日前に連絡が来るものですか", "lifeline"),
    ("ガスは何ヶ月払わないと止められますか？まだ払えてます", "lifeline"),
])
def test_a_calm_look_alike_is_not_raised(classify, text, crisis):
    assert crisis not in _raised(classify(text))


# ---------------------------------------------------------------- farewells that hand over what is left
@pytest.mark.parametrize("text", [
    "宝物はみんな友達に譲った。もう必要ない",
    "大切にしてた物、全部あげちゃった。もう使わない",
    "今まで本当にありがとう。犬のこと、よろしくお願いします",
    "ごめんねって伝えておいて。ばいばい",
    "もー限界しぬ",
    "私がいなくなった方が家族のため",
    "生命保険がおりれば子どもは困らないよね",
    "ロープは用意した。最後に声が聞きたかった",
    "自分のお葬式で流す曲を決めた",
])
def test_a_farewell_or_a_life_insurance_for_the_family_is_certain(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text, crisis", [
    ("今日中にここを出ろって社長に言われた", "no_shelter"),
    ("子どもがお腹すいたって言ってるのに、冷蔵庫に何もない", "no_food"),
    ("きのうがら なにも食ってねぇ", "no_food"),
    ("言うこと聞かないと子どもに何かするって脅されてる", "violence"),
])
def test_a_crisis_said_another_way_is_certain(classify, text, crisis):
    assert crisis in classify(text).crisis


@pytest.mark.parametrize("text, crisis", [
    ("火災保険の保険金が出れば家族は助かる", "suicide"),
    ("健診のため今朝から何も食べてません、受付は何時ですか", "no_food"),
    ("電気止められたのは去年の話で、今は大丈夫です", "lifeline"),
    ("清水の舞台から飛び降りる気持ちで家を買いました", "suicide"),
    ("同僚が自殺未遂したらしい、心配", "suicide"),
    ("朝はバタバタで何も食ってないけど大丈夫", "no_food"),
])
def test_another_calm_look_alike_is_not_raised(classify, text, crisis):
    assert crisis not in _raised(classify(text))
