"""The danger under way, said any way (pills taken, a cut that keeps bleeding, the means made ready beside words of
ending it), gets "call 119 now" first and then "could you call 119?" instead of "are you safe?"; the one who hurts
them being here now, said any way, gets "call 110 now" (tester, session 16)."""
import pytest

from tests.support import Resident, move_clock_to

MONDAY = "2026-12-07T10:00:00+09:00"


@pytest.mark.parametrize("text", [
    "薬いっぱい飲んだ", "さっき睡眠薬ぜんぶ飲んだ", "眠剤まとめてのんじゃった", "安定剤を30錠飲みました",
    "リスカしてしまった、血がとまらない", "ロープ買ってきた。もう終わりにする", "今からしにます",
    "I took a lot of pills", "i swallowed a whole bottle of my meds", "the bleeding won't stop",
    "me tomé todas las pastillas", "tomei muitos remédios", "tôi uống hết cả vỉ thuốc ngủ rồi", "我吃了很多安眠药",
    "약을 많이 먹었어요", "uminom ako ng maraming gamot", "saya minum banyak obat tidur", "กินยานอนหลับไปเยอะมาก",
    "मैले धेरै औषधि खाएँ",
])
def test_the_act_under_way_is_danger_now_in_any_wording(classify, text):
    result = classify(text)
    assert "suicide" in result.crisis and "danger_now" in result.situations, text


@pytest.mark.parametrize("text", [
    "鼻血が止まらない", "引っ越し用にロープ買ってきた", "風邪薬飲んだけど熱が下がらない", "処方された薬を全部飲んだら治りますか",
    "I took my pills this morning", "i take a lot of pills for my blood pressure, can you help with costs",
    "tomo muchos remedios para la diabetes",
])
def test_medicine_taken_as_prescribed_a_nosebleed_or_a_rope_for_moving_is_no_danger_now(classify, text):
    assert "danger_now" not in classify(text).situations, text


def test_pills_taken_get_call_119_now_and_then_the_question_whether_119_could_be_called(app, fake_line):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    texts = resident.texts(resident.say("薬いっぱい飲んだ"))
    assert texts.index("すぐに119に電話してください") < texts.index("よりそいホットライン")
    assert "119に電話できましたか" in texts
    assert "安全なところにいますか" not in texts


def test_a_resident_who_cannot_call_119_is_told_to_ask_someone_near_and_not_the_same_words_twice(app, fake_line):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    resident.say("さっき睡眠薬ぜんぶ飲んだ")
    first = resident.texts(resident.say("むり"))
    assert "近くの人に「救急車を呼んで」と頼んでください" in first
    second = resident.texts(resident.say("電話できない"))
    assert "近くの人に頼むか、外に出て人に声をかけてください" in second
    assert "近くの人に「救急車を呼んで」と頼んでください" not in second  # never the same bubble twice


def test_a_resident_who_could_call_119_is_heard_with_relief(app, fake_line):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    resident.say("I took a lot of pills")
    assert "able to call 119" in resident.texts()
    assert "glad you could call" in resident.texts(resident.say("yes"))


@pytest.mark.parametrize("first, then, expected", [
    ("夫がまた暴れてる", "夫がいまここにいる", "110番"),
    ("夫がまた暴れてる", "まだ家におる", "110番"),
    ("彼氏に殴られた", "あいつ帰ってきた", "110番"),
    ("my husband hit me again", "he's still here", "call 110"),
    ("mi esposo me pegó otra vez", "él sigue aquí", "110"),
])
def test_the_one_who_hurts_them_being_here_now_gets_call_110_now(app, fake_line, first, then, expected):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    resident.say(first)
    assert expected in resident.texts(resident.say(then))


def test_a_cry_for_help_after_a_sign_of_violence_gets_call_now(app, fake_line):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    resident.say("夫に殴られた")
    resident.say("ここで話す")
    assert "110番" in resident.texts(resident.say("たすけて"))


@pytest.mark.parametrize("text", [
    "友達がもう死にたいっち言いよるとよ。どげんしたらよかと", "姉が死にたいて言うとるんやけど、どないしよ", "息子が死にたいゆうとる",
])
def test_another_persons_wish_to_die_told_in_dialect_is_about_that_person(classify, text):
    assert "someone_else" in classify(text).situations, text


@pytest.mark.parametrize("text, topics", [
    ("ひとり暮らしで仕事がない", {"work"}),
    ("一人暮らしで不安", {"health", "isolation"}),
    ("年寄りの一人暮らしじゃっで、買い物に行くとも難儀しちょります", {"isolation"}),
])
def test_living_alone_is_loneliness_only_when_it_is_said_to_weigh(classify, text, topics):
    assert set(classify(text).topics) == topics


@pytest.mark.parametrize("text", ["家賃が払えなくて住むところがなくなりそう", "来月には住むところがなくなるかも"])
def test_a_home_that_may_be_lost_later_is_housing_not_tonights_crisis(classify, text):
    result = classify(text)
    assert "housing" in result.topics and "no_shelter" not in result.crisis
