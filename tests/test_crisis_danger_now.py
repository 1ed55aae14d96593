"""When the danger is under way — pills taken, a rope bought — the first words are "call 119 now", 119 heads the
list, and the next message asks whether they called. Stopping after a crisis sign keeps the 24-hour lines in the
goodbye, and the first list of lines has a chat line for someone who cannot phone. (Found by a tester.)"""
import pytest

from tests.support import move_clock_to

SUNDAY_1AM = "2026-12-06T01:00:00+09:00"
SATURDAY_NIGHT = "2026-12-05T23:30:00+09:00"


def _list_of_lines(resident) -> list[str]:
    return [line for m in resident.last_messages for line in (m.get("text") or "").splitlines()
            if line.startswith("・")]


@pytest.mark.parametrize("words", ["薬を全部飲んだ", "さっき睡眠薬を大量に飲んだ", "首つりの縄を買った"])
def test_a_resident_whose_danger_is_under_way_is_told_to_call_119_first(resident, words):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.say(words)
    assert "すぐに119に電話してください" in answer[0]["text"]
    assert "119" in _list_of_lines(resident)[0]
    again = resident.texts(resident.say("頭がぼーっとしてきた。誰にも言えない"))
    assert "119に電話できましたか" in again


def test_the_call_now_reminder_stops_after_twice(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("薬を全部飲んだ")
    reminders = [("119に電話できましたか" in resident.texts(resident.say(words)))
                 for words in ("こわい", "ねむい", "まだ起きてる")]
    assert reminders == [True, True, False]


def test_in_english_the_call_now_comes_in_english(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.texts(resident.say("I took all my pills an hour ago and I feel dizzy"))
    assert "Please call 119 immediately" in answer


def test_an_overdose_long_ago_is_a_sign_but_not_told_to_call_now(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.texts(resident.say("以前ODしたことがあって、いまも死にたい気持ちがある"))
    assert "0120-279-338" in answer and "すぐに119に電話してください" not in answer


def test_stopping_after_a_crisis_sign_keeps_the_24_hour_lines_in_the_goodbye(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    resident.say("死にたい")
    goodbye = resident.texts(resident.say("もういい"))
    assert "0120-279-338" in goodbye and "ひとりで抱えないで" in goodbye
    assert "はじめから" in resident.buttons()


def test_stopping_without_a_crisis_sign_is_the_plain_goodbye(resident):
    resident.follow()
    goodbye = resident.texts(resident.say("もういいです"))
    assert "ここで終わりにしますね" in goodbye and "0120" not in goodbye


def test_the_first_lines_after_a_suicidal_message_include_a_chat_for_who_cannot_phone(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    resident.say("電話は無理。声が出ない。死にたい")
    lines = _list_of_lines(resident)
    assert any("チャット" in line for line in lines) and any("0120-279-338" in line for line in lines)
