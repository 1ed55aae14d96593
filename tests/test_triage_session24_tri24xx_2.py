"""Session 24 (issue 18, part 2): crises other than suicide told indirectly in the languages other than Japanese — nights
told by the place slept, the last food gone, a fast denied, violence told by what was done or by the fear of going
home, a cut told by the darkness — and Taglish or unspaced wordings; their calm look-alikes stay calm."""

import pytest


def _raised(result, kind):
    return kind in result.crisis or kind in result.possible


def _calm(result):
    return not result.crisis and not result.possible


# nights told by the place slept: a net cafe, McDonald's, a bench, a friend's car (the gentle question), put out today
@pytest.mark.parametrize("text, kind", [
    ("最近都在网吧过夜，身上没钱了", "no_shelter"),
    ("오늘은 맥도날드에서 버텨야 할 것 같아요", "no_shelter"),
    ("dui raat dekhi bench ma sutdai chhu", "no_shelter"),
    ("ခုံတန်းပေါ်မှာ အိပ်နေရတာ နှစ်ညရှိပြီ", "no_shelter"),
    ("they told me to leave the dorm today and I have nowhere", "no_shelter"),
    ("I'm sitting at Osaka station with my suitcases, the company took back the room", "no_shelter"),
    ("o proprietário mandou a gente sair hoje, estamos na rua", "no_shelter"),
    ("bị chủ nhà đuổi ra hôm nay, đồ đạc vứt hết ra ngoài", "no_shelter"),
    ("saya diusir dari kos hari ini, barang-barang saya di luar", "no_shelter"),
    ("durmiendo en el coche con mis hijos desde el viernes", "no_shelter"),
    ("นอนในรถเพื่อนมาสามคืนแล้ว", "no_shelter"),
    ("a empreiteira falou que tenho que sair do alojamento hoje", "no_shelter"),
    ("기숙사에서 오늘 당장 나가라고 해서 짐 들고 역에 있어요", "no_shelter"),
    ("llevo tres noches durmiendo en una banca del parque", "no_shelter"),
    ("ba đêm rồi em ngủ trên ghế đá công viên", "no_shelter"),
    ("공원 벤치에서 사흘째 자고 있어요", "no_shelter"),
    ("my friend let me stay on his couch but he kicked me out today", "no_shelter"),
])
def test_nights_told_by_the_place_slept(classify, text, kind):
    assert _raised(classify(text), kind)


# the last food gone, or counted by the day it was eaten
@pytest.mark.parametrize("text", [
    "the last thing I ate was a banana on Monday",
    "o último pacote de miojo acabou ontem",
    "冰箱空了，最后一包方便面也吃完了",
    "오늘 먹은 것도 없고 돈도 없어요",
    "นมผงหมดแล้ว ลูกหิวร้องไห้ทั้งคืน",
    "ubos na yung huling noodles namin kahapon pa",
    "mie instan terakhir sudah habis kemarin",
    "gói mì cuối cùng đã ăn hết từ hôm qua",
    "마지막 라면도 어제 다 먹었어요",
    "最后一点吃的也没了，孩子饿得直哭",
    "अन्तिम चाउचाउ पनि हिजो सकियो, घरमा केही छैन",
    "小孩一直喊饿，家里啥都没有了",
    "ลูกร้องหิว ในห้องไม่มีอะไรให้กินเลย",
])
def test_the_last_food_gone(classify, text):
    assert _raised(classify(text), "no_food")


# a fast or a diet said NOT to be one does not explain days without food away
@pytest.mark.parametrize("text", [
    "sudah tiga hari belum makan, bukan puasa, uang habis",
    "haven't eaten since Friday, I'm not fasting, just broke",
])
def test_a_fast_denied_explains_no_hunger_away(classify, text):
    assert _raised(classify(text), "no_food")


# violence told by what was done: a man entering one's room at night, touching, being locked in, hit with a polite
# pronoun, threats
@pytest.mark.parametrize("text", [
    "宿舍管理员半夜进我房间，我不敢反抗",
    "사장님이 자꾸 몸을 만지고 신고하면 가만 안 둔대요",
    "anak pemilik kos masuk kamar saya tengah malam",
    "ông chủ vào phòng em lúc nửa đêm, em không dám về phòng nữa",
    "ลูกชายเจ้าของหอเข้ามาในห้องตอนกลางคืน",
    "แฟนเมาแล้วชอบต่อยผม",
    "kinulong niya ako sa kwarto buong araw",
    "boyfriend le kotha ma thunidiyo",
    "साहुले पैसा नतिरे खत्तम गर्छु भन्यो",
    "ညဘက် အခန်းထဲ ဝင်လာပြီး ပြောရင် ပြည်ပြန်ပို့မယ်တဲ့",
    "vi a mi vecinito con el ojo morado otra vez",
    "el hijo del dueño entra a mi cuarto en la noche, tengo miedo",
    "o filho do patrão entra no meu quarto de noite",
    "pumapasok sa kwarto ko yung anak ng amo tuwing gabi",
    "o encarregado fica passando a mão em mim",
    "hinihipuan ako ng manager ko",
    "ni-lock ako ng asawa ko sa bahay, kinuha pa phone ko",
    "suami saya mengunci saya di kamar",
    "dicen que me van a hacer daño si no pago",
    "o agiota disse que vai me pegar se eu não pagar",
    "老板说我要是敢跑就弄死我",
    "kalau kabur, katanya saya akan dihabisi",
    "chủ nói nếu em bỏ trốn sẽ cho em biết tay",
])
def test_violence_told_by_what_was_done(classify, text):
    assert _raised(classify(text), "violence")


