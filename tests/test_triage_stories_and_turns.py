"""Two scope rules of issue 18: crisis words inside a story the resident watched, read or played are not theirs,
and a crisis told in the past that the next clause settles is over — in words never listed as keywords."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "映画で主人公が自殺しようとする場面があって、ちょっと落ち込んだ",
    "アニメの主人公が親に殴られてて泣いた",
    "ニュースの特集でネットカフェで寝泊まりする人を見た。うちの近くにも支援ありますか",
    "the movie had a scene where she kills herself, it stayed with me all day",
    "en la telenovela el marido le pega a la esposa, qué horror",
    "no jogo meu personagem morreu de fome kkk",
    "电视剧里主角被老公打了，看得好难受",
    "드라마에서 주인공이 맞는 장면 보고 울었어요",
    "phim hôm qua có nhân vật bị chồng đánh, xem mà buồn",
])
def test_crisis_words_in_a_story_watched_or_played_raise_nothing(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("ゲームばっかりしてる夫に殴られた", "violence"),  # a game named, the violence the resident's own
    ("ドラマみたいな話ですが、本当に家がなくて今夜寝る場所もありません", "no_shelter"),
    ("I watched the news and now I want to die too", "suicide"),
    ("a ver, no es una película: mi esposo me pega todos los días", "violence"),
])
def test_the_residents_own_crisis_beside_a_story_is_still_read(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "インフルで4日なんも食べれなかったけど、もう治りました。休んだ分の給料が心配",
    "電気止められてたけど、昨日払ったらすぐ復旧しました",
    "去年の冬は死にたいって思ってましたが、今はもう大丈夫です",
    "水道止まるって通知来てたけど、分割にしてもらえて止められずにすみました",
])
def test_a_crisis_told_in_the_past_and_settled_in_the_next_clause_is_over(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("殴られたけど、もう大丈夫です", "violence"),  # violence played down is still asked about
    ("3日何も食べてないけど、仕事は見つかりました", "no_food"),  # nothing past: today's hunger stands
    ("電気止められたけど、まだ払えてない", "lifeline"),  # the next clause settles nothing
])
def test_a_turn_settles_only_a_past_crisis_it_resolves(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("ままのかれしが よなかに へやに はいってきて こわい", "violence"),  # a child, written in hiragana
    ("継父が夜になると布団に入ってくる。誰にも言えない", "violence"),
    ("おじさんに からだを さわられる", "violence"),
    ("となりの家から毎晩こどもの泣き叫ぶ声と叩かれる音がする", "violence"),
    ("闇金の人が毎日来て「腎臓売れ」って脅される", "violence"),
    ("屋上から飛び降りたら楽になれるかな", "suicide"),
    ("金なかけん飯も食えん", "no_food"),
    ("友達の家を転々としてて今日はもう行くとこない", "no_shelter"),
    ("昨日は外で一晩すごした", "no_shelter"),
    ("ลูกสาวถูกพ่อเลี้ยงทำร้ายทุกคืน", "violence"),  # a pattern holding ำ, which messages carry decomposed
])
def test_crises_said_in_ways_no_keyword_lists(classify, text, kind):
    assert kind in raised(classify(text))


def test_a_staff_pattern_is_normalised_as_messages_are():
    from dialogs.triage.lexicon.spec import compile_pattern

    pattern = compile_pattern("ถูก.{0,16}ทำร้าย", "anywhere", {})
    assert pattern.search("ถูกพ่อทําร้าย")  # ทำ as NFKC writes it: ํ + า


@pytest.mark.parametrize("text, topics, not_topics", [
    ("家賃払えんで家出なあかん", {"housing", "money"}, {"family"}),  # 家(を)出な: leaving the home, no runaway
    ("来月には家を出なきゃいけない", {"housing"}, {"isolation"}),  # must leave, not "cannot leave the house"
    ("家出した息子が帰ってこない", {"family"}, set()),
    ("일도 없고 돈도 없어요", {"work", "money"}, set()),
])
def test_topics_read_from_what_the_words_mean_here(classify, text, topics, not_topics):
    found = set(classify(text).topics)
    assert topics <= found and not (not_topics & found)


@pytest.mark.parametrize("text, kind", [
    ("ကျွန်တော် မရှိတော့ရင် ပိုကောင်းမယ်", "suicide"),  # "better if I were gone"
    ("နောက်နေ့ မနိုးတော့ရင် ကောင်းမယ်", "suicide"),  # "good if I don't wake up"
    ("이제 다 정리하고 있어요. 마지막으로 인사하고 싶어서요", "suicide"),
    ("the power company came by and now nothing turns on in the flat", "lifeline"),
])
def test_other_languages_indirect_crises(classify, text, kind):
    assert kind in raised(classify(text))
