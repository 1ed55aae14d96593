"""Found by a tester: while the intake's own question 「今夜、寝る場所はありますか」 was open, a location sent by LINE got
only "location received, we will use it to find places" and the same question again — as if it had nothing to do with
tonight. A location there is used for tonight at once, as after a sign of nowhere to sleep (handlers/tonight.py
show_tonight_here): the places open now near it, the agencies for a place to stay, 110 or a police box when every office
is closed (without promising that a counselor reads it first: no sign put it first in the queue). The question stays
open (a location is no yes and no no); at another follow-up question a location is kept for finding places, as
before."""
import pytest

from dialogs.catalog import Catalog
from tests.places_support import card_texts, cards_of, seed_directory
from tests.support import chose_language, conversation_state

SATURDAY_NIGHT = "2026-12-12T23:30:00+09:00"
MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
TONIGHT_JA = "今夜、寝る場所はありますか"


def _at_the_tonight_question(resident, lang: str, moment: str, worry: str, ok: str) -> None:
    chose_language(resident, lang, moment)
    resident.say(worry)
    resident.tap(ok)


def test_a_location_at_the_tonight_question_on_a_saturday_night_gives_places_open_now_and_the_police_box(resident):
    seed_directory(resident.runtime)
    _at_the_tonight_question(resident, "ja", SATURDAY_NIGHT, "家賃が払えなくて困っています", "これでOK")
    assert TONIGHT_JA in resident.texts()
    messages = resident.location()
    said = resident.texts(messages)
    assert "今夜のためにできること" in said and "交番" in said, said
    assert "いちばん先に読みます" not in said, said  # no sign put it first in the queue: nothing promised about it
    cards = [" ".join(card_texts(c)) for c in cards_of(messages)]
    assert any("いま開いています" in card for card in cards), cards  # somewhere bright with people, open until morning
    assert any("福祉事務所" in card and "次に開くのは" in card for card in cards), cards  # honest: opens on Monday
    assert conversation_state(resident) == "followup" and "ない" in resident.buttons()  # the question stays open


def test_a_location_at_the_tonight_question_in_office_hours_gives_the_agencies_open_now(resident):
    seed_directory(resident.runtime)
    _at_the_tonight_question(resident, "ja", MONDAY_MORNING, "家賃が払えなくて困っています", "これでOK")
    cards = [" ".join(card_texts(c)) for c in cards_of(resident.location())]
    assert any("福祉事務所" in card and "いま開いています" in card for card in cards), cards


@pytest.mark.parametrize("lang, worry, ok", [
    ("en", "I lost my job and can't pay the rent", "That's right"),
    ("vi", "Tôi bị mất việc, không trả được tiền nhà", "Đúng rồi"),
])
def test_in_another_language_with_nothing_near_it_says_so_honestly_and_names_the_police(resident, lang, worry, ok):
    _at_the_tonight_question(resident, lang, SATURDAY_NIGHT, worry, ok)  # no directory loaded: nothing near
    said = resident.texts(resident.location())
    catalog = Catalog.from_directory()
    assert catalog.text(lang, "companion.tonight_here") in said, said
    assert catalog.text(lang, "companion.tonight_here_none") in said and "110" in said, said


def test_after_the_location_a_no_to_the_question_is_still_heard_as_nowhere_to_sleep(resident):
    seed_directory(resident.runtime)
    _at_the_tonight_question(resident, "ja", SATURDAY_NIGHT, "家賃が払えなくて困っています", "これでOK")
    resident.location()
    answer = resident.texts(resident.say("ないです"))
    assert TONIGHT_JA not in answer and "「今夜のこと」を押すと" in answer, answer


def test_a_location_at_another_follow_up_question_is_kept_for_places_not_taken_for_tonight(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("お金がなくて困っています")
    resident.tap("これでOK")
    question = resident.texts()
    assert TONIGHT_JA not in question and conversation_state(resident) == "followup", question
    said = resident.texts(resident.location())
    assert "位置情報を受け取りました" in said and "今夜のためにできること" not in said, said
