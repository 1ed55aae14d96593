"""Session 22 (fix-b), Japanese: crises other than suicide told without their usual words — a threat, a mark hidden, a
care home's staff, things thrown, the last food eaten, a night told by the place, a bed no one will lend, a cut today
or tomorrow in any form — and the calm messages that look like one: a cut back on once paid, a game's shouting, a
dream, a past told as over, a fear of dying proved wrong, a dose forgotten, another's death or words told as past, a
bruise from a fall, a fast before a check-up. Every message here was written for this file."""
import pytest

from tests.triage_support import raised


# ---------------------------------------------------------------- violence told by what is done or feared
@pytest.mark.parametrize("text", [
    "闇金から「嫁と子どもがどうなっても知らんぞ」って電話がきた",
    "取り立ての人に、払わんかったらただじゃすまさんぞって言われた",
    "借金取りが「ただで済むと思うなよ」と言って帰っていきました",
    "とりたてのひとが　げんかんのドアを　どんどんたたいてる",
    "逃げてきたのに、新しい住所がばれたみたいで手紙が届いた",
    "シェルターを出てから引っ越し先を知られた。怖い",
    "元旦那がうちの団地の下をうろうろしてる",
    "別れた彼氏が毎朝バス停で待ち伏せしてる",
    "手首の跡は長袖で隠して仕事に行ってます",
    "首のあとがまだ消えなくて、タートルネックで出勤してる",
    "主人が帰ってくる時間になると体が震えて動けない",
    "義父が帰ってくるのが怖くて、いつも押し入れに隠れてる",
    "父が入所してる施設で、行くたびに新しいあざが増えてる",
    "おばあちゃん、ホームの職員さんが部屋に来るとおびえて泣く",
    "彼氏にコップを投げつけられて、額から血が出た",
    "夫が酔うとお皿が飛んでくる。今も台所で暴れてる",
    "ぼくが悪い子だと、ままに物置に閉じ込められる",
    "うちのおとん、酒が入るとすぐ手が出るけん、今夜も怖い",
    "施設のヘルパーさんが乱暴で、母の腕をひっぱって歩かせてる",
    "となりの家の子がまた泣いてる。親の怒鳴り声と、なにか叩く音がずっとしてる",
    "別れた夫が、毎晩うちのマンションの前で見張ってる",
    "妻が怒ると熱いお茶をかけてくる",
    "兄が刃物を握って部屋の前に立ってる",
    "見知らぬ男が毎晩うちのアパートの前にいる",
    "闇金の人が来て、玄関の前でずっと大声で叫んでる",
])
def test_violence_told_by_what_is_done_or_feared_is_certain(classify, text):
    assert "violence" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "娘が転んでおでこにあざができました。病院は何科ですか",
    "机の脚にぶつけてすねにあざができた",
    "息子がオンラインゲーム中に「殺すぞ」って叫ぶのをやめさせたい",
    "前の会社で上司に殴られてました。もう辞めたので大丈夫です。今は次の職場を探しています",
    "昔の彼に叩かれてたこと、もう7年前なのに今でも夢に見ます。カウンセラーを紹介してください",
    "借金取りに追いかけられる夢を見た。起きたら汗びっしょり",
    "母がデイサービスに通い始めて、職員さんが優しいと喜んでいます",
    "夫は帰ってくるのがいつも遅くてさみしい",
    "ブランドのバッグは高すぎて手が出ない",
    "包丁を持って料理してたら手を切ってしまった",
    "熱湯をかけるだけでできる麺が便利",
])
def test_violence_look_alikes_stay_calm(classify, text):
    assert "violence" not in raised(classify(text))


# ---------------------------------------------------------------- no food today, told by what is left
@pytest.mark.parametrize("text", [
    "カップ麺も今朝で尽きました。給料日まであと6日",
    "うどんは昨日の夜で最後だった。財布には80円",
    "最後のお米を昨日炊いて食べました。年金が入るのは来週です",
    "台所にあるのは醤油と塩だけ。口座も空っぽ",
    "家に残ってるのはふりかけくらい。子どもに何を食べさせたらいいか",
    "今週は公園の水だけで過ごしてます",
    "砂糖なめて水飲んで耐えてる",
    "米びつの底が見えてきた。あと1食分しかない",
    "認知症の父が、もう二日ごはんを口にしていない。年金日まで買い物もできない",
    "冷蔵庫に残ってた食べ物も、もう全部なくなった",
    "お米も卵も切れた。給料日まであと9日",
    "はら減りすぎて動けん。財布にも金がない",
])
def test_no_food_told_by_what_is_left_is_certain(classify, text):
    assert "no_food" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "人間ドックの前なので今日は水だけで過ごしてます",
    "明日の胃の検査の前なので、夜からご飯を口にしていません",
    "お米が明日でなくなるので、帰りに買ってきてほしい",
    "最後のパンは明日の朝ごはんに取っておきます",
    "お腹すいて動けない〜 早く夕飯にしよ",
    "お米切れたから、給料日にまとめて買います",
    "先月は食べるものもなくて、フードバンクのお世話になりました。今は仕事が決まって大丈夫です",
])
def test_no_food_look_alikes_stay_calm(classify, text):
    assert "no_food" not in raised(classify(text))


