"""A place to go asked for inside a story of loneliness (「誰とも話してない。どこか行ける場所ある？」) is a search for places
near the resident, not lost behind the topic check (found by playing residents); 「行ける場所がない」 told, not asked,
is no such request."""
import pytest

from tests.support import move_clock_to

AREA_OR_LOCATION = "位置情報を送る"


@pytest.mark.parametrize("story", [
    "もう半年くらい家族以外と話してない。どこか昼間に過ごせる場所ってある？",
    "仕事やめてから家にこもりがち。通えるところないかな",
    "さみしい。気軽に行けるところ教えて",
])
def test_a_resident_who_asks_for_a_place_to_go_inside_a_story_is_asked_where_they_are(resident, story):
    move_clock_to("2026-12-07T14:00:00+09:00")
    resident.say(story)
    assert AREA_OR_LOCATION in resident.buttons()


def test_the_reading_keeps_where_for_a_question_and_not_for_a_statement(classify):
    assert "where" in classify("日中にいられる所ってありますか").intents
    assert "where" not in classify("どこにも行ける場所がない").intents
