"""A word of finding, deciding or solving right after a wish to die tells the plan, never its end: 「死ぬ日が決まった」
「死に場所が見つかった」 are crises (they had been read as settled, like 「仕事が見つかった」). A turn first still settles a
wish told as over, a job found still settles work, and joy measured by dying (「死んでもいいくらい嬉しい」) is no crisis.
Dying as the way out told without a subject (「死ねば全部解決する」) is a wish of the writer's own."""
import pytest

from tests.support import chose_language

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first


@pytest.mark.parametrize("text", [
    "死ぬ日がもう決まった", "死ぬ場所は決めてある", "死に場所やっと見つけました", "自殺のやり方が見つかった",
    "首をつる場所が決まりました", "もう死ぬって決めた", "死ねば全部解決するよね", "いっそ死ねば済む話なんだ",
])
def test_a_plan_told_after_a_wish_to_die_is_a_crisis(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "死にたいと思った時期もあったけど、今はもう大丈夫です",
    "仕事がやっと見つかりました",
    "住む部屋が決まりました、ありがとうございました",
    "死んでもいいくらい嬉しい、内定が決まった",
    "もう死んでもいいってくらい幸せ。引っ越し先も決まった",
    "親が死ねば遺産で解決するって兄が言ってる",
])
def test_a_turn_first_a_job_found_or_joy_stays_calm(classify, text):
    result = classify(text)
    assert not result.crisis and "suicide" not in result.possible


def test_a_resident_who_writes_that_the_day_is_decided_gets_the_lines_at_once(resident):
    chose_language(resident, "ja", "2026-12-08T15:00:00+09:00")
    answer = resident.texts(resident.say("死ぬ日がもう決まりました"))
    assert "0120-279-338" in answer


@pytest.mark.parametrize("text", [
    "I've already found the bridge where I'll die", "ya encontré la manera de matarme", "tôi đã tìm được cách để chết",
    "nakahanap na ako ng lugar para magpakamatay", "我已经找到了去死的地方",
])
def test_a_plan_told_before_the_wish_in_other_languages_is_a_crisis(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text", ["I already found a new job", "ya encontré trabajo, gracias", "tôi đã tìm được việc làm rồi"])
def test_a_job_found_in_other_languages_stays_calm(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible


@pytest.mark.parametrize("text, lang", [
    ("死にたい気持ちがまた復活してきた", "ja"), ("消えたい気持ちが戻ってきました", "ja"), ("死ぬ準備はもう済んだ", "ja"),
    ("the thoughts of killing myself came back last night", "en"), ("my urge to end my life is back", "en"),
])
def test_a_wish_to_die_said_to_be_back_or_ready_is_a_crisis(classify, text, lang):
    assert "suicide" in classify(text, lang).crisis


@pytest.mark.parametrize("text, lang", [
    ("停電してたけど電気が復活しました", "ja"), ("死なずに済んだのは友達のおかげです", "ja"), ("the power came back on", "en"),
])
def test_what_came_back_for_the_better_stays_calm(classify, text, lang):
    result = classify(text, lang)
    assert not result.crisis and "suicide" not in result.possible


@pytest.mark.parametrize("text, lang, kind", [
    ("夫の暴力がまた復活しました", "ja", "violence"), ("彼のDVが再開して怖い", "ja", "violence"),
    ("結局また野宿に戻りました", "ja", "no_shelter"), ("食べるものがない生活に戻ってしまった", "ja", "no_food"),
    ("the violence came back after he lost his job", "en", "violence"),
])
def test_a_trouble_of_ones_own_said_to_be_back_is_a_crisis(classify, text, lang, kind):
    assert kind in classify(text, lang).crisis


@pytest.mark.parametrize("text, lang", [("止められてたガスが戻りました", "ja"), ("倒れた父の息が戻りました", "ja"),
                                        ("the water is back, thank you", "en")])
def test_a_supply_or_a_breath_that_came_back_stays_settled(classify, text, lang):
    result = classify(text, lang)
    assert not result.crisis and not result.possible


@pytest.mark.parametrize("text, lang, kind", [
    ("las ganas de morir ya volvieron, ya volvió todo", "es", "suicide"),
    ("meu marido me bate de novo, já voltou tudo", "pt", "violence"),
    ("yung pananakit ng asawa ko bumalik na", "tl", "violence"),
    ("suami saya memukul lagi, kebiasaannya sudah kembali", "id", "violence"),
    ("อยากตายอีกแล้ว ความคิดนี้กลับมาแล้ว", "th", "suicide"),
    ("我想死的念头又恢复了", "zh", "suicide"),
])
def test_a_trouble_said_to_be_back_is_a_crisis_in_other_languages_too(classify, text, lang, kind):
    assert kind in classify(text, lang).crisis
