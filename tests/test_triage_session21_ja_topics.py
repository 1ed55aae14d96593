"""Japanese classes read in session 21 from the development set benchmarks/triage_heldout/2026-12-17.tsv (messages here
are written fresh, several wordings per class, with calm counter-examples that must stay calm):
- a certain crisis read only as a question: a farewell with the day named (「今週末にはもうこの世にいません」), a
  region's "no use living" (「生きとっても意味あらへん」「生ぎでだってしょうがね」), amends by death (「死んで償う」),
  one's life insurance decided as the repayment (「保険金で払うつもり」), 逝きたい; days without a proper meal
  (「三日ろくに食ってねえ」), a meal time with nothing (「朝は子どもも私も何も食べてない」); put out and now in a park said
  bare (「今河川敷です」), a shelter closing today with nowhere to go; the water stopped told bare (「水が止まったまま」), a
  bill's cut announced for today far from the supply's name; Tohoku でけろ (= てくれ), Kyushu 寝っとこ (= 寝るところ);
- topics named only by a person, a trade or an after-effect: ばっちゃ/じっちゃ (family), a shop or a field of one's own
  (work, not a parent's field), 後遺症/脳梗塞/手が不自由 (health), alone now or withdrawn from people (isolation)."""
import pytest

from tests.triage_support import labels, raised


@pytest.mark.parametrize("text", [
    "今週末にはもうこの世にいません。いままでありがとう",
    "今夜でこの世からいなくなります。誰かに伝えたかった",
    "あしたの夜にはもうこの世にいないと思う。猫をよろしく",
])
def test_a_farewell_with_the_day_named_is_suicide(classify, text):
    assert "suicide" in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "祖父はもうこの世にいないけど、祖父の家の相続で相談したい",
    "母がこの世にいないと思うとさみしい。遺品の整理をしています",
])
def test_a_relative_gone_from_this_world_is_no_crisis(classify, text):
    assert "suicide" not in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "生きとっても意味あらへん。もう疲れたわ",
    "生きてたってしょうがねえ、もう終わりにする",
    "ばっちゃ、もう生ぎでだってしょうがねって泣いでる",
    "早く逝きたい。もう十分だ",
    "会社の金に手をつけてしまった。死んで償うしかない",
    "店の借金は保険金で払うつもり。もう決めた",
    "ばっちゃが「死なせでけろ」って毎晩泣いてる",
])
def test_a_wish_to_die_in_other_words_is_suicide(classify, text):
    assert "suicide" in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "生きてても仕方ないなんて思ってないです。仕事の相談です",
    "じいちゃんは去年逝きました。遺品整理の相談です",
    "死んでお詫びしろって上司に言われた。パワハラの相談です",
    "父の生命保険で借金を返しました。今は落ち着いています",
])
def test_the_same_words_denied_or_of_another_are_no_suicide(classify, text):
    assert "suicide" not in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "もう三日ろくに食ってねえ",
    "ここ5日まともに食べれてない。財布も空",
    "朝は子どもも私も何も食べてない。お金がない",
    "晩は家族みんな何もなし。給料日まであと一週間",
])
def test_days_or_meals_without_food_are_no_food(classify, text):
    assert "no_food" in classify(text, "ja").crisis


def test_an_evening_with_nothing_to_do_is_no_hunger(classify):
    assert not raised(classify("夜は何もない日が好き。静かに本を読める", "ja"))


@pytest.mark.parametrize("text", [
    "家を追い出されて今河川敷です",
    "彼氏に追い出された。今駅。どうしよう",
    "今日でシェルターを出なきゃいけなくて、行く場所がありません",
    "ネットカフェが今夜で閉まるって。行き場がない",
    "寝っとこがなかけん、今夜どげんしよう",
])
def test_put_out_now_outside_or_nowhere_tonight_is_no_shelter(classify, text):
    assert "no_shelter" in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "水が止まったままもう二日",
    "うちの水止まって、トイレも流せん",
    "ガス代ためてて、明日には止めますと言われた",
    "水道料金を滞納してたら、今日の夕方に止めますって連絡が来た",
])
def test_the_water_stopped_or_a_cut_due_today_is_lifeline(classify, text):
    assert "lifeline" in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "鼻水がやっと止まって楽になった",
    "ガス代の支払い、明日止めますって連絡があったけど、今日払ってきました",
])
def test_a_nose_or_a_bill_paid_is_no_cut(classify, text):
    assert "lifeline" not in classify(text, "ja").crisis


