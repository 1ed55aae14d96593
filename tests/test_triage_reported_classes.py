"""Defect classes from the tester's report, both sides, in every keyword language:
- another person's wish to die, told with a reporting verb or a third-person form, is someone_else (not the
  resident's own); the resident's own wish, with a relative named, is not;
- a parent who hits their own child (「子どもを叩いてしまう」 "I hit my kids") is parent_harm (189, words for a parent
  asking for help); a child hit by a partner is not;
- short casual English ("wanna die lol") is English, a bare "ayuda"/"auxilio" is a Spanish cry, and Tagalog "ayuda"
  in a Tagalog sentence stays Tagalog money;
- bare exhaustion (「もう限界」 "so tired of everything") raises the gentle safety question; the same words with an
  everyday topic named (「仕事が多すぎてもう限界」) are that topic;
- a cut that is back or paid (「電気止まったけど、もう戻った」) is no live cut; one still off is."""
import pytest

from tests.support import move_clock_to

SATURDAY_NIGHT = "2026-12-05T23:30:00+09:00"


@pytest.mark.parametrize("text", [
    "my friend told me he wants to end it all", "my sister keeps saying she wants to die",
    "mi hermana dice que quiere morir", "mi amiga me contó que se quiere suicidar",
    "em gái tôi nói muốn chết", "mẹ tôi bảo là muốn tự tử", "母が死にたいって", "友達が自殺しそう", "息子が消えたいって泣いてる",
    "我妹妹说她想死", "친구가 죽고 싶대요", "엄마가 자살하겠다고 했어요", "magpapakamatay daw ang pinsan ko",
    "minha irmã disse que quer morrer", "adik saya bilang mau bunuh diri", "เพื่อนบอกว่าอยากตาย",
    "သူငယ်ချင်းက သေချင်တယ်လို့ ပြောတယ်", "मेरो साथीले मर्छु भन्छ", "mero sathi marchu bhancha",
])
def test_another_persons_wish_to_die_told_by_the_resident_is_about_someone_else(classify, text):
    result = classify(text)
    assert "suicide" in result.crisis and "someone_else" in result.situations, result


@pytest.mark.parametrize("text", [
    "i told my mom i want to die", "mi esposo me pega y quiero morirme", "tôi nói thật là tôi muốn chết",
    "母が亡くなって死にたい", "母が嫌いで死にたいと思う", "我想死", "죽고 싶어요", "gusto ko nang mamatay", "quero morrer",
    "aku mau mati aja", "ฉันอยากตาย", "म मर्न चाहन्छु",
])
def test_the_residents_own_wish_to_die_is_not_about_someone_else(classify, text):
    result = classify(text)
    assert "suicide" in result.crisis and "someone_else" not in result.situations, result


@pytest.mark.parametrize("text", [
    "子どもを叩いてしまう", "娘に手を上げてしまいそうで怖い", "I hit my kids", "im scared ill hurt my baby",
    "le pego a mis hijos cuando me enojo", "eu bato nos meus filhos", "tôi hay đánh con", "我忍不住打孩子", "제가 아이를 때려요",
    "napapalo ko ang anak ko", "saya sering memukul anak saya", "ฉันเผลอตีลูก", "ကလေးကို ရိုက်မိတယ်", "म बच्चालाई कुट्छु",
])
def test_a_parent_who_hits_their_own_child_is_a_parent_asking_and_a_child_at_risk(classify, text):
    result = classify(text)
    assert {"parent_harm", "child_at_risk"} <= set(result.situations) and "violence" in result.crisis, result


@pytest.mark.parametrize("text", ["夫が子どもを叩いている", "my husband hits my kids", "chồng tôi đánh con", "我老公打孩子"])
def test_a_child_hit_by_someone_else_is_no_parents_own_request(classify, text):
    result = classify(text)
    assert "child_at_risk" in result.situations and "parent_harm" not in result.situations, result


