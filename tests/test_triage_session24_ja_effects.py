"""Session 24 (issue 18, Japanese), continued: crises told by their effect, in Japanese as a second language, in regional
words and in chat's slang, with their everyday look-alikes — each class stated with fresh wordings."""

import pytest


def raised(result) -> set:
    return set(result.crisis) | set(result.possible)


@pytest.mark.parametrize("text, kind", [
    ("顔のあざを隠すためにマスクしてる。夫には言えない", "violence"),
    ("帰ったらまた何かされる。怖くて帰れません", "violence"),
    ("段ボールを敷いて寝てる", "no_shelter"),
    ("私がいなくなれば全部解決する", "suicide"),
    ("遠くへ行って二度と戻らないつもり", "suicide"),
])
def test_violence_by_its_effect_a_night_on_cardboard_and_being_gone_for_good(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "顔のあざを隠すメイクのやり方を教えて",
    "雷が怖くて家に帰れない笑",
    "段ボールで猫のベッドを作ったら寝てくれた",
    "あの会社には二度と戻らないつもり",
    "遠くへ行って二度と戻らないつもりで、海外に移住します",
])
def test_a_bruise_made_up_a_fear_of_thunder_and_a_move_abroad_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("電気が来てない。スマホの充電もできない", "lifeline"),
    ("水でお腹をふくらませてる", "no_food"),
    ("夜通し歩いてる。座れるところもない", "no_shelter"),
    ("包丁を手首に当ててた", "suicide"),
    ("今日が最後の日になると思う", "suicide"),
])
def test_a_cut_hunger_a_night_and_a_blade_told_by_their_effect(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "今日が最後の日です。会社の皆さんお世話になりました",
    "夏休みも今日が最後の日だ",
    "一晩中歩いて初日の出を見に行った",
    "電気が来てないみたい、ブレーカー落ちた？",
])
def test_a_last_day_at_work_a_walk_to_the_sunrise_and_a_guess_at_the_breaker_stay_calm(classify, text):
    assert not raised(classify(text))


def test_a_blade_put_to_the_neck_by_someone_is_violence(classify):
    assert "violence" in classify("首にナイフを当てられた").crisis


@pytest.mark.parametrize("text, kind", [
    ("りょう の ひと が よる へや に くる。からだ さわる。こわい", "violence"),
    ("会社 の 先輩 が わたし の からだ を さわる。いや です", "violence"),
    ("くに に かえれない。しぬ しか ない", "suicide"),
    ("結局仕事は見つからず、最近は夜中にふと、自分が消えれば保険金で何とかなるのではと考えてしまいます", "suicide"),
    ("ばあさんが逝ってから、わしも生きとる甲斐がない", "suicide"),
])
def test_japanese_as_a_second_language_a_buried_wish_and_an_elder_s_words(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "赤ちゃんの体を触ると熱い気がする、こわい",
    "猫の体を触るといやがる",
    "マッサージで肩を触られるのがいやです",
])
def test_a_touch_told_as_a_condition_or_a_massage_is_no_violence(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("母ちゃん死んでもうた。うちもすぐそっち行くけん", "suicide"),
    ("じいさんが亡くなって一人じゃ。わしもはよ行かにゃならん", "suicide"),
    ("米が今日でしまいや。金もあらへん", "no_food"),
    ("食べるもんが今朝でのうなった", "no_food"),
    ("昨日から公園で寝よる", "no_shelter"),
    ("酔うたらすぐ手ぇ上げよる", "violence"),
])
def test_the_classes_in_regional_words(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "母が「冬を越すつもりはない」と言って灯油を買わない",
    "父は食事も薬も断って、毎日ぼんやり座っています",
])
def test_a_winter_not_meant_to_be_lived_through_and_food_and_medicine_refused(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "認知症の母が食事も薬も拒否して困っています。訪問看護は使えますか",
    "風邪で食事も薬もいらないと言って寝てます",
    "今年の冬を越すための灯油代が心配です",
    "夫が亡くなりました。私もそろそろ仕事に行かないといけない",
    "主人を亡くして、そろそろ実家に行こうかと考えています",
])
def test_dementia_a_cold_a_heating_bill_and_life_going_on_after_a_death_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "消えたすぎる",
    "ロープぽちった",
    "屋上の鍵が開いてた。今ここにいる",
    "人生リセットしたい、物理的に",
    "生きるの向いてない",
    "もう楽になってもいいよね",
    "最後にラーメン食べてから行こうと思う",
])
def test_the_wish_or_the_plan_in_chat_s_slang(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "キャンプ用のロープぽちった",
    "屋上でビアガーデン、今ここにいる！",
    "最後にコーヒー飲んでから行こう",
    "この仕事向いてない気がする",
    "物理的に無理な距離",
    "早く帰りたすぎる",
])
def test_slang_of_everyday_life_stays_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("最後にまともに食べたのは三日前", "no_food"),
    ("食パン一枚を家族三人で分けてる", "no_food"),
    ("今夜が最後", "suicide"),
])
def test_the_last_meal_days_ago_one_loaf_shared_and_tonight_the_last(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "ケーキ一つを家族みんなで分けて食べた",
    "最後に焼肉食べたのは三年前かな",
    "今夜が最後のチャンスだ、がんばる",
    "今日が最後のバイト",
])
def test_a_cake_shared_a_dish_last_eaten_and_a_last_chance_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "ご飯がないと思ったら冷凍庫にあった笑",
    "窓をバンバン叩かれてびっくりしたら、風で枝が当たってただけでした",
    "和太鼓を思いっきり叩くとすっきりする",
    "ドラムを叩くのが趣味です",
    "解体工事でハンマーで叩く音がうるさい",
    "高いビルの展望台からの夜景がきれいだった",
])
def test_a_scare_that_turned_out_nothing_a_drum_struck_and_a_high_building_seen_stay_calm(classify, text):
    assert not classify(text).crisis


