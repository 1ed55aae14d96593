"""Chinese written in traditional characters is answered in Traditional Chinese (zh-Hant), in simplified ones in
Simplified Chinese — found by a tester with a zh-TW profile who typed 我想找人談談 and got every answer in
simplified characters. Characters both scripts share tell nothing."""
import pytest

from bot.line import events as line_events
from handlers import languages
from storage import repo


@pytest.mark.parametrize("text, code", [("我沒有錢買吃的", "zh-Hant"), ("我没有钱买吃的", "zh-Hans"),
                                        ("電話打不通，怎麼辦", "zh-Hant"), ("谢谢", "zh-Hans"), ("謝謝你們", "zh-Hant"),
                                        ("你好", "zh-Hans")])
def test_the_script_of_a_chinese_message_decides_which_chinese_answers_it(text, code):
    assert languages.from_triage_tag("zh", text) == code


def test_a_message_in_another_language_is_never_read_as_traditional_chinese():
    assert languages.from_triage_tag("ja", "電話で話したいです") == "ja"


def test_a_newcomer_who_writes_in_traditional_characters_is_answered_in_traditional_chinese(resident, fake_line,
                                                                                           runtime):
    fake_line.state.languages[resident.user] = None
    resident.say("我失業了，這個月的房租付不起，怎麼辦")
    with runtime.db.session() as session:
        assert repo.find_resident(session, line_events.CHANNEL, resident.user).lang == "zh-Hant"
    text = resident.texts()
    assert "們" in text or "這" in text or "請" in text or "錢" in text or "話" in text, text
    assert not any(ch in text for ch in "们这请钱话"), text
