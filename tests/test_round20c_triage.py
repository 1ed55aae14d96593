"""Classes read after session 20's blind measure, in fresh words: a utility cut told by what is left without it (a
cold shower only, a flashlight for the evenings) or by the bill not paid, while an area outage, a camp or a phone
stopped is none; staples named one after another with none left; a Tohoku "where do I sleep"; put out of one's
room this morning; a diet in every language
is no hunger; a beating in childhood or at an old job that is over; a cut letter for next month in Korean; saving
for one's own funeral; "after I'm gone" beside a decision taken."""
import pytest

from dialogs.triage import default_classifier


@pytest.fixture(scope="module")
def classify():
    return default_classifier().classify


@pytest.mark.parametrize("text, label", [
    ("ここ二週間、冷たいシャワーしか浴びられてない。請求書はたまったまま", "lifeline"),
    ("夕方からは懐中電灯ひとつで過ごしています", "lifeline"),
    ("ずっと滞納してたから止められたみたいで、部屋が真っ暗です", "lifeline"),
    ("お米も味噌ももうない。財布には50円", "no_food"),
    ("雪降ってきたのに、今夜どごさ寝ればいいんだべ", "no_shelter"),
    ("さっき社宅を追い出されて、荷物だけ持って外にいます", "no_shelter"),
])
def test_japanese_crises_told_without_their_usual_words(classify, text, label):
    assert label in classify(text).crisis


@pytest.mark.parametrize("text", [
    "台風で停電した夜は懐中電灯で過ごしました", "キャンプでろうそくの明かりで過ごすのが楽しみ",
    "携帯代を払ってなかったから止められた", "自分の葬儀代は自分で用意したいので積み立ての相談です",
    "米もパンも好きじゃないけど、何か食べたい",
])
def test_japanese_calm_look_alikes(classify, text):
    assert not classify(text).crisis


@pytest.mark.parametrize("text", ["다이어트 한다고 사흘 굶었어요", "I'm on a diet so I skipped dinner for a week lol",
                                  "nagdadiet ako kaya hindi ako kumakain ng hapunan", "estoy a dieta y no ceno",
                                  "lagi diet jadi nggak makan malam"])
def test_a_diet_is_no_hunger_in_any_language(classify, text):
    assert "no_food" not in classify(text).crisis


@pytest.mark.parametrize("text", ["when I was a kid my father hit me, but now I'm okay. I want to ask about insurance",
                                  "hồi nhỏ em bị bố đánh, giờ ổn rồi", "小时候被爸爸打过，现在没事了",
                                  "at my old job the manager hit me, now I work somewhere else and I'm fine"])
def test_a_beating_in_childhood_or_at_an_old_job_that_is_over_is_no_crisis_now(classify, text):
    assert "violence" not in classify(text).crisis


@pytest.mark.parametrize("text", ["My husband hits me every night", "chồng em đánh em mỗi ngày"])
def test_a_beating_now_still_is(classify, text):
    assert "violence" in classify(text).crisis


def test_a_korean_cut_letter_for_next_month_is_a_bill_not_a_crisis(classify):
    assert not classify("다음 달에 가스 끊는다는 안내문이 왔어요. 분할 납부 되나요?").crisis
    assert "lifeline" in classify("내일 가스 끊는다는 안내문이 왔어요").crisis


def test_after_im_gone_beside_a_decision_taken_is_asked_about(classify):
    found = classify("私がいなくなったら、この子（犬）をお願いできる所はありますか。もう決めたので")
    assert "suicide" in set(found.crisis) | set(found.possible)
