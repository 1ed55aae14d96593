"""Japanese crisis classes (session 19): how residents write a crisis without its usual words, and the calm
messages that look like one. Every message here was written for this file."""

from __future__ import annotations

import pytest

from dialogs.triage import default_classifier


@pytest.fixture(scope="module")
def classify():
    return default_classifier().classify


def _raised(result) -> set[str]:
    return set(result.crisis) | set(result.possible or ())


# ---------------------------------------------------------------- suicide said without its words
@pytest.mark.parametrize("text", [
    "仕事もお金もない。今夜ですべて終わりにしよう",
    "きょうで おわりに するね",
    "借金まみれでもう限界。今晩あたり終わらせようと思う",
    "もうだめだ。今まで本当にありがとう",
    "今までお世話になりました。さようなら、もう会えないと思います",
    "家内に先立たれて三年、もう十分生きた。あいつのところへ行こうと思う",
    "亡くなった主人のもとへ行きたい",
    "部屋の片付けも全部済ませたから、誰にも迷惑はかけない",
    "借金取りに追われて、首くくるしかないかもしれん",
    "もう生きとってもしょんないわ",
    "ゆうべ屋上で二時間くらい立ってた",
    "飛べなかった。でもまた次は行くと思う",
    "ホームに立ってると電車に吸い込まれそうになる",
    "私なんかいないほうが、家族はみんな楽になると思う",
    "明日の朝なんか来なくていい",
])
def test_suicide_said_indirectly_is_raised(classify, text):
    assert "suicide" in _raised(classify(text))


@pytest.mark.parametrize("text", [
    "もう十分生きた。ばあさんのところへ行く",
    "今日でおしまいにする、今までありがと",
    "首くくったろかと思う",
])
def test_suicide_said_indirectly_is_certain(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "バイトは今日で終わりにする。次の仕事を探したい",
    "タバコは今日で終わりにします！",
    "母のところへ行こうと思うので、来週の予約を変えたい",
    "部屋の片付けができなくて困っています",
    "就職決まりました。今までありがとうございました！",
])
def test_a_thing_ended_or_a_visit_planned_is_calm(classify, text):
    assert "suicide" not in _raised(classify(text))


# ---------------------------------------------------------------- someone else's catchphrase, slang, stories
@pytest.mark.parametrize("text", [
    "同僚がよく「死にたい」って言うんだけど、どう返せばいいかな",
    "姉が口癖みたいに「消えたい」って言ってて、聞き流していいのか知りたい",
    "模試死んだ〜 塾の費用って補助ある？",
    "スマホの充電死んだから、あとで電話します",
])
def test_a_catchphrase_or_slang_is_not_the_residents_wish(classify, text):
    assert "suicide" not in classify(text).crisis
    assert "suicide" not in _raised(classify(text)) or "死にたい" in text or "消えたい" in text


# ---------------------------------------------------------------- no food today
@pytest.mark.parametrize("text", [
    "給料が入るまで、水と砂糖だけでしのいでる",
    "お米が切れてからは、お水にお塩でしのいでおります",
    "昨日から何も口にしておりません",
    "年金日まで米がもちませんでした。今日は何も食べておりません",
    "おとといから水だけ飲んでる",
    "冷蔵庫にケチャップしかない、子どもに何食べさせよう",
])
def test_no_food_today_is_raised(classify, text):
    assert "no_food" in _raised(classify(text))


@pytest.mark.parametrize("text", [
    "戦争中は食べるものがなくて大変だった。今は年金で暮らしています",
    "ごはんはあるけど、お金がなくて電気代が心配",
    "塩と水だけで作れるパンのレシピが知りたい",
])
def test_hunger_long_ago_or_food_at_home_is_calm(classify, text):
    assert "no_food" not in classify(text).crisis


# ---------------------------------------------------------------- no place tonight
@pytest.mark.parametrize("text", [
    "大家さんに鍵変えられて、部屋に入れない",
    "管理会社が勝手に鍵を交換してて入れません",
    "今夜寝るとこねぇんだよ",
    "明け渡しが今日なんですが、引っ越し先がまだ決まってません",
    "今日は車で寝るしかない",
    "今夜は高架下で寝ようと思う",
])
def test_no_place_tonight_is_raised(classify, text):
    assert "no_shelter" in _raised(classify(text))


