"""A body in danger now — someone collapsed, not breathing, not waking, a seizure, heavy bleeding, a child with a high
fever who does not wake — is answered in every step and language with "call 119 now", 119 first (and #7119 for
Japanese speakers who are unsure), never with the topics confirm bubble or "a counselor reads it on Monday". A busy
day 「倒れそう」, a stifling workplace or a collapse last year is not. (Found by a tester.)"""
import pytest

from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

SUNDAY_1AM = "2026-12-06T01:00:00+09:00"
CALL_NOW = "すぐに119に電話してください"


def _list_of_lines(resident) -> list[str]:
    return [line for m in resident.last_messages for line in (m.get("text") or "").splitlines()
            if line.startswith(("・", "•"))]


@pytest.mark.parametrize("words", ["父が倒れて息をしていないみたいです", "夫が急に倒れて意識がありません",
                                   "赤ちゃんが熱でぐったりして目を覚まさない", "祖母が転んで血が止まらない"])
def test_a_medical_emergency_in_the_first_message_is_told_to_call_119_now(resident, words):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.say(words)
    assert CALL_NOW in answer[0]["text"]
    lines = _list_of_lines(resident)
    assert "119" in lines[0] and any("#7119" in line for line in lines)
    text = resident.texts(answer)
    assert "いのちの電話" not in text and "あなたのことが大切です" not in text and "これでOK" not in resident.buttons()


def test_a_collapse_told_at_the_topics_step_is_not_the_confirm_bubble_again(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("母の介護のことで相談したい")
    assert "これでOK" in resident.buttons()
    answer = resident.texts(resident.say("あ、いま母が胸が苦しいと言って倒れました"))
    assert CALL_NOW in answer and "合っていれば" not in answer


def test_a_seizure_while_waiting_for_a_person_is_told_to_call_119_and_asked_again(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("人と話したい")
    answer = resident.texts(resident.say("すみません、子どもが急にけいれんして呼んでも反応しません"))
    assert CALL_NOW in answer and "書いてくださったことは残しています" not in answer
    assert "119に電話できましたか" in resident.texts(resident.say("どうしよう"))


@pytest.mark.parametrize("words, call_now", [
    ("meu filho está com febre alta e não acorda direito", "Ligue já para o 119"),
    ("my baby is not breathing properly, what should I do", "Please call 119 immediately"),
])
def test_a_medical_emergency_in_another_language_while_waiting_is_told_in_that_language(resident, words, call_now):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("人と話したい")
    answer = resident.texts(resident.say(words))
    assert call_now in answer and "So it is about" not in answer and "You matter" not in answer


def test_a_second_emergency_in_the_same_conversation_is_answered_as_one_not_as_feelings_again(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("父が倒れて息をしていないみたいです")
    answer = resident.texts(resident.say("今度は母も倒れて意識がないです"))
    assert CALL_NOW in answer and "つらい気持ち、もう一度" not in answer


def test_a_medical_emergency_after_goodbye_is_still_answered(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("家賃のことで相談したい")
    resident.say("もういい")
    assert CALL_NOW in resident.texts(resident.say("妻が倒れて動かない"))


def test_pills_taken_are_told_to_call_119_first(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.say("薬をたくさん飲んでしまった")
    assert CALL_NOW in answer[0]["text"] and "119" in _list_of_lines(resident)[0]


@pytest.mark.parametrize("words", ["倒れそうなくらい忙しい", "息が詰まる職場", "去年倒れて入院した", "my phone died",
                                   "my company collapsed last year", "去年けいれんして入院した",
                                   "子どもの頃ひきつけを起こしたことがある", "I passed out from work stress last year"])
def test_calm_words_about_a_body_are_not_an_emergency(resident, words):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.texts(resident.say(words))
    assert "119" not in answer


@pytest.mark.parametrize("lang, words", [
    ("ja", "子どもが呼んでも反応しない"), ("en", "my dad collapsed and is not breathing"),
    ("es", "mi papá no respira"), ("pt", "minha mãe desmaiou e não acorda"), ("vi", "Bố tôi ngất xỉu không tỉnh"),
    ("zh", "我爸爸晕倒了，叫不醒"), ("ko", "아버지가 쓰러졌어요 숨을 안 쉬어요"), ("tl", "hindi humihinga ang tatay ko"),
    ("id", "ayah saya pingsan dan tidak bernapas"), ("ne", "बुबा बेहोस हुनुभयो, सास फेर्दैन"),
    ("th", "พ่อหมดสติ ไม่หายใจ"), ("my", "အဖေ သတိလစ်နေတယ်"),
])
def test_every_language_reads_a_medical_emergency_as_danger_now(classify, lang, words):
    result = classify(words)
    assert {"medical_emergency", "danger_now"} <= set(result.situations), (lang, result)


@pytest.mark.parametrize("words", ["まぶたがけいれんしてる", "会議中に息ができないくらい緊張した", "仕事が忙しくて息ができない",
                                   "上司に呼んでも反応しない", "I cannot breathe in this job", "my heart attack risk is high",
                                   "não consigo respirar com tanta dívida"])
def test_a_body_word_said_in_passing_or_as_a_figure_of_speech_is_not_an_emergency(classify, words):
    result = classify(words)
    assert "medical_emergency" not in result.situations and not result.crisis, result


@pytest.mark.parametrize("words", ["どうしよう", "えっと…", "うーん"])
def test_a_hesitation_after_call_119_now_is_asked_again_not_told_to_take_time(resident, words):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("母が倒れて意識がありません")
    answer = resident.texts(resident.say(words))
    assert "119に電話できましたか" in answer and "ゆっくり考えて" not in answer
