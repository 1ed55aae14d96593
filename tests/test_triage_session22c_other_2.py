"""How the languages other than Japanese are read, by class (session 22c, continued): Japan's office words in the
resident's own script, money told by pay lower than others', put out of one's room and sitting in a public place, a
threat to kill if one leaves, a parent living alone far away, told to leave one's home today, charcoal bought with tape,
a pet given away with one's affairs in order. Every message here was written for these tests; the calm look-alikes
beside the crises must stay calm."""
import pytest

# --- 7. Japan's office words in the resident's script; money told by pay lower than others' ---------------------------


@pytest.mark.parametrize("lang, words, topic", [
    ("ne", "अर्बाइत खोज्दै छु, कहाँ सोध्ने?", "work"),
    ("ne", "हेलो वर्कमा कसरी दर्ता गर्ने?", "work"),
    ("my", "ဟယ်လိုဝေါ့ကို ဘယ်လိုသွားရမလဲ", "work"),
    ("th", "อยากไปฮาโลเวิร์คแต่พูดญี่ปุ่นไม่เก่ง", "work"),
    ("ko", "일자리가 안 구해져서 걱정이에요", "work"),
    ("es", "en la planta me pagan menos que a los demás por ser extranjera", "money"),
    ("pt", "na firma pagam menos que aos japoneses pelo mesmo serviço", "money"),
    ("tl", "wala akong maipadala sa pamilya ko ngayong buwan", "money"),
    ("zh", "工资比日本人低很多，不公平", "money"),
])
def test_office_words_and_pay_give_their_topic(classify, lang, words, topic):
    assert topic in classify(words, lang).topics


def test_a_bill_in_nepali_is_no_addiction(classify):
    assert "health" not in classify("पानीको बिल तिर्न ढिला भयो, के गर्ने?", "ne").topics


# --- 8. put out of one's room, now sitting in a public place (either order); a threat to kill if one leaves ------------


@pytest.mark.parametrize("lang, words", [
    ("en", "stuck at the station since 9, my roommate's boyfriend threw me out"),
    ("es", "me corrieron del cuarto y ahora estoy en la estación con mi maleta"),
    ("pt", "estou na praça com minhas malas, me despejaram hoje cedo"),
    ("tl", "pinaalis ako ng landlady, nandito ako ngayon sa istasyon"),
    ("id", "aku diusir pemilik kos, sekarang duduk di stasiun sendirian"),
    ("zh", "房东把我赶出来了，只能坐在公园里"),
    ("ne", "कोठाबाट निकालियो, अहिले स्टेसनमा बसेको छु"),
])
def test_put_out_and_sitting_in_a_public_place_is_raised(classify, lang, words):
    result = classify(words, lang)
    assert "no_shelter" in result.crisis or "no_shelter" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("en", "I'm at the station waiting for my cousin, where is the ward office?"),
    ("es", "estoy en el parque con mis hijos, ¿hay clases de japonés gratis?"),
    ("pt", "estou no parque com a família, tem evento grátis nesse domingo?"),
])
def test_a_public_place_without_being_put_out_is_calm(classify, lang, words):
    result = classify(words, lang)
    assert "no_shelter" not in result.crisis and "no_shelter" not in result.possible


@pytest.mark.parametrize("lang, words", [
    ("es", "mi pareja dice que si me voy con los niños me mata"),
    ("pt", "se eu denunciar ele me mata, foi o que ele disse"),
])
def test_a_threat_to_kill_if_one_leaves_is_violence(classify, lang, words):
    assert "violence" in classify(words, lang).crisis


# --- 9. a parent who lives alone far away is a worry about the family, not the resident's loneliness --------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "my dad lives alone back home and keeps falling, how can I help him from Japan?"),
    ("pt", "meu pai mora sozinho em Goiânia e está doente"),
    ("id", "bapak saya tinggal sendirian di desa, sering sakit"),
    ("vi", "bố em sống một mình ở quê, hay bị ốm"),
    ("ko", "아버지가 고향에서 혼자 사세요. 자주 아프세요"),
    ("zh", "我爸一个人住在农村，身体不好"),
])
def test_a_parent_living_alone_is_no_loneliness_of_ones_own(classify, lang, words):
    result = classify(words, lang)
    assert "isolation" not in result.topics and "family" in result.topics


@pytest.mark.parametrize("lang, words", [
    ("en", "I live alone and nobody ever talks to me"),
    ("pt", "moro sozinho aqui e não tenho amigos"),
    ("vi", "em sống một mình ở Nhật, không có bạn"),
    ("ko", "혼자 살아서 너무 외로워요"),
])
def test_living_alone_oneself_stays_loneliness(classify, lang, words):
    assert "isolation" in classify(words, lang).topics


