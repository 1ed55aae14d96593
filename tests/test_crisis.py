"""The crisis safety net: caught in every state, hotlines for the sign, language and hour, first in line."""
import json

import pytest
import responses
from sqlalchemy import select

from bot import create_app
from storage.models import Conversation
from tests.support import Resident, move_clock_to

TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"
SATURDAY_NIGHT = "2026-11-28T23:00:00+09:00"
OFFICE_HOOK = "https://office.example.test/alerts"

STATES = ["start", "topics", "followup", "outcome", "visit", "places", "info", "language", "handoff"]


@pytest.fixture
def alerting_app(settings, bundle):
    settings.office_webhook_url = OFFICE_HOOK
    app = create_app({"settings": settings, "bundle": bundle})
    yield app
    app.extensions["madoguchi"].close()


def conversation(runtime) -> Conversation:
    with runtime.db.session() as s:
        return s.scalars(select(Conversation)).one()


def put_in_state(runtime, state: str, status: str = "bot", **data) -> None:
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation)).one()
        conv.state, conv.status = state, status
        conv.data = {**conv.data, "queue": ["household"], **data}


@pytest.mark.parametrize("state", STATES)
@responses.activate
def test_a_resident_who_writes_shinitai_in_any_state_gets_the_hotline_and_is_first_in_the_queue(
        state, alerting_app, fake_line):
    responses.add(responses.POST, OFFICE_HOOK, json={}, status=200)
    move_clock_to(TUESDAY_AFTERNOON)
    runtime = alerting_app.extensions["madoguchi"]
    calm = Resident(alerting_app, fake_line)
    calm.say("人と話したい")  # someone already waiting, not urgent
    resident = Resident(alerting_app, fake_line)
    resident.follow()
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.status == "bot")).one()
        conv.state, conv.status = state, "waiting" if state == "handoff" else "bot"
        conv.data = {**conv.data, "queue": ["household"]}
        conv_id = conv.id
    answer = resident.texts(resident.say("もう死にたい"))
    assert "ひとりで抱えないでください" in answer
    assert "0120-279-338" in answer and "いのちの電話" in answer  # open at 15:00
    assert "相談員にもすぐに伝えました" in answer
    with runtime.db.session() as s:
        queue = s.scalars(select(Conversation).where(Conversation.status == "waiting")
                          .order_by(Conversation.urgency.desc(), Conversation.waiting_since)).all()
        assert queue[0].id == conv_id and queue[0].crisis == ["suicide"] and queue[0].urgency == 100
        # the crisis step (declared in the script) stays with the resident; where they were is kept to go back to
        assert queue[0].state == "crisis"
        assert queue[0].data.get("return_to") == (None if state in ("handoff", "language") else state)
    [call] = responses.calls
    alert = json.loads(call.request.body)
    assert alert["event"] == "crisis" and alert["signals"] == ["suicide"] and alert["conversation_id"] == conv_id
    assert "死にたい" not in call.request.body.decode() if isinstance(call.request.body, bytes) else "死にたい" not in call.request.body


def test_on_saturday_night_the_resident_is_told_when_a_counselor_will_read_it_and_gets_24_hour_lines(resident):
    move_clock_to(SATURDAY_NIGHT)
    answer = resident.texts(resident.say("しにたい"))
    assert "11月30日(月) 8:30" in answer
    assert "0120-279-338" in answer
    assert "いのちの電話" not in answer  # that line closes at 22:00


def test_violence_at_home_gets_the_police_and_the_dv_line(resident):
    move_clock_to(TUESDAY_AFTERNOON)
    answer = resident.texts(resident.say("夫に殴られる。こわい"))
    assert "あなたは悪くありません" in answer and "110" in answer and "DV相談＋" in answer


def test_no_food_today_and_a_gas_cut_are_caught_as_crisis(resident, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    assert "食べるものがない" in resident.texts(resident.say("昨日から何も食べてない"))
    assert "電気・ガス・水道" in resident.texts(resident.say("ガス止められた"))
    assert conversation(runtime).crisis == ["lifeline", "no_food"]


def test_a_crisis_while_a_counselor_holds_the_conversation_alerts_the_counselor_and_gives_the_lines_once(
        resident, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.follow()
    put_in_state(runtime, "handoff", status="active")
    answer = resident.texts(resident.say("今夜寝るところがない"))
    assert "0120" in answer  # the lines that fit now, though the counselor may be away from the screen
    assert "相談員が読みます" not in answer  # nothing about waiting: a counselor has the conversation
    assert resident.say("今夜寝るところがない") == []  # the same sign again: the counselor has it
    conv = conversation(runtime)
    assert conv.crisis == ["no_shelter"] and conv.data["crisis_alert"]["signals"] == ["no_shelter"]
    assert conv.status == "active"


def test_after_a_crisis_message_the_conversation_goes_on(resident, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.say("死にたい")
    answer = resident.texts(resident.say("家賃も払えない"))
    assert "お金、住まいのこと、受け取りました" in answer  # the new problem is kept for the counselor
    assert "相談員が順番に読んで" in answer  # still with the resident, waiting for a person
    assert conversation(runtime).status == "waiting"
