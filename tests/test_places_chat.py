"""Places nearby in the chat: a shared location or an area → the nearest fitting places, open now or soon."""
import pytest
from sqlalchemy import select

from storage.models import UnmetNeed
from tests.places_support import (
    card_actions,
    card_texts,
    cards_of,
    seed_directory,
    set_clock,
    to_places,
)


@pytest.fixture
def town(runtime):
    seed_directory(runtime)
    return runtime


def test_a_resident_who_shares_a_location_gets_open_places_nearest_first(town, resident):
    set_clock("2026-11-24 11:00")  # a Tuesday morning
    to_places(resident)
    messages = resident.location(35.6581, 139.7017)
    bubbles = cards_of(messages)
    assert 3 <= len(bubbles) <= 5
    titles = [b["body"]["contents"][0]["text"] for b in bubbles]
    assert titles[0] == "中央図書館 ティーンズコーナー" or "ひだまりカフェ" in titles
    distances = []
    for bubble in bubbles:
        lines = card_texts(bubble)
        kind_line = next(line for line in lines if " · " in line)
        value = kind_line.split(" · ")[1]
        distances.append(float(value.replace(" km", "").replace(" m", "").replace(",", "")) *
                         (1000 if "km" in value else 1))
        assert any(line.startswith("いま開いています") or line.startswith("次に開くのは") for line in lines)
        actions = card_actions(bubble)
        assert actions[0]["type"] == "uri" and actions[0]["uri"].startswith("https://www.google.com/maps/")
        assert actions[1]["uri"].startswith("tel:0120-000-")
    assert distances == sorted(distances)
    assert "女性のためのカフェ「そら」" not in titles  # women only: not offered unless asked for
    assert "近くの居場所" in resident.texts()
    assert "だれ向けかで探す" in resident.buttons()


def test_places_that_are_closed_for_long_are_left_out(town, resident):
    set_clock("2026-11-24 11:00")
    to_places(resident)
    bubbles = cards_of(resident.location(35.6581, 139.7017))
    titles = [b["body"]["contents"][0]["text"] for b in bubbles]
    # The night café opens on Friday evening: more than a day away on Tuesday morning.
    assert "よるカフェ「つき」" not in titles


def test_the_cards_speak_the_residents_language(town, resident):
    set_clock("2026-11-24 11:00")
    resident.follow()
    resident.tap("Language")
    resident.tap("English")
    resident.postback("t=menu&s=start")
    resident.postback("t=places&s=outcome")
    bubbles = cards_of(resident.location(35.6581, 139.7017))
    text = "\n".join("\n".join(card_texts(b)) for b in bubbles)
    assert "Open now (until" in text or "Opens " in text
    assert "International Lounge" in text  # foreign residents' places fit someone who reads English
    assert card_actions(bubbles[0])[0]["label"] == "Map"


def test_a_resident_can_ask_for_places_for_women(town, resident):
    set_clock("2026-11-28 14:00")  # Saturday afternoon
    to_places(resident)
    resident.location(35.6581, 139.7017)
    resident.tap("だれ向けかで探す")
    bubbles = cards_of(resident.tap("女性"))
    titles = [b["body"]["contents"][0]["text"] for b in bubbles]
    assert titles and titles[0] == "女性のためのカフェ「そら」"
    assert all("だれでも" not in t for t in titles)


def test_an_area_stands_for_its_centre_point(town, resident):
    set_clock("2026-11-24 11:00")
    to_places(resident)
    bubbles = cards_of(resident.tap("北部"))
    assert bubbles
    assert any("まちかどカフェ北" in b["body"]["contents"][0]["text"] for b in bubbles)


def test_nothing_nearby_gets_an_honest_answer_a_counselor_and_is_counted(town, resident, runtime):
    set_clock("2026-11-24 11:00")
    to_places(resident)
    messages = resident.location(34.6937, 135.5023)  # Osaka: far from the town
    assert not cards_of(messages)
    assert "見つかりませんでした" in resident.texts()
    assert "相談員と話す" in resident.buttons()
    with runtime.db.session() as session:
        needs = list(session.scalars(select(UnmetNeed)))
    # counted for the reports, without where the resident was (issue 20: no coordinates where no report needs them)
    assert [(n.need, n.reason, n.lat, n.lon) for n in needs] == [("place", "none_nearby", None, None)]


def test_outside_the_city_is_said_plainly_and_counted(town, resident, runtime):
    to_places(resident)
    resident.tap("市の外")
    assert "市の外" in resident.texts()
    with runtime.db.session() as session:
        assert [n.reason for n in session.scalars(select(UnmetNeed))] == ["outside_area"]


def test_late_at_night_places_open_across_midnight_are_offered(town, resident):
    set_clock("2026-11-28 01:00")  # Saturday 1 a.m.: the Friday night café is open until 2
    to_places(resident)
    resident.location(35.6581, 139.7017)
    resident.tap("だれ向けかで探す")
    bubbles = cards_of(resident.tap("若い人"))
    by_title = {b["body"]["contents"][0]["text"]: card_texts(b) for b in bubbles}
    assert "よるカフェ「つき」" in by_title
    assert "いま開いています（2:00まで）" in by_title["よるカフェ「つき」"]
