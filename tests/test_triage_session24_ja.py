"""Session 24 (issue 18, Japanese): classes of crises the Japanese reading missed — a message in katakana alone, a Latin
word in a Japanese message taken for a laugh, romaji told in the passive past — each stated with fresh wordings."""

import pytest


@pytest.mark.parametrize("text, kind", [
    ("ｶﾚｼﾆﾅｸﾞﾗﾚﾃ ｲｴｦﾃﾞﾀ", "violence"),
    ("ｵｯﾄﾆｹﾗﾚﾙ ｺﾜｲ", "violence"),
    ("ｼﾆﾀｲ ﾓｳﾑﾘ ﾂｶﾚﾀ", "suicide"),
    ("ネルトコガナイ イマエキノベンチ", "no_shelter"),
])
def test_a_message_in_katakana_alone_is_read_as_the_words_it_spells(classify, text, kind):
    result = classify(text)
    assert kind in result.crisis or kind in result.possible


@pytest.mark.parametrize("text", ["アパートノヤチン", "ｱﾙﾊﾞｲﾄ ｻｶﾞｼﾃﾏｽ", "ホームページ"])
def test_a_calm_message_in_katakana_alone_stays_calm(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible


@pytest.mark.parametrize("text, kind", [
    ("ガスも電気も止まってる。Wordで書いた手紙も印刷できない", "lifeline"),
    ("水道止められた。公園のWi-Fiで送ってます", "lifeline"),
    ("夫に殴られた、今Webで相談先探してる", "violence"),
])
def test_a_latin_word_holding_a_w_is_no_laugh(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text", ["電気止められたｗｗｗ", "水道とめられたwww"])
def test_a_laugh_of_ws_is_still_a_laugh(classify, text):
    assert "lifeline" not in classify(text).crisis


@pytest.mark.parametrize("text, kind", [
    ("otto ni nagurareta. ima tomodachi no ie ni iru", "violence"),
    ("gasu tomerareta. kyou wa samui", "lifeline"),
])
def test_romaji_in_the_passive_past_is_japanese(classify, text, kind):
    result = classify(text)
    assert result.lang == "ja" and kind in result.crisis


def raised(result) -> set:
    return set(result.crisis) | set(result.possible)


@pytest.mark.parametrize("text, kind", [
    # joining the dead: a death told, then oneself going too, soon
    ("夫に先立たれて三年になります。私ももうすぐ夫のそばへ行きます", "suicide"),
    ("おふくろが他界して一人になった。わしもそろそろ行かなあかん", "suicide"),
    ("娘を事故で亡くしました。もうすぐそっちに行くからね、と毎晩言ってます", "suicide"),
    # a fall or a step that would end it at once
    ("このマンションの屋上から飛んだら、すぐ終わるのかな", "suicide"),
    ("踏切で一歩踏み出せば全部終わるのにって思う", "suicide"),
    ("夜の川に入ったら、あっという間なんだろうな", "suicide"),
    # the means at hand
    ("ドラッグストアをあちこち回って同じ睡眠薬を集めた", "suicide"),
    ("何錠飲めばいいかはもう調べた。飲む量も決めてある", "suicide"),
    ("眠剤はたくさん手元にあるから、いつでもいい", "suicide"),
    ("鴨居にロープを結んでみた", "suicide"),
    ("ガソリンかぶって終わりにしようかと思ってる", "suicide"),
    # gone from a time named, a goodbye with its day, a farewell leaving the ones in one's care
    ("明日の朝にはもういないと思う。鍵はポストに入れておきます", "suicide"),
    ("今夜でさよならしようと思います。ありがとう", "suicide"),
    ("いままで本当にありがとう。犬をよろしくお願いします", "suicide"),
    ("今までお世話になりました。子どもたちのことをお願いします", "suicide"),
    ("長い間ありがとうございました。私はあちらでも皆さんのことを見守っています。さようなら", "suicide"),
    # an elder's wish for the end, oneself erased, the world left
    ("もう九十です。早くお迎えに来てほしいと毎日思っております", "suicide"),
    ("私なんか存在ごと消えてしまいたい", "suicide"),
    ("みんなに迷惑かけるくらいなら、消えるほうがいい", "suicide"),
    ("あとは俺を始末するだけだ", "suicide"),
    ("もうこの世界にいたくない", "suicide"),
    ("一緒に逝こうって約束した", "suicide"),
    ("人生の幕をそろそろ自分で下ろそうと思う", "suicide"),
    ("この身をもって償います。ご迷惑をおかけしました", "suicide"),
])
def test_a_plan_or_the_means_told_without_words_of_dying_is_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "父が亡くなったので、来週は実家の母のところへ行きます。相続の相談をしたいです",
    "祖母が亡くなりました。葬儀のあと母のところに行く予定です",
    "お風呂に入ったらすぐ楽になった",
    "電車に乗ればあっという間に着きますよ",
    "子どもの風邪薬、飲む量がわからないので薬剤師さんに聞きたいです",
    "物干しにタオルを掛けてから出かけます",
    "明日から出張で、あさってまではもういないので、連絡は来週お願いします",
    "保育園から早くお迎えに来てほしいと電話がありました",
    "相談に乗ってくれてありがとう。さようなら",
    "今日の面談ありがとうございました、さようなら",
    "ネットで知り合った人と一緒に行く約束をしたけど、会っても大丈夫かな",
    "明日の朝は病院なので、そのころはもう返事ができないと思います",
    "遺言書を書き終えました。明日から旅行に行きます",
    "ベランダの手すりから下をのぞいたら猫がいた",
    "二人で一緒に眠ろうと思って、子どもと同じ布団にしました",
    "ついでに全部やめたいくらい忙しい",
])
def test_their_look_alikes_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "旦那は酔うといつも手を出してくる",
    "彼、怒るとすぐ手が出るタイプで、昨日も",
    "最初は怒鳴るだけだったのに、最近は手まで出るようになった",
    "元カレにビンタされて耳が痛い",
    "義父に鼻の骨を折られたことがあって、また来ると言ってる",
    "母に玄関から締め出されて、今夜どこにもいけない",
    "借金取りに「明日までに払わないと痛い目見るぞ」と言われた",
    "上の階から毎晩、赤ちゃんの泣き声と男の怒鳴り声、それにドンドンという物音がします",
])
def test_violence_told_by_the_hands_the_bone_the_threat_or_the_sounds(classify, text):
    assert "violence" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "株に手を出して失敗しました",
    "この前転んで腕の骨を折りました。労災になりますか",
    "高くて手が出ない家賃ばかりです",
])
def test_hands_and_bones_of_everyday_talk_are_no_violence(classify, text):
    assert "violence" not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("子どものミルク、今日の分で最後です", "no_food"),
    ("うちにあるのはもやしとお塩だけです", "no_food"),
    ("冷蔵庫にはもう何も残っていません。財布も空", "no_food"),
    ("おなかへった。なにも食べずに4日目", "no_food"),
    ("今夜はバス停のベンチで朝を待ちます", "no_shelter"),
    ("漫画喫茶に泊まってたけど、もうその代も払えない", "no_shelter"),
    ("アパートを今日中に出ていけと言われました。行く場所がない", "no_shelter"),
    ("高架下で夜を明かしています", "no_shelter"),
    ("昨日から河川敷で寝とる", "no_shelter"),
    ("カプセルホテル代も尽きた", "no_shelter"),
])
def test_food_ended_today_and_a_night_in_a_public_place_are_asked_about(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "お米が今日でなくなるので、帰りにスーパーで買います",
    "冷蔵庫にはもう何もないから、今夜は外食しよう笑",
    "家にあるのはテレビだけです。ネットはありません",
    "以前は公園で夜を明かしていましたが、今はシェルターに入れました",
    "始発を待つために駅で朝まで過ごしたことがあるけど、今は大丈夫",
])
def test_food_to_be_bought_and_a_night_outside_that_is_over_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "ガス会社から、明後日閉栓しますと言われた",
    "電気代の最終通告が届いた。もう払えない",
    "うち、水道もガスもアウトです",
    "水が出らんようになった。払えとらんけん",
])
def test_a_cut_told_by_the_company_s_words_slang_or_dialect(classify, text):
    assert "lifeline" in classify(text).crisis


