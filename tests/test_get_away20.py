"""After a sign of violence, a wish to get away (「逃げたい」 "I want to leave him") is taken seriously: where to go
(a shelter) and what to take, with the lines that help and 110 when danger is near — not a bare "thank you for
writing"; said again, a short word; without a sign of violence the words are no such wish."""
import pytest

from tests.support import Resident, move_clock_to
from tests.test_after_crisis_listening import after_a_crisis_answer

TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"


@pytest.mark.parametrize("wish", ["逃げたい", "もう家を出たいです", "にげたい"])
def test_a_resident_hit_by_her_husband_who_writes_that_she_wants_to_get_away_hears_where_to_go(
        app, fake_line, wish):
    resident = after_a_crisis_answer(app, fake_line, "夫に殴られて、子どもも叩かれています")
    answer = resident.texts(resident.say(wish))
    assert "シェルター" in answer and "110" in answer and "0120-279-889" in answer  # DV相談＋
    again = resident.texts(resident.say("逃げたい"))
    assert "さきほどのメッセージ" in again and "0120-279-889" not in again


@pytest.mark.parametrize("lang, sign, wish, word", [
    ("en", "My husband hits me every night", "I want to get out", "shelter"),
    ("pt-BR", "Meu marido me bate", "quero fugir", "abrigo"),
    ("vi", "Chồng tôi đánh tôi", "tôi muốn trốn đi", "nhà tạm lánh"),
])
def test_in_other_languages_the_wish_to_get_away_is_answered_with_shelters(app, fake_line, lang, sign, wish, word):
    resident = after_a_crisis_answer(app, fake_line, sign, lang=lang)
    assert word in resident.texts(resident.say(wish)).lower()


def test_without_violence_wanting_to_get_out_of_a_job_is_no_shelter_talk(app, fake_line):
    move_clock_to(TUESDAY_AFTERNOON)
    resident = Resident(app, fake_line)
    resident.say("もう死にたい")
    assert "シェルター" not in resident.texts(resident.say("会社から逃げたい"))
