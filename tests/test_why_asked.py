"""A resident who asks why a follow-up question is asked (「なんでそんなこと聞くの？」) is told what the answers are for and
that any may be skipped, and the question stays open (tester, session 16)."""
import pytest

from tests.support import Resident, move_clock_to


@pytest.mark.parametrize("first, ok, why, expected", [
    ("家賃が払えない", "これでOK", "なんでそんなこと聞くの？", "支援を一緒に考えるため"),
    ("家賃が払えない", "これでOK", "それ関係あるん？", "支援を一緒に考えるため"),
    ("I lost my job and can't pay rent", "That's right", "why do you need to know?", "the help that fits"),
    ("Mất việc rồi, không trả được tiền nhà", "Đúng rồi", "hỏi để làm gì vậy?", "hỗ trợ phù hợp"),
])
def test_why_a_question_is_asked_is_answered_and_the_question_stays_open(app, fake_line, first, ok, why, expected):
    move_clock_to("2026-12-07T10:00:00+09:00")
    resident = Resident(app, fake_line)
    resident.say(first)
    resident.tap(ok)
    question = resident.texts()
    answer = resident.texts(resident.say(why))
    assert expected in answer
    assert question.strip() in answer  # the same question, still open
