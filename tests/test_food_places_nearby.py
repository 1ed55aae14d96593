"""Food near the resident, from the places data: 「近くで子ども食堂ある？」 "where can I get free food near me" is a search
for the places that give food, not the money topic of a story; a location shared after 「今日食べるものがない」 gets
those places with their call buttons (or the lines to call when none is open), not "call 110 if in danger" — which a
location after violence still gets (found by a tester)."""
import pytest

from tests.places_support import card_actions, card_texts, cards_of, seed_directory
from tests.support import chose_language

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

SUNDAY_2PM = "2026-12-06T14:00:00+09:00"
MONDAY_11AM = "2026-12-07T11:00:00+09:00"
EAST = (35.6600, 139.7150)  # beside フードバンクみどり (mon, wed, fri 10:00-15:00)
ASKS = [("ja", "近くで子ども食堂ある？"), ("ja", "この辺にフードバンクある？"), ("en", "where can I get free food near me"),
        ("en", "is there a food bank near me?")]
FOOD_BANK = {"ja": "フードバンクみどり", "en": "Food Bank Midori"}


OTHER_LANGUAGES = [("vi", "gần đây có ngân hàng thực phẩm không"), ("zh-Hans", "附近有食物银行吗"),
                   ("ko", "근처에 푸드뱅크 있어요?"), ("pt-BR", "tem banco de alimentos perto de mim?"),
                   ("es", "¿hay un banco de alimentos cerca?"), ("tl", "may food bank ba malapit dito?"),
                   ("id", "ada bank makanan di dekat sini?"), ("th", "แถวนี้มีธนาคารอาหารไหม"), ("ne", "नजिकै फुड बैंक छ?")]


def _food_cards(messages: list[dict]) -> list[dict]:
    return cards_of(messages)


def _asks_for_a_location(resident) -> bool:
    items = (resident.last_messages[-1].get("quickReply") or {}).get("items") or []
    return any(item["action"]["type"] == "location" for item in items)


@pytest.mark.parametrize("lang, words", ASKS)
def test_asking_for_food_nearby_is_a_search_for_the_places_that_give_food(runtime, resident, lang, words):
    seed_directory(runtime)
    chose_language(resident, lang, MONDAY_11AM)
    asked = resident.texts(resident.say(words))
    assert _asks_for_a_location(resident), asked
    found = resident.location(*EAST)
    cards = _food_cards(found)
    assert cards and FOOD_BANK[lang] in " ".join(card_texts(cards[0])), resident.texts(found)
    assert all("カフェ" not in " ".join(card_texts(c)) and "Café" not in " ".join(card_texts(c)) for c in cards)
    assert any(a.get("uri", "").startswith("tel:") for a in card_actions(cards[0]))


def test_a_location_after_nothing_to_eat_today_gets_food_places_not_the_police(runtime, resident):
    seed_directory(runtime)
    chose_language(resident, "ja", SUNDAY_2PM)
    resident.say("今日食べるものがない")
    answer = resident.location(*EAST)
    said = resident.texts(answer)
    assert "110" not in said, said
    cards = _food_cards(answer)  # open on Monday morning: soon enough to be shown, with its hours and call button
    assert cards and "フードバンクみどり" in " ".join(card_texts(cards[0])), said
    assert any(a.get("uri", "").startswith("tel:") for a in card_actions(cards[0]))


def test_with_no_food_place_open_soon_the_lines_to_call_are_given(runtime, resident):
    chose_language(resident, "en", SUNDAY_2PM)  # no directory loaded: nothing near
    resident.say("I have nothing to eat today")
    said = resident.texts(resident.location(*EAST))
    assert "0120-279-338" in said and "110" not in said, said


def test_a_location_after_violence_still_gets_where_to_call_now(resident):
    chose_language(resident, "ja", SUNDAY_2PM)
    resident.say("夫に殴られた")
    assert "110" in resident.texts(resident.location())


@pytest.mark.parametrize("lang, words", OTHER_LANGUAGES)
def test_a_food_bank_asked_for_nearby_in_each_language_asks_where_the_resident_is(resident, lang, words):
    chose_language(resident, lang, MONDAY_11AM)
    asked = resident.texts(resident.say(words))
    assert _asks_for_a_location(resident), asked
