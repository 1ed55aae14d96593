"""Japanese topic classes (session 19): health insurance and an injury that ended a job are health; leaving a home,
a neighbour couple or a dorm is no family or work by itself; a task, a life or a trip managed alone is no loneliness,
while no one to meet, seclusion and being left out are; getting by on day labour, a subsidy, a first pay and gig work
are money or work; a wish to stop drinking and a fear of going out are health. Every message is written here, not
taken from the held-out sets; calm look-alikes are checked in the other direction."""

import pytest


def topics(classify, text: str) -> set:
    """The topics the shipped classifier gives a message."""
    return set(classify(text).topics)


@pytest.mark.parametrize("text", [
    "国保の切り替えの手続きを教えてほしい",
    "国民健康保険に入りたいけど、どこで申し込むの",
    "こくみんけんこうほけんの しょるいが わかりません",
    "会社の健保から抜けたらどうなりますか",
    "健診の案内が来たけど、受けたほうがいいですか",
    "扶養から外れたら保険はどうなるの",
])
def test_health_insurance_or_a_checkup_named_is_a_matter_of_health(classify, text):
    assert "health" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "国民健康保険料が高すぎて払えない",
    "国保の保険料をもう3か月滞納してる",
    "国保の督促状が届いた",
])
def test_the_premium_of_the_health_insurance_alone_is_a_bill_not_health(classify, text):
    found = topics(classify, text)
    assert "money" in found
    assert "health" not in found


def test_no_health_insurance_at_all_is_also_money(classify):
    assert {"health", "money"} <= topics(classify, "国民健康保険に入っていなくて、病院に行けない")


@pytest.mark.parametrize("text", [
    "去年まで倉庫で働いていましたが膝を痛めて辞めました。今は求職中です",
    "以前は運送の仕事をしていましたが腰を痛めて続けられなくなりました。今は家にいます",
    "現場で腰をやってしまって、しばらく働けない",
])
def test_an_injury_that_ended_or_stopped_a_job_is_health(classify, text):
    assert "health" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "以前はネットカフェで寝泊まりしていましたが、今は落ち着いています",
    "去年は借金がありましたが今は完済しました",
])
def test_a_polite_past_turned_to_now_stays_settled(classify, text):
    assert not {"housing", "money"} & topics(classify, text)


@pytest.mark.parametrize("text, not_topic", [
    ("上の階の夫婦がケンカしていて夜うるさい。引っ越したい", "family"),
    ("隣の家の夫婦が毎晩大声で言い合ってて眠れない", "family"),
    ("会社の寮の水道が止まるらしい", "housing"),
    ("親方に怒鳴られてばかりで現場に行きたくない", "family"),
    ("借金取りに『家族がどうなるか分かってるな』と言われた", "family"),
])
def test_neighbours_a_boss_or_a_threat_are_not_the_residents_family(classify, text, not_topic):
    assert not_topic not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "夫とケンカばかりで、夫婦関係がつらい",
    "実家の親とうまくいかない",
])
def test_the_residents_own_couple_or_parents_stay_family(classify, text):
    assert "family" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "別れたら一人で生活していけるのか心配です",
    "荷物が多すぎて一人ではどうにもできない",
    "役所に一人で相談に行くのが怖いです",
    "禁煙したいけど一人だと無理そう",
    "父が一人で八百屋をやってる。手伝いたいけど遠い",
    "寝たきりの母をひとりで見ています",
    "夫が会社を辞めてからずっと家にいる",
])
def test_a_task_a_life_or_a_trip_managed_alone_or_another_alone_is_no_loneliness(classify, text):
    assert "isolation" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "友達とももう何年も会っていません",
    "毎日赤ちゃんとふたりきりで、大人と話さない",
    "保育園の親たちのグループに入れなくて浮いてる",
    "年金暮らしの独り者です。正月も誰も来ない",
    "もう誰も信用できない",
    "人と話すのが怖くなって、電話にも出られない",
    "ずっと一人で寂しい",
    "30過ぎの娘がずっと家にいて外に出ない",
])
def test_no_one_to_meet_being_left_out_or_on_ones_own_is_loneliness(classify, text):
    assert "isolation" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "親とはもう5年会ってない",
    "友達に会ってきた。楽しかった",
    "LINEのグループに入れてもらえた",
])
def test_a_parent_not_met_or_a_friend_seen_is_no_loneliness(classify, text):
    assert "isolation" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "派遣でなんとか食いつないでいる",
    "学童の費用って補助はあるんですか",
    "医療費の助成ってどこで申請するの",
    "子どもの習い事代がまかなえない",
    "家を出たいけど経済的に厳しい",
    "貯金がそろそろ底をつく",
])
def test_getting_by_a_subsidy_or_a_cost_not_covered_is_money(classify, text):
    assert "money" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "履歴書に何を書けばいいかわからない",
    "来月から初任給が出るまで持つか心配",
    "ウーバーイーツの配達員をしてる",
    "業務委託で働いてるけど保険がない",
    "夜勤続きで昼夜が逆になった",
    "昼はパート、夜はダブルワークです",
])
def test_job_applications_a_first_pay_gig_work_and_night_shifts_are_work(classify, text):
    assert "work" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "今週は給料日前で、冷蔵庫が空っぽ",
    "給料が入るのは再来週なので、それまでどうしよう",
    "税金を滞納して給料差し押さえの通知が来た",
    "カードの支払いで首が回らん",
    "ごはんは きゅうしょくだけです",
])
def test_payday_as_a_date_a_seizure_or_debt_to_the_neck_is_money_not_work(classify, text):
    found = topics(classify, text)
    assert "work" not in found


