"""Defect classes from the tester's report, read by the classifier in every keyword language where they apply:
- being put out of one's home ("kicking me out", 「追い出される」, me chutou de casa, ditendang dari kos) is housing,
  not blows suffered; blows stay violence;
- the resident's own wish to hurt someone (「上司を殴りたい」「マジ殺したい」 "I want to kill my boss", quiero matar a mi
  jefe) is anger, not violence suffered; a plan to harm someone is harm_intent (and anger); threats heard stay violence;
- a question about the office closing (「え、もう閉まったの？」「今日はもうおしまい？」 "closed already?") is a question
  about our hours, and its もう is no sign for the learned backstop;
- giving up (「もうだめだ」「もう諦めたい」 "I feel like giving up") is bare exhaustion: the gentle safety question."""
import pytest


@pytest.mark.parametrize("text", [
    "my landlord is kicking me out", "my landlord kicked me out", "they kicked us out", "he kicked me out of the house",
    "they want to kick me out", "the landlord threw me out", "大家に追い出される", "meu senhorio me chutou de casa",
    "vão me chutar pra fora de casa", "saya ditendang dari kos", "bị đá ra khỏi nhà", "mi casero me echó a patadas",
    "papalayasin na ako ng landlord", "집에서 쫓겨났어요", "被房东赶出来了",
])
def test_being_put_out_of_ones_home_is_housing_not_violence(classify, text):
    result = classify(text)
    assert "housing" in result.topics and "violence" not in result.crisis and "no_shelter" not in result.crisis, result


@pytest.mark.parametrize("text", [
    "my husband kicked me in the stomach", "he kicks me when he is drunk", "he threw me against the wall",
    "meu marido me chutou", "chồng đá tôi", "mi esposo me da patadas", "夫に蹴られた",
])
def test_blows_are_still_violence(classify, text):
    assert "violence" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "バイト先の店長、マジ殺したい", "上司を殴りたい", "あいつぶっ殺す", "殴りたいほど腹が立つ", "I want to kill my boss",
    "I want to punch my coworker", "I wanna hit him so bad", "quiero matar a mi jefe", "quero matar meu chefe",
    "tôi muốn đánh sếp", "gusto kong suntukin ang amo ko", "我真想杀了老板", "사장을 때리고 싶어요",
    "aku pengen mukul bosku", "อยากต่อยหัวหน้า",
])
def test_the_residents_own_wish_to_hurt_someone_is_anger_not_violence_suffered(classify, text):
    result = classify(text)
    assert "anger" in result.intents and not result.crisis and not result.possible, result
    assert "harm_intent" not in result.intents, result


@pytest.mark.parametrize("text", [
    "本気で殺しに行く", "包丁を持って会社に行く", "I'm going to kill him", "lo voy a matar", "vou matar ele",
    "papatayin ko siya", "我要杀了他",
])
def test_a_plan_to_harm_someone_is_harm_intent(classify, text):
    result = classify(text)
    assert {"anger", "harm_intent"} <= set(result.intents) and not result.crisis, result


@pytest.mark.parametrize("text", [
    "夫に殴られた", "夫がぶっ殺すって言ってくる", "he said he's going to kill me", "夫に「殺すぞ」と言われた",
    "I want to kill myself",
])
def test_blows_and_threats_suffered_and_a_wish_to_die_stay_crises(classify, text):
    assert classify(text).crisis, text


@pytest.mark.parametrize("text", [
    "え、もう閉まったの？", "今日はもうおしまい？", "もう閉まった？", "are you closed already?", "oh, closed already?",
    "¿ya cerraron?", "já fechou?", "đóng cửa rồi à?", "sarado na ba kayo?", "已经关门了吗？", "벌써 문 닫았어요?",
    "sudah tutup ya?", "ปิดแล้วเหรอ",
])
def test_a_question_about_the_office_closing_is_about_our_hours_and_no_sign(classify, text):
    result = classify(text)
    assert "hours" in result.intents and not result.crisis and not result.possible, result


@pytest.mark.parametrize("text", ["やってしまった", "しまった、忘れてた"])
def test_shimatta_is_not_the_office_closing(classify, text):
    assert "hours" not in classify(text).intents


@pytest.mark.parametrize("text", [
    "もうだめだ", "もう諦めたい", "honestly I feel like giving up", "sometimes I just want to give up",
    "a veces quiero rendirme", "tenho vontade de desistir", "em muốn bỏ cuộc", "gusto ko nang sumuko", "我想放弃",
    "다 포기하고 싶어요", "aku pengen nyerah", "ฉันอยากยอมแพ้",
])
def test_giving_up_is_bare_exhaustion_asked_about_gently(classify, text):
    result = classify(text)
    assert "suicide" in result.possible and not result.crisis, result


def test_giving_up_on_an_everyday_thing_is_that_thing(classify):
    result = classify("仕事を諦めたい")
    assert result.topics == ("work",) and not result.possible, result
