"""Violence by someone not of the home (a boss, a customer, a stranger) does not get the DV lines first: the police
consultation line and 110 come before them — unless violence at home is told too (known since session 15)."""
import pytest

from dialogs.triage import default_classifier
from handlers.datafile import DataError
from handlers.hotlines import HotlineBook
from tests.support import Resident, move_clock_to


@pytest.mark.parametrize("text", ["上司に殴られた", "バイト先の店長に蹴られた", "知らない男に殴られた", "my boss hit me at work today",
                                  "a stranger attacked me on the street", "mi jefe me pegó", "sếp đánh tôi", "老板打我"])
def test_violence_by_someone_outside_the_home_is_told_as_such(text):
    assert "outside_home" in default_classifier().classify(text).situations, text


def lines_in(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith(("・", "•"))]


def test_a_resident_hit_by_their_boss_gets_the_police_lines_before_the_dv_lines(app, fake_line):
    move_clock_to("2026-12-07T10:00:00+09:00")
    resident = Resident(app, fake_line)
    lines = lines_in(resident.texts(resident.say("上司に殴られた")))
    assert "#9110" in lines[0] and "110" in lines[1]
    assert all("DV相談" not in line for line in lines[:3])


def test_violence_at_home_keeps_the_dv_lines_first_even_when_a_boss_is_named(app, fake_line):
    move_clock_to("2026-12-07T10:00:00+09:00")
    resident = Resident(app, fake_line)
    lines = lines_in(resident.texts(resident.say("夫に殴られて、上司にも相談できない")))
    assert "DV相談" in lines[0]


def test_an_unknown_situation_in_first_unless_is_refused_with_its_line():
    row = {"id": "x", "name": "hotline.police", "number": "1", "signals": ["violence"], "languages": ["ja"],
           "hours": "24h", "first_unless": ["at_work"]}
    with pytest.raises(DataError) as caught:
        HotlineBook.from_data([row], "hotlines.yaml", "Asia/Tokyo")
    assert "at_work" in str(caught.value.problems)
