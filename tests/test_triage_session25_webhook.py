"""Through the webhook: a crisis told beside a word that settles something else gets the crisis answer, and a trouble
told as settled by what it is about gets none (session 25, dialogs/triage/settling.py)."""
from sqlalchemy import select

from storage.models import Conversation
from tests.support import move_clock_to

TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"


def test_a_resident_who_writes_that_the_rent_is_paid_but_they_want_to_die_gets_the_hotlines_and_a_counselor(
        resident, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.follow()
    answer = resident.texts(resident.say("もう死にたい。家賃はなんとか払えた"))
    assert "いのちの電話" in answer and "相談員にもすぐに伝えました" in answer
    with runtime.db.session() as s:
        assert s.scalars(select(Conversation)).one().crisis == ["suicide"]


def test_a_resident_told_that_their_gas_came_back_on_after_paying_gets_no_crisis_answer(resident, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.follow()
    answer = resident.texts(resident.say("ガスを止められてたけど、料金を払ったのでもう使えてます。分割の相談はできますか"))
    assert "いのちの電話" not in answer and "相談員にもすぐに伝えました" not in answer
    with runtime.db.session() as s:
        assert s.scalars(select(Conversation)).one().crisis == []
