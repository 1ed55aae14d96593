""""He is here now" after a sign of violence was answered: call 110 now, every time it is said — also while a
counselor holds the conversation and the bot otherwise stays quiet (found by a tester: silence)."""
from storage import repo
from tests.support import move_clock_to

TUESDAY_10AM = "2026-12-08T10:00:00+09:00"


def _held_by_a_counselor(resident) -> None:
    with resident.runtime.db.session() as s:
        row = repo.find_resident(s, "line", resident.user)
        conv = repo.open_conversation(s, row.id)
        conv.status, conv.assigned_to = "active", "sato"


def test_he_is_here_now_while_a_counselor_holds_the_conversation_is_told_to_call_110_at_once(resident):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.say("I want to talk to a person")
    _held_by_a_counselor(resident)
    first = resident.texts(resident.say("my husband hits me"))
    assert first, "the lines that fit, once"
    again = resident.texts(resident.say("my husband hits me again, he is here now"))
    assert "110" in again, again


def test_the_same_sign_again_without_danger_beside_stays_quiet_while_held(resident):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.say("I want to talk to a person")
    _held_by_a_counselor(resident)
    resident.say("my husband hits me")
    assert resident.texts(resident.say("my husband hits me")) == ""


def test_he_is_here_now_after_the_crisis_answer_is_told_to_call_110(resident):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.say("夫に殴られました")
    resident.say("つらいです")  # the safety question's turn has passed
    said = resident.texts(resident.say("また殴られた。夫がいる"))
    assert "110" in said, said
