"""How the languages other than Japanese are read, by class (session 22c): a night told by "nowhere else" and where one
sits, hunger told by what is left, a farewell sent through someone else, hiding from the one who hurts, a question about
a cut to come, a room named only as where one is (the rest: test_triage_session22c_other_2.py). Every message here was
written for these tests; the calm look-alikes beside the crises must stay calm."""
import pytest

# --- 1. a night told by "nowhere else to go" and where one sits now ----------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "my landlord threw my stuff out this afternoon and honestly I've got nowhere else to go"),
    ("en", "been sitting in a laundromat since midnight, the dorm locked me out"),
    ("es", "me sacaron del apartamento y no tengo otro lugar donde dormir"),
    ("pt", "a dona do quarto me mandou embora hoje, não tenho outro lugar pra ir"),
    ("id", "diusir dari kos tadi sore, tidak ada tempat lain untuk tidur"),
    ("vi", "chủ nhà đuổi em ra rồi, em không có nơi nào để đi"),
    ("zh", "我被房东赶出来了，现在没有别的地方可去"),
    ("th", "โดนไล่ออกจากหอ ไม่มีที่อื่นจะไปแล้ว"),
])
def test_a_night_with_nowhere_else_is_raised(classify, lang, words):
    result = classify(words, lang)
    assert "no_shelter" in result.crisis or "no_shelter" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("en", "I've got nowhere else to go for advice about my visa, can you help?"),
    ("en", "the washing machine broke so I use the laundromat now, where can I find a cheap one?"),
])
def test_nowhere_else_to_ask_is_no_night_outside(classify, lang, words):
    result = classify(words, lang)
    assert "no_shelter" not in result.crisis and "no_shelter" not in result.possible


# --- 2. hunger told by what is left ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "just tea bags left in the cupboard and payday is a week off"),
    ("en", "the kids only drank water today, I have nothing to give them"),
    ("es", "mis niños solo tomaron agua en todo el día"),
    ("pt", "a geladeira tá vazia e as crianças só tomaram água hoje"),
    ("vi", "tủ lạnh trống không, từ sáng tới giờ em chỉ uống nước"),
    ("zh", "冰箱空了，孩子今天只吃了一个面包"),
    ("ko", "냉장고가 텅 비었어요. 아이들이 오늘 물만 마셨어요"),
    ("id", "kulkas kosong, dari pagi anak-anak cuma minum air"),
    ("th", "ตู้เย็นว่างเปล่า ลูกกินแต่น้ำทั้งวัน"),
    ("ne", "हिजोदेखि पानी मात्र पिएर बसेको छु"),
    ("vi", "nha chi con dung mot goi mi, hai me con chia nhau an"),
    ("ko", "라면 하나 남았어요. 월급날까지 일주일 남았는데"),
])
def test_hunger_told_by_what_is_left_is_raised(classify, lang, words):
    result = classify(words, lang)
    assert "no_food" in result.crisis or "no_food" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("id", "lagi puasa, dari subuh cuma minum air. mau tanya soal visa"),
    ("en", "I'm fasting for my blood test tomorrow so only water tonight, what time do you open?"),
])
def test_a_fast_by_choice_is_no_hunger(classify, lang, words):
    result = classify(words, lang)
    assert "no_food" not in result.crisis


