"""Triage classes in the other languages (issue 18, session 18): a wish to die denied in a polite, quoting or
'not intending' form; violence told as over once the couple has parted; a past word of 'last year' in Burmese; a
message in traditional Chinese read like one in simplified; treatment costs and unpaid overtime as money; the health
insurance named by its Japanese word; the drinker who hits (the violence, not a health matter); going back to a
dorm or being driven out of one (no housing trouble, no dismissal). Every message is written for these tests."""
import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text, lang", [
    ("자살하고 싶다는 건 아닌데요, 그냥 요즘 잠이 안 와요", "ko"),
    ("죽고 싶은 게 아닌데 회사 일이 너무 많아요", "ko"),
    ("Hindi po ako magpapakamatay, nag-aalala lang po ako sa utang", "tl"),
    ("wala po akong balak magpakamatay, pagod lang po talaga sa trabaho", "tl"),
    ("Em không định tự tử đâu ạ, chỉ mệt vì việc nhiều thôi", "vi"),
])
def test_a_resident_who_denies_a_wish_to_die_in_a_polite_or_quoting_form_is_not_raised(classify, text, lang):
    result = classify(text)
    assert result.lang == lang and not raised(result), result


@pytest.mark.parametrize("text, lang", [
    ("죽고 싶어요. 아닌 척하는 것도 힘들어요", "ko"),
    ("gusto ko na pong mamatay, hindi ko na po kaya", "tl"),
    ("Em không muốn sống nữa, em mệt lắm rồi", "vi"),
    ("Hindi po ako makakain ng tatlong araw, wala na po talaga", "tl"),
])
def test_a_wish_to_die_or_hunger_beside_the_same_polite_words_is_still_raised(classify, text, lang):
    assert raised(classify(text)), (lang, classify(text))


@pytest.mark.parametrize("text, lang", [
    ("Mi hermana me dijo que antes su novio la golpeaba, pero ya terminaron. ¿Dónde puede pedir consejo?", "es"),
    ("Minha vizinha apanhava do marido antes, agora já se separaram. Ela precisa de ajuda com o aluguel", "pt"),
    ("我姐姐以前被前夫打，现在已经离婚了，想问怎么申请补助", "zh"),
    ("พี่สาวเคยโดนแฟนตี ตอนนี้เลิกกันแล้ว อยากรู้เรื่องที่พักค่ะ", "th"),
])
def test_violence_told_as_over_once_the_couple_has_parted_is_not_raised(classify, text, lang):
    result = classify(text)
    assert result.lang == lang and not raised(result), result


@pytest.mark.parametrize("text, lang", [
    ("Mi novio me golpeó anoche y ya terminamos? no sé, tengo miedo", "es"),
    ("老公现在还在打我，我想离婚了", "zh"),
])
def test_violence_of_today_beside_a_word_of_parting_is_still_raised(classify, text, lang):
    assert "violence" in raised(classify(text)), (lang, classify(text))


def test_a_night_outside_last_year_that_is_over_is_no_crisis_in_burmese(classify):
    result = classify("အရင်နှစ်က ဘူတာမှာ အိပ်ခဲ့ရတယ်။ အခု အလုပ်ရှိပြီ")
    assert not raised(result), result
    assert "no_shelter" in raised(classify("ဒီည ဘူတာမှာ အိပ်ရမယ်၊ နေစရာ မရှိဘူး"))


@pytest.mark.parametrize("traditional, simplified", [
    ("我妹妹以前被男朋友打過，現在分手了", "我妹妹以前被男朋友打过，现在分手了"),
    ("老闆一直不給加班費", "老板一直不给加班费"),
    ("我現在真的不想活了", "我现在真的不想活了"),
])
def test_a_message_in_traditional_chinese_is_read_like_the_same_in_simplified(classify, traditional, simplified):
    one, other = classify(traditional), classify(simplified)
    assert (one.topics, one.crisis) == (other.topics, other.crisis), (one, other)


@pytest.mark.parametrize("text, lang", [
    ("Con em bị sốt, viện phí ở Nhật đắt quá", "vi"),
    ("no sé cuánto me va a costar el dentista", "es"),
    ("Amma lai dherai birami chha, aushadhi ko kharcha dherai bhayo", "ne"),
    ("ค่ารักษาลูกแพงมาก ไม่รู้จะทำยังไง", "th"),
    ("ဆေးရုံ ဆေးဖိုး မတတ်နိုင်ဘူး", "my"),
])
def test_a_resident_who_names_what_treatment_costs_has_a_money_topic(classify, text, lang):
    assert "money" in classify(text).topics, (lang, classify(text))


@pytest.mark.parametrize("text, lang", [
    ("the factory never pays zangyou, is that allowed?", "en"),
    ("我们工厂从来不给加班费", "zh"),
    ("Sudah 3 bulan lembur tidak dibayar", "id"),
])
def test_overtime_not_paid_is_work_and_money(classify, text, lang):
    assert {"work", "money"} <= set(classify(text).topics), (lang, classify(text))


def test_the_health_insurance_named_by_its_japanese_word_is_health_in_english(classify):
    assert "health" in classify("how do I sign up for kokumin kenkou hoken?").topics
    assert "health" not in classify("how do I claim koyo hoken after losing my job?").topics


@pytest.mark.parametrize("text, lang", [
    ("my boyfriend gets drunk and slaps me", "en"),
    ("chồng em uống rượu vào là đánh em", "vi"),
    ("他一喝酒就打我", "zh"),
    ("술만 마시면 아버지가 저를 때려요", "ko"),
])
def test_the_drinker_who_hits_is_violence_not_a_health_topic(classify, text, lang):
    result = classify(text)
    assert "violence" in raised(result) and "health" not in result.topics, (lang, result)


@pytest.mark.parametrize("text, lang", [
    ("my wife drinks too much every night, I'm worried", "en"),
    ("tôi uống rượu mỗi ngày, không bỏ được", "vi"),
    ("我最近每天都喝酒，停不下来", "zh"),
])
def test_drinking_without_violence_is_still_a_health_topic(classify, text, lang):
    assert "health" in classify(text).topics, (lang, classify(text))


@pytest.mark.parametrize("text, lang", [
    ("After my shift I just go back to the dorm and sleep, I have no friends here", "en"),
    ("每天下班回到宿舍一个人，没有人说话", "zh"),
    ("Em không dám về ký túc xá vì sợ quản lý", "vi"),
])
def test_going_back_to_a_dorm_is_no_housing_trouble(classify, text, lang):
    assert "housing" not in classify(text).topics, (lang, classify(text))


@pytest.mark.parametrize("text, lang", [
    ("they told me to leave the company dorm by friday", "en"),
    ("宿舍下周要关了，我必须搬走", "zh"),
    ("โดนไล่ออกจากหอพักเมื่อวาน", "th"),
])
def test_having_to_leave_a_dorm_is_housing(classify, text, lang):
    assert "housing" in classify(text).topics, (lang, classify(text))


def test_being_driven_out_of_a_dorm_in_thai_is_no_dismissal(classify):
    assert "work" not in classify("โดนไล่ออกจากหอพักเมื่อวาน").topics
    assert "work" in classify("โดนไล่ออกจากงานเมื่อวาน").topics