# a cut told by the darkness or the candles, beside the bill unpaid; violence told by the fear of going home
@pytest.mark.parametrize("text, kind", [
    ("estamos a oscuras desde el martes, no pagamos la luz", "lifeline"),
    ("欠了电费，这几天晚上都点蜡烛", "lifeline"),
    ("I'm too scared to go home tonight, he hits me when he drinks", "violence"),
    ("ไม่กล้ากลับบ้าน สามีเมาแล้วชอบตี", "violence"),
])
def test_a_crisis_told_by_its_effect(classify, text, kind):
    assert _raised(classify(text), kind)


@pytest.mark.parametrize("text", [
    "no le veo sentido a seguir estudiando japonés si me voy en marzo",
    "estamos a oscuras por el apagón del tifón, ya volverá",
    "I'm scared to go home to Ghana, the flights are so expensive",
    "ele morre no final do filme?",
])
def test_their_look_alikes_stay_calm(classify, text):
    assert _calm(classify(text))


# Taglish: a Tagalog prefix on an English verb ("mag-end"), and the Tagalog word for a place to live; Burmese without
# its spaces
@pytest.mark.parametrize("text, kind", [
    ("pagod na pagod na ako, gusto ko nang mag-end", "suicide"),
    ("i-end ko na lang buhay ko, wala nang kwenta", "suicide"),
    ("pinaalis kami, wala na kaming matitirhan simula bukas", "no_shelter"),
    ("အသက်ဆက်ရှင်ချင်စိတ်မရှိတော့ဘူး", "suicide"),
])
def test_mixed_and_unspaced_wordings(classify, text, kind):
    assert _raised(classify(text), kind)


@pytest.mark.parametrize("text", [
    "mag-end na yung contract ko sa March, paano mag-renew ng visa?",
    "gusto ko na mag-end ng relationship namin, paano mag-divorce dito?",
])
def test_an_ending_of_a_contract_or_a_relationship_stays_calm(classify, text):
    assert _calm(classify(text))


# violence told by the mark it left (a swollen face, bruises, a black eye) with the one who did it; a cut announced for
# tomorrow unless paid
@pytest.mark.parametrize("text, kind", [
    ("tengo moretones en la espalda de los golpes de mi marido", "violence"),
    ("meu namorado me deixou com o rosto roxo ontem", "violence"),
    ("may pasa ako sa mukha gawa ng live-in partner ko", "violence"),
    ("昨晚老公打得我脸都青了", "violence"),
    ("เมื่อคืนโดนสามีตบจนปากแตก", "violence"),
    ("they said they're cutting off our power tomorrow if we dont pay by tonight", "lifeline"),
])
def test_a_crisis_told_by_its_mark_or_its_notice(classify, text, kind):
    assert _raised(classify(text), kind)


@pytest.mark.parametrize("text", [
    "they are cutting the water for pipe work tomorrow, 9 to 12, the building sent a notice",
    "打得我手都酸了，打了一下午羽毛球",
    "ตบยุงทั้งคืนนอนไม่หลับ",
    "冰箱里什么都没有，下班去超市买菜",
    "ตู้เย็นไม่มีอะไรเลย ต้องไปซื้อของ",
    "the bar kicked us out tonight lol, anyway where is the city hall?",
    "I want the noise from upstairs to stop, who do I complain to?",
    "mi novio me llevó al médico por los moretones que me hice jugando fútbol",
    "machuquei o joelho e fiquei com hematoma, meu marido me levou no hospital",
])
def test_marks_of_sport_and_works_announced_stay_calm(classify, text):
    assert _calm(classify(text))


# a neighbour's child seen bruised, often or crying (the child at risk: family and violence)
@pytest.mark.parametrize("text", [
    "el nene de los vecinos de arriba siempre anda con moretones en la cara",
    "a menina do apartamento do lado aparece com marcas roxas toda semana",
    "yung bata sa katabi naming bahay may pasa na naman sa braso",
    "anak tetangga sebelah kamar memar-memar lagi tangannya",
    "con bé nhà hàng xóm lại bầm tím khắp tay",
    "楼上那家的小女孩胳膊上又是淤青",
    "윗집 아이가 맨날 팔에 멍이 들어 있어요",
    "เด็กข้างบ้านมีรอยช้ำที่แขนอีกแล้ว",
    "छिमेकीको नानीको हातमा फेरि निलो दाग देखें",
])
def test_a_neighbours_child_seen_bruised(classify, text):
    assert _raised(classify(text), "violence")


@pytest.mark.parametrize("text", [
    "el niño se cayó en la escuela y tiene moretones en la rodilla",
    "a criança se machucou no futebol e ficou com hematoma",
    "옆집 아이가 넘어져서 무릎에 멍이 들었대요",
])
def test_a_child_bruised_by_a_fall_stays_calm(classify, text):
    assert _calm(classify(text))


# chat spellings: Portuguese "n" for não and "hj" for hoje, Spanish "m" for me and "qiero"/"kiero" for quiero
@pytest.mark.parametrize("text, kind", [
    ("n tenho onde dormir hj, me expulsaram", "no_shelter"),
    ("n comi nada hj e n tenho grana", "no_food"),
    ("mi pareja m golpea cuando toma", "violence"),
    ("ya no qiero vivir, m siento sola", "suicide"),
])
def test_chat_spellings(classify, text, kind):
    assert _raised(classify(text), kind)
