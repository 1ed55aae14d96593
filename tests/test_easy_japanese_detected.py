"""Japanese written the way a learner writes it — words set apart by spaces, mostly kana — is answered in Easy
Japanese (やさしい日本語) without being asked for it; ordinary Japanese is not (found by a tester)."""
from sqlalchemy import select

from storage.models import Resident
from tests.support import move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"


def _lang(runtime) -> str:
    with runtime.db.session() as session:
        return session.scalars(select(Resident.lang)).one()


def test_a_learners_japanese_is_answered_in_easy_japanese(runtime, resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    said = resident.texts(resident.say("わたしは にほんごが すこし わかります。おかねが ありません。"))
    assert _lang(runtime) == "ja-easy"
    assert "合っていれば" not in said  # the ordinary Japanese wording of the topic step


def test_ordinary_japanese_stays_ordinary(runtime, resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("家賃が払えなくて困っています。どうしたらいいですか")
    assert _lang(runtime) == "ja"


def test_a_chosen_language_is_never_changed_by_the_way_someone_writes(runtime, resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("日本語でお願いします")
    with runtime.db.session() as session:
        row = session.scalars(select(Resident)).one()
        row.lang, row.lang_source = "ja", "chosen"
    resident.say("わたしは にほんごが すこし わかります。おかねが ありません。")
    assert _lang(runtime) == "ja"
