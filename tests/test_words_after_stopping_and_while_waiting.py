"""Short words a resident writes after stopping, and while waiting for a person, get an answer that fits where they
are (found by playing residents): a thank-you after stopping at the safety question is a goodbye with the 24-hour
lines, never the question again; 「わからない」 after stopping is not answered with the goodbye a second time; a
thank-you while waiting says they are still in the queue (not "talk again anytime"); 「まだですか」 after stopping a wait
says they are no longer in it and how to be in it again."""
from tests.support import move_clock_to

MONDAY_AFTERNOON = "2026-12-07T14:00:00+09:00"
SAFETY_QUESTION = "いま、あなたは安全なところにいますか"
HOTLINE = "0120-279-338"
GOODBYE_AFTER_CRISIS = "無理に話さなくて大丈夫です"
GOODBYE = "ここで終わりにしますね"
STILL_QUEUED = "相談員につながるまで"
NOT_QUEUED = "待つ順番に入っていません"
POINTED_TO = "さきほどのメッセージにあります"


def stopped_after_a_crisis_sign(resident) -> None:
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    assert SAFETY_QUESTION in resident.texts(resident.say("もう死にたい"))
    assert GOODBYE_AFTER_CRISIS in resident.texts(resident.say("もういいです"))


def waiting_for_a_person(resident, words: str = "家賃が払えなくて") -> None:
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say(words)
    resident.tap("人と話したい")
    assert "待つのをやめる" in resident.buttons()


def test_a_resident_who_stops_at_the_safety_question_and_thanks_is_not_asked_it_again(resident):
    stopped_after_a_crisis_sign(resident)
    answer = resident.texts(resident.say("ありがとう"))
    assert SAFETY_QUESTION not in answer
    assert HOTLINE not in answer and POINTED_TO in answer, "the goodbye just above listed the 24-hour lines"
    assert "人と話したい" in resident.buttons()


def test_thanks_said_three_times_after_stopping_never_repeats_a_bubble_and_the_last_goodbye_keeps_the_lines(resident):
    stopped_after_a_crisis_sign(resident)
    answers = [resident.texts(resident.say(words)) for words in ("ありがとう", "ありがとう", "ありがとう", "おやすみ")]
    assert all(HOTLINE not in answer for answer in answers[:3])
    assert all(answers[n] != answers[n + 1] for n in range(3)), answers
    assert HOTLINE in answers[-1], "a goodbye after the short thanks lists the lines again, as the last thing read"


def test_a_goodbye_right_after_the_stop_points_to_the_lines_it_gave_in_english(resident):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say("I want to die")
    stop = resident.texts(resident.say("I don't want to talk anymore"))
    assert "0120" in stop or "https://" in stop
    answer = resident.texts(resident.say("thank you, bye"))
    assert answer and not any(line.strip() and line.strip() in stop for line in answer.splitlines() if "・" in line)


def test_i_dont_know_after_stopping_is_heard_without_the_goodbye_again(resident):
    stopped_after_a_crisis_sign(resident)
    first = resident.texts(resident.say("わからない"))
    second = resident.texts(resident.say("わからない"))
    assert GOODBYE_AFTER_CRISIS not in first and GOODBYE_AFTER_CRISIS not in second
    assert first and second and first != second
    assert "人と話したい" in resident.buttons()


def test_i_dont_know_after_a_plain_stop_is_no_second_goodbye(resident):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say("仕事がなくて")
    assert GOODBYE in resident.texts(resident.say("もういいです"))
    assert GOODBYE not in resident.texts(resident.say("わからない"))


def test_a_thank_you_while_waiting_says_the_resident_is_still_in_the_queue(resident):
    waiting_for_a_person(resident)
    answer = resident.texts(resident.say("ありがとう"))
    assert STILL_QUEUED in answer and "またいつでも" not in answer
    assert "待つのをやめる" in resident.buttons(), "the wait's own buttons stay"


def test_a_thank_you_in_english_while_waiting_is_answered_in_english(new_resident):
    resident = new_resident()
    waiting_for_a_person(resident)
    answer = resident.texts(resident.say("thank you"))
    assert "still in the queue" in answer


def test_a_long_thank_you_with_more_to_say_while_waiting_is_not_the_short_reply(resident):
    waiting_for_a_person(resident)
    answer = resident.texts(resident.say("ありがとう。実は家賃のほかに、借金も三社あって毎月の返済がきついです"))
    assert STILL_QUEUED not in answer


def test_are_you_there_after_stopping_a_wait_says_the_resident_left_the_queue_and_how_to_return(resident):
    waiting_for_a_person(resident)
    resident.tap("待つのをやめる")
    answer = resident.texts(resident.say("まだですか"))
    assert NOT_QUEUED in answer and "「人と話したい」と書いて" in answer
    assert any(label in resident.buttons() for label in ("人と話したい", "相談員と話す")), "a button back to a person"
    resident.say("人と話したい")
    assert "待つのをやめる" in resident.buttons(), "back in the queue"


def test_are_you_there_after_a_stop_that_left_no_queue_is_no_queue_notice(resident):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say("仕事がなくて")
    resident.say("もういいです")
    assert NOT_QUEUED not in resident.texts(resident.say("まだですか"))


def test_are_you_there_after_saying_enough_while_waiting_says_the_resident_left_the_queue(resident):
    waiting_for_a_person(resident)
    assert GOODBYE in resident.texts(resident.say("もういいです"))
    answer = resident.texts(resident.say("まだですか"))
    assert NOT_QUEUED in answer and answer.count("。") <= 3, "one short notice, not the goodbye again"