# ---------------------------------------------------------------- no place tonight, told by where one is
@pytest.mark.parametrize("text", [
    "段ボールを敷いて地下道で寝てる",
    "ガード下で寝泊まりしてもう10日になる",
    "いま駅のベンチ。さむすぎてねむれん",
    "今夜の寝床のあてがない。刑務所を出たばかりです",
    "泊まるあてもないまま夜になった",
    "台風で家が住めなくなって、避難所も満員で入れなかった",
    "河原のテントが大水で流されてしまいました",
    "母親に荷物ごと外に出された。友達の家にも行けない",
    "先輩の家に泊めてもらってたけど、今日で出てって言われた",
    "始発まで駅のベンチで座ってるしかない",
    "今夜はコンビニで夜を明かします。帰る家がない",
    "軽自動車の中で娘と寝泊まりしてる",
    "今日中に社宅を出ないといけないのに、次の住むところが決まってない",
])
def test_no_shelter_told_by_where_one_is_tonight_is_certain(classify, text):
    assert "no_shelter" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "公園のベンチで子どもとおにぎりを食べた",
    "いま公園のベンチで日向ぼっこしてます",
    "キャンプで雨がひどくて、テントが流されそうになった",
    "避難所がどこにあるか前もって知っておきたい",
    "今日で寮を出て、新しいアパートに移ります",
    "若い頃、河原で寝泊まりしてた頃のことを講演で話します",
    "野宿って、夏でも体に悪いんですか",
    "大学の友達とファミレスで朝まで語り明かした",
    "終電を逃して駅で朝まで待つしかないと思ったけど、兄の家に泊めてもらえた",
])
def test_no_shelter_look_alikes_stay_calm(classify, text):
    assert "no_shelter" not in raised(classify(text))


# ---------------------------------------------------------------- a cut today or tomorrow, told in any form
@pytest.mark.parametrize("text", [
    "ガス代が払えなくて、あした止まるって言われた",
    "水道局から、明日の朝止めに来ますってお知らせが入ってた",
    "電気、今日の夕方に止めに来るらしい",
    "今日中に払わんとプロパンのボンベ引き上げるって",
    "毎晩ろうそくで夜をしのいでる。電気代が払えてない",
])
def test_a_cut_today_or_tomorrow_is_certain(classify, text):
    assert "lifeline" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "電気止められてたけど、さっき払ったら電気がついた",
    "水道止まってたけど、払ったらすぐ使えるようになりました",
    "明日はマンションの点検で水が止まるらしい",
    "停電の夜にろうそくで過ごしたのも、今ではいい思い出です",
])
def test_a_cut_that_is_over_or_no_cut_stays_calm(classify, text):
    assert "lifeline" not in raised(classify(text))


# ---------------------------------------------------------------- words of dying that are no wish of the resident's
@pytest.mark.parametrize("text", [
    "タバコやめたら死ぬと思ってたけど、1年たっても元気です",
    "ギャンブルやめたら死ぬかと思ったけど平気でした。家族会を探してます",
    "薬を飲み忘れて、夜に2回分まとめて飲んでしまいました。副作用が心配です",
    "叔父が先月、自ら命を絶ちました。残された家族の相談はできますか",
    "同級生が前に「死にたい」と言ってたことがあって、次はどう声をかけたらいいか知りたい",
    "ドラマで主人公が屋上から飛び降りるシーンを見て、借金のことが他人事じゃないと思った",
])
def test_words_of_dying_that_are_no_wish_stay_calm(classify, text):
    assert not raised(classify(text))


# ---------------------------------------------------------------- a diet, a dream, a trip, play: no crisis; the crisis beside them still counts
@pytest.mark.parametrize("text, kind", [
    ("糖質制限中なのでパンは食べてません", "no_food"),
    ("元彼に殴られる夢を見て、寝不足です", "violence"),
    ("出張で今夜はネカフェに泊まります。領収書は出ますか", "no_shelter"),
    ("家族旅行で今夜は道の駅で車中泊の予定です", "no_shelter"),
    ("娘とプロレスごっこしてたら、本気で蹴られた笑", "violence"),
])
def test_a_diet_a_dream_a_trip_or_play_stays_calm(classify, text, kind):
    assert kind not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("出張で来たのに給料が出なくて、今夜泊まるところがない", "no_shelter"),
    ("部活の練習のあと、先輩に殴られてあざができた", "violence"),
    ("試合に負けたらコーチに蹴られた", "violence"),
    ("夫に叩かれる夢を見て起きたら、本当に夫に殴られた", "violence"),
])
def test_the_crisis_beside_a_trip_play_or_a_dream_still_counts(classify, text, kind):
    assert kind in classify(text).crisis
