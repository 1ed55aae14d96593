"""A message sent later (nobody claimed the conversation in time) says what its button does, in the words of
the button itself: "book a visit to the office" under a button that asks a counselor to come along was the
defect (found by a tester in 14 languages)."""
from datetime import timedelta

import pytest

from bot.line import events as line_events
from handlers import languages
from storage import clock, repo
from tests.console_fixtures import conversation, open_office


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
