"""How the languages other than Japanese are read, by class (session 21b, continued from test_triage_session21b_other.py):
living in a car is asked about, Thai อยู่ of where one lives is no wish to die, 'dead' said bare is no wish to die, the
health insurance is health, care work is work. Every message here was written for these tests."""
import pytest

# --- 9. nights in a car as a way of living now: the gentle question about tonight ---------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "we're living out of our car with two kids"),
    ("en", "the landlord threw us out, we've been sleeping in the car at a rest stop"),
    ("es", "desde que nos desalojaron estamos durmiendo en el auto"),
    ("es", "vivo en mi coche desde marzo"),
    ("pt", "moramos no carro desde o mês passado"),
    ("id", "sudah tiga hari tinggal di mobil sama istri"),
    ("tl", "sa kotse na kami nakatira ng asawa ko"),
    ("vi", "hai tuần nay tôi sống trong xe"),
    ("zh", "失业以后一直住在车里"),
    ("ko", "요즘 차에서 생활하고 있어요"),
    ("th", "ตอนนี้อาศัยอยู่ในรถกับลูก"),
])
def test_living_in_a_car_is_asked_about(classify, lang, words):
    result = classify(words, lang)
    assert "no_shelter" in result.crisis or "no_shelter" in result.possible
    assert "housing" in result.topics


@pytest.mark.parametrize("lang, words", [
    ("en", "we slept in the car on the way to Nagano, it was a fun trip"),
    ("es", "dormimos en el coche durante el viaje a Hiroshima"),
    ("pt", "tirei um cochilo no carro no intervalo do trabalho"),
])
def test_a_night_or_a_nap_in_a_car_on_a_trip_is_no_crisis(classify, lang, words):
    result = classify(words, lang)
    assert not result.crisis and not result.possible


# --- 10. Thai อยู่ of where one lives is no "living" to end; a province holds no cold --------------------------------------


@pytest.mark.parametrize("words", [
    "ลูกสาวอยู่กับย่าที่อุดร ค่าเทอมแพงขึ้น",
    "ตอนนี้อยู่โอซาก้าคนเดียว ไม่รู้จักใครเลย",
    "พ่ออยู่ต่างจังหวัด ป่วยบ่อย อยากกลับไปดูแล",
])
def test_where_one_lives_in_thai_is_no_wish_to_die(classify, words):
    result = classify(words, "th")
    assert "suicide" not in result.crisis and "suicide" not in result.possible


def test_a_province_is_no_cold_but_a_cold_is_health(classify):
    assert "health" not in classify("ย้ายมาจากต่างจังหวัด หางานอยู่", "th").topics
    assert "health" in classify("เป็นหวัดมาหลายวัน ไปหาหมอที่ไหนดี", "th").topics


@pytest.mark.parametrize("words", [
    "อยู่คนเดียว ไม่อยากมีชีวิตอยู่แล้ว",
    "อยู่กับลูกสองคน แต่ไม่อยากอยู่แล้วจริงๆ",
])
def test_a_thai_wish_to_die_beside_where_one_lives_stays_a_crisis(classify, words):
    assert "suicide" in classify(words, "th").crisis


# --- 11. 'dead' said bare (es, pt): tiredness or another's death, not a wish to die ------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("es", "estoy muerta, doce horas en la fábrica. ¿Hay trabajos de medio tiempo?"),
    ("es", "mi abuelo está muerto desde el verano y no sé cómo hacer el trámite de la pensión"),
    ("pt", "tô morta depois do turno da noite, queria outro emprego"),
    ("pt", "minha mãe está morta faz dois anos, preciso de ajuda com papéis"),
])
def test_dead_said_bare_is_no_wish_to_die(classify, lang, words):
    assert "suicide" not in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("es", "quisiera estar muerto, no puedo más"),
    ("es", "ojalá estuviera muerta ya"),
    ("pt", "queria estar morta, não aguento"),
    ("pt", "me sinto morto por dentro, acho que seria melhor assim"),
])
def test_a_wish_to_be_dead_stays_a_crisis(classify, lang, words):
    assert "suicide" in classify(words, lang).crisis