@pytest.mark.parametrize("text, topic", [
    ("ばっちゃが入院した。面倒見るのが大変", "family"),
    ("じっちゃの年金だけで暮らしてる", "family"),
    ("夫婦でうどん屋やってたけど売れなくて", "work"),
    ("個人で軽貨物やってます。燃料代がきつい", "work"),
    ("わしは田んぼやっとるが、米が安くてどうにもならん", "work"),
    ("脳梗塞の後遺症で右手が不自由です", "health"),
    ("交通事故の後遺症で重いものが持てない", "health"),
    ("女房に先立たれて今はひとり。話し相手もいない", "isolation"),
    ("定年してから人と関わらなくなった", "isolation"),
    ("ひとりの部屋が静かすぎて眠れない", "isolation"),
])
def test_a_topic_named_by_a_person_a_trade_or_an_after_effect(classify, text, topic):
    assert topic in labels(classify(text, "ja"))[0]


@pytest.mark.parametrize("text, topic", [
    ("実家の母が一人で畑やってるけど足が悪くなって心配", "work"),
    ("今は一人暮らしで安全です。カウンセリングを受けたい", "isolation"),
    ("息子が出ていって家が静かすぎるわ笑", "isolation"),
    ("不自由な生活にも慣れました。家賃の相談です", "health"),
])
def test_the_same_words_that_name_no_such_topic(classify, text, topic):
    assert topic not in labels(classify(text, "ja"))[0]


def test_going_to_sleep_tonight_is_no_lack_of_a_place(classify):
    result = classify("もう朝が来なければいいと思いながら、今夜もまた寝る", "ja")
    assert "no_shelter" not in result.crisis, result


@pytest.mark.parametrize("text", ["今夜寝るところ、どこか紹介してもらえますか", "今晩泊まれる場所を探しています"])
def test_tonight_s_place_asked_for_is_still_no_shelter(classify, text):
    assert "no_shelter" in classify(text, "ja").crisis


@pytest.mark.parametrize("text, topic", [
    ("別れたらこの先生活していけるのか心配です", "money"),
    ("パートだけで暮らしていけるかどうか分からない", "money"),
    ("デイサービスの利用料が上がって困ってる", "money"),
    ("母が亡くなってから何も手につかなくて", "health"),
    ("高校中退で何の資格もない。働き口ってありますか", "work"),
])
def test_a_livelihood_a_fee_a_loss_or_schooling_name_their_topic(classify, text, topic):
    assert topic in labels(classify(text, "ja"))[0]


@pytest.mark.parametrize("text, topic", [
    ("ここの利用料ってかかりますか", "money"),
    ("締め切り前で手につかない仕事が山積み", "health"),
    ("生活保護を受ける資格がないと言われた", "work"),
])
def test_the_same_words_without_that_topic(classify, text, topic):
    assert topic not in labels(classify(text, "ja"))[0]


@pytest.mark.parametrize("text, topic", [
    ("国籍を言ったら部屋を貸してもらえなかった", "housing"),
    ("就学援助の書類ってどこでもらえますか", "family"),
    ("児童扶養手当の更新を忘れてた", "family"),
    ("就労継続支援に通ってるけど工賃が少ない", "work"),
    ("目がよく見えなくて手続きの書類が読めない", "health"),
    ("耳が聞こえないので文字で相談したいです", "health"),
    ("しばれるのに灯油も買えねえ", "money"),
    ("車で暮らしてるけどガソリンももう底をつく", "money"),
])
def test_a_room_refused_a_child_benefit_sheltered_work_the_senses_and_fuel(classify, text, topic):
    assert topic in labels(classify(text, "ja"))[0]


@pytest.mark.parametrize("text, topic", [
    ("このドラマは目が離せない", "health"),
    ("友達に本を貸してもらえなかった", "housing"),
])
def test_the_same_words_that_name_no_topic(classify, text, topic):
    assert topic not in labels(classify(text, "ja"))[0]


@pytest.mark.parametrize("text", [
    "おら、もうこの世さいねほうがいいべ",
    "毎日しんどくて、生ぎでんのやんだ",
    "生きるのは、もうええわ",
    "もう生きてるのがいやだ",
])
def test_living_no_longer_wanted_in_a_region_s_words_is_suicide(classify, text):
    assert "suicide" in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "アパートを追い出されて、今夜は車で寝るしかない",
    "部屋がなくなって、今晩から車の中だ",
    "彼氏から逃げて、車の中で寝泊まりしてる",
    "カプセルホテルにいるけど、所持金が今日で尽きる",
    "鍵を取り上げられて、今晩は河川敷のベンチです",
    "今夜も野宿かな。寒い",
])
def test_the_car_after_a_home_is_lost_or_a_paid_bed_s_money_ending_today_is_no_shelter(classify, text):
    assert "no_shelter" in classify(text, "ja").crisis


@pytest.mark.parametrize("text", [
    "今日は車の中で子どもの塾が終わるのを待ってる",
    "ホテルに泊まってる。ポイントが今日で切れるから使いたい",
])
def test_a_car_or_a_hotel_without_a_home_lost_is_no_shelter(classify, text):
    assert "no_shelter" not in classify(text, "ja").crisis
