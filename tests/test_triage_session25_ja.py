"""Session 25 (sweepja), Japanese: words that settle a trouble (「解決」「払えた」「見つかった」「復旧」) must not silence a crisis
they do not settle — a settling denied, wished for or still to come; a payment, a supply, a bed or a meal told beside a
crisis of another need; a settling word whose subject is another topic; a denial that belongs to the next sentence — while
the messages in which the crisis really is over stay calm. Every message here was written for this file."""
import pytest

from tests.triage_support import raised


# ---------------------------------------------------------------- a settling denied, wished for or still to come
@pytest.mark.parametrize("text, label", [
    ("旦那からの暴力の件、まだ何も解決していません", "violence"),
    ("彼からのDV、相談しても全然解決しなくて", "violence"),
    ("妻に蹴られる毎日をどうにか解決したい", "violence"),
    ("息子を叩いてしまう癖がどうしても解決できない", "violence"),
    ("死にたい気持ちがずっと解決しないままです", "suicide"),
    ("ガスが止まったまま、開栓の手続きがまだできてない", "lifeline"),
    ("水道止まってて復旧の目処が立ってないです", "lifeline"),
    ("電気止められて、再開してもらえるまで何日もかかるって", "lifeline"),
])
def test_a_trouble_whose_settling_is_denied_wished_for_or_still_to_come_is_still_a_crisis(classify, text, label):
    assert label in classify(text).crisis


# ---------------------------------------------------------------- a denial of the next sentence's verb
@pytest.mark.parametrize("text, label", [
    ("もう消えたい。ここ数日まともに眠れてない", "suicide"),
    ("死にたいです。誰にも話せてないです", "suicide"),
    ("夫に殴られました。まだ誰にも相談できていません", "violence"),
])
def test_a_not_that_belongs_to_the_next_sentence_does_not_deny_the_crisis_before_it(classify, text, label):
    assert label in classify(text).crisis


@pytest.mark.parametrize("text", [
    "死にたいとか、そういうのは思ってないです",
    "電気は止まってないです、念のため聞きたくて",
])
def test_a_denial_of_the_crisis_itself_still_denies_it(classify, text):
    assert not classify(text).crisis


# ---------------------------------------------------------------- a payment, a supply, a bed or a meal settles only its own need
@pytest.mark.parametrize("text, label", [
    ("死にたい。携帯代だけはなんとか払えました", "suicide"),
    ("首を吊ろうかと思ってる。今月の家賃は払い終わったし", "suicide"),
    ("夫に殴られる毎日。ガス代は払ってきた", "violence"),
    ("もう二日も何も食べてない、水道代は払ってきました", "no_food"),
    ("寝るところがなくて公園にいる。スマホ代は払えました", "no_shelter"),
    ("三日くらい何も口にしてなかったけど、携帯代は払えた", "no_food"),
])
def test_a_bill_paid_beside_a_wish_to_die_violence_or_another_need_settles_none_of_them(classify, text, label):
    assert label in classify(text).crisis


# ---------------------------------------------------------------- a settling word whose subject is another topic
@pytest.mark.parametrize("text, label", [
    ("今夜泊まる場所がない。バイトは一応決まったけど", "no_shelter"),
    ("何日もご飯を食べられていない。就職先は見つかりました", "no_food"),
    ("彼氏に毎日殴られてる。借金の件はもう解決した", "violence"),
    ("今夜寝る場所がない。バイト先はすぐ決まったのに", "no_shelter"),
])
def test_a_job_found_or_a_debt_settled_does_not_settle_a_crisis_told_beside_it(classify, text, label):
    assert label in classify(text).crisis


# ---------------------------------------------------------------- calm: the crisis itself is over
@pytest.mark.parametrize("text", [
    "ガスが止まってたけど、さっき払ったら使えるようになりました",
    "水道が止まってたけど、水道代を払ったら夕方には出るようになった",
    "電気が止まっていましたが、家族が電気代を払ってくれて復旧しました",
    "ガス止められてたんですけど、支払いが済んで開栓してもらえました",
    "昨夜は泊まる場所がなかったけど、叔母の家に泊めてもらえました",
    "ネットカフェ生活だったけど、アパートの部屋が決まりました",
    "ずっと食べられなかったけど、今日はやっと食べられました",
    "前は死にたいと思ってたけど、治療を続けて今はもう大丈夫です",
])
def test_a_cut_a_night_or_hunger_told_as_over_by_its_own_settling_stays_calm(classify, text):
    assert not raised(classify(text))


