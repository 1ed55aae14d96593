"""When the resident says the topics read were wrong at the topics step — 「そういう意味じゃない」 "that's not what I
said" in any wording or language, or a bare 「ちゃう」 "no" — the topics read from their words are unticked and gone
from what the counselor sees (the conversation's topics), and stay gone when they choose another; a topic they
ticked with a button themselves stays (found by a tester: the rejected topic stayed ticked for the counselor)."""
import pytest
from sqlalchemy import select

from dialogs.catalog import Catalog
from storage.models import Conversation
from tests.support import chose_language, move_clock_to

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
CATALOG = Catalog.from_directory()


def _conversation(runtime) -> tuple[list, dict]:
    with runtime.db.session() as session:
        conv = session.scalars(select(Conversation)).one()
        return list(conv.topics or []), dict(conv.data or {})


def _ticked(resident) -> set[str]:
    return {b for b in resident.buttons() if b.startswith("✓")}


@pytest.mark.parametrize("lang, story, words", [
    ("ja", "借金の取り立てがきつい", "そういう意味じゃない"),
    ("ja", "借金の取り立てがきつい", "そんなこと言うてへんよ"),
    ("en", "debt collectors keep calling me", "that's not what I said"),
    ("tl", "may utang ako at hinahabol ako ng naniningil", "hindi ganun"),
    ("zh-Hans", "我欠了很多钱", "你搞错了"),
    ("es", "tengo muchas deudas", "no, no es eso"),
    ("ja", "借金の取り立てがきつい", "ちゃう"),
])
def test_the_topics_said_to_be_misread_are_unticked_and_gone_for_the_counselor(runtime, resident, lang, story, words):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(story)
    read, _data = _conversation(runtime)
    assert read and _ticked(resident)
    resident.say(words)
    topics, data = _conversation(runtime)
    assert not _ticked(resident), resident.buttons()
    assert not set(read) & set(topics) and not set(read) & set(data.get("topics", [])), (topics, data.get("topics"))


def test_another_topic_chosen_after_the_misread_is_the_only_one_the_counselor_sees(runtime, resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say("借金の取り立てがきつい")
    resident.say("そういう意味じゃない")
    resident.tap(CATALOG.text("ja", "topic.work"))
    assert _ticked(resident) == {"✓ " + CATALOG.text("ja", "topic.work")}
    assert _conversation(runtime)[0] == ["work"]
    resident.tap("これでOK")
    topics, data = _conversation(runtime)
    assert topics == ["work"] and data["summary"]["topics"] == ["work"] if "summary" in data else topics == ["work"]


def test_a_topic_the_resident_ticked_themselves_stays_after_a_misread(runtime, resident):
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    resident.say("借金の取り立てがきつい")
    resident.tap(CATALOG.text("ja", "topic.housing"))
    resident.say("そういう意味じゃない")
    assert _ticked(resident) == {"✓ " + CATALOG.text("ja", "topic.housing")}
    assert _conversation(runtime)[0] == ["housing"]
