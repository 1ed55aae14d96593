"""How the languages other than Japanese are read, by class (session 21b): signs of leaving life said without its words
are asked about, a violence told as long over is over, a future "if one day" is no crisis today, a meal planned after the
hunger answers it, a shelter asked about is housing. Every message here was written for these tests; the crises beside
them must stay raised."""
import pytest

# --- 1. signs of leaving life without its words (letters left for the family, goodbyes said, "don't look for me") -----


@pytest.mark.parametrize("lang, words", [
    ("en", "I wrote a letter to my parents and put my affairs in order. Don't look for me"),
    ("en", "nobody needs me anymore, I won't bother anyone again"),
    ("es", "Les escribí cartas a mis hijos. Ya nadie me necesita"),
    ("es", "ya me despedí, no me busquen"),
    ("pt", "Deixei tudo em ordem para meu filho, não vou mais ser um peso"),
    ("pt", "ninguém mais precisa de mim, essa é minha última mensagem"),
    ("vi", "Chị đã viết thư cho chồng. Đừng tìm chị nữa"),
    ("vi", "không ai cần tôi nữa, tôi không làm phiền ai nữa đâu"),
    ("id", "aku sudah pamit ke keluarga, jangan cari aku"),
    ("tl", "wala nang may kailangan sa akin, wag nyo na akong hanapin"),
    ("th", "เขียนจดหมายถึงลูกไว้แล้ว อย่าตามหาฉันนะ"),
    ("ko", "아이들에게 편지를 썼어요. 저를 찾지 마세요"),
    ("zh", "给父母写了信，以后不会再拖累他们了"),
])
def test_signs_of_leaving_are_asked_about(classify, lang, words):
    result = classify(words, lang)
    assert "suicide" in result.crisis or "suicide" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("en", "I said goodbye to my family at the airport last spring, now I need a part-time job"),
    ("en", "I wrote letters to the ward office about my pension and got no answer"),
    ("es", "me despedí de mi familia en el aeropuerto de Lima, ahora busco trabajo en Japón"),
    ("es", "antes de la mudanza dejé todo listo, ¿cuándo me devuelven la fianza?"),
    ("pt", "me despedi da minha família no aeroporto, agora preciso de um emprego"),
    ("pt", "escrevi uma carta para a prefeitura sobre o imposto"),
])
def test_a_goodbye_of_a_journey_or_a_letter_to_an_office_is_no_sign(classify, lang, words):
    result = classify(words, lang)
    assert not result.crisis and not result.possible


def test_an_open_wish_to_die_with_a_goodbye_stays_a_crisis(classify):
    assert "suicide" in classify("Me despedí de todos, quiero morir esta noche", "es").crisis


# --- 2. a violence told as long over ("that's long over", "eso ya pasó", 都过去了) --------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "my stepfather used to beat me when I was a child, that's all behind me. I want to study nursing"),
    ("es", "hace años mi expareja me golpeaba, eso ya quedó atrás. Quiero aprender japonés"),
    ("pt", "antigamente meu ex me batia, já passou. Queria saber de cursos"),
    ("id", "dulu bapak sering memukul saya, sudah lama berlalu. Mau tanya kursus bahasa"),
    ("vi", "hồi trước chồng cũ từng đánh em, đã là quá khứ. Em muốn học nghề"),
    ("zh", "以前前夫打过我，早就过去了。想问日语课"),
])
def test_a_violence_told_as_long_over_is_no_crisis(classify, lang, words):
    result = classify(words, lang)
    assert "violence" not in result.crisis


@pytest.mark.parametrize("lang, words", [
    ("en", "my husband used to hit me and it's not over, he hit me again last night"),
    ("es", "mi esposo me pega, no ha pasado nada de tiempo, tengo miedo"),
    ("vi", "chồng em đánh em, chưa qua đâu, tối nay lại đánh"),
])
def test_a_violence_not_over_stays_a_crisis(classify, lang, words):
    assert "violence" in classify(words, lang).crisis


# --- 3. a future "if one day" is no crisis today ---------------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("es", "si algún día me quedo sin casa, ¿qué ayudas hay?"),
    ("pt", "se um dia eu ficar sem casa, a quem posso pedir ajuda?"),
    ("th", "ถ้าวันหน้าไม่มีที่อยู่ จะขอความช่วยเหลือได้ที่ไหน"),
    ("ko", "혹시 나중에 살 곳이 없어지면 도움 받을 수 있나요?"),
])
def test_a_future_without_a_home_is_housing_not_a_crisis(classify, lang, words):
    result = classify(words, lang)
    assert "housing" in result.topics and "no_shelter" not in result.crisis


