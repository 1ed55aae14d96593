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


@pytest.mark.parametrize("text, lang", [
    ("My cousin used to talk about killing herself, but she's fine now. How can I support her?", "en"),
    ("Antes mi amigo decía que se quería morir, ahora está mejor. ¿Cómo lo puedo apoyar?", "es"),
    ("Dulu adik saya pernah mau bunuh diri, sekarang sudah baik. Bagaimana cara mendampinginya?", "id"),
])
def test_a_wish_to_die_that_is_over_is_no_crisis_but_still_a_matter_of_health(classify, text, lang):
    result = classify(text)
    assert not raised(result) and "health" in result.topics, (lang, result)


def test_a_night_outside_that_is_over_gives_no_housing_topic_of_its_own(classify):
    result = classify("Years ago I slept at the station for a while, now I work at a bakery. Thank you all")
    assert not raised(result) and "housing" not in result.topics, result


@pytest.mark.parametrize("text, lang", [
    ("Hace dos años dormía en un parque. Ya tengo un cuarto y un trabajo, solo quería saludar", "es"),
    ("Dati akong natutulog sa istasyon, ngayon may bahay na kami. Maraming salamat po", "tl"),
    ("Trước đây em từng ngủ ngoài ga, giờ có nhà rồi, có việc làm rồi. Em cảm ơn", "vi"),
    ("以前在车站睡过几个晚上，现在有地方住了，也有了工作，谢谢大家", "zh"),
    ("เมื่อก่อนเคยนอนในสวน ตอนนี้มีบ้านแล้ว มีงานทำแล้ว ขอบคุณนะคะ", "th"),
])
def test_a_home_and_a_job_the_resident_has_now_are_no_trouble_of_housing_or_work(classify, text, lang):
    result = classify(text)
    assert result.lang == lang and not raised(result), result
    assert not {"housing", "work"} & set(result.topics), result


@pytest.mark.parametrize("text, lang", [
    ("Ya tengo trabajo pero el sueldo no me alcanza para el alquiler", "es"),
    ("现在有工作了，但是房东突然要涨房租", "zh"),
    ("Now I have a job, but my landlord wants me out by next month", "en"),
])
def test_a_trouble_told_after_having_a_job_still_counts(classify, text, lang):
    assert {"housing", "money"} & set(classify(text).topics), (lang, classify(text))


@pytest.mark.parametrize("text, lang", [
    ("Minha filha não tem amigos aqui, fica sempre sozinha no recreio", "pt"),
    ("Mi mamá vive conmigo y no tiene con quién hablar en todo el día", "es"),
])
def test_the_loneliness_of_someone_in_the_family_is_isolation(classify, text, lang):
    assert "isolation" in classify(text).topics, (lang, classify(text))


def test_a_partner_who_went_back_home_settles_nothing_in_portuguese(classify):
    result = classify("Meu marido voltou pro Peru no mês passado e eu fico sozinha o dia todo")
    assert "isolation" in result.topics, result


@pytest.mark.parametrize("text, lang", [
    ("I came here for work two years ago and I still don't know anyone", "en"),
    ("Vim pro Japão a trabalho e não conheço ninguém aqui", "pt"),
])
def test_work_as_the_reason_for_coming_is_no_work_trouble(classify, text, lang):
    result = classify(text)
    assert "isolation" in result.topics and "work" not in result.topics, (lang, result)


@pytest.mark.parametrize("text, lang", [
    ("Binugbog ako ng boyfriend ko, nagtatago ako ngayon sa kwarto ng kapatid ko", "tl"),
    ("สามีตีฉัน ตอนนี้หลบอยู่ในห้องน้ำ", "th"),
])
def test_hiding_in_a_room_from_the_one_who_hurts_is_violence_not_housing_or_loneliness(classify, text, lang):
    result = classify(text)
    assert "violence" in raised(result) and not {"housing", "isolation"} & set(result.topics), (lang, result)


def test_korean_words_run_together_across_a_space_are_not_other_keywords(classify):
    assert "money" not in classify("유학 비자로 주말에 일해도 되나요?").topics
    assert "health" not in classify("수도 요금 납부 상담 가능해요?").topics
    assert "health" in classify("공장에서 부상을 당했어요").topics


def test_work_named_as_the_reason_a_korean_resident_cannot_care_is_work(classify):
    assert "work" in classify("아버지가 편찮으신데 일 때문에 병원에 같이 못 가요").topics


@pytest.mark.parametrize("text, lang", [
    ("더는 못 버티겠어요. 수면제는 두 달치 모아 뒀어요", "ko"),
    ("活着太累了，安眠药准备好了", "zh"),
])
def test_pills_gathered_or_made_ready_are_a_wish_to_die_with_its_means(classify, text, lang):
    assert "suicide" in classify(text).crisis, (lang, classify(text))


def test_medicine_made_ready_for_a_child_is_no_crisis(classify):
    assert not raised(classify("孩子发烧了，药已经给他准备好了，明天去医院"))


@pytest.mark.parametrize("text", ["lương tháng trước vẫn chưa được trả", "Lương chưa được trả hai tháng rồi"])
def test_the_wage_named_before_not_paid_is_unpaid_wages_in_vietnamese(classify, text):
    assert {"work", "money"} <= set(classify(text).topics), classify(text)


