"""Never double-booked: 20 parallel attempts on the last place of a slot give exactly one booking."""
import threading
import uuid

from bot.dev.simulator import build_event
from handlers import bookings
from storage import clock
from storage.models import Conversation
from tests.booking_helpers import active_bookings, add_slot, slot
from tests.support import post_events

ATTEMPTS = 20


def _conversations(runtime, count: int) -> list[int]:
    """*count* residents, each with an open conversation; return the conversation ids."""
    from storage import repo
    ids = []
    with runtime.db.session() as session:
        for i in range(count):
            key = f"Urace{i:02d}{uuid.uuid4().hex[:8]}"
            repo.ensure_resident(session, "line", key, clock.now())
            resident = repo.find_resident(session, "line", key)
            ids.append(repo.new_conversation(session, resident.id, "intake", "outcome", clock.now()).id)
    return ids


def _together(jobs) -> None:
    """Start every job at the same moment and wait for all."""
    barrier = threading.Barrier(len(jobs))

    def run(job):
        barrier.wait()
        job()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)


def test_twenty_parallel_service_calls_on_the_last_place_give_one_booking(runtime):
    last = add_slot(runtime, 3, capacity=2)
    convs = _conversations(runtime, ATTEMPTS + 1)
    with runtime.db.session() as session:  # one place is already taken
        bookings.book_for_conversation(session, last, convs[-1], clock.now())
    results = []

    def attempt(conv_id):
        def job():
            try:
                with runtime.db.session() as session:
                    bookings.book_for_conversation(session, last, conv_id, clock.now())
                results.append("booked")
            except bookings.SlotFull:
                results.append("full")
        return job

    _together([attempt(c) for c in convs[:ATTEMPTS]])
    assert sorted(results) == ["booked"] + ["full"] * (ATTEMPTS - 1)
    assert slot(runtime, last).booked == 2 and len(active_bookings(runtime, last)) == 2


def test_twenty_parallel_api_requests_on_the_last_place_give_one_201_and_nineteen_409s(app, runtime, api_client):
    token = api_client("counselor").environ_base["HTTP_AUTHORIZATION"]
    last = add_slot(runtime, 3, capacity=1)
    following = add_slot(runtime, 5, capacity=3)
    convs = _conversations(runtime, ATTEMPTS)
    answers = []

    def attempt(conv_id):
        def job():
            resp = app.test_client().post("/api/v1/bookings", json={"slot_id": last, "conversation_id": conv_id},
                                          headers={"Authorization": token})
            answers.append((resp.status_code, resp.get_json()))
        return job

    _together([attempt(c) for c in convs])
    codes = sorted(code for code, _ in answers)
    assert codes == [201] + [409] * (ATTEMPTS - 1)
    refused = [body for code, body in answers if code == 409]
    assert all(body["error"] and [s["id"] for s in body["next_slots"]] == [following] for body in refused)
    assert slot(runtime, last).booked == 1 and len(active_bookings(runtime, last)) == 1


def test_twenty_residents_confirming_the_last_place_in_the_chat_at_once(app, runtime, new_resident):
    last = add_slot(runtime, 3, capacity=1, place="最後の一席")
    add_slot(runtime, 6, capacity=5, place="つぎの日")
    people = [new_resident() for _ in range(ATTEMPTS)]
    for person in people:
        person.follow()
        person.tap("できることを見る")
        person.tap("一緒に行ってほしい")
        person.tap(person.buttons()[0])
        person.tap("福祉事務所")
    consent = []
    for person in people:
        items = person.last_messages[-1]["quickReply"]["items"]
        consent.append([i["action"]["data"] for i in items if i["action"]["label"] == "伝えてよい"][0])

    def tap(person, data):
        def job():
            event = build_event(person.user, "postback", {"data": data})
            event["replyToken"] = f"test.{person.user}.{uuid.uuid4().hex}"
            assert post_events(person.client, [event]).status_code == 200
        return job

    _together([tap(p, d) for p, d in zip(people, consent)])
    assert runtime.drain(60)
    said = [p.texts(p.wait()) for p in people]
    assert sum("予約できました" in s for s in said) == 1
    refused = [s for s in said if "予約できました" not in s]
    assert len(refused) == ATTEMPTS - 1
    assert all("ほかの方の予約でうまりました" in s and "つぎの日" in s and "最後の一席" not in s for s in refused)
    assert slot(runtime, last).booked == 1 and len(active_bookings(runtime, last)) == 1
    with runtime.db.session() as session:
        states = sorted(c.state for c in session.query(Conversation))
    assert states.count("my_visit") == 1 and states.count("visit") == ATTEMPTS - 1
