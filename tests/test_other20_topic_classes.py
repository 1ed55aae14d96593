"""Topic classes of the other languages (session 20), each written in several languages: a rent guarantee company, just
off work, a stalker at the workplace, a job found now, caring for a parent alone, a neighbour's eviction, the home named
as where a cut is, household size, furniture, a salary too small to send home, relatives in romanised Nepali, Portuguese
full of romaji. Every message here was written for these tests."""
import pytest


@pytest.mark.parametrize("lang, words", [
    ("ko", "월세가 두 달 밀려서 보증회사에서 독촉 전화가 와요"),
    ("en", "the guarantor company keeps calling about my late rent"),
    ("es", "la empresa de garantía me llama por la renta atrasada"),
    ("pt", "a empresa de garantia cobra o aluguel atrasado"),
    ("vi", "công ty bảo lãnh gọi em đòi tiền nhà"),
    ("zh", "房租晚交了，担保公司一直打电话"),
    ("th", "บริษัทค้ำประกันโทรมาทวงค่าเช่าทุกวัน"),
])
def test_a_rent_guarantee_company_is_housing_not_work(classify, lang, words):
    topics = classify(words, lang).topics
    assert "housing" in topics and "work" not in topics


@pytest.mark.parametrize("lang, words", [
    ("th", "เพิ่งเลิกงาน ศูนย์ปิดกี่โมงคะ"),
    ("en", "just got off work, are you open on saturdays?"),
    ("es", "acabo de salir del trabajo, ¿a qué hora cierran?"),
    ("id", "baru pulang kerja, kantornya buka sampai jam berapa?"),
    ("vi", "em vừa tan làm, trung tâm mở cửa đến mấy giờ ạ?"),
    ("zh", "刚下班，你们几点关门？"),
    ("ko", "방금 퇴근했어요. 센터 몇 시까지 해요?"),
])
def test_just_off_work_asking_the_hours_is_no_work_topic(classify, lang, words):
    assert "work" not in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("es", "mi exnovio me espera afuera de mi trabajo y me amenaza con matarme"),
    ("en", "my ex follows me to work every day and said he will kill me"),
    ("pt", "meu ex me segue até o trabalho e disse que vai me matar"),
    ("zh", "前夫天天跟到公司，说要杀了我"),
    ("ko", "전 남편이 회사까지 따라와서 죽이겠다고 해요"),
])
def test_a_stalker_at_the_workplace_is_violence_not_work(classify, lang, words):
    result = classify(words, lang)
    assert "violence" in result.crisis and "work" not in result.topics


@pytest.mark.parametrize("lang, words", [
    ("pt", "meu pai tem Alzheimer e cuido dele sozinha, estou exausta"),
    ("es", "mi papá tiene demencia y lo cuido yo sola"),
    ("en", "my mother has dementia and I take care of her alone"),
    ("zh", "我婆婆瘫痪了，我一个人照顾她"),
    ("ko", "시어머니가 치매라서 혼자 돌보고 있어요"),
    ("vi", "mẹ em bị tai biến, em một mình chăm sóc mẹ"),
    ("id", "ibu saya stroke, saya merawat ibu sendirian"),
])
def test_caring_for_a_parent_alone_is_family_and_health_not_loneliness(classify, lang, words):
    topics = set(classify(words, lang).topics)
    assert {"family", "health"} <= topics and "isolation" not in topics


@pytest.mark.parametrize("lang, words", [
    ("pt", "a minha vizinha foi despejada ontem, fiquei assustada. como peço o seikatsu hogo?"),
    ("es", "a mi vecino lo desalojaron la semana pasada, me da miedo"),
    ("en", "my neighbor got evicted last week. how do I apply for seikatsu hogo?"),
    ("vi", "hàng xóm em bị đuổi khỏi nhà tuần trước, em sợ quá"),
])
def test_a_neighbours_eviction_is_no_housing_of_the_residents(classify, lang, words):
    topics = classify(words, lang).topics
    assert "housing" not in topics and "work" not in topics


@pytest.mark.parametrize("lang, words", [
    ("id", "listrik di apartemen saya diputus kemarin, gelap banget"),
    ("tl", "pinutol ang tubig namin, wala kaming maligo dito sa bahay"),
])
def test_the_home_named_as_where_the_cut_is_is_no_housing(classify, lang, words):
    result = classify(words, lang)
    assert "lifeline" in result.crisis and "housing" not in result.topics