@pytest.mark.parametrize("text, lang", [
    ("wanna die lol", "en"), ("i wanna die lol jk", "en"), ("lol just kidding", "en"), ("ayuda", "es"),
    ("auxilio", "es"), ("saklolo", "tl"), ("kailangan ko ng ayuda", "tl"), ("wala pang ayuda", "tl"), ("socorro", "pt"),
])
def test_short_casual_and_one_word_messages_are_read_in_their_language(classify, text, lang):
    assert classify(text).lang == lang, classify(text)


def test_a_bare_spanish_cry_is_asked_about_and_is_no_tagalog_benefit(classify):
    result = classify("ayuda")
    assert "suicide" in result.possible and "money" not in result.topics, result


@pytest.mark.parametrize("text", [
    "もう限界", "もう無理", "im so tired of everything", "i cant take it anymore", "ya no puedo más", "não aguento mais",
    "tôi không chịu nổi nữa", "我真的撑不下去了", "이제 한계예요", "hindi ko na kaya", "aku udah gak kuat", "ไม่ไหวแล้ว",
    "မခံနိုင်တော့ဘူး", "अब सकिँदैन", "aba sakdina",
])
def test_bare_exhaustion_raises_the_gentle_question_about_suicide(classify, text):
    result = classify(text)
    assert "suicide" in result.possible or "suicide" in result.crisis, result


@pytest.mark.parametrize("text, topic", [
    ("仕事が多すぎてもう限界", "work"), ("家賃が高くてもう無理", "housing"), ("im so tired of everything at work", "work"),
    ("ya no puedo más con el trabajo", "work"), ("não aguento mais esse trabalho", "work"),
    ("工作太多了，撑不下去", "work"), ("hindi ko na kaya ang trabaho ko", "work"), ("งานเยอะจนไม่ไหวแล้ว", "work"),
])
def test_exhaustion_with_an_everyday_topic_is_that_topic_and_no_possible_crisis(classify, text, topic):
    result = classify(text)
    assert topic in result.topics and not result.possible and not result.crisis, result


@pytest.mark.parametrize("text", [
    "電気止まったけど、もう戻った", "水道止まってたけど払ったから大丈夫", "ガス止められたけど今は使えます",
    "電気が止まってたけど、払ったのでもう点きます", "ガス止まってたけど今は直った",
    "the electricity got cut off but i paid it so its fine now", "they cut the gas last week but its back now",
    "bị cắt điện nhưng đóng tiền rồi nên có điện rồi", "电被停了，不过交了钱就恢复了",
    "naputol ang kuryente pero nabayaran ko na, okay na ngayon", "listrik diputus kemarin tapi sudah bayar jadi sudah nyala",
    "बिजुली काटियो तर तिरिसकेँ, अब ठिक छ",
])
def test_a_cut_that_is_back_or_paid_is_no_live_cut(classify, text):
    assert "lifeline" not in classify(text).crisis, classify(text)


@pytest.mark.parametrize("text", [
    "電気止まった。今はもう使えない", "水道が止まって、払ったけどまだ出ない", "電気は大丈夫だけど水道が止まった",
    "the power got cut off and it's still not back", "naputol ang kuryente namin", "listrik diputus",
])
def test_a_cut_still_off_is_a_live_cut(classify, text):
    assert "lifeline" in classify(text).crisis, classify(text)


def test_a_parent_who_hits_their_child_is_answered_as_a_parent_asking(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    answer = resident.texts(resident.say("子どもを叩いてしまう"))
    assert "打ち明けるのは" in answer and "お子さんは安全ですか" in answer and "189" in answer
    assert "あなたは悪くありません" not in answer


def test_a_spanish_third_person_report_is_answered_about_that_person(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    answer = resident.texts(resident.say("mi hermana dice que quiere morir"))
    assert "alguien que te importa" in answer and "Esa persona está en un lugar seguro" in answer
    assert "Tú nos importas" not in answer


def test_bare_exhaustion_gets_the_gentle_question_not_the_topic_chooser(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    answer = resident.texts(resident.say("もう限界"))
    assert "もしかして" in answer and "死にたい" in answer
