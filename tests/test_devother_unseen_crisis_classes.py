"""Crisis signs in the other languages, by class, in words no labelled set holds: a wish not to be there said with a
condition ("better off if I wasn't around"), being a burden, tired of being alive, never waking; no food for days in
romanised Nepali; a night in a car in the cold; a threat to break bones; and calm messages with the same words: violence
that ended, a suicide in a film with "I'm fine", a word of dying that measures a wish ("dying to know")."""
import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "the kids would be better off if i just wasnt alive",
    "i feel like such a burden on my family, they would be fine without me",
    "todos estarían mejor si yo no existiera",
    "soy una carga para mi familia, ya no le veo sentido a vivir",
    "seria melhor pra todo mundo se eu não estivesse mais aqui",
    "aku cuma jadi beban buat semua orang, capek hidup",
    "pabigat lang ako sa lahat, mas mabuti pa kung wala na ako",
    "em chỉ là gánh nặng cho mọi người, sống cũng chẳng để làm gì",
    "살아 있는 게 너무 지쳐요. 내일 눈 안 떴으면 좋겠어",
    "나 같은 건 가족한테 짐일 뿐이야",
    "ရှင်နေရတာ ပင်ပန်းလှပြီ",
    "နောက်နေ့ မနိုးလာရင် ကောင်းမယ်",
    "ma sabai ko lagi bhaar bhaeko chu, bachera ke kaam",
    "jiunu ko kunai matlab chhaina aba",
    "म सबैका लागि भार भएँ, बाँच्नुको कुनै अर्थ छैन",
    "ไม่อยากมีชีวิตอยู่บนโลกใบนี้อีกแล้ว",
    "เบื่อการมีชีวิตอยู่แล้ว",
    "我活着就是大家的负担，不想再醒来了",
])
def test_a_resident_who_feels_a_burden_or_tired_of_being_alive_is_asked_or_answered_as_a_crisis(classify, text):
    assert "suicide" in raised(classify(text)), classify(text)


def test_a_denial_that_belongs_to_a_condition_denies_nothing(classify):
    # the "wasn't" is the condition's ("if I wasn't around"), not a denial of "everyone would be better off"
    assert "suicide" in classify("my parents would honestly be better off if i wasnt here anymore").crisis
    assert "suicide" in classify("everyone would be better off if i wasnt around").crisis
    assert "suicide" not in raised(classify("i'm not thinking of ending it, i just need a job"))


@pytest.mark.parametrize("text", [
    "3 din bhayo kehi khaako chaina",
    "hijo dekhi khana khaayeko chhaina, paisa xaina",
    "dui din dekhi kei khana payeko chaina",
])
def test_no_food_for_days_in_romanised_nepali_spelt_any_way_is_no_food(classify, text):
    assert "no_food" in classify(text).crisis, classify(text)


@pytest.mark.parametrize("text", [
    "estou dormindo dentro do carro há dias e essa noite vai gelar, tá muito frio",
    "llevo una semana durmiendo en mi carro y hoy hace mucho frío",
    "sudah seminggu tidur di mobil, malam ini dingin banget",
    "sa kotse na lang ako natutulog, sobrang lamig ngayong gabi",
    "일주일째 차에서 자고 있는데 오늘 밤 너무 추워요",
    "这几天一直睡在车里，今晚特别冷",
    "นอนในรถมาหลายคืนแล้ว คืนนี้หนาวมาก",
])
def test_a_resident_sleeping_in_a_car_in_the_cold_has_no_place_tonight(classify, text):
    assert "no_shelter" in classify(text).crisis, classify(text)


@pytest.mark.parametrize("text", [
    "Tô dormindo no carro faz uma semana, mas tá tudo bem",
    "Llevo unos días durmiendo en el carro de mi hermano",
])
def test_a_car_lived_in_without_cold_or_danger_is_no_crisis_of_tonight(classify, text):
    result = classify(text)
    assert "no_shelter" not in raised(result), result


@pytest.mark.parametrize("text", [
    "my boyfriend says he'll smash my face if i leave",
    "he keeps texting that he is going to break my arm",
    "mi esposo me amenaza con romperme los brazos",
    "ele disse que vai quebrar minha cara",
    "suami saya mengancam mau mematahkan tangan saya",
    "chồng em dọa đánh gãy chân em",
])
def test_a_threat_to_break_bones_or_smash_a_face_is_violence(classify, text):
    assert "violence" in raised(classify(text)), classify(text)


