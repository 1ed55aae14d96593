"""While waiting for a person (found by playing residents): 「ちょっと出かけないと」 "gotta go" is told the place in the
queue stays and the answer will wait here; 「電話してもらえますか」 "can you call me?" is told the wish goes to the
counselor, with the centre's phone — once; neither gets only "received"."""
import pytest

from tests.support import move_clock_to

MONDAY_11 = "2026-12-07T11:00:00+09:00"


def _waiting(resident, ask="相談員さんと話したいです"):
    move_clock_to(MONDAY_11)
    resident.say(ask)


@pytest.mark.parametrize("ask, away, kept", [
    ("相談員さんと話したいです", "ちょっと出かけないといけない", "順番はそのまま"),
    ("I want to talk to a person", "sorry i have to go, i'll check later", "place in the queue stays"),
    ("quero falar com uma pessoa", "tenho que sair agora", "lugar na fila continua"),
])
def test_a_resident_who_must_step_away_is_told_their_place_stays_and_the_answer_waits(resident, ask, away, kept):
    _waiting(resident, ask)
    assert kept in resident.texts(resident.say(away))


def test_a_resident_who_asks_to_be_phoned_is_told_the_counselor_gets_the_wish_and_the_centres_phone(resident):
    _waiting(resident)
    said = resident.texts(resident.say("電話してもらえますか"))
    assert "相談員に伝えます" in said and resident.runtime.services.office.phone in said
    again = resident.texts(resident.say("電話で話したいです"))
    assert "相談員に伝えます" not in again  # said once; then the wish is simply kept