@pytest.mark.parametrize("lang, words", [
    ("es", "hoy me quedé sin casa, no tengo dónde dormir esta noche"),
    ("th", "คืนนี้ไม่มีที่อยู่แล้ว ช่วยด้วย"),
    ("ko", "오늘 밤 살 곳이 없어요"),
])
def test_no_home_tonight_stays_a_crisis(classify, lang, words):
    assert "no_shelter" in classify(words, lang).crisis


# --- 4. a meal planned after the hunger answers it (vi) ---------------------------------------------------------------


def test_a_meal_planned_after_the_hunger_is_no_crisis(classify):
    result = classify("đói quá, chuẩn bị đi ăn với bạn. Cho hỏi về bảo hiểm", "vi")
    assert "no_food" not in result.crisis


@pytest.mark.parametrize("words", [
    "đói quá, hết tiền rồi, mấy ngày không có gì ăn",
    "em đói quá, không có tiền đi ăn",
])
def test_a_hunger_without_a_meal_stays_a_crisis(classify, words):
    assert "no_food" in classify(words, "vi").crisis


# --- 5. a shelter asked about is housing -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("id", "ada shelter untuk perempuan di Saitama?"),
    ("tl", "may alam ba kayong shelter sa Chiba?"),
    ("ne", "टोकियोमा आश्रय कहाँ छ?"),
    ("ne-latn", "tokyo ma aashray kaha cha?"),
    ("es", "¿hay algún albergue en Gunma?"),
    ("vi", "ở Osaka có nhà tạm trú không ạ?"),
    ("ko", "도쿄에 쉼터가 있나요?"),
    ("zh", "东京有庇护所吗？"),
])
def test_a_shelter_asked_about_is_housing(classify, lang, words):
    result = classify(words, lang)
    assert "housing" in result.topics and not result.crisis


# --- 6. an exclusion cancels only the words it holds, not the next words that touch it ----------------------------------


def test_words_touching_an_exclusion_still_count(classify):
    result = classify("I look after him alone since his stroke. Nobody to talk to at night", "en")
    assert "isolation" in result.topics


def test_the_excluded_words_alone_still_give_nothing(classify):
    assert "isolation" not in classify("I'm caring for her alone since spring", "en").topics


# --- 7. a hearing aid is a matter of health ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "my hearing aids are too expensive to replace"),
    ("es", "necesito un audífono nuevo y no sé dónde pedir ayuda"),
    ("pt", "preciso trocar o aparelho auditivo"),
    ("id", "alat bantu dengar ibu saya hilang"),
    ("vi", "tôi muốn mua máy trợ thính giá rẻ"),
    ("zh", "想买助听器，有补助吗"),
    ("ko", "보청기 지원 받을 수 있어요?"),
    ("th", "อยากได้เครื่องช่วยฟังใหม่"),
])
def test_a_hearing_aid_gives_health(classify, lang, words):
    assert "health" in classify(words, lang).topics


# --- 8. a supervisor or a colleague at work gives work; a blow from them stays violence ---------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "the shift leader keeps shouting at me in front of everyone"),
    ("pt", "a encarregada me xinga todo dia"),
    ("es", "el capataz nos grita todo el turno"),
    ("tl", "masungit talaga yung supervisor sa planta"),
    ("vi", "quản đốc chửi em suốt"),
    ("zh", "领班天天骂我"),
    ("ko", "조장이 매일 소리 질러요"),
    ("th", "หัวหน้างานด่าทุกวัน"),
])
def test_a_supervisor_at_work_gives_work(classify, lang, words):
    assert "work" in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("en", "the line leader shoved me and slapped me today"),
    ("es", "la encargada me dio una bofetada"),
    ("vi", "trưởng ca đánh em hôm qua"),
    ("id", "mandor pukul muka saya di gudang"),
    ("id", "atasan pukul perutku kemarin"),
])
def test_a_blow_from_a_supervisor_is_violence_and_work(classify, lang, words):
    result = classify(words, lang)
    assert "violence" in result.crisis and "work" in result.topics


def test_the_hour_in_indonesian_is_no_blow(classify):
    assert "violence" not in classify("besok pukul 9 saya ada wawancara kerja", "id").crisis


@pytest.mark.parametrize("lang, words", [
    ("id", "pesan terakhir saya ke kantor belum dijawab"),
    ("es", "¿les llegó mi último mensaje sobre la cita?"),
    ("vi", "lần cuối cùng em đi khám là năm ngoái"),
])
def test_a_last_message_asked_about_is_no_sign(classify, lang, words):
    result = classify(words, lang)
    assert "suicide" not in result.crisis and "suicide" not in result.possible
