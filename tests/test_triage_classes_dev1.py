"""Classes of misses and false alarms found in benchmarks/triage_heldout/2026-12-08.tsv (issue 18, session 16):
Japanese crises said indirectly or in a regional form (staring down from a bridge, a rope found with a note, a
collector's threat to come to the family, an arm grabbed, a meal that is not there, days on water, the last
stopgap gone, put out and wandering, 「電気きれた」), and settled or fictional crises raising an alarm (a cut last
year "but I'm fine now", a drama's hero, a song's lyrics). Each test holds messages of the class written here,
not the set's own lines."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text, kind", [
    # lingering at a drop, staring down at it
    ("仕事も金もない。駅のホームの端でじっと電車を眺めてる", "suicide"),
    ("崖の上から何時間も海を見下ろしてた", "suicide"),
    ("マンションのベランダから長いこと下を眺めてた", "suicide"),
    ("夜中に踏切の前でずっと遮断機を見てる", "suicide"),
    # preparations a relative finds
    ("弟の部屋に縄とメモが置いてあって、怖くて聞けません", "suicide"),
    ("夫の机に「みんなへ」という手紙と、新しいロープがありました", "suicide"),
    ("娘の引き出しに睡眠薬が大量に隠してありました", "suicide"),
])
def test_a_japanese_suicide_sign_said_without_a_word_of_dying_is_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "取り立ての男に「会社に押しかけるからな」と言われて眠れない",
    "元カレから『家族に写真ばらすぞ』ってメッセージが毎晩来る",
    "金返さんなら子どもの学校に行くぞって毎日電話がくる",
    "元夫にいきなり肩をつかまれて、怖くて動けなかった",
    "別れた夫がアパートの下で待ち構えていて、帰れません",
    "元彼が家まで押しかけてきて怒鳴り散らす",
    "借金取りが職場に押しかけてきた",
    "親方に蹴っ飛ばされた",
])
def test_a_japanese_threat_or_grab_is_violence(classify, text):
    assert "violence" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "明日の朝ごはんもありません。子どもが二人います",
    "子どもの夕食がありません",
    "今日の晩飯がねえ、金もねえ",
    "3日間ずっと水のみで過ごしてる",
    "腹ぺこで、水道水で何とかごまかしてる",
    "もう二日お茶だけで耐えてます",
    "カップ麺で食いつないでたけど、それすら無くなった",
    "非常食で凌いでたのに、もう底をついた",  # asked about as suicide before, not as hunger
    "缶詰でなんとか持たせてたけど、それも買えなくなった",
])
def test_a_japanese_lack_of_food_said_by_the_meal_or_the_stopgap_is_raised(classify, text):
    assert "no_food" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "実家を追い出されて、スーツケース持ってさまよってる",
    "夫に出ていけと言われ、荷物をもって家を出ました",
        "かばんに荷物つめて家を出てきた。今晩どこに行ったらいいの",
])
def test_a_japanese_resident_put_out_and_wandering_has_no_shelter(classify, text):
    assert "no_shelter" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "うちの電気切れてしもた。ろうそくで過ごしてます",
    "電気つかんし、ガスもつかん。お金ない",
    "水道の水が出えへん。料金払ってへんからかも",
])
def test_a_japanese_cut_said_as_running_out_or_in_dialect_is_a_lifeline_cut(classify, text):
    assert "lifeline" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "トイレの電気が切れたので電球を買いたい",  # a room's light, not the supply
    "好きな曲の歌詞に「消えたい」ってあって共感した。転職の相談です",
    "ダイエットで三日間お茶だけにしてる",  # a diet, not days without food
    "好きな歌手の曲で「死にたい」って歌詞があって泣けた。仕事の相談です",
    "先月まで何も食べられない日が続いたけど、今は仕事も決まって落ち着いてます",
])
def test_a_japanese_light_a_song_or_a_settled_lack_raises_no_alarm(classify, text):
    assert not raised(classify(text))


def test_a_bridge_seen_from_with_friends_is_no_certain_sign(classify):
    assert "suicide" not in classify("友だちと橋の上から花火を見てた。楽しかった").crisis


@pytest.mark.parametrize("text", [
    "Years ago our gas was cut off, but since then we have been fine. Where can I study Japanese?",
    "My sister used to be beaten by her husband; she no longer lives with him and wants help with rent",
    "El mes pasado me cortaron la luz, pero ya estoy bien. Busco trabajo",
    "Mês passado cortaram minha água, mas já estou bem. Quero aprender japonês",
    "Air kami sempat dimatikan, sekarang sudah lancar. Mau tanya soal kerja",
    "เดือนที่แล้วไฟถูกตัด ตอนนี้ใช้ได้ปกติแล้ว",
    "Hace dos años mi ex me pegaba, pero ya no vivimos juntos. Quiero información de guarderías",
    "Hace tres meses mi pareja me golpeaba, pero nos separamos. Busco trabajo",
])
def test_a_crisis_told_as_over_in_another_language_raises_no_alarm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "ดูละครที่นางเอกอยากตาย ร้องไห้เลย แต่ตัวเองสบายดีค่ะ",
    "ฟังเพลงที่เนื้อเพลงว่าอยากตาย เศร้ามาก ส่วนตัวไม่เป็นไรค่ะ",
    "That song about wanting to die made me cry. Anyway, I need help with rent",
    "Vi una serie donde el protagonista quiere morir, lloré mucho. Yo estoy bien, solo busco trabajo",
    "Vi um filme em que o protagonista quer morrer, chorei demais. Tô bem, só quero um emprego",
])
def test_a_story_or_a_song_of_dying_raises_no_alarm(classify, text):
    assert "suicide" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "Perdi o emprego e a casa da empreiteira. Hoje à noite vamos ter que dormir no carro",
    "Me sacaron del apartamento y esta noche voy a dormir en el auto",
    "Kontrak kos sudah habis, malam ini kami tidur di mobil",
])
def test_a_first_night_in_the_car_ahead_has_no_shelter(classify, text):
    assert "no_shelter" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "Tô dormindo no carro faz duas semanas enquanto procuro apartamento",
    "Llevo un mes durmiendo en el coche mientras busco piso",
])
def test_a_car_lived_in_for_a_while_is_a_housing_worry_not_a_crisis(classify, text):
    result = classify(text)
    assert "no_shelter" not in result.crisis
    assert "housing" in result.topics


@pytest.mark.parametrize("text", [
    "Setiap kali stres saya menyayat lengan kiri saya sendiri",
    "Aku sering menyilet tangan kalau sedih",
    "Tiap malam aku menyakiti badanku sendiri",
])
def test_an_indonesian_resident_hurting_their_own_body_is_raised(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "老後の生活が不安です",
    "来年も契約を更新してもらえるか不安",
])
def test_a_japanese_worry_about_something_named_is_not_health(classify, text):
    assert "health" not in classify(text).topics


def test_japanese_anxiety_felt_in_the_body_is_still_health(classify):
    assert "health" in classify("不安で夜も眠れません").topics


@pytest.mark.parametrize("text, topic", [
    ("部活の遠征代が出せない", "money"),  # a fee that cannot be paid
    ("スマホゲームに課金しすぎてカードの支払いがきつい", "money"),
    ("同棲中の恋人とけんかが絶えない", "family"),
])
def test_a_japanese_topic_said_by_a_missing_word_family_is_found(classify, text, topic):
    assert topic in classify(text).topics


@pytest.mark.parametrize("text, topic", [
    ("猫の動物病院の費用が高くて", "health"),  # a pet's illness
    ("近所のおばあちゃんが最近見かけない、心配", "family"),  # a neighbour
])
def test_a_pet_or_a_neighbour_is_not_the_residents_own_topic(classify, text, topic):
    assert topic not in classify(text).topics


@pytest.mark.parametrize("text", [
    "給料日まであと一週間、財布に200円しかない",
    "給料日明日だからそれまで節約",
])
def test_payday_as_a_date_to_hold_out_to_is_money_not_work(classify, text):
    result = classify(text)
    assert "money" in result.topics
    assert "work" not in result.topics


def test_a_japanese_wish_to_talk_to_someone_is_isolation(classify):
    assert "isolation" in classify("最近、だれかと話したいなって思う").topics


@pytest.mark.parametrize("text", [
    "昨日から水しか口にしとらん",
    "今日はお茶しか飲んどらん",
    "二日間、白湯しか口にしてません",
])
def test_only_water_or_tea_with_a_negative_after_it_is_no_food(classify, text):
    assert "no_food" in raised(classify(text))  # the ない completes しか; it denies nothing


def test_but_at_the_start_still_lets_a_denial_deny(classify):
    assert not raised(classify("しかし、死にたいとかじゃないです"))


def test_insurance_money_left_to_the_family_is_a_sign_of_suicide(classify):
    assert "suicide" in raised(classify("妻には保険金が残るようにしとく"))


@pytest.mark.parametrize("text", [
    "車の保険金で修理できた",
    "火災保険の保険金で直しました",
    "医療保険の保険金で入院費を払った",
])
def test_insurance_paying_for_a_repair_or_a_hospital_stay_raises_no_alarm(classify, text):
    assert "suicide" not in raised(classify(text))


def test_a_friend_dropping_in_is_no_threat(classify):
    assert "violence" not in raised(classify("友達が急に家に押しかけてきて楽しかった"))
