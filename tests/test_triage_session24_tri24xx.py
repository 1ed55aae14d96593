"""Session 24 (issue 18, triage in the languages other than Japanese): classes of indirect crises the keywords missed
— slang and misspelt wishes to die, not waking again, joining the dead, the means made ready, a bridge or a platform
edge, farewells and belongings given away, nights told by the place slept, the last food gone, a man entering one's
room at night, being locked in, threats — each stated with fresh wordings; and their calm look-alikes stay calm."""

import pytest


def _raised(result, kind):
    return kind in result.crisis or kind in result.possible


def _calm(result):
    return not result.crisis and not result.possible


# slang, misspelt or clipped words of suicide: 紫砂 (自杀), 죽고십어 (죽고 싶어), bundir (bunuh diri)
@pytest.mark.parametrize("text", [
    "工作丢了房租也交不起，真想紫砂算了",
    "반년째 혼자라 그냥 죽고십다",
    "capek banget sama hidup, pengen bundir aja",
    "queria morre logo, ninguém liga pra mim",
])
def test_slang_and_misspellings_of_suicide(classify, text):
    assert _raised(classify(text), "suicide")


# not waking again, in any tense or mood: 再也不用醒, se eu não acordasse, नउठे पनि हुन्थ्यो, tired of waking
@pytest.mark.parametrize("text", [
    "每天加班到半夜，真希望哪天睡着了就再也不用醒",
    "se eu nunca mais acordasse ninguém ia sentir falta",
    "tô cansada de acordar todo dia pra essa vida",
    "कहिल्यै नउठे पनि हुन्थ्यो जस्तो लाग्छ आजकल",
])
def test_not_waking_again_in_every_mood(classify, text):
    assert _raised(classify(text), "suicide")


# going to the dead: a parent or grandparent in heaven, "following the grandparents"
@pytest.mark.parametrize("text", [
    "quiero irme con mi abuela al cielo, ya no puedo más",
    "Anh ấy cứ bảo muốn đi theo ông bà, em sợ lắm",
    "อยากไปอยู่กับยายบนสวรรค์จังเลย",
    "好想去天堂陪妈妈，妈妈走了以后我一个人撑不下去",
    "I just want to be with my mom in heaven, she left me last year",
    "I keep thinking I should join my dad, he passed away in March",
    "quero ir pro céu ficar com minha mãe",
    "gusto ko nang sumama kay nanay sa langit",
    "aku pengen nyusul ibu ke surga",
    "하늘나라에 있는 엄마한테 가고 싶어요",
    "स्वर्गमा बुबासँग जान मन छ",
])
def test_joining_the_dead(classify, text):
    assert _raised(classify(text), "suicide")


# the means made ready or gathered: pills saved by not taking them, a rope tied, pills gathered
@pytest.mark.parametrize("text", [
    "처방받은 약을 안 먹고 서랍에 모아두는 중이에요",
    "tali sudah siap, tinggal tunggu malam",
    "sợi dây đã buộc sẵn trong phòng rồi",
    "kaile dekhi goli jamma gareko chhu, aba pugchha hola",
    "em để dành thuốc ngủ mấy tuần nay không uống",
    "ยานอนหลับเก็บไว้ไม่กินมาหลายอาทิตย์แล้ว",
])
def test_the_means_made_ready(classify, text):
    assert _raised(classify(text), "suicide")


# signs of leaving said without words of death (the gentle question): a bridge or the platform's edge, farewells with
# the phone off, belongings given away "I won't need them", a building's height asked, pills counted
@pytest.mark.parametrize("text", [
    "every night on the platform I stand a little closer to the edge",
    "I gave my guitar and my books to my cousin, I won't need them anymore",
    "my friend posted sorry for everything on facebook and now she's not answering",
    "qual altura de prédio é suficiente pra não sobreviver",
    "passei a tarde de cima da ponte olhando o rio",
    "mandou mensagem de despedida pra família e agora ninguém consegue falar com ele",
    "sa gabi nakatitig sa tubig sa may ilog, wala na akong maisip",
    "saya berdiri di pinggir sungai dari tadi",
    "다리 위에서 한참 물만 보고 있었어요",
    "เพื่อนโพสต์ว่าลาก่อนนะทุกคน ตอนนี้โทรไม่ติดเลย",
    "अलविदा भनेर लेखेपछि दाइको फोन बन्द छ",
    "ချစ်တဲ့အမေ၊ နောက်ဘဝမှာ ပြန်တွေ့ကြမယ်",
    "nasa tulay ako ngayon, ang lalim ng tubig",
])
def test_signs_of_leaving_ask_the_gentle_question(classify, text):
    assert _raised(classify(text), "suicide")