# --- 3. a farewell sent through someone else, a last message, what is left given away ----------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "please tell my mum i love her. I can't do this anymore"),
    ("es", "díganle a mi mamá que la quiero mucho, perdón por todo"),
    ("pt", "fala pra minha mãe que eu amo ela, desculpa por tudo"),
    ("vi", "nhờ chị nói với mẹ em là em thương mẹ nhiều lắm. Em xin lỗi"),
    ("ko", "남은 돈을 다 보냈어요. 엄마한테 사랑한다고 전해 주세요"),
    ("ne", "सबैलाई धन्यवाद। यो अन्तिम म्यासेज हो"),
    ("zh", "帮我告诉妈妈我爱她，对不起"),
    ("tl", "pakisabi kay nanay na mahal ko siya, pasensya na sa lahat"),
    ("id", "tolong bilang ke ibu saya sayang dia, maaf ya semuanya"),
    ("th", "ฝากบอกแม่ว่ารักแม่มากนะ ขอโทษทุกคน"),
    ("ne", "yo mero antim message ho, aama lai maya garchu bhanidinu"),
    ("es", "ya no quiero estar aquí, perdónenme"),
])
def test_a_farewell_sent_through_someone_is_asked_about(classify, lang, words):
    result = classify(words, lang)
    assert "suicide" in result.crisis or "suicide" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("en", "my mum's birthday is next week, I sent her flowers. Where is the nearest post office?"),
    ("es", "mañana es el cumpleaños de mi mamá, ¿dónde puedo mandar un paquete a Perú?"),
    ("vi", "em gửi tiền về cho mẹ mỗi tháng, muốn hỏi cách chuyển tiền rẻ"),
    ("ko", "제 마지막 메세지 보셨어요? 예약 시간 바꾸고 싶어요"),
    ("ne", "मेरो अन्तिम म्यासेज पढ्नुभयो? भेटको समय बदल्न चाहन्छु"),
    ("zh", "我最后一条信息你们收到了吗？想改预约时间"),
])
def test_love_for_a_mother_without_a_farewell_is_calm(classify, lang, words):
    result = classify(words, lang)
    assert "suicide" not in result.crisis and "suicide" not in result.possible


# --- 4. hiding from the one who hurts; a door broken in; a threat to finish one --------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "he's drunk again and I've locked myself in the bathroom with my daughter"),
    ("zh", "老公喝醉了在外面踹门，我躲在厕所里不敢出去"),
    ("pt", "meu namorado disse que acaba comigo se eu contar pra alguém"),
    ("es", "estoy escondida en el baño con mis hijos, él está gritando afuera"),
    ("ko", "남편이 술 마시고 소리 질러서 화장실에 숨어 있어요"),
    ("vi", "em đang trốn trong nhà vệ sinh, chồng em say rượu đang la hét"),
    ("vi", "quản lý lại đá vào bụng em ở xưởng hôm nay"),
    ("tl", "nagtatago ako sa banyo, lasing na naman si mister"),
    ("id", "aku sembunyi di kamar mandi, suamiku lagi ngamuk"),
    ("my", "ယောက်ျား အရက်မူးပြီး ရိုက်မလို့ ရေချိုးခန်းထဲမှာ ပုန်းနေတယ်"),
])
def test_hiding_from_the_one_who_hurts_is_violence(classify, lang, words):
    result = classify(words, lang)
    assert "violence" in result.crisis or "violence" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("es", "mi hijo se pasa horas en el baño con el celular, ¿es normal?"),
    ("pt", "esse turno da noite acaba comigo, queria mudar de horário na fábrica"),
    ("es", "este calor acaba conmigo, ¿hay algún lugar fresco para pasar la tarde?"),
])
def test_a_bathroom_or_an_ending_without_a_threat_is_calm(classify, lang, words):
    result = classify(words, lang)
    assert "violence" not in result.crisis and "violence" not in result.possible


# --- 5. a question about a cut to come ("will they cut it right away?") ------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("id", "kalau tagihan gas bulan ini telat, apakah langsung diputus?"),
    ("vi", "nếu tháng sau em trả tiền điện trễ thì có bị cắt luôn không ạ"),
    ("pt", "se eu atrasar a conta de água eles cortam na hora?"),
    ("ko", "다음 달 전기요금이 밀리면 바로 끊기나요?"),
])
def test_a_question_about_a_cut_to_come_is_no_cut_today(classify, lang, words):
    result = classify(words, lang)
    assert "lifeline" not in result.crisis
    assert "money" in result.topics


def test_a_cut_done_today_stays_a_crisis(classify):
    assert "lifeline" in classify("listrik saya sudah diputus tadi pagi, anak kedinginan", "id").crisis


# --- 6. a room named only as where one is; a job and a room had now ----------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("id", "tiap malam aku nangis sendirian di kamar, kangen ibu"),
    ("tl", "lagi akong umiiyak sa kwarto, miss ko na ang pamilya ko"),
    ("ko", "시누이랑 같이 사는데 매일 싸워서 힘들어요"),
])
def test_a_room_named_as_where_one_is_is_no_housing(classify, lang, words):
    assert "housing" not in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("id", "saya mau cari kamar yang murah dekat stasiun"),
    ("tl", "magkano ang upa sa kwarto malapit sa istasyon?"),
])
def test_a_room_looked_for_stays_housing(classify, lang, words):
    assert "housing" in classify(words, lang).topics
