"""Crisis wordings of the other languages, by class: each class is written the same way in several languages, and the
calm messages that share its words are not raised. Every message here was written for these tests."""
import pytest


def raised(result):
    return set(result.crisis) | set(result.possible)


# --- suicide ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    # the family better off if I did not exist
    ("pt", "se eu não existisse, meus filhos viveriam melhor"),
    ("es", "si yo no existiera todo sería más fácil para ellos"),
    ("ko", "내가 없으면 엄마가 더 편할 거야"),
    ("my", "ကျွန်တော် မရှိရင် အမေ ပိုကောင်းမယ်"),
    ("tl", "kung wala na ako, hindi na sila mahihirapan"),
    ("th", "ถ้าไม่มีฉัน ครอบครัวคงสบายกว่านี้"),
    ("zh", "如果我不在了，爸妈会轻松很多"),
    # not wanting to open one's eyes or wake again
    ("es", "ya no quiero despertar nunca"),
    ("id", "rasanya tidak ingin bangun lagi"),
    ("vi", "em không muốn tỉnh dậy nữa"),
    ("ko", "아침에 눈을 뜨고 싶지 않아"),
    ("zh", "真的不想再醒来了"),
    ("th", "ไม่อยากตื่นขึ้นมาอีกแล้ว"),
    ("ne", "बिहान आँखा खोल्न मन छैन"),
    # searching a painless way to die
    ("id", "saya cari cara mati tanpa rasa sakit"),
    ("ko", "고통 없이 죽는 방법이 있을까"),
    ("zh", "我在查无痛的死法"),
    ("th", "หาวิธีตายแบบไม่เจ็บ"),
    ("vi", "em đang tìm cách chết không đau"),
    ("es", "busco cómo morir sin dolor"),
    ("my", "မနာဘဲ သေလို့ရမလား"),
    # living is pointless, said by the resident or of a spouse
    ("es", "mi pareja repite que vivir no vale la pena"),
    ("pt", "a vida não vale a pena pra mim"),
    ("id", "rasanya hidup tidak ada artinya lagi"),
    ("vi", "anh ấy cứ bảo sống chẳng có ý nghĩa gì"),
    ("tl", "walang saysay ang buhay ko"),
    # cannot go on living, not wanting to live
    ("id", "aku sudah tidak kuat lagi hidup begini"),
    ("ne-latn", "aba ma bachna chahanna"),
    ("en", "goodbye everyone, sorry for everything"),
])
def test_a_wish_to_die_said_by_its_class_is_raised(classify, lang, words):
    assert "suicide" in raised(classify(words, lang))


@pytest.mark.parametrize("lang, words", [
    ("my", "ပိုက်ဆံ မရှိရင် ဆေးဖိုး သက်သာမလား"),          # if one has no money, is the fee lower?
    ("tl", "kung wala ako sa bahay, sino magbabantay sa anak ko?"),
    ("ko", "내가 없을 때 택배 좀 받아 줄 수 있어?"),
    ("es", "el trámite no vale la pena, es muy caro"),
    ("vi", "em chưa có chỗ đi làm, muốn tìm việc"),
])
def test_calm_words_near_those_classes_are_not_raised(classify, lang, words):
    assert not {"suicide", "no_shelter"} & raised(classify(words, lang))


# --- no place tonight -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("en", "I've been sleeping at a laundromat for three nights"),
    ("es", "llevo dos noches durmiendo en una lavandería"),
    ("pt", "tô dormindo na lavanderia do bairro"),
    ("vi", "mấy hôm nay em ngủ ở tiệm giặt"),
    ("id", "sudah dua malam tidur di laundry koin"),
    ("ko", "요즘 빨래방에서 자고 있어요"),
    ("th", "สองคืนแล้วที่นอนร้านซักผ้า"),
    ("tl", "natutulog ako sa laundromat ngayon"),
    ("my", "ဘူတာရုံမှာ နှစ်ည အိပ်ခဲ့တယ်"),
    # put out today with nowhere to go
    ("th", "โดนไล่ออกจากห้องวันนี้ ไม่รู้จะไปไหน"),
    ("vi", "em bị đuổi khỏi phòng, chưa có chỗ đi"),
    ("ne", "घरबेटीले निकाल्यो, कहाँ जाने थाहा छैन"),
    ("id", "saya diusir dari kos, tidak tahu mau ke mana"),
])
def test_nights_in_a_shop_or_a_station_or_put_out_with_nowhere_to_go_is_no_place_tonight(classify, lang, words):
    assert "no_shelter" in raised(classify(words, lang))


@pytest.mark.parametrize("lang, words", [
    ("en", "I do my washing at the laundromat near the station"),
    ("es", "fui a la lavandería a lavar las sábanas"),
    ("ko", "빨래방에서 빨래했어요"),
    ("th", "ไปร้านซักผ้ามา"),
    ("id", "kontrak kos habis, bulan depan belum tahu tinggal di mana"),
])
def test_a_laundromat_used_or_a_move_weeks_away_is_no_crisis(classify, lang, words):
    assert "no_shelter" not in raised(classify(words, lang))