def test_rent_unpaid_and_driven_out_is_eviction_not_dismissal(classify):
    topics = classify("ถ้าจ่ายค่าเช่าไม่ได้จะโดนไล่ออกไหมคะ", "th").topics
    assert "housing" in topics and "work" not in topics


# --- 10. told to leave one's home today, and a utility named in Japanese cut in the resident's words ----------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "couldn't pay the yachin, the ooyasan says I have to leave tonight"),
    ("pt", "atrasei o 家賃 e agora tenho que sair do apartamento hoje"),
    ("vi", "em nợ 家賃 hai tháng, 大家 bắt em dọn đi hôm nay"),
    ("id", "telat bayar kos, disuruh keluar hari ini juga"),
    ("ko", "월세가 밀려서 집주인이 오늘 나가래요"),
    ("zh", "房租没交，房东让我今天搬走"),
])
def test_told_to_leave_home_today_is_raised(classify, lang, words):
    result = classify(words, lang)
    assert "no_shelter" in result.crisis or "no_shelter" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("es", "mi jefe dijo que me vaya hoy temprano a casa, ¿puedo pedir el 有給?"),
    ("pt", "o chefe mandou eu sair hoje mais cedo, isso é normal?"),
    ("en", "I have to leave tonight for Osaka for work, are you open tomorrow?"),
    ("ko", "오늘 나가라고 해서 일찍 퇴근했어요. 월급이 깎이나요?"),
])
def test_leaving_work_early_or_a_trip_is_no_night_outside(classify, lang, words):
    result = classify(words, lang)
    assert "no_shelter" not in result.crisis and "no_shelter" not in result.possible


@pytest.mark.parametrize("lang, words", [
    ("en", "the 電気 got cut off an hour ago and it's freezing"),
    ("es", "hoy me cortaron el 電気, estamos a oscuras"),
    ("ko", "아침에 ガス 끊겼어요. 애들 씻길 물도 차가워요"),
])
def test_a_utility_named_in_japanese_and_cut_is_a_cut(classify, lang, words):
    assert "lifeline" in classify(words, lang).crisis


# --- 11. charcoal bought with tape; a pet given away and one's affairs set in order ----------------------------------


@pytest.mark.parametrize("lang, words", [
    ("en", "got some charcoal and duct tape from the home centre. tonight's the night"),
    ("pt", "comprei carvão e fita adesiva, ninguém vai sentir falta"),
    ("vi", "toi nay em mua than va bang keo roi"),
    ("zh", "在网上买了炭和胶带"),
    ("id", "udah beli arang dan lakban"),
    ("es", "compré el carbón y cinta adhesiva, están en el cuarto"),
])
def test_charcoal_with_tape_is_a_means_at_hand(classify, lang, words):
    assert "suicide" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("en", "gave away my dog to a neighbour and said goodbye to my coworkers"),
    ("pt", "doei meu cachorro e organizei tudo no quarto"),
    ("es", "le di mi perrito a mi vecina, ya está todo listo"),
    ("zh", "把我的狗托付给邻居了，房间也整理好了"),
])
def test_a_pet_given_away_and_affairs_in_order_are_asked_about(classify, lang, words):
    result = classify(words, lang)
    assert "suicide" in result.crisis or "suicide" in result.possible


@pytest.mark.parametrize("lang, words", [
    ("pt", "comprei carvão pro churrasco de domingo, alguém quer vir?"),
    ("en", "we need charcoal for the bbq and tape for the banners at the festival"),
    ("en", "I gave my cat to my sister because the new flat bans pets. Any cheap movers?"),
])
def test_a_barbecue_or_a_move_is_no_sign(classify, lang, words):
    result = classify(words, lang)
    assert "suicide" not in result.crisis and "suicide" not in result.possible


# --- 12. calm look-alikes of the classes above: water at the gym, an empty fridge before a trip, a neighbour's door ----


@pytest.mark.parametrize("lang, words", [
    ("pt", "no treino só bebi água, alguém sabe de academia barata?"),
    ("vi", "bác sĩ dặn trước khi xét nghiệm máu chỉ uống nước thôi, mấy giờ phòng khám mở?"),
    ("zh", "冰箱空了，明天去超市买菜"),
    ("ko", "냉장고가 비었어요. 내일 장 보러 가요"),
    ("pt", "a geladeira tá vazia porque vamos viajar amanhã"),
    ("en", "only tea left in the office kitchen, who buys more?"),
])
def test_water_at_the_gym_or_an_empty_fridge_before_shopping_is_no_hunger(classify, lang, words):
    assert "no_food" not in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("zh", "邻居家天天砸门吵架，好吵，能投诉吗"),
    ("ko", "윗집이 밤마다 문을 쾅쾅 닫아요. 어디에 말해야 하나요"),
])
def test_a_neighbours_noise_is_no_violence(classify, lang, words):
    assert "violence" not in classify(words, lang).crisis
