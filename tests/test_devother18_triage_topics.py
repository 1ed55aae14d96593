"""Triage classes in the other languages (issue 18, session 18), second part: a past that is over (a wish to die, a
night outside, violence at home) keeps its matter but raises nothing; a home and a job one has now are no trouble; a
family member's loneliness; work as the reason for coming; hiding from the one who hurts; Korean words run together;
pills made ready; unpaid wages; romanised Nepali; the consultation's fee; a partner holding the card; "nobody would
miss me"; dorms; a supply cut with its place; not enough to live on. Every message is written for these tests."""
import pytest

from tests.triage_support import raised


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
