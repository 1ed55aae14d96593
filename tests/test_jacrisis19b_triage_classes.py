"""Japanese crisis wordings found missing or over-read in a measured held-out set, fixed by class: each class is caught
when the resident tells it, and its calm look-alike is not raised. Every message here was written for these tests."""
import pytest

from tests.triage_support import raised


# someone at home who keeps hitting, told as what they do (te-form + くる / いる), in kana or kanji
@pytest.mark.parametrize("words", [
    "ちちおやがまたなぐってくる。こわい",
    "継父が毎日蹴ってるみたいで、弟の足があざだらけ",
    "彼氏がすぐ叩いてくるんです。別れたいけど怖い",
    "かのじょがよくなぐってくる。男だから誰にも言えない",
    "母はいつもたたいてきます。家に帰りたくない",
])
def test_a_person_at_home_who_keeps_hitting_is_violence(classify, words):
    assert "violence" in classify(words).crisis


@pytest.mark.parametrize("words", [
    "母が肩を叩いてくれるのが嬉しい",
    "彼女が疲れてる僕の肩を叩いてくれた",
    "隣の部屋で父がドアを叩いてる音がして目が覚めた、工事かな",
    "上司がどんどん仕事を振ってくるので残業続きです",
    "兄が手を叩いて笑ってた。楽しい休日でした",
])
def test_hitting_a_thing_or_handing_work_over_is_no_violence(classify, words):
    assert "violence" not in raised(classify(words))


# burnt, scalded or pushed down by someone
@pytest.mark.parametrize("words", [
    "姑に熱いお湯をかけられて腕をやけどした",
    "元夫にたばこの火を押しつけられた跡がまだある",
    "彼に階段から突き落とされて足を折った",
])
def test_being_burnt_scalded_or_pushed_down_is_violence(classify, words):
    assert "violence" in classify(words).crisis


@pytest.mark.parametrize("words", [
    "寒いので熱いお茶を飲んでから出かけます",
    "ライターが壊れてタバコの火がつけられない",
])
def test_hot_tea_or_a_lighter_is_no_violence(classify, words):
    assert "violence" not in raised(classify(words))


# a partner said not to be the kind who hits (〜ような人じゃない), or never to have hit
@pytest.mark.parametrize("words", [
    "彼は殴るような人ではありません。ただ口をきいてくれないんです",
    "主人は手を上げるような人じゃないけど、お金のことで毎日けんかです",
])
def test_a_partner_said_not_to_be_the_kind_who_hits_is_no_violence(classify, words):
    assert "violence" not in raised(classify(words))


def test_a_partner_who_does_hit_is_still_violence(classify):
    assert "violence" in classify("夫が酔うと手を上げるんです。昨日も顔を殴られた").crisis


# locked out by a lock changed, written in any mix of kana and kanji
@pytest.mark.parametrize("words", [
    "大家さんに鍵かえられて、今夜は部屋に入れません",
    "管理会社に鍵を交換されてて家に入れない。財布も中",
])
def test_a_lock_changed_on_the_resident_is_no_place_tonight(classify, words):
    assert "no_shelter" in classify(words).crisis


def test_a_lock_changed_at_the_residents_own_request_is_no_crisis(classify):
    assert "no_shelter" not in raised(classify("防犯のために鍵を交換してもらいました。費用は大家さん持ちです"))


# wishing to be gone by morning, or not to wake from the next sleep
@pytest.mark.parametrize("words", [
    "朝起きたら消えてたらいいのになって毎晩おもう",
    "寝てる間にいなくなってればいいのに",
    "次に寝たらもう起きないように願ってる",
    "存在してるのがしんどい",
])
def test_a_wish_to_be_gone_or_not_to_wake_is_a_wish_to_die(classify, words):
    assert "suicide" in classify(words).crisis


@pytest.mark.parametrize("words", [
    "朝起きたらこのシミが消えてればいいのになあ",
    "赤ちゃんが寝たら起きないように、そっと部屋を出る",
])
def test_a_stain_gone_or_a_baby_kept_asleep_is_no_wish_to_die(classify, words):
    assert "suicide" not in classify(words).crisis


# pills gathered or hoarded
@pytest.mark.parametrize("words", [
    "睡眠薬を少しずつためています",
    "病院でもらった薬をこっそり集めてある",
])
def test_pills_hoarded_are_a_wish_to_die(classify, words):
    assert "suicide" in classify(words).crisis


def test_a_parent_who_leaves_pills_untaken_is_no_wish_to_die(classify):
    assert "suicide" not in classify("父が薬を飲まずにためてしまうので、薬剤師さんに相談したい").crisis


# the last stopgap of food run out, the food gone for days counted
@pytest.mark.parametrize("words", [
    "もやしで一週間しのいだけど、それもきのうでなくなった",
    "ご飯がもう三日もない",
    "食料もとうとう尽きました",
])
def test_the_last_food_gone_is_no_food(classify, words):
    assert "no_food" in classify(words).crisis


@pytest.mark.parametrize("words", [
    "お米は2日分しかないので、週末に買い出しに行きます",
    "ポイントでしのいだけど、今月は給料が出たから大丈夫",
])
def test_food_for_two_more_days_or_a_month_got_through_is_no_hunger(classify, words):
    assert "no_food" not in classify(words).crisis


# a planned stop for works or checks in the area
@pytest.mark.parametrize("words", [
    "マンションの計画停電の予定が来ました。エレベーターはいつ動きますか",
    "断水工事のため明後日の午前中だけ水が使えないそうです。トイレはどうしたら",
])
def test_a_planned_stop_for_works_is_no_cut(classify, words):
    assert "lifeline" not in raised(classify(words))


def test_a_supply_stopped_for_a_bill_is_still_a_cut(classify):
    assert "lifeline" in classify("水道代を払えなくて、今日水を止められました").crisis
