"""A medical emergency (someone collapsed, not breathing) raises the crisis flow as a danger to life, but nobody wrote
of a wish to die: staff pages say 「急病・けが（命の危険）」, not 「自殺の危険」, until a wish to die is written. The API
keeps the five sign codes."""
from sqlalchemy import select

from storage.models import Conversation
from tests.console_fixtures import open_office

MEDICAL = "急病・けが（命の危険）"
SUICIDE = "自殺の危険"


def _conversation(runtime) -> Conversation:
    with runtime.db.session() as session:
        return session.scalars(select(Conversation)).one()


def test_a_collapsed_father_is_shown_to_the_counselor_as_a_medical_emergency_not_suicide(runtime, resident,
                                                                                         counselor_client):
    open_office(runtime)
    resident.follow()
    assert "119" in resident.texts(resident.say("父が倒れて息をしていない"))
    conv = _conversation(runtime)
    assert conv.crisis == ["suicide"] and conv.data["medical_only"] is True  # the code stays one of the five
    client, _ = counselor_client
    page = client.get(f"/console/c/{conv.id}").get_data(as_text=True)
    assert MEDICAL in page and SUICIDE not in page
    queue = client.get("/console/").get_data(as_text=True)
    assert '"medical"' in queue  # the queue's label table knows the word


def test_a_wish_to_die_written_later_is_shown_as_suicide_again(runtime, resident, counselor_client):
    open_office(runtime)
    resident.follow()
    resident.say("母が倒れて息してない")
    resident.say("もう私も死にたい")
    conv = _conversation(runtime)
    assert conv.data["medical_only"] is False
    client, _ = counselor_client
    page = client.get(f"/console/c/{conv.id}").get_data(as_text=True)
    assert SUICIDE in page


def test_pills_taken_are_still_a_suicide_sign_on_staff_pages(runtime, resident, counselor_client):
    open_office(runtime)
    resident.follow()
    resident.say("薬をたくさん飲んだ")
    conv = _conversation(runtime)
    assert not conv.data.get("medical_only")
    client, _ = counselor_client
    assert SUICIDE in client.get(f"/console/c/{conv.id}").get_data(as_text=True)
