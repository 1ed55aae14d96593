"""A resident who says they have no phone to call with — no phone, only wifi, no SIM, no credit, the line cut off —
is given the lines they can write to (the chat/SNS lines of the hotline data), open now, in every language; not just
"a counselor will read it on Monday" (found by a tester: Friday 23:30, nowhere to sleep, "only wifi")."""
import pytest

from tests.support import chose_language

FRIDAY_NIGHT = "2026-12-11T23:30:00+09:00"
CHAT_LINE = "talkme.jp"  # あなたのいばしょ, the 24-hour chat line (dialogs/data/hotlines.yaml: anata_chat)
NO_SHELTER = {"en": "I have nowhere to sleep tonight and it's freezing", "ja": "今夜寝るところがない",
              "vi": "tối nay tôi không có chỗ ngủ", "zh-Hans": "今晚没有地方睡觉"}
NO_PHONE = [
    ("ja", "電話持ってない、wifiしかない"), ("ja-easy", "でんわが ない。wifiしか ない"),
    ("en", "I don't have a phone, only wifi"), ("en", "my phone was cut off"),
    ("zh-Hans", "我没有手机，只有wifi"), ("zh-Hant", "我沒有手機，只有wifi"), ("ko", "핸드폰이 없어요. 와이파이만 돼요"),
    ("vi", "tôi không có điện thoại, chỉ có wifi"), ("tl", "wala akong load, wifi lang"),
    ("pt-BR", "não tenho celular, só wifi"), ("es", "no tengo saldo, solo wifi"), ("ne", "मसँग फोन छैन, वाइफाइ मात्र"),
    ("id", "saya tidak punya hp, cuma wifi"), ("th", "ไม่มีโทรศัพท์ มีแต่ไวไฟ"), ("my", "ဖုန်းမရှိဘူး ဝိုင်ဖိုင်ပဲ ရှိတယ်"),
]


@pytest.mark.parametrize("lang, words", NO_PHONE)
def test_no_phone_is_given_the_lines_to_write_to(resident, lang, words):
    chose_language(resident, lang, FRIDAY_NIGHT)
    said = resident.texts(resident.say(words))
    assert CHAT_LINE in said, said


@pytest.mark.parametrize("lang", sorted(NO_SHELTER))
def test_no_phone_after_a_crisis_answer_at_night_is_given_the_lines_to_write_to(resident, lang):
    chose_language(resident, lang, FRIDAY_NIGHT)
    resident.say(NO_SHELTER[lang])
    said = resident.texts(resident.say(dict(NO_PHONE)[lang] if lang != "en" else "I don't have a phone, only wifi"))
    assert CHAT_LINE in said, said
