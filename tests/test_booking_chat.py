"""A resident books an accompanied visit in the chat, moves it and cancels it — through the real /callback."""
from datetime import timedelta

from sqlalchemy import select

from storage import clock
from storage.models import Booking, Conversation, ScheduledJob
from tests.booking_helpers import active_bookings, add_slot, slot


def _to_menu(resident):
    resident.follow()
    resident.tap("できることを見る")


def test_a_resident_books_a_visit_from_the_menu_and_is_told_when_and_what_to_bring(runtime, resident):
    first = add_slot(runtime, 3, hour=10)
    add_slot(runtime, 4, hour=14)
    _to_menu(resident)
    resident.tap("一緒に行ってほしい")
    text = resident.texts()
    assert "相談員が一緒に行ける日です" in text
    assert "市役所 1階ロビー" in text
    labels = resident.buttons()
    assert labels[-1] != "ほかの日" and "ほかの日" in labels
    assert all(len(label) <= 20 for label in labels)
    resident.tap(labels[0])
    assert "どこへ一緒に行きたいですか" in resident.texts()
    resident.tap("ハローワーク")
    assert "履歴書" in resident.texts()
    assert "伝えてもよいですか" in resident.texts()
    resident.tap("伝えてよい")
    text = resident.texts()
    assert "予約できました" in text and "ハローワーク" in text and "佐藤" in text
    [booking] = active_bookings(runtime)
    assert booking.slot_id == first and booking.consent_to_share and booking.destination == "hellowork"
    assert slot(runtime, first).booked == 1
    with runtime.db.session() as session:
        keys = sorted(session.scalars(select(ScheduledJob.dedupe_key).where(ScheduledJob.status == "pending")))
    assert keys == [f"booking:{booking.id}:remind:day_before", f"booking:{booking.id}:remind:two_hours"]


def _picker(resident) -> str:
    """The postback data of the 'another day' date-time picker under the last message."""
    items = (resident.last_messages[-1].get("quickReply") or {}).get("items") or []
    [data] = [i["action"]["data"] for i in items if i["action"]["type"] == "datetimepicker"]
    return data


def _book_first(resident, destination="ハローワーク", consent="伝えてよい"):
    resident.tap(resident.buttons()[0])
    resident.tap(destination)
    resident.tap(consent)


def test_transcript_of_a_whole_booking_its_reminders_a_reschedule_and_a_cancellation(runtime, resident):
    """The demo story end to end: book, confirmation, both reminders, move by words, cancel by words."""
    first = add_slot(runtime, 3, hour=10, counselor="佐藤")
    second = add_slot(runtime, 5, hour=14, counselor="田中", place="みどりが丘駅 北口")
    transcript = []

    def step(label, action):
        action()
        transcript.append((label, resident.texts(), resident.buttons()))
        return resident.texts()

    step("follow", resident.follow)
    step("menu", lambda: resident.tap("できることを見る"))
    offer = step("visit", lambda: resident.tap("一緒に行ってほしい"))
    assert "みどりが丘駅 北口" in offer and "市役所 1階ロビー" in offer
    step("slot", lambda: resident.tap(resident.buttons()[0]))
    step("where", lambda: resident.tap("病院"))
    assert "お薬手帳" in transcript[-1][1]
    confirmed = step("consent", lambda: resident.tap("伝えないで"))
    assert "予約できました" in confirmed and "病院" in confirmed and "伝えません" in confirmed
    assert "日時を変える" in resident.buttons() and "キャンセルする" in resident.buttons()
    [booking] = active_bookings(runtime)
    assert booking.slot_id == first and not booking.consent_to_share

    # the reminders: the day before, then two hours before — each once
    start = slot(runtime, first).starts_at
    clock.shift(start - timedelta(days=1) - clock.now() + timedelta(minutes=1))
    assert runtime.scheduler.run_due() == 1
    day_before = resident.wait()
    assert "明日は同行支援の日です" in resident.texts(day_before)
    assert runtime.scheduler.run_due() == 0 and resident.wait() == []
    clock.shift(timedelta(hours=22))
    assert runtime.scheduler.run_due() == 1
    assert "あと2時間ほど" in resident.texts(resident.wait())
    clock.reset()

    # moving by words from the menu, at any step
    resident.say("予約を変更したい")
    text = resident.texts()
    assert "新しい日時を選んでください" in text and "みどりが丘駅 北口" in text
    moved = step("move", lambda: resident.tap(resident.buttons()[0]))
    assert "予約を変更しました" in moved and "田中" in moved
    [new] = active_bookings(runtime)
    assert new.slot_id == second and new.destination == "hospital"
    assert slot(runtime, first).booked == 0 and slot(runtime, second).booked == 1
    with runtime.db.session() as session:
        pending = sorted(session.scalars(select(ScheduledJob.dedupe_key).where(ScheduledJob.status == "pending")))
        old = session.get(Booking, booking.id)
        assert old.status == "moved" and old.moved_to_id == new.id
    assert pending == [f"booking:{new.id}:remind:day_before", f"booking:{new.id}:remind:two_hours"]

    # cancelling by words
    step("cancel?", lambda: resident.say("キャンセルしたい"))
    assert "キャンセルしますか" in resident.texts() and "みどりが丘駅 北口" in resident.texts()
    done = step("cancel", lambda: resident.tap("キャンセルする"))
    assert "キャンセルしました" in done
    assert active_bookings(runtime) == [] and slot(runtime, second).booked == 0
    with runtime.db.session() as session:
        assert not session.scalars(select(ScheduledJob).where(ScheduledJob.status == "pending")).all()
    clock.shift(timedelta(days=6))
    assert runtime.scheduler.run_due() == 0  # no reminder for a cancelled visit
    assert [label for label, *_ in transcript] == ["follow", "menu", "visit", "slot", "where", "consent",
                                                   "move", "cancel?", "cancel"]


