"""A resident who answers "no" to the follow-up question about tonight's bed (or today's food) is not asked the same
again in the crisis answer that follows: they are told where to find tonight's places (one tap), and no answer is
left due. 「今夜のこと」 says the offices are closed only when they are (never while the centre is open)."""
import pytest

from tests.support import move_clock_to

MONDAY_AFTERNOON = "2026-12-07T14:00:00+09:00"
SATURDAY_NIGHT = "2026-12-05T23:30:00+09:00"
CLOSED = "いまは窓口が閉まっています"


@pytest.mark.parametrize("lang, worry, ok, no, asked_again, where", [
    ("ja", "家賃が払えなくて困っています", "これでOK", "ない", "泊まれるところのあて", "「今夜のこと」を押すと"),
    ("vi", "Tôi bị mất việc, không trả được tiền nhà", "Đúng rồi", "không", "Tối nay bạn có chỗ nào để ở không",
     "Bấm “Chuyện tối nay”"),
    ("en", "I lost my job and can't pay the rent", "That's right", "no", "anywhere you could stay tonight",
     "Tap “For tonight”"),
])
def test_a_no_to_tonights_bed_is_not_asked_again_and_says_where_to_tap(resident, fake_line, lang, worry, ok, no,
                                                                      asked_again, where):
    move_clock_to(MONDAY_AFTERNOON)
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    resident.say(worry)
    resident.tap(ok)
    answer = resident.texts(resident.say(no))
    assert asked_again not in answer and where in answer, answer
    then = resident.texts(resident.say("ok" if lang != "ja" else "はい"))
    assert where not in then and asked_again not in then, "nothing is due: a yes is no answer to a question not asked"


def test_a_no_to_todays_food_is_not_asked_again(resident):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say("お金がなくて困っています")
    resident.tap("これでOK")
    for _ in range(4):
        if "今日、食べるものはありますか" in resident.texts():
            break
        resident.tap("答えない")
    else:
        pytest.skip("the food question was not asked in this script")
    answer = resident.texts(resident.say("ない"))
    assert "食べるものを手に入れるあて" not in answer and "「今夜のこと」を押すと" in answer, answer


def test_tonight_while_the_centre_is_open_does_not_say_the_offices_are_closed(resident):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say("追い出されて今夜寝るところがない")
    assert CLOSED not in resident.texts(resident.tap("今夜のこと"))


def test_tonight_on_a_saturday_night_says_what_can_be_done_while_the_offices_are_closed(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    resident.say("追い出されて今夜寝るところがない")
    assert CLOSED in resident.texts(resident.tap("今夜のこと"))
