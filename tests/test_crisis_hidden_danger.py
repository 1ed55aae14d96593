"""Danger told in dialect or as control without blows is heard: a Kansai 「手ぇ出してくる」 is violence at home (and a
frightened child brings 189), money taken / not let out / "he doesn't hit me but I'm afraid" gets the gentle question
about violence and then the DV lines, and a passport held by the employer gets the same question, a counselor's eye
and the foreign residents' help desk. (Found by a tester.)"""
import pytest

from tests.support import move_clock_to

SUNDAY_1AM = "2026-12-06T01:00:00+09:00"
MONDAY_10AM = "2026-12-07T10:00:00+09:00"


def test_a_kansai_husband_who_hits_when_drunk_is_violence_at_home_with_a_child(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.texts(resident.say("うちの旦那が酒飲んだら手ぇ出してくるねん。子どもも怖がっとる"))
    assert "あなたは悪くありません" in answer and "DV相談＋" in answer and "189" in answer


@pytest.mark.parametrize("words", ["me grita y me quita el dinero, no me deja salir", "No me pega, pero tengo miedo"])
def test_control_without_blows_is_asked_about_and_a_yes_gets_the_dv_lines(resident, words):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("hola")
    assert "te está haciendo daño o te da miedo" in resident.texts(resident.say(words))
    assert "0120-279-889" in resident.texts(resident.say("sí"))


@pytest.mark.parametrize("words, yes, desk", [
    ("Công ty giữ hộ chiếu của tôi. Tôi muốn bỏ trốn nhưng sợ bị bắt", "có", "FRESC"),
    ("会社にパスポートを取り上げられて、逃げたいけど捕まるのが怖い", "はい", "FRESC"),
])
def test_a_passport_held_by_the_employer_is_asked_about_and_offered_the_foreign_residents_desk(resident, words, yes, desk):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    question = resident.texts(resident.say(words))
    assert "?" in question or "？" in question
    assert desk in resident.texts(resident.say(yes))


@pytest.mark.parametrize("lang, words, concept", [
    ("ja", "旦那にお金を取り上げられて外出させてもらえない", "coercive_control"),
    ("en", "he doesn't hit me but I'm scared of my husband", "coercive_control"),
    ("pt", "meu marido não me deixa sair e pega meu dinheiro", "coercive_control"),
    ("vi", "chồng tôi không cho tôi ra ngoài", "coercive_control"),
    ("zh", "我老公不让我出门，还拿走我的钱", "coercive_control"),
    ("ko", "남편이 무서워요. 밖에 못 나가게 해요", "coercive_control"),
    ("tl", "sinisigawan niya ako at kinukuha ang pera ko", "coercive_control"),
    ("id", "suami saya membentak saya dan saya tidak boleh keluar", "coercive_control"),
    ("ne", "श्रीमानले बाहिर जान दिँदैन", "coercive_control"),
    ("th", "สามีไม่ให้ออกจากบ้าน", "coercive_control"),
    ("my", "ခင်ပွန်းကိုကြောက်တယ်", "coercive_control"),
    ("en", "my employer took my passport and I want to run away", "labour_exploitation"),
    ("es", "la empresa se quedó con mi pasaporte", "labour_exploitation"),
    ("pt", "a empresa ficou com meu passaporte", "labour_exploitation"),
    ("zh", "公司扣了我的护照", "labour_exploitation"),
    ("ko", "회사가 여권을 뺏어 갔어요", "labour_exploitation"),
    ("tl", "hawak ng kumpanya ang passport ko", "labour_exploitation"),
    ("id", "paspor saya ditahan perusahaan", "labour_exploitation"),
    ("ne", "कम्पनीले पासपोर्ट खोस्यो", "labour_exploitation"),
    ("th", "นายจ้างยึดพาสปอร์ต", "labour_exploitation"),
    ("my", "အလုပ်ရှင်က ပတ်စပို့သိမ်းထားတယ်", "labour_exploitation"),
])
def test_every_language_asks_about_control_and_a_held_passport(classify, lang, words, concept):
    result = classify(words, lang)
    assert "violence" in result.possible or "violence" in result.crisis, (lang, result)
    assert concept in result.situations, (lang, result)


@pytest.mark.parametrize("words", ["新しい仕事に手を出してみた", "子どもが犬を怖がる", "パスポートの更新はどこでできますか"])
def test_everyday_words_near_these_are_calm(classify, words):
    result = classify(words)
    assert not result.crisis and not result.possible, result


@pytest.mark.parametrize("words", ["mi jefe me grita", "my boss yells at me every day", "quiero escapar de esta situación",
                                   "muốn bỏ trốn khỏi cuộc sống này", "上司に怒鳴られるけど暴力はない"])
def test_a_yelling_boss_or_a_wish_to_get_away_is_not_control_at_home_nor_a_held_passport(classify, words):
    result = classify(words)
    assert not {"coercive_control", "labour_exploitation"} & set(result.situations), result
    assert "family" not in result.topics, result


def test_the_foreign_residents_desk_is_not_offered_on_a_sunday_when_it_is_closed(resident):
    move_clock_to("2026-12-06T10:00:00+09:00")  # Sunday morning
    resident.follow()
    resident.say("会社にパスポートを取り上げられて、逃げたいけど捕まるのが怖い")
    answer = resident.texts(resident.say("はい"))
    assert "FRESC" not in answer and "110" in answer
