"""What a tester met on 2026-12-06, pinned down: a typed はい cancels a visit as its button does, and a crisis
sign written again out of hours gets the phone numbers again with the words that point at them."""
from tests.booking_helpers import active_bookings, add_slot
from tests.support import move_clock_to

SUNDAY_NIGHT = "2026-11-29T23:30:00+09:00"


def _book(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap("ハローワーク")
    resident.tap("伝えてよい")
    assert len(active_bookings(runtime)) == 1


def test_a_typed_yes_cancels_the_visit_and_a_typed_no_keeps_it(runtime, resident):
    _book(runtime, resident)
    resident.say("キャンセルしたい")
    assert "キャンセルしますか" in resident.texts()
    resident.say("いいえ")
    assert len(active_bookings(runtime)) == 1 and "キャンセルしますか" not in resident.texts()
    resident.say("キャンセルしたい")
    resident.say("はい")
    assert "キャンセルしました" in resident.texts() and active_bookings(runtime) == []


def test_a_crisis_sign_written_again_gets_the_numbers_again(resident):
    move_clock_to(SUNDAY_NIGHT)
    resident.follow()
    first = resident.texts(resident.say("死にたい"))
    assert "0120" in first
    for words in ("もういい", "やっぱり死にたい"):
        again = resident.texts(resident.say(words))
    assert "0120" in again  # "use the phones above" has phones above it


def test_the_list_of_lines_promises_a_chat_only_when_one_is_in_it(resident):
    move_clock_to("2026-11-24T23:30:00+09:00")  # a Tuesday night: only the 24-hour phone fits a cut-off
    resident.follow()
    resident.say("電気が止まった")
    resident.tap("相談窓口")
    shown = resident.texts()
    assert "0120-279-338" in shown and "（チャット）" not in shown  # the one line that fits is a phone
    assert "電話がむずかしい人のためのチャット" not in shown and "いま話せる電話です" in shown
