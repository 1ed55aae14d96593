"""Classes a tester met playing residents, in several languages and in fresh words: no money to buy food is no
food today in every language (it was only in some); a cut told with a pronoun for the supply named before ("me la
van a cortar mañana") is a cut; a haircut is no cut; someone to go along (pt) and someone to talk with (zh, either
script) are asked for."""
import pytest

from dialogs.triage import default_classifier


@pytest.fixture(scope="module")
def classify():
    return default_classifier().classify


@pytest.mark.parametrize("text", [
    "Tôi không có tiền để ăn mấy hôm nay", "Wala na akong pera pambili ng pagkain", "wala kaming pangkain ngayon",
    "我现在没有钱买吃的", "我們沒錢吃飯了", "Saya tidak punya uang untuk makan hari ini", "no tengo para comer hoy",
    "밥 먹을 돈이 없어요", "khana kinne paisa chhaina", "não tenho dinheiro para comer",
])
def test_no_money_to_buy_food_is_no_food_today_in_every_language(classify, text):
    assert "no_food" in classify(text).crisis


@pytest.mark.parametrize("text", ["El gas no lo pude pagar y me lo van a cortar mañana",
                                  "la luz, nos la cortaron ayer por la tarde", "A luz, vão cortar amanhã cedo"])
def test_a_cut_told_with_a_pronoun_for_the_supply_is_a_cut(classify, text):
    assert "lifeline" in classify(text).crisis


@pytest.mark.parametrize("text", ["mañana me van a cortar el pelo", "vou cortar o cabelo amanhã"])
def test_a_haircut_is_no_cut(classify, text):
    assert not classify(text).crisis


@pytest.mark.parametrize("text, intent", [("Queria que alguém venha comigo no hospital", "accompany"),
                                          ("我想找人聊聊", "want_talk"), ("我想找人談一談", "want_talk")])
def test_asking_for_someone_to_go_along_or_to_talk_with_is_read(classify, text, intent):
    assert intent in classify(text).intents
