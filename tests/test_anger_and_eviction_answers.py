"""Found by a tester: being put out of one's home ("my landlord is kicking me out") and the resident's own wish to hurt
someone (「上司を殴りたい」「バイト先の店長、マジ殺したい」 "I want to kill my boss") were answered as violence suffered —
「あなたは悪くありません…110番」, the DV lines, the crisis queue. An eviction is housing; anger is heard calmly with a
counselor offered, never with the DV lines; a plan to harm a person is also told to the counselor (their queue)."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.support import chose_language, conversation_state

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
DV_LINE = "0120-279-889"
NOT_YOUR_FAULT = ("悪くありません", "not your fault", "no es tu culpa")


def conversation(resident) -> Conversation:
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        return s.scalars(select(Conversation).where(Conversation.resident_id == row.id)).one()


def no_violence_answer(said: str) -> None:
    assert DV_LINE not in said and not any(words in said for words in NOT_YOUR_FAULT), said


@pytest.mark.parametrize("lang,text,housing", [
    ("en", "my landlord is kicking me out", "Housing"), ("en", "my landlord kicked me out", "Housing"),
    ("en", "they kicked us out", "Housing"), ("pt-BR", "meu senhorio me chutou de casa", "Moradia"),
    ("id", "saya ditendang dari kos", "Tempat tinggal"),
])
def test_being_put_out_of_ones_home_is_answered_as_housing(resident, lang, text, housing):
    chose_language(resident, lang, MONDAY_MORNING)
    said = resident.texts(resident.say(text))
    no_violence_answer(said)
    assert f"✓ {housing}" in resident.buttons() and conversation_state(resident) == "topics"
    assert not conversation(resident).crisis


@pytest.mark.parametrize("lang,text,heard,work", [
    ("ja", "バイト先の店長、マジ殺したい", "腹が立つこと", "✓ お仕事"),
    ("ja", "上司を殴りたい", "腹が立つこと", "✓ お仕事"),
    ("en", "I want to kill my boss", "really angry", "✓ Work"),
    ("es", "quiero matar a mi jefe", "enojar mucho", "✓ Trabajo"),
    ("vi", "tôi muốn đánh sếp", "tức giận", "✓ "),
])
def test_the_residents_anger_is_heard_calmly_and_a_counselor_offered(resident, lang, text, heard, work):
    chose_language(resident, lang, MONDAY_MORNING)
    said = resident.texts(resident.say(text))
    no_violence_answer(said)
    assert heard in said and any(work in b for b in resident.buttons()), said
    assert any("人と話したい" in b or "person" in b or "alguien" in b or "người" in b for b in resident.buttons())
    conv = conversation(resident)
    assert not conv.crisis and conv.status != "waiting"  # no crisis queue for a feeling


def test_anger_in_the_middle_of_the_conversation_is_heard_too(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("仕事のことで相談したい")
    said = resident.texts(resident.say("正直、上司を殴りたい"))
    no_violence_answer(said)
    assert "腹が立つこと" in said and not conversation(resident).crisis


@pytest.mark.parametrize("lang,text,told", [
    ("ja", "本気で殺しに行く", "相談員にも伝えました"),
    ("en", "I'm going to kill him", "told a counselor"),
])
def test_a_plan_to_harm_someone_is_told_to_the_counselor(resident, lang, text, told):
    chose_language(resident, lang, MONDAY_MORNING)
    said = resident.texts(resident.say(text))
    no_violence_answer(said)
    assert told in said, said
    conv = conversation(resident)
    assert conv.status == "waiting" and conv.urgency >= 50 and not conv.crisis
    assert conv.data.get("harm_intent_log")


def test_violence_suffered_is_still_a_crisis(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    said = resident.texts(resident.say("夫に殴られた"))
    assert "悪くありません" in said and conversation(resident).crisis == ["violence"]