def test_another_day_through_the_date_picker_shows_that_day_or_kindly_the_nearest(runtime, resident):
    add_slot(runtime, 2, hour=10)
    target = add_slot(runtime, 9, hour=14, place="センター入口")
    add_slot(runtime, 12, hour=10)
    _to_menu(resident)
    resident.tap("一緒に行ってほしい")
    picker = _picker(resident)
    day = slot(runtime, target).starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Tokyo"))
    resident.postback(picker, {"datetime": day.strftime("%Y-%m-%dT09:00")})
    assert "に空いている時間です" in resident.texts() and "センター入口" in resident.texts()
    # a day with no slot: the nearest ones, said kindly
    resident.postback(_picker(resident), {"datetime": (day + timedelta(days=1)).strftime("%Y-%m-%dT09:00")})
    assert "空きがありません。近い日はこちらです" in resident.texts()
    assert len([b for b in resident.buttons() if b[0].isdigit()]) == 3
    # a day in the past
    resident.postback(_picker(resident), {"datetime": "2020-01-01T10:00"})
    assert "もう過ぎています" in resident.texts()


def test_past_full_and_cancelled_slots_are_never_offered(runtime, resident, new_resident, api_client):
    past = add_slot(runtime, -1, hour=10, place="きのうの場所")
    full = add_slot(runtime, 2, hour=10, place="満員の場所")
    cancelled = add_slot(runtime, 3, hour=10, place="中止の場所")
    add_slot(runtime, 4, hour=10, place="空いている場所")
    other = new_resident()
    _to_menu(other)
    other.tap("一緒に行ってほしい")
    other.tap(other.buttons()[0])  # the earliest open one: 満員の場所
    other.tap("市役所")
    other.tap("伝えてよい")
    assert "予約できました" in other.texts()
    assert api_client("editor").post(f"/api/v1/slots/{cancelled}/cancel", json={}).status_code == 200
    _to_menu(resident)
    resident.tap("一緒に行ってほしい")
    text = resident.texts()
    assert "空いている場所" in text
    assert "きのうの場所" not in text and "満員の場所" not in text and "中止の場所" not in text
    assert slot(runtime, past).booked == 0 and slot(runtime, full).booked == 1


def test_slots_in_the_residents_language_come_first(runtime, resident):
    add_slot(runtime, 2, hour=10, languages=("ja",), place="日本語だけ")
    add_slot(runtime, 3, hour=10, languages=("ja", "vi"), place="ベトナム語も")
    add_slot(runtime, 4, hour=10, languages=("ja",), interpreter=True, place="通訳つき")
    resident.follow()
    resident.tap("Language")
    resident.tap("Tiếng Việt")
    with runtime.db.session() as session:
        conv = session.scalars(select(Conversation)).one()
        conv.state = "outcome"
    resident.say("予約したい")
    text = resident.texts()
    assert "ベトナム語も" in text and "通訳つき" in text and "日本語だけ" not in text


def test_booking_words_reach_the_flow_from_any_step_and_kindly_when_nothing_is_booked(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.say("キャンセルしたい")
    assert "いまキャンセルできる予約はありません" in resident.texts()
    resident.say("予約を変更したい")
    assert "いま変更できる予約はありません" in resident.texts() and "相談員が一緒に行ける日です" in resident.texts()
    resident.say("できれば午前中がいいです")  # in the slot step: words are kept, buttons shown again
    assert "日時は下のボタンから選べます" in resident.texts()
    resident.tap(resident.buttons()[0])
    resident.say("病院に一緒に行ってほしいです")  # the place in their own words
    assert "伝えてもよいですか" in resident.texts()
    resident.say("はい")
    assert "予約できました" in resident.texts() and "病院に一緒に行ってほしいです" in resident.texts()
    [booking] = active_bookings(runtime)
    assert booking.destination is None and booking.destination_text == "病院に一緒に行ってほしいです"
    assert booking.consent_to_share
    resident.say("一緒に行ってほしい")  # asking again shows the booked visit
    assert "あなたの予約です" in resident.texts()
