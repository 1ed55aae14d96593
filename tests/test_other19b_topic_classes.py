"""Topics of the other languages, by class: knowing nobody, a child shut in their room, overtime not paid, company
housing, the insurance of unemployment, a greeting to the staff. Every message here was written for these tests."""
import pytest


@pytest.mark.parametrize("lang, words", [
    ("en", "I don't know a soul in this city"),
    ("es", "no conozco ni a una persona en Nagoya"),
    ("id", "di sini saya tidak punya kenalan"),
    ("ko", "여기엔 지인이 한 명도 없어요"),
    ("vi", "ở đây em không có người quen"),
    ("pt", "não conheço uma única pessoa na fábrica"),
    ("ne-latn", "yaha kohi chineko chaina"),
])
def test_knowing_nobody_here_is_isolation(classify, lang, words):
    assert "isolation" in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("pt", "minha filha não sai do quarto desde julho"),
    ("es", "mi hijo no sale de su cuarto"),
    ("zh", "孩子整天待在房间里"),
    ("ko", "아들이 하루 종일 방에만 있어요"),
    ("th", "ลูกเก็บตัวอยู่ในห้องไม่คุยกับใคร"),
    ("en", "my daughter stays in her room all day"),
    ("tl", "ang anak ko nagkukulong sa kwarto"),
])
def test_a_child_shut_in_their_room_is_isolation(classify, lang, words):
    assert "isolation" in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("es", "limpié mi cuarto todo el día"),
    ("en", "I painted the room all day with my friends"),
    ("ko", "방에서 친구들이랑 게임했어요"),
    ("id", "saya kenal banyak orang di sini"),
])
def test_a_room_cleaned_or_friends_known_is_no_isolation(classify, lang, words):
    assert "isolation" not in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("es", "las horas extra no me las pagaron"),
    ("es", "el bono no me lo pagan desde marzo"),
    ("zh", "公司的加班费一直不给"),
    ("zh", "这个月的残業代还没给"),
])
def test_overtime_not_paid_is_money_and_work(classify, lang, words):
    assert {"money", "work"} <= set(classify(words, lang).topics)


@pytest.mark.parametrize("lang, words", [
    ("ko", "회사 사택에 살고 있어요"),
    ("th", "ตอนนี้อยู่บ้านพักของโรงงาน"),
    ("my", "ကုမ္ပဏီအိမ်မှာ နေတယ်"),
])
def test_company_housing_is_housing(classify, lang, words):
    assert "housing" in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("es", "quiero cobrar el shitsugyou hoken"),
    ("pt", "como pedir o koyou hoken?"),
    ("id", "bagaimana cara klaim shitsugyo hoken"),
])
def test_the_insurance_of_unemployment_is_work_and_money_not_health(classify, lang, words):
    topics = set(classify(words, lang).topics)
    assert {"work", "money"} <= topics
    assert "health" not in topics


@pytest.mark.parametrize("lang, words", [
    ("es", "no tengo hoken y me duele la muela"),
    ("pt", "estou sem hoken, posso ir ao hospital?"),
])
def test_the_health_insurance_alone_stays_health(classify, lang, words):
    assert "health" in classify(words, lang).topics


def test_a_greeting_to_the_staff_is_no_family_but_ones_siblings_are(classify):
    assert "family" not in classify("chào anh chị em, cho em hỏi về visa", "vi").topics
    assert "family" in classify("anh chị em của em đều ở Việt Nam", "vi").topics


def test_a_past_word_settles_violence_that_is_over_in_vietnamese(classify):
    over = classify("lúc trước chồng cũ đánh em, nhưng giờ đã ly hôn rồi", "vi")
    assert "violence" not in over.crisis
    now = classify("chồng em đánh em trước mặt con, giờ em sợ lắm", "vi")
    assert "violence" in now.crisis