@pytest.mark.parametrize("text", [
    "断酒会に通いたいけど場所がわからない",
    "外に出るのが怖くて、買い物は夜中だけ",
    "毎晩寝不足で頭が働かない",
    "最近は出かけるのも億劫",
    "最近どうしても元気が出ない",
    "何もする気が起きない日が続いてる",
    "このところ朝起きられず、バイトに遅刻ばかり",
    "ここ数週間、気分が落ちたまま",
    "何をしてもむなしい",
    "父がアル中で困ってる",
])
def test_drinking_fear_of_going_out_and_low_spirits_are_health(classify, text):
    assert "health" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "弟がころんで泣いてた。それより給食費の相談",
    "妹が友達とケンカして泣いてたけど、もう平気",
    "こどもが おなか いたい って ないてる",
    "引っ越しは月末。それまではいていいと大家さんに言われた",
])
def test_a_siblings_crying_is_not_the_residents_health(classify, text):
    assert "health" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "母子生活支援施設に入れるか知りたい",
    "親と暮らすのがしんどい。一人暮らししたい",
    "保証人がいなくてアパートの審査に通らない",
    "夏なのに部屋のエアコンが壊れて直してもらえない",
])
def test_a_home_for_mothers_and_children_or_moving_out_is_housing(classify, text):
    assert "housing" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "去年は車で寝てたけど、今はアパートで暮らせてる。仕事の相談です",
    "隣に住んでるおばあさんが最近見えない",
    "ネットカフェでバイトしてるけど時給が安い",
    "きゅうりょうが やすくて こまってます",
    "姑に『出ていけ』と怒鳴られて泣いた",
    "アパートもあって仕事もあって、今は元気です",
    "夫が子どもを連れて出ていった",
    "私は大阪住みで、実家は九州です",
    "息子たちは遠くに住んでいて頼れない",
])
def test_a_home_had_now_a_neighbour_a_workplace_or_an_insult_is_no_housing_trouble(classify, text):
    assert "housing" not in topics(classify, text)


def test_a_job_said_to_be_had_is_no_work_trouble_but_a_job_lacking_is(classify):
    assert "work" not in topics(classify, "家もあるし仕事もある。貯金の相談です")
    assert "work" in topics(classify, "仕事もありません")


@pytest.mark.parametrize("text", [
    "借金のことは家族には内緒にしてる",
    "仕事をクビになったことを家族にも言えてない",
])
def test_a_secret_kept_from_the_family_is_no_family_matter(classify, text):
    assert "family" not in topics(classify, text)