# --- no food, cuts -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("zh", "冰箱里没有任何吃的了"),
    ("th", "ในห้องไม่มีอะไรจะกินเลย"),
    ("my", "အိမ်မှာ စားစရာ မရှိတော့ဘူး"),
    ("ne-latn", "kotha ma khana baki chaina"),
])
def test_nothing_left_to_eat_is_no_food(classify, lang, words):
    assert "no_food" in raised(classify(words, lang))


@pytest.mark.parametrize("lang, words", [
    ("th", "การไฟฟ้าบอกว่าจะตัดพรุ่งนี้"),
    ("my", "လျှပ်စစ်ဌာနက မနက်ဖြန် ဖြတ်မယ်တဲ့"),
    ("ne", "बिजुली प्राधिकरणले भोलि काट्छ रे"),
])
def test_the_utility_company_cutting_within_days_is_a_cut(classify, lang, words):
    assert "lifeline" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("id", "tagihan gas belum dibayar, katanya diputus tanggal 15 februari"),
    ("pt", "avisaram que vão cortar a água no dia 3 de março"),
    ("zh", "通知说2月10日会停电"),
    ("ko", "2월 10일에 가스 끊는대요"),
    ("tl", "puputulan daw kami ng kuryente sa marso 5"),
])
def test_a_cut_set_for_a_named_date_weeks_away_is_a_bill_not_a_crisis(classify, lang, words):
    assert "lifeline" not in classify(words, lang).crisis


# --- said not to be theirs, or over ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("es", "no pasamos hambre, pero ¿dónde dan donaciones de comida?"),
    ("pt", "não estamos passando fome, só quero saber da doação de alimentos"),
    ("id", "kami tidak kelaparan, cuma tanya bantuan beras"),
    ("th", "ไม่ได้อดอยากค่ะ อยากถามเรื่องแจกอาหาร"),
    ("ne", "हामी भोकै छैनौं, चामल दानबारे सोध्न मात्र"),
    ("tl", "hindi naman ako nagugutom, tanong lang sa libreng bigas"),
])
def test_hunger_said_not_to_be_theirs_asking_of_a_food_donation_is_money_not_a_crisis(classify, lang, words):
    result = classify(words, lang)
    assert "no_food" not in raised(result) and "money" in result.topics


@pytest.mark.parametrize("lang, words", [
    ("es", "llevo dos días sin comer, ¿hay donaciones de comida?"),
    ("id", "sudah dua hari tidak makan, ada bantuan beras?"),
    ("en", "I have had nothing to eat since Monday, is there a food donation near me?"),
])
def test_real_hunger_with_a_food_donation_question_stays_a_crisis(classify, lang, words):
    assert "no_food" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("es", "no me quiero matar, solo pregunto por los papeles"),
    ("pt", "não vou me matar, calma, só quero saber do visto"),
    ("ne", "आत्महत्या गर्ने सोचेको छैन, भिसाबारे सोध्न चाहेको"),
])
def test_a_wish_to_die_denied_in_its_own_words_is_not_certain(classify, lang, words):
    assert "suicide" not in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("id", "air sempat diputus kemarin, sudah dibayar dan sekarang mengalir lagi"),
    ("tl", "pinutulan kami ng tubig kahapon pero nagbayad na kami"),
])
def test_a_cut_paid_and_back_on_is_over(classify, lang, words):
    assert "lifeline" not in classify(words, lang).crisis


def test_a_cut_not_back_on_yet_is_still_a_cut(classify):
    assert "lifeline" in classify("listrik diputus kemarin, sampai sekarang belum nyala lagi", "id").crisis


@pytest.mark.parametrize("lang, words", [
    ("my", "ကျွန်မ မသေချင်ပါဘူး၊ အလုပ်ပဲ ရှာချင်တယ်"),
    ("ne-latn", "marna man lageko haina, paisa chahiyo"),
    ("ne", "मर्ने सोच पनि छैन, भिसा मात्र सोध्न"),
    ("id", "apakah ada layanan kdrt dalam bahasa Indonesia?"),
])
def test_a_crisis_word_negated_in_its_own_grammar_or_named_as_a_service_is_not_certain(classify, lang, words):
    assert not {"suicide", "violence"} & set(classify(words, lang).crisis)


@pytest.mark.parametrize("lang, words, sign", [
    ("my", "ကျွန်မ သေချင်တယ်", "suicide"),
    ("ne-latn", "marna man lageko cha", "suicide"),
    ("id", "suami saya kdrt, ada layanan kdrt?", "violence"),
])
def test_the_same_words_said_plainly_stay_a_crisis(classify, lang, words, sign):
    assert sign in classify(words, lang).crisis