@pytest.mark.parametrize("text, kind", [
    ("死にたいと思ったら、ここに連絡していいんですか", "suicide"),
    ("夫に叩かれてびっくりして、声も出なかった", "violence"),
    ("殴られるかと思ったら、本当に殴られた", "violence"),
    ("電気が止まったと思ったら、水道も止められてた", "lifeline"),
    ("隣から毎晩、子どもの泣き声と、叩くような音が聞こえます", "violence"),
    ("ドラムのスティックで叩かれた", "violence"),
])
def test_a_wish_a_blow_or_a_cut_beside_those_words_still_counts(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text", [
    "もう歳なので、何があってもいいように身辺整理を始めました",
    "父が薬をまとめて飲んでしまわないよう、カレンダーで管理したい",
    "転居するので電気を止める手続きを教えてください",
    "保険の受取人を、亡くなった母から妹に変えたいです",
    "思い残すことはありません、来月から新しい職場です",
])
def test_prudence_in_old_age_pills_kept_safe_a_move_an_estate_and_a_new_job_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "身辺整理は済んだ。あとは決行するだけ",
    "薬をまとめて飲んでしまった。ふらふらする",
    "もう思い残すことはない",
])
def test_affairs_settled_before_the_deed_pills_taken_and_nothing_left_to_regret(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "電気代は払えたけど、家賃の最終通告が来た",
    "ガスもアウトドア用のコンロを買いました",
    "水道の閉栓は引っ越し業者がやってくれますか",
    "娘が亡くなった祖母のところへ行きたいと泣く。お墓参りに連れて行こうと思う",
    "母が亡くなって、そろそろ一周忌で実家のほうに行かなあかん",
    "海に入ったらすぐ冷たくて出た",
    "薬局を何軒か回って、同じマスクを探した",
    "屋上のフェンスの修理で、今ここに来てます",
    "明日の朝にはもういないので、鍵はポストに返却します（民泊）",
    "ありがとう、猫をよろしくお願いします。旅行から帰ったら迎えに行きます",
    "公園のベンチで朝を待つのが好き。日の出がきれい",
])
def test_the_new_classes_everyday_look_alikes_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "おなかすいた〜ダイエット3日目",
    "帰りの切符は買ってないけど、友達が車で送ってくれる",
    "飲む量を調べたら、一日三回だった",
    "薬は多めに手元にあると安心です、災害用に",
    "灯油をかぶったら大変なので、ストーブの給油は慎重に",
])
def test_a_diet_a_lift_home_a_dose_looked_up_a_stock_for_disasters_and_a_careful_refill_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("子どもを残して死んだら、あの子たちはどうなるんだろう", "suicide"),
    ("兄が河川敷でテント生活をしてる。冬が心配", "no_shelter"),
    ("社宅に住んでたけど、クビになって今日中に出ろと言われた", "no_shelter"),
])
def test_children_left_behind_a_tent_by_the_river_and_a_company_flat_to_leave_today(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", ["子どもを置いて出かけたら泣いてた", "週末は公園でテントを張ってピクニック"])
def test_an_outing_and_a_picnic_tent_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "踏切の前で、次の電車が来たら一歩出ようと思ってる",
    "風邪薬を何箱も買いだめした。飲み方も調べた",
    "今までありがとう。ハムスターのことよろしくね",
    "お迎えはまだかと毎日思うとります。もう十分です",
    "今夜、海へ行きます。帰りの電車賃は持っていません",
])
def test_a_step_before_the_train_pills_by_the_box_a_pet_left_the_end_awaited_no_fare_home(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "次の電車が来たら乗ります、少し遅れます",
    "帰りのお金は持ってないけど、母が迎えに来てくれる",
    "お迎えはまだかのう笑",
])
def test_a_train_boarded_a_lift_home_and_an_elder_s_joke_stay_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "夫のせいで前歯が折れた",
    "目の周りが青くなってる。また彼がやった",
    "家にいると何をされるかわからない",
    "彼が壁を殴って、次はお前だと言った",
    "夫に髪を切られた",
])
def test_violence_told_by_an_injury_put_down_to_someone_or_a_threat(classify, text):
    assert "violence" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "美容師に髪を切られすぎた笑",
    "転んで前歯が折れた。歯医者の費用が心配",
    "ネットで何をされるかわからないから個人情報は出さない",
    "母に髪を切ってもらった",
])
def test_a_haircut_a_fall_and_caution_online_stay_calm(classify, text):
    assert not raised(classify(text))
