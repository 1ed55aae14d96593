"""Topics in the other languages, by class, in words no labelled set holds: unemployment benefits are money, money sent
home is family, a child shut in a room or nobody spoken to is isolation (not housing), asthma and dementia are health,
Japanese system words in romaji are read in every language, a baby named by its age is family, no family in Japan is
isolation; and words that name no topic of the resident's: an office's opening hours, a company's bankruptcy, a lost
job without money named (Thai), "where" typed without accents (Vietnamese)."""
import pytest


@pytest.mark.parametrize("text, must, must_not", [
    ("how do I apply for unemployment benefits after being laid off?", {"money", "work"}, set()),
    ("¿cómo cobro el seguro de desempleo? me despidieron", {"money", "work"}, set()),
    ("quanto tempo leva pra receber o seguro desemprego?", {"money"}, set()),
    ("paano kumuha ng unemployment benefits, wala na akong trabaho", {"money", "work"}, set()),
    ("I send money home to my parents every month but now I can't", {"family"}, set()),
    ("padala ko sa Pinas kulang na, di ko alam gagawin", {"family"}, set()),
    ("não consigo mais mandar dinheiro pro Brasil", {"family"}, set()),
    ("ya no puedo enviar dinero a mi país", {"family"}, set()),
    ("em không gửi tiền về nhà được nữa", {"family"}, set()),
    ("saya tidak bisa kirim uang ke kampung lagi", {"family"}, set()),
    ("anak ko nagkukulong lang sa kwarto buong araw", {"isolation", "family"}, {"housing"}),
    ("mi hija no sale de su cuarto para nada", {"isolation", "family"}, {"housing"}),
    ("평소에 누구랑도 얘기를 안 해요", {"isolation"}, set()),
    ("平时除了上班谁也不说话", {"isolation"}, set()),
    ("meu filho tem asma e a casa tem mofo", {"health", "family"}, set()),
    ("may hika ang anak ko, maraming amag sa bahay", {"health", "family"}, set()),
    ("con em bị hen suyễn, nhà bị mốc", {"health", "family"}, set()),
    ("아이가 천식이 있는데 집에 곰팡이가 많아요", {"health", "family"}, set()),
    ("孩子有哮喘，房间里都是霉", {"health", "family"}, set()),
    ("어머니가 치매 같아요", {"health", "family"}, set()),
    ("ขอวิธีสมัคร seikatsu hogo หน่อยค่ะ", {"money"}, set()),
    ("seikatsu hogo लाई के कागज चाहिन्छ", {"money"}, set()),
    ("yachin tiền nhà tháng này trả trễ được không", {"housing", "money"}, set()),
    ("zangyou nhiều quá mà lương thấp", {"work"}, set()),
    ("the gas got cut. I have a 2 month old at home", {"family"}, set()),
    ("my wife left and I have no family in Japan, no one to call", {"isolation"}, set()),
    ("wala akong pamilya dito sa Japan, mag-isa lang ako lagi", {"isolation"}, set()),
    ("jam berapa kantornya buka hari senin?", set(), {"work"}),
    ("perusahaannya bangkrut, visa saya gimana?", {"work"}, {"money"}),
    ("my company went bankrupt, what happens to my visa?", {"work"}, {"money"}),
    ("ตกงานแล้ว ร้านอาหารที่ทำอยู่ปิดตัว", {"work"}, {"money"}),
    ("cho em hoi van phong o dau a", set(), {"health"}),
])
def test_a_resident_who_tells_this_is_read_with_these_topics(classify, text, must, must_not):
    topics = set(classify(text).topics)
    assert must <= topics and not must_not & topics, (text, topics)


@pytest.mark.parametrize("text", [
    "sedih banget tinggal sendirian di sini, nggak punya teman",
    "nalulungkot ako, miss ko na pamilya ko at wala akong kaibigan dito",
    "buồn lắm, nhớ nhà mà không có ai để tâm sự",
    "me siento triste y sola, no tengo amigos aquí",
    "fico triste porque não tenho nenhum amigo aqui",
])
def test_sadness_told_with_loneliness_is_the_loneliness_not_health(classify, text):
    topics = set(classify(text).topics)
    assert "isolation" in topics and "health" not in topics, (text, topics)


@pytest.mark.parametrize("text", [
    "mấy hôm nay em buồn và mất ngủ",
    "sobrang sedih terus, tidak bisa tidur",
    "estoy muy triste desde el parto",
])
def test_sadness_alone_is_still_a_matter_of_health(classify, text):
    assert "health" in classify(text).topics, classify(text)