@pytest.mark.parametrize("text", ["来月引っ越すので水道の閉栓をお願いしたいです", "ガスの閉栓の手続きってどこでしますか"])
def test_a_closing_asked_for_a_move_is_no_cut(classify, text):
    assert "lifeline" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "高校のとき死にたいと思ってたこともある。今は元気に働いてます",
    "一昨年ガスを止められたけど、今年は大丈夫です。家計相談をしたい",
    "姉が前に夫から殴られてたけど、今は離婚して元気です",
    "自殺なんて考えたことは一度もないです。仕事の相談です",
    "消えたいとかそういう気持ちはないけど、疲れてる",
])
def test_a_school_age_last_year_or_a_denial_of_having_thought_it_keeps_it_calm(classify, text):
    assert not classify(text).crisis


@pytest.mark.parametrize("text, kind", [
    ("前は怒鳴られるだけだったけど、今回は殴られた", "violence"),
    ("中学のときから父に殴られてる。今も毎日", "violence"),
    ("昨年から死にたい気持ちが続いていて、今は毎日考える", "suicide"),
    ("殴られたときは怖かった。今は友達の家にいる", "violence"),
    ("去年も止められたけど、今年もまた電気を止められた", "lifeline"),
])
def test_a_trouble_that_goes_on_or_is_told_now_stays_a_crisis(classify, text, kind):
    assert kind in classify(text).crisis
