"""Found by a tester: a location sent right after "nowhere to sleep tonight" got only "location received — call 110 or
119 if you are in danger", at night and in office hours; with nothing to eat the same location did give the nearest
food bank. With nowhere to sleep, the location is used for tonight: the lines open now, the places near it that are
open now (a bright place with people, nearest first — honestly when there is none), the agencies for a place to stay
(open now first, the others with when they open) and, with every office closed, 110 or a police box."""
import pytest

from dialogs.catalog import Catalog
from tests.places_support import card_texts, cards_of, seed_directory
from tests.support import chose_language

SATURDAY_NIGHT = "2026-12-12T23:30:00+09:00"
MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
DANGER_ONLY = ("いま危ないときは", "If you are in danger now")


def _titles(messages) -> list[str]:
    return [card_texts(c)[0] for c in cards_of(messages)]


def test_a_location_at_night_after_nowhere_to_sleep_gives_places_open_now_and_the_police_box(resident):
    seed_directory(resident.runtime)
    chose_language(resident, "ja", SATURDAY_NIGHT)
    resident.say("今晩泊まるとこないんです")
    messages = resident.location()
    said = resident.texts(messages)
    assert not any(words in said for words in DANGER_ONLY), said
    assert "近くで" in said and "交番" in said, said
    cards = [" ".join(card_texts(c)) for c in cards_of(messages)]
    assert any("いま開いています" in card for card in cards), cards  # a night place open until morning
    assert any("福祉事務所" in card and "次に開くのは" in card for card in cards), cards  # honest: opens on Monday


def test_a_location_in_office_hours_after_no_bed_gives_the_agencies_open_now(resident):
    seed_directory(resident.runtime)
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("今夜寝る場所がありません")
    resident.say("ないです")
    messages = resident.location()
    cards = [" ".join(card_texts(c)) for c in cards_of(messages)]
    assert any("福祉事務所" in card and "いま開いています" in card for card in cards), cards
    assert not any(words in resident.texts(messages) for words in DANGER_ONLY)


@pytest.mark.parametrize("lang,words", [
    ("en", "I have no place to sleep tonight"), ("vi", "tối nay tôi không có chỗ ngủ"),
    ("pt-BR", "não tenho onde dormir hoje à noite"), ("tl", "wala akong matutulugan ngayong gabi"),
])
def test_with_no_place_in_the_directory_it_says_so_honestly_and_names_the_police(resident, lang, words):
    chose_language(resident, lang, SATURDAY_NIGHT)  # no directory loaded: nothing near
    resident.say(words)
    said = resident.texts(resident.location())
    catalog = Catalog.from_directory()
    assert catalog.text(lang, "companion.tonight_here") in said, said
    assert catalog.text(lang, "companion.tonight_here_none") in said and "110" in said, said
    assert not any(words in said for words in DANGER_ONLY), said


def test_a_location_after_violence_still_gets_where_to_call_now(resident):
    chose_language(resident, "ja", SATURDAY_NIGHT)
    resident.say("夫に殴られて家を出た。今夜寝るところがない")
    assert "いま危ないときは" in resident.texts(resident.location())


def test_for_tonight_afterwards_uses_the_location_shared(resident):
    seed_directory(resident.runtime)
    chose_language(resident, "en", SATURDAY_NIGHT)
    resident.say("I'm sleeping outside tonight, nowhere to go")
    resident.location()
    titles = _titles(resident.tap("For tonight"))
    assert titles, "no cards for tonight"