# ---------------------------------------------------------------- a plan made ready, a settling only thought
@pytest.mark.parametrize("text", [
    "飛び降りる場所を下見して、用意も済んだ",
    "自殺するつもりで、身の回りの片付けも済んだ",
])
def test_a_wish_to_die_with_its_preparations_done_is_a_plan_not_a_settling(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text, label", [
    ("消えたい気持ちは治ったと思ってたのに、また出てきた", "suicide"),
    ("夫の暴力は解決したはずなのに、昨日また殴られた", "violence"),
])
def test_a_trouble_only_thought_settled_is_still_a_crisis(classify, text, label):
    assert label in classify(text).crisis


# ---------------------------------------------------------------- calm: a night outside no longer needed
@pytest.mark.parametrize("text", [
    "市営住宅に入れたので、もう野宿しないで済みます",
    "寮に入れることになって、ネットカフェ泊まりはしなくてよくなった",
])
def test_a_resident_who_no_longer_has_to_sleep_outside_stays_calm(classify, text):
    assert not raised(classify(text))


# ---------------------------------------------------------------- a place wished for is no place had
@pytest.mark.parametrize("text", [
    "駅のベンチで寝てる。どこか部屋が見つかったらいいんだけど",
    "野宿が続いてる。住む家が決まったらいいのにな",
])
def test_a_resident_outside_who_wishes_a_room_were_found_is_still_without_a_place(classify, text):
    assert "no_shelter" in classify(text).crisis


def test_a_room_found_that_ends_the_nights_in_the_park_stays_calm(classify):
    assert not raised(classify("やっと部屋が決まったので、もう公園では寝ていません"))


# ---------------------------------------------------------------- the たら of what happened, not of a condition
@pytest.mark.parametrize("text, label", [
    ("寮付きの仕事を辞めたら、その日から寝泊まりできる場所がなくなりました", "no_shelter"),
    ("会社が倒産して失業したら、すぐ電気まで止められた", "lifeline"),
    ("彼と別れたら、泊まれるところがなくなった", "no_shelter"),
])
def test_a_loss_told_in_the_past_after_a_tara_clause_happened_and_is_a_crisis(classify, text, label):
    assert label in classify(text).crisis


@pytest.mark.parametrize("text, label", [
    ("もし仕事を辞めたら、泊まれるところがなくなる", "no_shelter"),
    ("退職したらガスを止められるのかな", "lifeline"),
])
def test_a_loss_feared_after_a_tara_clause_stays_a_worry(classify, text, label):
    assert label not in classify(text).crisis


# ---------------------------------------------------------------- a story left behind, or only a comparison
@pytest.mark.parametrize("text", [
    "嫌な夢をみました。目が覚めても死にたいままです",
    "昔の夢を見た。もう消えてしまいたい",
])
def test_a_wish_to_die_told_in_the_sentence_after_a_dream_is_the_residents_own(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "小説で読んだような暴力を、いま同棲相手から受けています",
    "ドラマで見たような暴力を、毎週末に夫から受けてる",
])
def test_violence_compared_to_a_story_is_violence_the_resident_suffers(classify, text):
    assert "violence" in classify(text).crisis


def test_a_film_scene_of_violence_stays_a_story(classify):
    assert not raised(classify("昨日観た映画で、主人公が殴られるシーンが多くて疲れた"))


# ---------------------------------------------------------------- calm: a supply, a bed, a meal had again, told in the present
@pytest.mark.parametrize("text", [
    "ガスが止まったのはおとといの話で、もう開栓済みです",
    "水道を止められてたけど、今朝からまた使えています",
    "電気が止められてたけど、親戚が助けてくれてなんとかなってる",
    "先週は泊まる場所がなかったけど、今は姉の家に住んでます",
    "しばらく食べられない日が続いたけど、今は毎日食べられてます",
])
def test_a_cut_a_night_or_hunger_over_and_told_in_the_present_stays_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, label", [
    ("ガスを止められたまま、まだ使えてないです", "lifeline"),
    ("今夜泊まる場所がない。今はネットカフェの前にいる", "no_shelter"),
])
def test_a_supply_still_off_or_a_resident_still_outside_is_still_a_crisis(classify, text, label):
    assert label in classify(text).crisis


# ---------------------------------------------------------------- a sentence ending on ない; not all right after all
def test_a_not_of_the_next_sentence_does_not_deny_a_wish_ending_on_nai(classify):
    assert "suicide" in classify("生きていくのがしんどくて、もう生きていたくない。休めてない").crisis


def test_a_denial_after_a_quoted_wish_still_denies_it(classify):
    assert not raised(classify("消えたい…って思うことはないです"))


def test_a_resident_who_has_not_eaten_and_is_not_all_right_is_a_crisis(classify):
    assert "no_food" in classify("三日ろくに食べてないけど、大丈夫じゃないです").crisis