@pytest.mark.parametrize("text", [
    "until last year my ex hit me, now we're divorced and I'm fine. I want to ask about child support",
    "hasta el año pasado mi ex me pegaba, ahora estoy divorciada y bien. quiero preguntar por la pensión",
    "몇 년 전까지 전 남편한테 맞았는데 지금은 헤어져서 편해요",
    "재작년까지 남편한테 맞고 살았어요. 지금은 이혼했고 일 찾고 있어요",
    "hanggang noong isang taon sinasaktan ako ng ex ko, ngayon hiwalay na kami at okay na ako",
])
def test_violence_told_as_over_with_a_now_after_it_raises_nothing(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible, result


@pytest.mark.parametrize("text", [
    "watched a movie last night where the girl kills herself, cried a lot. I'm ok though",
    "영화에서 여자 주인공이 자살하는 걸 보고 울었어요. 저는 괜찮아요",
    "ရုပ်ရှင်ထဲမှာ ကောင်လေးတစ်ယောက် သတ်သေသွားတာ ကြည့်ရတယ်။ ကျွန်တော် အဆင်ပြေပါတယ်",
    "vi một bộ phim mà cô gái trong phim tự tử, em khóc nhiều. em vẫn ổn",
    "nonton film yang tokohnya bunuh diri, sedih banget. aku baik-baik aja kok",
])
def test_a_suicide_in_a_film_told_by_a_resident_who_says_they_are_fine_raises_nothing(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible, result


def test_the_residents_own_wish_beside_a_story_without_a_fine_is_still_a_crisis(classify):
    assert "suicide" in raised(classify("ရုပ်ရှင်ထဲမှာ သတ်သေတာ ကြည့်ပြီး ကျွန်တော်လည်း သေချင်တယ်"))
    assert "suicide" in raised(classify("I watched the film and now I want to die too"))


@pytest.mark.parametrize("text", [
    "อยากกลับบ้านจะตายอยู่แล้ว กลับไทยได้เมื่อไหร่",
    "ง่วงจะตาย ทำงานทั้งคืน",
    "I'm dying to know if foreigners can get this help",
    "me muero por saber si puedo pedir ayuda",
    "tô morrendo de curiosidade pra saber se estrangeiro pode pedir",
    "penasaran setengah mati, orang asing boleh minta bantuan?",
])
def test_a_word_of_dying_that_measures_a_wish_raises_nothing(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible, result


def test_a_thai_word_of_dying_with_a_person_before_it_is_no_measure(classify):
    # 「ฉันจะตาย」 "I will die" is no intensifier: the words are left to the keywords and the learned backstop
    assert "suicide" in raised(classify("ไม่ไหวแล้ว ฉันอยากตาย"))


@pytest.mark.parametrize("text", [
    "没有我的话大家会过得更好",
    "không có em thì mọi người sẽ sống tốt hơn",
    "kalau aku nggak ada, semua orang pasti lebih bahagia",
    "ถ้าไม่มีฉันทุกคนคงสบายขึ้น",
    "म नभए सबैलाई सजिलो हुन्थ्यो",
    "ma na bhaye sabai lai sajilo hunthyo",
    "kung wala na ako, mas okay ang lahat",
])
def test_a_resident_who_says_all_would_be_easier_without_them_is_asked_or_answered(classify, text):
    assert "suicide" in raised(classify(text)), classify(text)


@pytest.mark.parametrize("text", [
    "ojalá no despertar mañana",
    "queria dormir e não acordar mais",
    "semoga besok nggak bangun lagi",
    "ước gì ngủ luôn không dậy nữa",
    "sana hindi na ako magising bukas",
    "希望明天不要再醒来",
    "อยากหลับแล้วไม่ตื่นอีกเลย",
    "bholi uthna napare hunthyo",
    "i hope i just dont wake up tomorrow",
])
def test_a_wish_never_to_wake_up_is_a_sign_of_suicide(classify, text):
    assert "suicide" in raised(classify(text)), classify(text)


@pytest.mark.parametrize("text", [
    "他说要打断我的腿",
    "남편이 다리를 부러뜨리겠다고 협박해요",
    "เขาขู่ว่าจะหักขาฉัน",
    "sabi niya babaliin niya ang braso ko",
    "srimanle khutta bhachdinchu bhancha",
    "anh ta nói sẽ đánh gãy tay em nếu em bỏ đi",
    "el dijo que me va a romper la cara",
])
def test_a_threat_of_harm_in_more_languages_is_violence(classify, text):
    assert "violence" in raised(classify(text)), classify(text)


@pytest.mark.parametrize("text", [
    "以前经常被前夫打，现在离婚了，过得很好",
    "năm ngoái bị chồng cũ đánh, giờ ly hôn rồi em ổn",
    "dulu sering dipukul mantan suami, sekarang sudah cerai dan baik-baik saja",
    "antes meu ex me batia, agora estou separada e bem",
    "เมื่อก่อนโดนแฟนเก่าทำร้าย ตอนนี้เลิกกันแล้ว สบายดี",
    "电影里女主角最后自杀了，看哭了。我没事",
    "ดูหนังที่นางเอกฆ่าตัวตาย ร้องไห้เลย แต่ฉันสบายดี",
    "vi una película donde la chica se suicida, lloré mucho, pero estoy bien",
    "vi um filme em que a menina se mata, chorei muito, mas tô bem",
    "nanood ako ng pelikula na nagpakamatay yung bida, umiyak ako. okay lang ako",
    "อยากกินส้มตำจะตายอยู่แล้ว",
    "หนาวจะตาย ขอผ้าห่มได้ไหม",
])
def test_violence_that_is_over_a_film_and_a_measure_raise_nothing_in_more_languages(classify, text):
    result = classify(text)
    assert not result.crisis and not result.possible, result
