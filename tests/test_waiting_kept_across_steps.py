"""A resident waiting for a counselor who uses the wait's own buttons (a visit, places nearby) and then asks for a
person again is told how the wait stands — their place is kept — not told anew that a counselor was told; and the
way to stop waiting is there again."""
from tests.support import conversation_state, move_clock_to


def test_asking_for_a_person_again_from_the_visit_step_gives_the_wait_not_a_new_request(resident):
    move_clock_to("2026-12-07T10:00:00+09:00")
    resident.follow()
    first = resident.texts(resident.tap("人と話したい"))
    assert conversation_state(resident) == "handoff"
    resident.tap("一緒に行ってほしい")
    person = "人と話したい" if "人と話したい" in resident.buttons() else "相談員と話す"
    again = resident.texts(resident.tap(person))
    assert conversation_state(resident) == "handoff"
    assert again != first  # the status of the wait, not the notice of a new request
    assert "待つのをやめる" in resident.buttons()


def test_a_new_request_after_stopping_is_announced_again(resident):
    move_clock_to("2026-12-07T10:00:00+09:00")
    resident.follow()
    first = resident.texts(resident.tap("人と話したい"))
    resident.tap("待つのをやめる")
    assert resident.texts(resident.tap("相談員と話す")) == first
