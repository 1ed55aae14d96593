"""Classes of misses and false alarms fixed in every language where they apply (issue 18, session 12): a
denial of intent ("I'm not thinking of…"), a bare negation inside a gap keyword, a statement of having that
answers a lack said before it, Korean stems with an ending written into their last syllable, and crisis
wording by concept (vanishing, a fall, pills, a rope, a cut; a kick, a slap, the throat, the hair; only
water; a park or a bridge at night; a cut announced for a day) — not one phrase per language."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "I'm not thinking of killing myself, I just need a job",
    "No estoy pensando en matarme, solo necesito trabajo",
    "Não tô pensando em me matar, só preciso de um emprego",
    "hindi ko iniisip magpakamatay, kailangan ko lang ng trabaho",
    "죽고 싶은 마음은 없어요. 월세 상담하고 싶어요",
    "သေချင်စိတ်မရှိပါဘူး၊ အလုပ်ရှာနေတာပါ",
    "死にたいとは思いません。ただ仕事がつらいです",
    "夫に殴られたことは一度もありません。生活費の相談です",
    "श्रीमान्सँग बहस हुन्छ तर कुटपिट गर्दैन",
])
def test_a_resident_who_denies_the_intent_raises_no_alarm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text", [
    "El gas no ha sido cortado, solo quiero pagar en partes",
    "a água não foi cortada, só queria parcelar",
    "水费欠了两个月，水还没停",
    "ค่าไฟค้าง แต่ไฟยังไม่ถูกตัด",
])
def test_a_bare_negation_inside_a_cut_keyword_denies_the_cut(classify, text):
    result = classify(text)
    assert "lifeline" not in raised(result)
    assert "money" in result.topics


@pytest.mark.parametrize("text", [
    "ネットカフェに泊まったのは一晩だけで、家はあります",
    "今夜泊まるところはあります。家賃のことで相談したいです",
])
def test_a_statement_of_having_settles_the_lack_said_before_it(classify, text):
    assert "no_shelter" not in raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("家はあるけど帰れない、今夜は公園で寝る", "no_shelter"),  # the lack is said after: it still counts
    ("家里没有吃的了", "no_food"),  # 有吃的 inside 没有吃的 is no statement of having
    ("Não tem comida em casa", "no_food"),
])
def test_a_lack_is_still_read_when_no_having_answers_it(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "어젯밤에 다리에서 뛰어내릴까 생각했어요",
    "목을 맬 생각만 해요",
])
def test_a_korean_stem_is_found_with_its_ending_written_into_the_syllable(classify, text):
    assert "suicide" in classify(text).crisis


def test_korean_stems_of_topics_are_not_stretched(classify):
    assert "housing" not in classify("오늘 회사에서 이상한 일이 있었어요").topics  # 이사 (moving) is not in 이상


@pytest.mark.parametrize("text, kind", [
    ("Honestly nobody would miss me if I disappeared for good", "suicide"),
    ("I have been saving up pills for weeks", "suicide"),
    ("I wrote a farewell letter to my sister", "suicide"),
    ("he pulled my hair and dragged me across the room", "violence"),
    ("only drinking water since Tuesday, no money left", "no_food"),
    ("they will cut off the gas on Friday because I could not pay", "lifeline"),
    ("Ya compré una cuerda, no aguanto más", "suicide"),
    ("Mi novio me jaló del pelo y me dio una patada", "violence"),
    ("Llevo tres días sin comer, solo agua", "no_food"),
    ("Tô juntando comprimidos pra acabar com tudo", "suicide"),
    ("Meu marido me deu um chute na barriga ontem", "violence"),
    ("Sinampal at sinabunutan ako ng asawa ko", "violence"),
    ("Aku udah beli tali, capek banget hidup", "suicide"),
    ("Suami saya mencekik saya tadi malam", "violence"),
    ("Sudah dua hari cuma minum air", "no_food"),
    ("Em muốn biến mất mãi mãi, không ai nhớ đến em đâu", "suicide"),
    ("Chồng em túm tóc rồi đẩy em vào tường", "violence"),
    ("我觉得自己是个累赘，不如消失", "suicide"),
    ("老公掐我脖子，我很害怕", "violence"),
    ("两天只喝水，一分钱都没有了", "no_food"),
    ("전기 요금을 못 내서 다음 주에 끊긴대요", "lifeline"),
    ("สามีตบหน้าฉันแล้วบีบคอ", "violence"),
    ("ไม่ได้กินอะไรมาสองวันแล้ว กินแต่น้ำ", "no_food"),
    ("การไฟฟ้าจะตัดไฟวันศุกร์นี้", "lifeline"),
    ("म मर्ने विचार गरिरहेको छु", "suicide"),
    ("श्रीमानले घाँटी समातेर कुट्नुभयो", "violence"),
    ("हिजो देखि केही खाएको छैन", "no_food"),
    ("အိပ်ဆေးတွေ အကုန်သောက်ပစ်ချင်တယ်", "suicide"),
])
def test_crisis_wording_by_concept_in_every_language(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text", [
    "Istri saya menghilang dari rumah, saya bingung",  # someone else vanished
    "Haha cười chết mất, em muốn hỏi về lớp học",  # "laughing to death"
    "笑死我了，想问一下日语课的事",
    "请问附近有没有食物银行",  # 有没有: a question, not 没有
    "ガス代を滞納してて、いつ止まるのか心配です",  # a worry about a cut, not a cut
    "兄とケンカして殴り合ったのは子どもの頃の話で、今は仲良しです",  # childhood, set against now
    "Tô com a conta de luz atrasada, mas ainda não veio aviso de corte",
])
def test_calm_wording_that_looks_like_a_crisis_raises_nothing(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("malai marna man lagcha, sahana sakdina", "suicide"),
    ("shriman le roj kutcha, ghar janna dar lagcha", "violence"),
    ("3 din dekhi kehi khana paeko chaina", "no_food"),
    ("aaja rati sutne thau chaina", "no_shelter"),
])
def test_nepali_typed_in_latin_letters_is_read_as_nepali(classify, text, kind):
    result = classify(text)
    assert result.lang == "ne"
    assert kind in result.crisis


@pytest.mark.parametrize("text", ["malai marna man chaina, kaam khojdai chu", "yo kaam le ta marna lagyo yar"])
def test_romanised_nepali_denials_and_hyperbole_raise_nothing(classify, text):
    result = classify(text)
    assert result.lang == "ne" and not raised(result)


def test_a_nepali_resident_typing_latin_letters_keeps_nepali_as_the_hint(classify):
    assert classify("kaam chahiyo", lang="ne").lang == "ne"


@pytest.mark.parametrize("text", ["Bom dia, tudo bem?", "I have 6 kids and I need a job", "Hola, necesito ayuda con el alquiler"])
def test_other_latin_languages_are_not_taken_for_romanised_nepali(classify, text):
    assert classify(text).lang != "ne"


@pytest.mark.parametrize("text", [
    "去年は車で寝泊まりしてたけど、今は市営住宅に住めてます",
    "last year I slept in a net cafe for months, now I rent a room and want help with the bills",
])
def test_a_story_that_is_over_is_not_suspected_by_the_model(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("仕送りが止まって、寮で昨日からなにも食べてません", "no_food"),
    ("24時間のマックで朝まで過ごす毎日です", "no_shelter"),
    ("家族にお別れの手紙を書きました", "suicide"),
])
def test_japanese_crisis_wording_by_concept(classify, text, kind):
    assert kind in raised(classify(text))


@pytest.mark.parametrize("text, topic", [
    ("もう全部どうでもいい、このまま消えられたら", "health"),  # a possible suicide is about health, as a certain one is
    ("Em không muốn thức dậy nữa, ngủ luôn cho xong", "health"),
])
def test_a_possible_crisis_gives_the_topics_a_crisis_gives(classify, text, topic):
    result = classify(text)
    assert result.possible and topic in result.topics


@pytest.mark.parametrize("text", [
    "ガスが止まるか心配です",
    "if they cut the power I do not know what to do",
    "si me cortan la luz no sé qué hacer",
    "電気止められてたのが復旧しました",
])
def test_a_cut_only_feared_or_settled_is_still_about_money(classify, text):
    result = classify(text)
    assert "lifeline" not in raised(result) and "money" in result.topics


@pytest.mark.parametrize("text", [
    "今月から家賃が上がりました", "my rent went up this month", "o aluguel subiu este mês", "这个月房租涨了",
    "이번 달부터 월세가 올랐어요", "ค่าเช่าห้องขึ้นเดือนนี้", "यो महिना घर भाडा बढ्यो", "ဒီလ အိမ်လခ တက်သွားတယ်",
])
def test_the_rent_is_about_money_and_housing_in_every_language(classify, text):
    assert {"money", "housing"} <= set(classify(text).topics)


@pytest.mark.parametrize("text", [
    "¿dónde dan despensas?", "chỗ nào phát đồ ăn miễn phí ạ?", "哪里可以领免费的食物？", "무료 식료품 받을 수 있는 곳 있나요?",
    "निःशुल्क खाना कहाँ पाइन्छ?", "อยากรู้ว่ามีที่แจกข้าวฟรีไหม", "お米を配ってくれる所はありますか",
])
def test_asking_where_free_food_is_given_is_about_money_not_a_crisis(classify, text):
    result = classify(text)
    assert "money" in result.topics and not raised(result)


@pytest.mark.parametrize("text", [
    "Good news, I found a job at a warehouse! Thank you so much", "Consegui emprego novo! Obrigada pela ajuda",
    "드디어 취직했어요! 감사합니다", "ได้งานใหม่แล้วค่ะ ขอบคุณมากๆ", "Em tìm được việc mới rồi, cảm ơn anh chị nhiều",
])
def test_news_of_a_job_found_is_no_work_worry(classify, text):
    assert "work" not in classify(text).topics


@pytest.mark.parametrize("text, kind", [
    ("I have been giving my things away to my coworkers this week", "suicide"),  # giving away one's things
    ("Ya regalé mis cosas a mis primas", "suicide"),
    ("我把东西都送人了，没什么留恋的", "suicide"),
    ("제가 없어지면 가족들이 덜 힘들 거예요", "suicide"),  # "if I were gone, they would be better off"
    ("ถ้าฉันไม่อยู่แล้ว แม่คงไม่ต้องลำบาก", "suicide"),
    ("Nếu em không còn nữa thì bố mẹ đỡ khổ", "suicide"),
    ("Kalau aku udah nggak ada, keluargaku nggak repot lagi", "suicide"),
    ("Se eu não estivesse mais aqui, minha mãe teria menos problemas", "suicide"),
    ("他掐住我的脖子不放", "violence"),
    ("แฟนจับคอฉันแน่นมาก", "violence"),
    ("Tagihan datang, airnya diputus hari Jumat", "lifeline"),  # Indonesian -nya on the utility
])
def test_warning_signs_by_concept_in_every_language(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text", [
    "this lecture, I am bored to death lol",
    "Me muero de aburrimiento en la fila del ayuntamiento",
    "รอคิวนานน่าเบื่อจะตาย",
    "Em không muốn biến mất đâu, chỉ muốn hỏi về học tiếng Nhật",
    "Não quero sumir, só quero saber do curso",
    "मर्न मन छैन, काम खोज्दै छु",
])
def test_boredom_and_a_denied_wish_to_vanish_raise_nothing(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind, topic", [
    ("Suamiku memukulku tiap malam", "violence", "family"),  # Indonesian -ku: my husband, hits me
    ("Gajiku belum dibayar dua bulan", None, "money"),
    ("pacarku posesif banget", None, "family"),
    ("ang bf ko sobrang seloso", None, "family"),  # Taglish
])
def test_possessive_suffixes_and_taglish_words_are_read(classify, text, kind, topic):
    result = classify(text)
    assert topic in result.topics
    assert kind is None or kind in result.crisis


@pytest.mark.parametrize("text", [
    "昔、母に叩かれて育ったけど、今は関係良好です",  # 「昔、」 is no answer word: the past still settles it
    "水道の蛇口が壊れて水が止まらない",  # water that will not stop is no cut
    "兄が酔っ払って壁を殴って穴をあけた。修理代はどうしたら",  # a wall, not a person
    "友達とケンカして、もう消えたいくらい恥ずかしい",
    "駅で寝ちゃって終電逃しました。タクシー代高かった",
    "my brother punched the wall when he was drunk, who pays for the repair?",
    "男朋友生气的时候会砸墙，我该怎么劝他",
])
def test_calm_japanese_and_objects_hit_raise_nothing(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [
    ("壁を殴ったあと、夫は私も殴った", "violence"),  # the wall, then a person
    ("my husband punched the wall and then hit me", "violence"),
    ("電気が止まって三日目です", "lifeline"),
    ("No, quiero morir", "suicide"),  # an answer word before the clause still does not deny it
])
def test_the_crisis_beside_them_is_still_read(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text, kind", [
    ("คิดว่าจะไปกระโดดน้ำตายคืนนี้", "suicide"),  # into the water
    ("Mau lompat ke sungai malam ini", "suicide"),
    ("Em định ra cầu nhảy sông tối nay", "suicide"),
    ("नदीमा हाम फाल्ने सोचिरहेको छु", "suicide"),
    ("ကိုယ့်ကိုယ်ကို အဆုံးစီရင်ဖို့ စဉ်းစားနေတယ်", "suicide"),
    ("นายจ้างขังไว้ในห้อง ไม่ให้ออกไปไหน", "violence"),  # locked in by an employer
    ("Chủ nhốt em trong phòng, lấy hộ chiếu", "violence"),
    ("मालिकले कोठामा थुनेर राख्यो", "violence"),
    ("my boss locked me in the dormitory and took my passport", "violence"),
])
def test_drowning_and_confinement_in_every_language(classify, text, kind):
    assert kind in classify(text).crisis


@pytest.mark.parametrize("text", ["한강에 가서 산책했어요", "ไปกระโดดน้ำเล่นที่ทะเลมา สนุกมาก"])
def test_a_walk_by_the_river_or_a_swim_is_calm(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, kind", [("しに たい", "suicide"), ("おっとに たたかれた", "violence")])
def test_kana_typed_with_spaces_between_words_is_still_read(classify, text, kind):
    assert kind in classify(text).crisis  # only a sentence's end (…ました。) breaks a kana reading

