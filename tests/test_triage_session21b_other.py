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
