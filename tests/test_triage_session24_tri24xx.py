"""Session 24 (issue 18, triage in the languages other than Japanese): indirect wishes to die the keywords missed —
slang and misspelt words of suicide, not waking again, joining the dead, the means made ready or bought, a bridge or a
platform edge, farewells, affairs settled and belongings given away — each class stated with fresh wordings; their calm
look-alikes stay calm (crises other than suicide: test_triage_session24_tri24xx_2.py)."""

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
    "I'm standing on the roof of my building right now",
    "I've been looking at the train tracks a lot lately",
    "I want everything to stop, permanently",
    "em đang đứng trên sân thượng công ty",
    "mấy hôm nay em hay đứng nhìn đường ray tàu",
    "saya lagi di atap gedung sekarang",
    "lagi kong tinitingnan yung riles ng tren",
    "estoy parada en la orilla del andén pensando",
    "fico olhando os trilhos do trem toda manhã",
    "我现在在公司楼顶上",
    "지금 회사 옥상에 있어요",
    "ตอนนี้อยู่บนดาดฟ้าตึก",
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
    "真想从这个世界上消失算了",
    "我不想再拖累家人了，我走了大家都轻松",
    "영원히 잠들고 싶어요, 아무도 모르게",
    "ထာဝရ အိပ်ပျော်သွားချင်တယ်",
    "kahile kahi sadhai ko lagi sutna man lagcha",
])
def test_a_wish_to_be_gone_with_words_between(classify, text):
    assert _raised(classify(text), "suicide")


# affairs settled: the bank PIN handed to a sibling with a letter, many boxes of sleeping pills bought, everything to
# end tonight — said without a word of death (mostly the gentle question)
@pytest.mark.parametrize("text", [
    "tonight I'm going away for good, tell my sister I love her",
    "今晚我就把一切结束掉",
    "आज राति सबै अन्त्य गर्छु",
    "tô pensando em apagar de vez",
    "dejé la clave del banco a mi hermano y una carta para mamá",
    "I left my bank PIN with my brother and a letter for mom",
    "deixei a senha do banco com meu irmão e uma carta pra mãe",
    "iniwan ko na yung ATM pin sa kapatid ko, pati sulat para kay mama",
    "em để lại mật khẩu ngân hàng cho em trai rồi",
    "银行卡密码已经告诉弟弟了，给妈妈的信也写好了",
    "통장 비밀번호 동생한테 알려줬고 엄마한테 편지도 썼어요",
    "bank ko PIN bhai lai diye, aama lai chithi lekhe",
    "I bought a lot of sleeping pills today, several boxes",
    "compré muchas pastillas para dormir hoy, varias cajas",
    "saya beli banyak obat tidur, beberapa kotak",
    "수면제 여러 통 샀어요",
    "ซื้อยานอนหลับมาหลายกล่อง",
])
def test_affairs_settled_and_means_bought(classify, text):
    assert _raised(classify(text), "suicide")


@pytest.mark.parametrize("text", [
    "I gave my bank PIN to my wife so she can pay the rent while I'm in hospital",
    "quero apagar de vez minha conta do facebook",
    "I'm going away for good to Canada next year, thanks for the help with my visa",
    "bought a lot of painkillers for my back, which clinic is good for back pain?",
    "compré muchas pastillas para la gripe, ¿aceptan el seguro en la clínica?",
    "银行卡密码忘了怎么办",
    "비밀번호를 잊어버렸어요",
    "मेरो काम सबै सकिदिन्छु आज",
    "영원히 잠들고 싶을 만큼 피곤했던 하루, 근데 내일 면접 준비는 어떻게 해요?",
    "我奶奶说她不想再拖累家人，想去养老院，怎么申请",
])
def test_banks_moves_and_medicine_stay_calm(classify, text):
    assert _calm(classify(text))
