"""How the other languages are read, by class: Japan's office words inside them, a cut due weeks away or another
household's, violence read of in the news, no place tonight said as "I don't know where to sleep", a spouse's work.
Every message here was written for these tests."""
import pytest

from dialogs.triage.implications import load
from dialogs.triage.lexicon.spec import LexiconError
from dialogs.triage.office_words import OfficeWords, japanese_runs, romaji_form

# --- 1. Japanese words inside another language -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, words, topics", [
    ("es", "¿dónde puedo pedir el 児童手当 para mi hija?", {"family", "money"}),
    ("pt", "queria saber como funciona o 国民健康保険 aqui", {"health", "money"}),
    ("vi", "cho em hỏi về 失業保険 với ạ", {"work", "money"}),
    ("th", "อยากถามเรื่อง 生活保護 ค่ะ", {"money"}),
    ("tl", "paano mag-apply ng 給付金 po?", {"money"}),
    ("en", "my 大家 keeps calling me", {"housing"}),
    ("id", "saya mau tanya soal 家賃 bulan ini", {"housing", "money"}),
    ("ne", "मलाई 残業 धेरै छ", {"work"}),
    ("my", "出産一時金 အကြောင်း မေးချင်ပါတယ်", {"family", "money"}),
])
def test_an_office_word_in_japanese_letters_gives_its_topics_in_another_language(classify, lang, words, topics):
    assert topics <= set(classify(words, lang).topics)


@pytest.mark.parametrize("lang, words, topics", [
    ("en", "is kokuho cheaper if I earn less?", {"health", "money"}),
    ("es", "cómo se pide el seikatsu hogo", {"money"}),
    ("pt", "quero pedir seikatsuhogo", {"money"}),
    ("tl", "magkano ang kyuuryou dito?", {"work", "money"}),
    ("id", "saya ke fudousan tapi ditolak", {"housing"}),
    ("vi", "em làm haken ở nhà máy", {"work"}),
])
def test_an_office_word_in_romaji_gives_its_topics_with_long_vowels_folded(classify, lang, words, topics):
    assert topics <= set(classify(words, lang).topics)


@pytest.mark.parametrize("lang, words", [
    ("es", "mi vecino dice 死にたい en broma, a qué hora abren?"),
    ("en", "what does 殴る mean in english?"),
    ("vi", "chữ 餓死 đọc thế nào ạ"),
])
def test_a_crisis_word_in_japanese_inside_another_language_is_no_crisis(classify, lang, words):
    assert "suicide" not in classify(words, lang).crisis and "violence" not in classify(words, lang).crisis


def test_a_chinese_message_is_read_by_its_own_keywords_not_as_japanese(classify):
    assert "housing" not in classify("大家好，请问几点开门？", "zh").topics  # 大家 is "everyone" in Chinese


def test_romaji_is_folded_and_japanese_runs_are_found():
    assert romaji_form("Kyūryō") == romaji_form("kyuuryou") == "kyuryo"
    assert japanese_runs("quiero el 児童手当 y el ー") == ["児童手当"]
    words = OfficeWords({"国保": ("health", "money"), "seikatsu hogo": ("money",)})
    assert words.topics("el 国保 es caro", lambda run: ()) == {"health", "money"}
    assert words.topics("pedir seikatsu-hogo", lambda run: ()) == {"money"}
    assert words.topics("hogo seikatsu", lambda run: ()) == set()


def test_an_office_word_must_name_topics(tmp_path):
    (tmp_path / "_shared.yaml").write_text("office_words:\n  kokuho: [health, suicide]\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load(tmp_path)
    assert "'suicide' is not a topic label" in str(caught.value.problems[0])


def test_the_shipped_office_words_load():
    assert load("dialogs/keywords").office_words["kokuho"] == ("health", "money")


# --- 2. a cut weeks away, or another household's -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("en", "the water company says they will cut the water next month unless I pay, can I split it?"),
    ("es", "me van a cortar la luz el mes que viene si no pago, ¿puedo pagar en partes?"),
    ("pt", "o aviso diz que vão cortar o gás no mês que vem"),
    ("vi", "tháng sau không đóng tiền thì cắt điện, em trả góp được không"),
    ("zh", "通知说下个月会停水，可以分期付吗"),
    ("ko", "다음 달에 가스가 끊긴대요. 나눠서 낼 수 있나요?"),
    ("id", "listrik akan diputus bulan depan kalau belum bayar"),
    ("th", "ไฟจะถูกตัดเดือนหน้าถ้าไม่จ่าย"),
    ("my", "နောက်လ ရေဖြတ်မယ်လို့ စာရောက်တယ်"),
])
def test_a_cut_announced_for_weeks_away_is_a_bill_not_todays_crisis(classify, lang, words):
    result = classify(words, lang)
    assert "lifeline" not in result.crisis and "money" in result.topics


