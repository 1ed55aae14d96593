"""「他には？」 at the places found (found by a tester): a resident who asks for more places where places were shown gets
the next nearest ones, and once there are no more, that these are all near them open now or soon, with the buttons
that widen the search (another area, a counselor) — never "a counselor can answer that question"."""
import pytest

from tests.places_support import cards_of, seed_directory, set_clock, to_places

OFFER = "そのご質問には、相談員がお答えできます"


@pytest.fixture
def town(runtime):
    seed_directory(runtime)
    return runtime


def _titles(messages) -> list[str]:
    return [b["body"]["contents"][0]["text"] for b in cards_of(messages)]


@pytest.mark.parametrize("more", ["他には？", "ほかにある？", "もっとある？", "他のところは？"])
def test_a_resident_who_asks_for_more_places_gets_the_next_nearest(town, resident, more):
    set_clock("2026-11-24 11:00")
    to_places(resident)
    first = _titles(resident.tap("中央"))
    said = resident.say(more)
    following = _titles(said)
    assert following and not set(following) & set(first), resident.texts(said)
    assert OFFER not in resident.texts(said) and "少し遠く" in resident.texts(said)
    assert "別の場所で探す" in resident.buttons() and "相談員と話す" in resident.buttons()


def test_when_all_near_places_were_shown_the_resident_is_told_so_and_how_to_widen_the_search(town, resident):
    set_clock("2026-11-24 11:00")
    to_places(resident)
    resident.tap("中央")
    seen, answers = set(), []
    for more in ("他には？", "ほかにある？", "他は？", "まだある？"):
        said = resident.say(more)
        titles = _titles(said)
        assert not seen & set(titles)
        seen |= set(titles)
        answers.append(resident.texts(said))
    assert "これで全部" in answers[-2] and answers[-1] != answers[-2], answers
    assert all(OFFER not in a for a in answers)
    assert "別の場所で探す" in resident.buttons()


@pytest.mark.parametrize("lang, more, says", [("en", "any others?", "more places"), ("en", "more?", "more places"),
                                              ("vi", "còn chỗ nào khác không?", "nơi nữa"),
                                              ("es", "¿hay más?", "lugares más"),
                                              ("zh-Hans", "还有吗？", "另外"), ("ko", "다른 곳 또 있어요?", "더 있는")])
def test_more_asked_in_another_language_gets_the_next_places_in_it(town, resident, fake_line, lang, more, says):
    set_clock("2026-11-24 11:00")
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    resident.postback("t=menu&s=start")
    resident.postback("t=places&s=outcome")
    first = _titles(resident.postback("t=area&v=central&s=places"))
    said = resident.say(more)
    assert _titles(said) and not set(_titles(said)) & set(first), resident.texts(said)
    assert says in resident.texts(said)


def test_a_long_story_at_the_places_found_is_not_taken_for_more(town, resident):
    set_clock("2026-11-24 11:00")
    to_places(resident)
    resident.tap("中央")
    said = resident.say("ほかにも家賃のことで困っていて、どうしたらいいのか分からないんです")
    assert not cards_of(said)
