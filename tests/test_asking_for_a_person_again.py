"""After stopping the wait for a person, a short wish to talk in the resident's own words (「やっぱり話したい」
"actually I want to talk") puts them back in the queue, in every language; a story that mentions talking, or not
wanting to talk, does not."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"


def _status(resident) -> tuple[str, str]:
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        conv = s.scalars(select(Conversation).where(Conversation.resident_id == row.id)).one()
        return conv.state, conv.status


def _stopped_waiting(resident, lang: str) -> None:
    move_clock_to(MONDAY_MORNING)
    resident.follow()
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"
    resident.tap("人と話したい")
    assert _status(resident) == ("handoff", "waiting")
    resident.tap(resident.buttons()[-2])  # 「待つのをやめる」 in the resident's language
    assert _status(resident)[1] != "waiting"


@pytest.mark.parametrize("lang, words", [
    ("ja", "やっぱり話したい"), ("ja", "やっぱり話したいです"), ("ja", "まだ相談したいです"),
    ("en", "actually I want to talk"), ("en", "I'd like to talk to a person after all"),
    ("zh-Hans", "我还是想聊聊"), ("ko", "역시 얘기하고 싶어요"), ("vi", "thật ra tôi muốn nói chuyện"),
    ("es", "al final sí quiero hablar"), ("pt-BR", "na verdade quero conversar"), ("tl", "gusto ko pa rin makipag-usap"),
    ("id", "saya mau bicara lagi"), ("th", "อยากคุยค่ะ"),
])
def test_after_stopping_the_wait_wanting_to_talk_again_puts_the_resident_back_in_the_queue(resident, lang, words):
    _stopped_waiting(resident, lang)
    resident.say(words)
    assert _status(resident) == ("handoff", "waiting")


@pytest.mark.parametrize("lang, words", [("ja", "話したくないです"), ("ja", "もう話したくない"), ("en", "I don't want to talk"),
                                         ("es", "no quiero hablar"), ("ja", "夫と話したいけど家賃が払えない")])
def test_not_wanting_to_talk_or_a_story_about_talking_does_not_queue_again(resident, lang, words):
    _stopped_waiting(resident, lang)
    resident.say(words)
    assert _status(resident)[0] != "handoff"  # (a low mood may still be asked about gently: handlers/safety.py)
