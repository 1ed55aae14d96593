"""The question which language to use, written in two languages, is never the same bubble twice in a row: asked
again after a sticker or a photo, its languages come in the other order (found by a tester: word for word)."""
from tests.support import move_clock_to


def _question(messages) -> str:
    return [m["text"] for m in messages if m.get("type") == "text"][-1]


def test_the_language_question_after_a_sticker_is_not_the_same_bubble_again(resident):
    move_clock_to("2026-12-08T10:00:00+09:00")
    resident.follow()
    first = _question(resident.say("Xin chào"))
    again = _question(resident.sticker())
    third = _question(resident.image())
    assert "Tiếng Việt" in first and "日本語" in first
    assert again != first and sorted(again.split("\n")) == sorted(first.split("\n"))
    assert third != again
