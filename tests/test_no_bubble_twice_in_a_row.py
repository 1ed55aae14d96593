"""No answer repeats a bubble of the previous answer, not even behind a short opening word: a second sticker, picture
or location after a crisis answer, 「ここで話す」 tapped twice, a language asked for that is already the one in use —
each gets words of its own (found by a tester, in ja en vi zh th)."""
import pytest

from tests.support import chose_language

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
CRISIS_WORDS = {"ja": "もう死にたい", "en": "I want to die", "vi": "tôi muốn chết", "zh-Hans": "我想自杀",
                "th": "อยากตาย"}
VIOLENCE_WORDS = {"ja": "夫に殴られた", "en": "my partner hits me", "vi": "chồng tôi đánh tôi",
                  "zh-Hans": "我丈夫打我", "th": "สามีตีฉัน"}


def _bubbles(messages: list[dict]) -> list[str]:
    return [m.get("text") or m.get("altText") or "" for m in messages]


def _repeated(before: list[dict], now: list[dict]) -> list[str]:
    """The bubbles of *now* that say a bubble of *before* again (whole, or with a word in front)."""
    return [b for b in _bubbles(now) if any(a and a in b for a in _bubbles(before))]


@pytest.mark.parametrize("lang", sorted(CRISIS_WORDS))
@pytest.mark.parametrize("kind", ["sticker", "image"])
def test_a_second_sticker_or_picture_after_a_crisis_answer_gets_other_words(resident, lang, kind):
    chose_language(resident, lang, MONDAY_10AM)
    resident.say(CRISIS_WORDS[lang])
    send = getattr(resident, kind)
    first = send()
    second = send()
    assert second and not _repeated(first, second), (first, second)
    third = send()
    assert third and not _repeated(second, third), (second, third)


@pytest.mark.parametrize("lang", sorted(VIOLENCE_WORDS))
def test_a_second_location_after_a_crisis_answer_gets_other_words(resident, lang):
    chose_language(resident, lang, MONDAY_10AM)
    resident.say(VIOLENCE_WORDS[lang])
    first = resident.location()
    second = resident.location()
    assert "110" in resident.texts(second) and not _repeated(first, second), (first, second)


def test_talk_here_tapped_twice_is_not_the_same_invitation_again(resident):
    chose_language(resident, "vi", MONDAY_10AM)
    resident.say("tôi muốn chết")
    first = resident.tap("Nói chuyện ở đây")
    second = resident.tap("Nói chuyện ở đây")
    assert second and not _repeated(first, second), (first, second)


@pytest.mark.parametrize("lang, asked", [("vi", "tiếng Việt"), ("en", "English please")])
def test_a_language_asked_for_again_says_it_is_already_in_use(resident, lang, asked):
    chose_language(resident, "ja", MONDAY_10AM)
    first = resident.say({"vi": "Can you speak Vietnamese?", "en": "英語で話せますか"}[lang])
    second = resident.say(asked)
    said = resident.texts(second)
    assert {"vi": "rồi", "en": "already"}[lang] in said and not _repeated(first, second), (first, second)


@pytest.mark.parametrize("lang, places", [("ja", "近くの居場所"), ("en", "Places nearby")])
def test_a_place_search_sent_again_where_none_was_found_says_it_in_other_words(resident, lang, places):
    chose_language(resident, lang, "2026-12-07T21:30:00+09:00")
    resident.tap("できることを見る")
    resident.tap(places)
    first = resident.location()
    second = resident.location()
    assert second and not _repeated(first, second), (first, second)


def test_a_second_location_after_nothing_to_eat_is_not_the_same_answer_again(resident):
    chose_language(resident, "ja", "2026-12-06T14:00:00+09:00")
    resident.say("今日食べるものがない")
    first = resident.location()
    second = resident.location()
    assert second and not _repeated(first, second), (first, second)


@pytest.mark.parametrize("lang, words", [("ja", ("ｗｗｗ", "asdfghjkl", "。。。？")), ("en", ("hmm ok", "whatever", "lol"))])
def test_words_kept_where_a_button_was_expected_are_acknowledged_in_other_words_the_next_time(resident, lang, words):
    chose_language(resident, lang, MONDAY_10AM)
    resident.tap("できることを見る")
    before = resident.say(words[0])
    for typed in words[1:]:
        now = resident.say(typed)
        assert now and not _repeated(before, now), (before, now)
        before = now
