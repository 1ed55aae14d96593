"""Japanese topics named only by what is around them, read in session 21 from the second development set
(benchmarks/triage_heldout/2026-12-18.tsv); messages written fresh, with counter-examples (see
tests/test_triage_session21b_ja_topics.py for the topics that are someone else's)."""
import pytest


def _topics(classify, text):
    return set(classify(text, "ja").topics)


@pytest.mark.parametrize("text", [
    "介護の資格を取りたいんですが、お金の支援はありますか",
    "フォークリフトの資格取得を考えてます",
    "出所したばかりです。何か資格の勉強がしたい",
    "育休明けから配置転換で、通勤が片道2時間になった",
    "急に異動を言い渡されました",
    "居酒屋の板前です。手を怪我しました",
    "調理師をしています。店がつぶれそうです",
    "父の工場を継ぐかどうか悩んでます",
    "お客さんに怒鳴られて毎日つらい。店長は何もしてくれない",
    "客から触られたのに、店は我慢しろと言う",
])
def test_a_trade_a_change_or_a_customer_named_is_work(classify, text):
    assert "work" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "在留資格を取りたいんですが、夫と離婚したらどうなりますか",
    "電車で乗客に殴られました。警察に行くべきですか",
    "近所の店が閉まるのが早くて買い物に困る",
    "行きつけの店がつぶれて、昼ごはんに困ってる",
    "店ついたよ、どこにいる？",
])
def test_a_residence_status_a_passenger_or_a_shop_shut_for_the_night_is_no_work(classify, text):
    assert "work" not in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "最近耳が聞こえづらくて、仕事の電話がつらい",
    "目が見えにくいので書類が読めません",
    "もう80で、体がいうことをきかない",
    "毎日の立ち仕事で体がもたない",
    "一人暮らしの母が熱を出して寝込んでいます",
])
def test_hearing_sight_or_the_body_failing_is_health(classify, text):
    assert "health" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "自治体がきつい条件を出してきた",
    "この画面の字が見えにくいです。大きくできますか",
])
def test_a_body_word_inside_another_word_or_a_screen_is_no_health(classify, text):
    assert "health" not in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "仕事が減って、月末までもつかどうか",
    "給料日までもたないかもしれない",
    "マンションの更新が来月で、バイトも切られた",
])
def test_money_lasting_to_a_day_or_a_renewal_due_is_money(classify, text):
    assert "money" in _topics(classify, text)


def test_a_renewal_refused_is_no_money(classify):
    assert "money" not in _topics(classify, "保証人がいないのでアパートの更新ができないと言われた")


@pytest.mark.parametrize("text", [
    "膝が悪くなったので、エレベーターのある部屋に移りたい",
    "隣がうるさいので部屋を替えてもらいたい",
    "大雨で天井から雨漏りして、床が腐ってきた",
    "地震で家が傾いたままです",
    "ネカフェ代がもう払えない",
])
def test_another_room_a_damaged_home_or_a_cafe_bed_is_housing(classify, text):
    assert "housing" in _topics(classify, text)


def test_a_hospital_ward_moved_to_is_no_housing(classify):
    assert "housing" not in _topics(classify, "入院して個室から大部屋に移りました。費用が心配")


@pytest.mark.parametrize("text", [
    "人付き合いが苦手で、職場でも浮いています",
    "昔から人づきあいが下手で、相談できる人がいない",
    "一人暮らしの祖父のために見守りサービスを探しています",
])
def test_people_hard_to_get_on_with_or_watching_over_the_old_is_isolation(classify, text):
    assert "isolation" in _topics(classify, text)


def test_watching_over_children_on_the_way_to_school_is_no_isolation(classify):
    assert "isolation" not in _topics(classify, "登下校の見守りボランティアに参加したいです")


@pytest.mark.parametrize("text", [
    "研修先の社長がパスポートを返してくれない",
    "実習先がつらくて、もう戻りたくない",
])
def test_a_trainees_workplace_is_work(classify, text):
    assert "work" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "出所して更生保護施設にいるけど、来月には出ないといけない",
    "自立準備ホームを出たあとの部屋探しが不安です",
])
def test_a_halfway_home_is_housing(classify, text):
    assert "housing" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "歯医者に行きたいけど保険証を持ってないです",
    "保険証がありませんが、診てもらえる病院はありますか",
])
def test_no_insurance_card_said_politely_is_money_too(classify, text):
    assert {"health", "money"} <= _topics(classify, text)


@pytest.mark.parametrize("text", [
    "寮を出て一人暮らしだけど、相談できる大人が周りにいない",
    "頼れる友達もいなくて、毎日ひとりです",
])
def test_no_grown_up_or_friend_to_turn_to_is_isolation(classify, text):
    assert "isolation" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "就労ビザの更新が来月なのに、会社が書類をくれない",
    "在留資格の更新って、今の収入でも大丈夫ですか",
])
def test_a_visa_or_a_residence_card_to_renew_is_work(classify, text):
    assert "work" in _topics(classify, text)


@pytest.mark.parametrize("text", ["金", "バイトくびになった。かねもなし", "所持金ゼロです"])
def test_no_money_said_bare_is_money(classify, text):
    assert "money" in _topics(classify, text)


def test_nashi_after_other_words_is_no_money(classify):
    assert "money" not in _topics(classify, "資格なし、経験なしでも働ける仕事を探してます")