@pytest.mark.parametrize("text", [
    "来月引っ越す予定で、次の部屋も決まっています",
    "寝るところはあるけど、家賃が高い",
])
def test_a_place_to_sleep_is_calm(classify, text):
    assert "no_shelter" not in classify(text).crisis


# ---------------------------------------------------------------- a cut today, and cuts only feared
@pytest.mark.parametrize("text", [
    "ガス会社の人が来て、夜に止めますって言われました",
    "電力会社から電話で、今日中に停止しますと言われた",
])
def test_a_cut_announced_in_person_is_raised(classify, text):
    assert "lifeline" in _raised(classify(text))


@pytest.mark.parametrize("text", [
    "3月末までにお支払いがない場合は給水を停止しますという案内が来ました。分割できますか",
    "ガスを止められてからじゃないと相談できないんですか？まだ止まってはいません",
    "うちは冬に灯油がないから、電気止められたら生活できない。今は払えてます",
    "工事で明日の昼に水道を止めますって言われた",
])
def test_a_cut_only_feared_or_planned_is_calm(classify, text):
    assert "lifeline" not in classify(text).crisis


# ---------------------------------------------------------------- violence look-alikes
@pytest.mark.parametrize("text", [
    "調理師の専門学校に通うので包丁を買いたいけど高い",
    "娘が空手を習っていて、毎日組手で蹴られてる笑　道着代がきつい",
    "DVシェルターってどうやって探すんですか？友達のことで",
    "昔付き合っていた人から暴力を受けていた。今は別の町で暮らしていて、仕事の相談がしたい",
])
def test_violence_look_alikes_are_calm(classify, text):
    assert "violence" not in classify(text).crisis


@pytest.mark.parametrize("text", [
    "夫が包丁を持って追いかけてきた",
    "彼氏に毎日殴られてる。今も家にいる",
])
def test_violence_today_is_still_raised(classify, text):
    assert "violence" in classify(text).crisis


# ---------------------------------------------------------------- more of the same classes, from the other sets' wording
@pytest.mark.parametrize("text, kind", [
    ("兄にリモコンを投げつけられて、額から血が出た", "violence"),
    ("父が酔うと物も壊されるし、怒鳴られる。こわい", "violence"),
    ("家に帰るとまた殴られる。帰りたくない", "violence"),
    ("仕事も家族もなくした。人生やめたい", "suicide"),
    ("このまま全部終わらせた方が楽かもしれない", "suicide"),
    ("停水の通知が来て、期限が明日です", "lifeline"),
    ("娘を連れて家を出ました。今夜行く当てがありません", "no_shelter"),
    ("たべものください", "no_food"),
])
def test_other_wordings_of_the_same_classes_are_raised(classify, text, kind):
    assert kind in _raised(classify(text))


def test_car_nights_that_go_on_are_asked_about(classify):
    assert "no_shelter" in _raised(classify("アパートを失ってから、ずっと車上生活です"))


@pytest.mark.parametrize("text", [
    "リボ払いが膨らんで首が回らない。債務整理の相談がしたい",
    "ボールを投げる練習を息子としてます",
])
def test_a_debt_idiom_or_a_game_of_catch_is_calm(classify, text):
    assert not set(classify(text).crisis)


@pytest.mark.parametrize("text", [
    "みんな今までありがとね。もう限界だった",
    "昨晩から何も口にしておりませぬ",
    "退去が今日なんだけど、移る先が決まってない",
    "水道の人が来て、夕方止めますと言われました",
])
def test_the_classes_in_yet_other_words_are_certain(classify, text):
    assert classify(text).crisis


@pytest.mark.parametrize("text", [
    "彼女の口癖が「もう死にたい」で、どう反応すればいいか",
    "戦後すぐは食べるものがなくて、芋ばかり食べていたそうです",
    "今朝から何も口にしていないのは健康診断のためです",
    "水と塩だけで茹でるパスタが好き",
    "停水期間中の工事について知りたい",
    "食べ物くださいって言うのは恥ずかしいけど、フードバンクの場所を教えて",
])
def test_the_look_alikes_in_yet_other_words_are_not_certain(classify, text):
    assert not classify(text).crisis


@pytest.mark.parametrize("text", [
    "私の場合、今日寝る場所がないんです",
    "私の場合は食べるものがもう何もない",
])
def test_in_my_case_is_no_condition(classify, text):
    assert classify(text).crisis
