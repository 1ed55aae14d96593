"""A message sent later (nobody claimed the conversation in time) says what its button does, in the words of
the button itself: "book a visit to the office" under a button that asks a counselor to come along was the
defect (found by a tester in 14 languages)."""
import re
from datetime import timedelta

import pytest

from bot.line import events as line_events
from handlers import languages
from storage import clock, repo
from tests.console_fixtures import conversation, open_office

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first


def _speak(runtime, user: str, lang: str) -> None:
    with runtime.db.session() as session:
        resident = repo.find_resident(session, line_events.CHANNEL, user)
        resident.lang, resident.lang_source = lang, "chosen"


@pytest.mark.parametrize("lang", languages.codes())
def test_a_resident_nobody_claimed_in_time_is_told_what_the_offered_button_does(runtime, resident, lang):
    open_office(runtime)
    resident.follow()
    _speak(runtime, resident.user, lang)
    resident.say("人と話したい")
    clock.shift(timedelta(minutes=16))
    assert runtime.scheduler.run_due() == 1
    push = resident.wait()
    label = runtime.services.translate(lang, "opt.visit")
    assert label in resident.buttons(), resident.texts(push)
    assert label in resident.texts(push), f"the push does not name its button {label!r}: {resident.texts(push)}"
    conv_id = _last_conversation_id(runtime)
    resident.tap(label)
    assert conversation(runtime, conv_id).state == "visit", "the button it names opens the accompanied visit"


def test_the_push_names_its_button_through_the_catalog_not_by_a_copy_of_the_words():
    from dialogs.catalog import PLACEHOLDER, Catalog
    catalog = Catalog.from_directory()
    for lang in languages.codes():
        assert "visit" in PLACEHOLDER.findall(catalog.raw(lang, "counsel.unclaimed")), lang


def _last_conversation_id(runtime) -> int:
    from sqlalchemy import select

    from storage.models import Conversation
    with runtime.db.session() as session:
        return session.scalars(select(Conversation.id).order_by(Conversation.id.desc())).first()


# 「X」を押してください: a button named in a Japanese text is named by its own label in every language
PRESS = re.compile(r"「([^」{}]+)」(?:を\s*(?:押|おし|おす|タップ)|で\s*見)")


def _button_references() -> dict[str, list[list[str]]]:
    """{message id: [[label ids whose Japanese text it quotes], …]} from the Japanese source."""
    from dialogs.catalog import Catalog
    source = Catalog.from_directory().texts[languages.SOURCE]
    labels: dict[str, list[str]] = {}
    for msg_id, text in source.items():
        labels.setdefault(text, []).append(msg_id)
    refs: dict[str, list[list[str]]] = {}
    for msg_id, text in source.items():
        for quoted in PRESS.findall(text):
            if quoted in labels:
                refs.setdefault(msg_id, []).append(labels[quoted])
    return refs


def test_the_japanese_source_names_buttons_the_check_can_follow():
    refs = _button_references()
    assert {"counsel.handed_back", "welcome.intro", "intake.choose_topics"} <= set(refs)


@pytest.mark.parametrize("lang", languages.codes())
def test_a_message_that_tells_which_button_to_press_names_it_as_the_button_reads(lang):
    from dialogs.catalog import Catalog
    catalog = Catalog.from_directory()
    drift = []
    for msg_id, label_sets in _button_references().items():
        text = catalog.raw(lang, msg_id)
        for label_ids in label_sets:
            if not any(catalog.raw(lang, label) in text for label in label_ids):
                drift.append(f"{msg_id} names a button that reads {catalog.raw(lang, label_ids[0])!r}: {text!r}")
    assert not drift, "\n".join(drift)