@pytest.mark.parametrize("lang, words", [
    ("en", "they will cut my power tomorrow, and my pay only comes next month"),
    ("es", "me van a cortar el gas mañana y cobro el mes que viene"),
    ("zh", "明天就停电了，工资下个月才发"),
    ("id", "listrik akan diputus besok, gaji baru bulan depan"),
    ("pt", "a companhia de luz vai cortar a luz hoje se eu não pagar"),
])
def test_a_cut_due_today_or_tomorrow_stays_a_crisis_whatever_later_day_is_named(classify, lang, words):
    assert "lifeline" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("tl", "yung kapitbahay ko pinutulan ng tubig kahapon, paano kaya yun maiiwasan"),
    ("es", "a mi vecina le cortaron la luz, ¿cómo se evita eso?"),
    ("zh", "听说有人因为没交电费被停电了，我有点担心"),
    ("vi", "hàng xóm em bị cắt nước tuần rồi, em lo quá"),
    ("en", "my neighbour's power was cut off last week, how do I avoid that?"),
])
def test_another_households_cut_is_not_the_residents_crisis(classify, lang, words):
    assert "lifeline" not in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("es", "me cortaron la luz hoy y no tengo dinero"), ("tl", "naputulan kami ng kuryente ngayon"),
    ("id", "listrik di kos saya dimatiin tadi pagi"), ("zh", "我家今天被停水了"),
])
def test_the_residents_own_cut_stays_a_crisis(classify, lang, words):
    assert "lifeline" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("zh", "如果会停电怎么办"), ("en", "what happens if they are going to cut the gas?"), ("es", "¿qué pasa si me cortan la luz?"),
])
def test_a_bare_condition_on_a_cut_stays_a_worry(classify, lang, words):
    assert "lifeline" not in classify(words, lang).crisis


# --- 3. violence read of in the news -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("vi", "em đọc báo thấy có người bị đánh ở xưởng, công ty em thì bình thường, cho em hỏi về visa"),
    ("th", "ดูข่าวคนงานโดนหัวหน้าทำร้าย ที่ทำงานหนูปกติดีค่ะ อยากถามเรื่องวีซ่า"),
    ("my", "သတင်းထဲမှာ အရိုက်ခံရတဲ့ အလုပ်သမား ကြည့်ရတယ်။ ကျွန်မကတော့ အဆင်ပြေပါတယ်"),
])
def test_violence_read_of_in_the_news_with_the_resident_fine_is_not_theirs(classify, lang, words):
    assert "violence" not in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("vi", "chồng em đánh em tối qua"), ("th", "แฟนทำร้ายหนูเมื่อคืน"), ("my", "ယောက်ျားက ကျွန်မကို ရိုက်တယ်"),
])
def test_violence_told_as_the_residents_own_stays_violence(classify, lang, words):
    assert "violence" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words, kind", [
    ("vi", "em xem tin xong, chồng em lại đánh em", "violence"),
    ("en", "saw the news about it, and tonight my husband hit me again", "violence"),
    ("pt", "vi no jornal e agora eu também quero morrer", "suicide"),
])
def test_the_residents_own_crisis_told_after_the_news_is_still_read(classify, lang, words, kind):
    result = classify(words, lang)
    assert kind in set(result.crisis) | set(result.possible)


@pytest.mark.parametrize("lang, words", [
    ("id", "tagihan air numpuk, tapi belum ada surat pemutusan"), ("ne", "बिजुलीको महसुल बाँकी छ, काट्ने सूचना आएको छैन"),
    ("es", "debo la luz, pero no hay aviso de corte todavía"), ("vi", "em nợ tiền điện nhưng chưa có thông báo cắt"),
])
def test_a_bill_behind_without_a_cut_notice_is_money_not_a_cut(classify, lang, words):
    result = classify(words, lang)
    assert "lifeline" not in result.crisis and "money" in result.topics


@pytest.mark.parametrize("lang, words", [
    ("id", "listrik sudah diputus tadi, tidak ada surat pemutusan sama sekali"), ("ne", "बिजुली काटियो, सूचना आएन"),
])
def test_a_cut_done_without_notice_is_still_a_cut(classify, lang, words):
    assert "lifeline" in classify(words, lang).crisis


def test_a_domestic_violence_film_written_in_portuguese_is_read_as_portuguese_and_no_crisis(classify):
    result = classify("assisti um filme sobre violência doméstica, no Japão quem se separa perde o visto?", "pt")
    assert result.lang == "pt" and "violence" not in result.crisis
