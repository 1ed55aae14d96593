""""Where shall we go together?" answered with a story or pasted text: the words are kept for the counselor and the
place is asked again in a few words — a 360-character answer is never echoed back as the place of the visit."""
from tests.booking_helpers import active_bookings, add_slot

STORY = "市役所なのかハローワークなのかよくわからないんですけど、" * 8 + "<img src=x onerror=alert(1)>"


def _at_where(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    assert "ハローワーク" in resident.buttons()


def test_a_long_answer_to_where_is_kept_and_the_place_asked_again_in_a_few_words(runtime, resident):
    _at_where(runtime, resident)
    answer = resident.texts(resident.say(STORY))
    assert "場所の名前を短く" in answer and "onerror" not in answer
    assert "ハローワーク" in resident.buttons()  # still at the question, with its buttons
    resident.say("市役所の福祉課")
    resident.tap("伝えてよい")
    confirmation = resident.texts()
    assert "市役所の福祉課" in confirmation and "よくわからない" not in confirmation
    assert len(active_bookings(runtime)) == 1