@pytest.mark.parametrize("lang, words", [
    ("es", "la renta subió y no nos alcanza, somos 4 en un cuarto"),
    ("pt", "o aluguel aumentou, somos 5 num apartamento pequeno"),
    ("en", "rent went up again, we're a family of five in a 1K"),
    ("id", "sewa naik terus, kami berlima di satu kamar"),
    ("zh", "房租涨了，一家四口挤在一个小房间"),
    ("ko", "월세가 올랐는데 네 식구가 원룸에 살아요"),
])
def test_the_size_of_the_household_is_family(classify, lang, words):
    assert {"family", "housing"} <= set(classify(words, lang).topics)


@pytest.mark.parametrize("lang, words", [
    ("ko", "예전엔 PC방에서 지냈는데 이제 방을 구했어요. 냉장고나 가구 지원 있나요?"),
    ("en", "I finally got a small apartment but I have no furniture, is there any support?"),
    ("es", "ya conseguí un cuarto pero no tengo muebles, ¿hay apoyo?"),
    ("zh", "终于租到房子了，但是没有家具，有补助吗？"),
])
def test_furniture_for_a_new_home_is_housing_and_no_crisis(classify, lang, words):
    result = classify(words, lang)
    assert "housing" in result.topics and not result.crisis


@pytest.mark.parametrize("lang, words", [
    ("en", "my salary is too low to send money to my family"),
    ("es", "mi sueldo no alcanza para mandar dinero a mi familia"),
    ("tl", "kulang ang sahod ko para magpadala sa pamilya"),
    ("ko", "월급이 적어서 가족에게 돈을 못 보내요"),
    ("th", "เงินเดือนน้อย ไม่พอส่งเงินให้ครอบครัว"),
    ("tl", "naputol ang kuryente, wala pang sahod si mister"),
])
def test_a_salary_too_small_or_not_yet_paid_out_is_money_not_work(classify, lang, words):
    topics = classify(words, lang).topics
    assert "money" in topics and "work" not in topics


@pytest.mark.parametrize("lang, words", [
    ("tl", "hindi binabayaran ng amo ang sahod ko"),
    ("id", "perusahaan tidak bayar gaji saya 2 bulan"),
])
def test_wages_withheld_stay_work(classify, lang, words):
    assert {"work", "money"} <= set(classify(words, lang).topics)


@pytest.mark.parametrize("lang, words", [
    ("es", "hace años dormía en la calle, ya tengo cuarto, quiero ayuda para buscar un shigoto"),
    ("pt", "já consegui apartamento, quero ajuda pra achar emprego"),
])
def test_a_want_of_help_after_a_settled_home_is_its_own_topic(classify, lang, words):
    assert "work" in classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [
    ("id", "suami masuk rumah sakit, saya bingung biayanya"),
    ("id", "mau tanya cara menabung untuk anak"),
])
def test_indonesian_costs_and_savings_are_money(classify, lang, words):
    assert "money" in classify(words, lang).topics


def test_a_grandparent_who_passed_away_in_romanised_nepali_is_family(classify):
    assert "family" in classify("gaun ma hajurbuwa bitnu bhayo, ghar jana paisa chaina", "ne").topics


def test_ko_pain_is_not_read_inside_the_word_apartment(classify):
    assert "health" not in classify("아파트 월세가 밀렸어요", "ko").topics


def test_portuguese_full_of_romaji_is_read_as_portuguese(classify):
    assert classify("a fabrica vai fechar no fim do mes, preciso achar outro servico e apato").lang == "pt"


@pytest.mark.parametrize("lang, words, topics", [
    ("en", "the kaisha is closing my shataku next month", {"housing", "work"}),
    ("vi", "em bị thương ở koujou, phải đi byouin", {"health", "work"}),
    ("vi", "em muốn tìm shigoto mới", {"work"}),
    ("th", "บริษัทจะปิด shataku สิ้นเดือน", {"housing", "work"}),
])
def test_the_company_its_housing_and_the_factory_in_romaji_are_work_and_housing(classify, lang, words, topics):
    assert topics <= set(classify(words, lang).topics)


@pytest.mark.parametrize("lang, words, unwanted", [
    ("pt", "to morrendo de fome kkk sai do zangyou agora, amanha posso ir no shiyakusho?", "work"),
    ("tl", "dati wala akong makain pero ngayon okay na, may trabaho na ako sa koujou", "work"),
    ("en", "the hoshou kaisha keeps calling about my rent", "work"),
])
def test_an_office_word_gives_no_topic_the_residents_words_settle(classify, lang, words, unwanted):
    assert unwanted not in classify(words, lang).topics


def test_romanised_nepali_about_the_company_housing_is_nepali(classify):
    assert classify("kaisha le shataku banda garchha re").lang == "ne"
