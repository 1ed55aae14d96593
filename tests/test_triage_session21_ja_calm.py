"""Issue 18, session 21: Japanese calm messages that raised a crisis or the gentle question, fixed by class — a task
that "kills", blows of a time that is over, another's death told as news, a lack of a place under a move planned or
a place settled, an appetite lost, a supply still on, a bare good night, a scare that was nothing, a failed exam "ending
a life" — each beside crisis messages of the same words that must stay raised. Every message is written fresh."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "レポートの締め切りに殺されそう〜 学費の分納って相談できますか",
    "来週の納期に殺される…でも残業代が出ないのが一番の悩み",
    "課題に殺される毎日ですが、奨学金の返済について聞きたいです",
    "朝の会議で部長に詰められて殺されるかと思った笑 有給の取り方を知りたい",
    "この暑さに殺される。エアコン代の補助ってありますか",
])
def test_a_task_or_a_season_that_kills_is_no_violence(classify, text):
    assert not raised(classify(text)) & {"violence"}


@pytest.mark.parametrize("text, kind", [
    ("夫に本当に殺されるかもしれない。締め切りどころじゃない", "violence"),
    ("締め切りの前の晩、彼氏に殺されると思うくらい殴られた", "violence"),
    ("会議から帰ったら夫に殴られた", "violence"),
])
def test_violence_told_beside_a_task_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "父に殴られて育ったので、怒鳴り声を聞くと今でも体がこわばります。カウンセリングを受けたい",
    "親にぶたれて育ったけど、自分の子には優しくしたい。育児相談はどこでできますか",
    "元夫から暴力を受けてた頃のことをまだ夢に見ます。今は離れて暮らしています",
    "叩かれていた頃の記憶がふっと戻ってきて眠れない夜がある",
])
def test_blows_of_a_childhood_or_a_time_that_is_over_are_no_violence_today(classify, text):
    assert "violence" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "殴られて育ったし、今も毎晩父に殴られてる",
    "殴られてた頃と同じで、また夫に蹴られた",
    "叩かれて育った。昨日も母に叩かれて外に出された",
])
def test_blows_of_today_beside_those_of_a_childhood_stay_raised(classify, text):
    assert "violence" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "ネットで高齢の兄弟が餓死したって記事を読んで、一人暮らしの叔母が心配です",
    "テレビで餓死事件の特集を見た。うちの町にもフードバンクってありますか",
    "母子が餓死していたってニュース、つらすぎる。うちは何とかやれてます",
    "テレビで、お年寄りが餓死してたって知ってぞっとした。見守りサービスってありますか",
])
def test_anothers_starving_told_as_news_is_no_hunger_of_the_residents(classify, text):
    assert "no_food" not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("ニュースで見て死にたくなった", "suicide"),  # the story ends at 見て: the wish after it is the resident's
    ("テレビで見て、私ももう消えたいと思った", "suicide"),
    ("芸能人が自殺したニュースを読んで、私も消えたくなった", "suicide"),
    ("餓死のニュースどころじゃない、うちも3日何も食べてない", "no_food"),
    ("私が餓死したらこの子はどうなるの。もう二日食べてない", "no_food"),
])
def test_the_residents_own_crisis_after_the_news_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "家を出たいけど行く当てがない。卒業してからの話なので半年くらい先です",
    "寮を退寮したら住む場所がない。来年の3月の話です",
    "故郷に戻りたいけど家もないし仕事もない。今は避難先の団地にいます",
    "契約が切れたら寮を出なきゃいけないけど、まだ住んでます。次の部屋探しを手伝ってほしい",
    "帰国したら住む所がないと思ってたけど、兄の家に住めることになりました",
])
def test_a_lack_of_a_place_later_or_settled_is_no_night_outside(classify, text):
    assert "no_shelter" not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("家を出たいけど今夜泊まるところがない、もう外にいる", "no_shelter"),
    ("地元に帰りたいけど今夜寝る場所もない", "no_shelter"),
    ("夫から逃げたいけど行くところがない", "violence"),
    ("まだ住んでる人もいるのに私だけ追い出された。今夜寝るところがない", "no_shelter"),
])
def test_a_night_without_a_place_beside_a_plan_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "ここ最近食欲がわかなくて、仕事にも集中できない",
    "ストレスで何も食べる気がしない日が続いています",
    "仕事の後はご飯が喉を通らない。眠りも浅い",
])
def test_an_appetite_lost_is_health_not_hunger(classify, text):
    result = classify(text)
    assert "no_food" not in raised(result)
    assert "health" in result.topics


@pytest.mark.parametrize("text", [
    "お金がなくて3日食べてない、食欲もない",
    "食べる気にもならないし、そもそも食べ物が何もない。二日何も口にしてない",
])
def test_hunger_beside_an_appetite_lost_is_still_raised(classify, text):
    assert "no_food" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "ガス代が払えるか不安で、お風呂は週2回にしてます。止まってはいないです",
    "電気の督促が来たけど、まだ使えてます。分割払いの相談をしたい",
])
def test_a_supply_said_to_be_still_on_is_no_cut(classify, text):
    assert "lifeline" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "ガスを止められた。電気はまだ止められてない",
    "水道は止まっていないけど、電気が昨日止められた",
])
def test_a_cut_beside_a_supply_still_on_is_still_raised(classify, text):
    assert "lifeline" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "どうもありがとう、そろそろ寝ます",
    "ありがとうございました。今日はもう寝ますね",
    "わかりました、じゃあ寝ます。おやすみなさい",
])
def test_a_bare_good_night_raises_nothing(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "もう寝ます、二度と目が覚めなくていい",
    "ありがとう、もう疲れたので永遠に寝ます",
    "今までありがとう。もう寝ます、さようなら",
])
def test_a_good_night_with_more_is_read_as_it_is(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "電気止まった!?ってびっくりしたらブレーカーが落ちてただけでした。電気代の相談もできますか",
    "ガス止められた!?って慌てたら点検の日でした。ガス代の分割ってできますか",
])
def test_a_cut_feared_that_was_nothing_is_no_cut(classify, text):
    assert "lifeline" not in set(classify(text).crisis)


@pytest.mark.parametrize("text", [
    "模試の結果で人生終わったw 塾代の相談ってできますか",
    "穴があったら入りたい、消えたいくらいの恥ずかしいミスしたw 明日もバイト",
    "生きてるだけで丸儲けって祖母の口癖です。年金の手続きを知りたい",
])
def test_a_failure_or_a_shame_measured_is_no_wish_to_die(classify, text):
    assert "suicide" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "試験に落ちて人生終わった。もう死にたい",
    "恥ずかしくて本当に消えたい。誰にも会いたくない、もう生きていたくない",
])
def test_a_wish_to_die_beside_a_failure_is_still_raised(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "虐待の映画を観たら眠れなくなった。子育ての相談ってどこでできますか",
    "DVの漫画を読んで考えさせられた。ちなみに児童手当のことを聞きたい",
])
def test_a_crisis_word_naming_what_a_film_or_a_book_is_about_is_the_storys(classify, text):
    assert "violence" not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("DVの漫画を読んでたら、夫に殴られたことを思い出した。昨日も殴られた", "violence"),
    ("自殺の映画を見て、自分も死にたくなった", "suicide"),
])
def test_the_residents_own_crisis_beside_what_a_film_is_about_is_still_raised(classify, text, kind):
    assert kind in raised(classify(text))