# a farewell that asks forgiveness and hands a sibling or a child over ("forgive me, take care of my brother")
@pytest.mark.parametrize("text", [
    "mom please forgive me, take care of my little brother for me",
    "mamá perdóname, cuida a mis hermanitos",
    "mãe me perdoa, cuida do meu irmão por mim",
    "nay patawarin mo ako, ikaw na bahala kay bunso",
    "mẹ ơi tha lỗi cho con, mẹ ở lại mạnh khỏe",
    "엄마 미안해, 동생 잘 부탁해",
    "ibu maafkan aku, titip adik ya",
    "妈，原谅我，弟弟就拜托你了",
])
def test_a_farewell_asking_forgiveness_and_handing_over_a_sibling(classify, text):
    assert _raised(classify(text), "suicide")


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


# calm look-alikes of the words above stay calm
@pytest.mark.parametrize("text", [
    "我在学做紫砂壶，请问有陶艺课吗",
    "I gave my old sofa to a neighbour since I'm moving back to Manila next month",
    "Estoy durmiendo en el carro",
    "Mấy hôm nay em ngủ trong xe ô tô của mình",
    "the last thing I ate was ramen, can you recommend a clinic for stomach ache?",
    "보고 싶던 할머니를 만나러 한국에 가고 싶어요",
    "quiero ir a ver a mi abuela a Perú en diciembre",
    "I want to join my dad in Osaka, he got a new job there",
    "sorry for everything yesterday, can you take care of my cat this weekend?",
    "minha mãe está no céu faz dois anos, sinto saudade. vocês têm grupo de luto?",
    "saya ikut mendoakan almarhum ayah teman saya",
    "하늘나라에 간 강아지가 보고 싶어요",
    "I gave my bike to my friend because I bought a new one",
    "we went to the rooftop bar, I stood closer to the edge for a photo",
    "맥도날드에서 자주 먹어요",
    "o proprietário mandou a gente sair até o fim do mês, vocês ajudam a procurar casa?",
    "the last thing I ate was sushi and now my stomach hurts",
    "o chefe mandou a gente sair hoje mais cedo, isso é normal?",
    "사장이 오늘 당장 나가라고 했어요, 해고 수당 받을 수 있나요?",
    "saya diusir dari kafe hari ini karena kelamaan duduk wkwk",
    "冰箱里吃的都没了，明天去超市",
    "tủ lạnh hết sạch đồ ăn rồi, mai đi siêu thị",
    "ubos na yung huling load ko, text ko na lang bukas",
    "일본에서 먹은 마지막 라면이 제일 맛있었어요",
    "घरमा खानेकुरा सकियो, पसल जानुपर्छ",
    "esas pastillas me van a hacer daño al estómago?",
    "mi jefe me toca el hombro cuando me felicita",
    "o filho do patrão entra no meu quarto de manhã pra limpar",
])
def test_their_calm_look_alikes_stay_calm(classify, text):
    assert _calm(classify(text))


# a wish to be gone with an adverb inside ("if I just disappeared"), a life without sense said to its end
@pytest.mark.parametrize("text", [
    "everyone would be happier if I just disappeared",
    "things would be easier if I simply wasnt around",
    "no le veo sentido a seguir",
    "I've been looking up how many floors you need",
])
def test_a_wish_to_be_gone_with_words_between(classify, text):
    assert _raised(classify(text), "suicide")


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