# --- 12. the health insurance, had or lacked, is a matter of health; unemployment or life insurance is not -------------------


@pytest.mark.parametrize("lang, words", [
    ("es", "llegué hace poco y todavía no tengo seguro de salud"),
    ("pt", "meu cartão do seguro venceu, o que faço?"),
    ("id", "kartu asuransi saya hilang"),
    ("tl", "paano kumuha ng health insurance dito?"),
    ("vi", "thẻ bảo hiểm của em hết hạn rồi"),
    ("zh", "医保卡丢了怎么办"),
    ("ko", "건강보험 가입하고 싶어요"),
    ("ne", "स्वास्थ्य बीमा कसरी गर्ने?"),
])
def test_the_health_insurance_gives_health(classify, lang, words):
    assert "health" in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("es", "¿cuánto tarda el seguro de desempleo?"),
    ("en", "I want to cancel my life insurance, the premium went up"),
    ("vi", "em muốn hỏi về bảo hiểm thất nghiệp"),
    ("ko", "고용보험 가입돼 있는지 궁금해요"),
])
def test_unemployment_or_life_insurance_is_no_health(classify, lang, words):
    assert "health" not in classify(words, lang).topics


# --- 13. care work or a kitchen as the resident's job gives work ------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "I work as a caregiver and the night shifts are too many"),
    ("es", "trabajo en un asilo y no me dan descanso"),
    ("pt", "sou cozinheira num restaurante e o patrão grita"),
    ("id", "saya juru masak di hotel, kontrak mau habis"),
    ("vi", "em làm hộ lý, lịch trực dày quá"),
    ("zh", "我是厨师，老板不给休息"),
    ("ko", "요양보호사인데 야간 근무가 너무 많아요"),
    ("th", "เป็นแม่ครัวร้านอาหาร อยากเปลี่ยนงาน"),
    ("ne", "म भान्से हुँ, साहुले बिदा दिँदैन"),
])
def test_care_work_or_a_kitchen_job_gives_work(classify, lang, words):
    assert "work" in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("en", "I'm my mother's caregiver since her fall, it's exhausting"),
    ("zh", "我妈妈住在养老院，我很担心她"),
])
def test_caring_for_ones_own_is_family_not_work(classify, lang, words):
    result = classify(words, lang)
    assert "family" in result.topics and "work" not in result.topics


# --- 14. Burmese: a student holds no son; a food bank and a school fee are money -------------------------------------------


def test_a_burmese_student_is_no_son(classify):
    assert "family" not in classify("ကျောင်းသူပါ။ အလုပ်ရှာနေတယ်", "my").topics
    assert "family" in classify("သားလေး ဖျားနေတယ်", "my").topics


@pytest.mark.parametrize("words", [
    "အစားအသောက်ဘဏ် ဘယ်နားမှာ ရှိလဲ",
    "ကျောင်းစရိတ် မလောက်ဘူး",
])
def test_a_burmese_food_bank_or_school_fee_is_money(classify, words):
    result = classify(words, "my")
    assert "money" in result.topics and "no_food" not in result.crisis


# --- 15. working for oneself gives work --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "I do freelance design and nobody has paid me since October"),
    ("es", "soy autónoma y este mes no tuve encargos"),
    ("pt", "sou autônoma, faço faxina, e esse mês não entrou nada"),
    ("id", "saya pekerja lepas, bulan ini sepi orderan"),
    ("vi", "anh làm tự do nên tháng này không có thu nhập"),
    ("zh", "我是自由职业，这个月没有收入"),
    ("ko", "자영업 하는데 가게가 어려워요"),
    ("th", "ทำอาชีพอิสระ เดือนนี้ไม่มีรายได้"),
])
def test_working_for_oneself_gives_work(classify, lang, words):
    assert "work" in classify(words, lang).topics


def test_a_conditional_wish_to_be_dead_stays_a_crisis(classify):
    assert "suicide" in classify("creo que estaría muerta y sería lo mismo", "es").crisis
    assert "suicide" in classify("acho que estaria morto e ninguém notaria", "pt").crisis