def test_a_wish_to_die_that_a_friend_is_over_now_is_health_in_vietnamese(classify):
    result = classify("Trước đây chị em từng nói muốn chết, giờ chị ấy ổn rồi. Em nên hỏi thăm thế nào?")
    assert not raised(result) and "health" in result.topics, result


@pytest.mark.parametrize("text", [
    "Chhori lai school ma sathi haru le hepchhan, ke garne?",
    "Mero chhora Japanese bhasa aaudaina bhanera school jana mandaina",
])
def test_romanised_nepali_about_a_child_at_school_is_read_as_nepali_and_family(classify, text):
    result = classify(text)
    assert result.lang == "ne" and "family" in result.topics, result


def test_a_portuguese_child_who_cries_stays_portuguese(classify):
    assert classify("minha filha chora toda noite, não sei o que fazer").lang == "pt"


@pytest.mark.parametrize("text, lang", [
    ("Biaya konseling di sini berapa?", "id"),
    ("상담 비용은 따로 있나요?", "ko"),
    ("May bayad po ba ang konsultasyon dito?", "tl"),
    ("Qual é o valor da consulta com vocês?", "pt"),
    ("你们的咨询费是多少钱？", "zh"),
])
def test_asking_the_fee_of_the_consultation_is_no_money_trouble(classify, text, lang):
    assert "money" not in classify(text).topics, (lang, classify(text))


def test_money_named_beside_the_fee_question_is_still_money(classify):
    assert "money" in classify("Uang saya habis, biaya konseling di sini berapa?").topics


def test_a_partner_who_holds_the_card_is_control_at_home_not_work(classify):
    result = classify("my husband keeps my residence card and won't let me see it")
    assert "work" not in result.topics and "violence" in raised(result), result
    assert "work" in classify("my boss took my residence card and says I owe him money").topics


@pytest.mark.parametrize("text, lang", [
    ("Dati sinasaktan ng asawa niya ang pinsan ko, ngayon hiwalay na sila. Saan siya pwedeng humingi ng payo?", "tl"),
    ("น้องสาวเคยโดนสามีทำร้าย ตอนนี้หย่ากันแล้ว อยากรู้ว่ามีที่ปรึกษาไหม", "th"),
])
def test_violence_at_home_that_is_over_is_no_crisis_but_still_a_family_matter(classify, text, lang):
    result = classify(text)
    assert not raised(result) and "family" in result.topics, (lang, result)


@pytest.mark.parametrize("text, lang", [
    ("Estoy harta. Si me voy, nadie me va a extrañar", "es"),
    ("Se eu sumir ninguém vai sentir falta de mim", "pt"),
    ("我死了也没人会难过吧", "zh"),
    ("내가 없어도 아무도 모를 거예요", "ko"),
])
def test_nobody_would_miss_me_is_a_wish_to_be_gone(classify, text, lang):
    assert "suicide" in raised(classify(text)), (lang, classify(text))


def test_nobody_missing_a_lost_dog_is_no_crisis(classify):
    assert not raised(classify("meu cachorro fugiu, acho que ninguém vai sentir falta dele além de mim"))


@pytest.mark.parametrize("text, lang", [
    ("Mandor sering menampar saya. Saya tinggal di asrama pabrik, tidak berani lapor", "id"),
    ("Quản lý đá em hôm qua, em vẫn phải ở ký túc xá của xưởng", "vi"),
    ("班长又打我了，我还住在公司宿舍", "zh"),
])
def test_the_dorm_where_the_violence_happens_is_no_housing_matter(classify, text, lang):
    result = classify(text)
    assert "violence" in raised(result) and "housing" not in result.topics, (lang, result)


@pytest.mark.parametrize("text, lang", [
    ("Asrama kami penuh jamur dan perusahaan tidak mau memperbaiki", "id"),
    ("Ký túc xá công ty chật quá, 8 người một phòng", "vi"),
])
def test_a_dorm_that_is_itself_the_trouble_is_housing(classify, text, lang):
    assert "housing" in classify(text).topics, (lang, classify(text))


@pytest.mark.parametrize("text, lang", [
    ("The water at my place got cut this morning and I have a baby", "en"),
    ("Listrik di rumah kontrakan kami sudah dimatikan sejak Senin", "id"),
])
def test_a_supply_named_with_its_place_then_cut_is_a_cut(classify, text, lang):
    assert "lifeline" in classify(text).crisis, (lang, classify(text))


@pytest.mark.parametrize("text", ["the gas in my flat hasn't been cut, I just got a warning letter",
                                  "Air di rumah saya belum diputus, cuma dapat surat"])
def test_a_supply_with_its_place_not_cut_is_no_cut(classify, text):
    assert "lifeline" not in classify(text).crisis, classify(text)


def test_not_enough_to_live_on_without_the_word_for_money_is_money_in_tagalog(classify):
    assert "money" in classify("Ako lang ang may trabaho, hindi kasya ang sahod para sa apat na anak").topics
    assert "money" not in classify("kulang na kulang ako sa tulog dahil sa night shift").topics
