"""A resident who asks for a language in words at any step — by name, or for someone who speaks it — is answered
in it, told who speaks it at the centre, and the step goes on; words that say the bot's words are hard are offered
simpler words (Easy Japanese, another language) or a person."""
import pytest

from bot.line import events as line_events
from storage import repo


def _language(runtime, user):
    with runtime.db.session() as session:
        found = repo.find_resident(session, line_events.CHANNEL, user)
        return found.lang, found.lang_source


def _in(new_resident, fake_line, lang):
    someone = new_resident()
    fake_line.state.languages[someone.user] = lang
    someone.follow()
    return someone


def test_easy_japanese_asked_for_at_a_question_switches_and_asks_the_question_again_in_it(resident, runtime):
    resident.follow()
    resident.say("仕事をクビになってお金がない")
    resident.tap("これでOK")
    resident.say("やさしい にほんご で おねがいします")
    said = resident.texts()
    assert _language(runtime, resident.user) == ("ja-easy", "chosen")
    assert "やさしい 日本語(にほんご)で 書(か)きます" in said and "ゆっくりで大丈夫" not in said
    assert "まどぐちの 人(ひと)も やさしい にほんごで はなします" in said


def test_a_tagalog_speaker_who_says_no_tagalog_then_english_gets_english(new_resident, fake_line, runtime):
    someone = _in(new_resident, fake_line, "tl")
    someone.say("Nawalan ako ng trabaho")
    someone.say("Wala pong Tagalog? English na lang po")
    assert _language(runtime, someone.user) == ("en", "chosen")
    assert "From now on, I will write in English." in someone.texts()


def test_asking_for_someone_who_speaks_ones_language_says_honestly_how_staff_speak_it(new_resident, fake_line, runtime):
    someone = _in(new_resident, fake_line, "en")
    before = someone.say("I lost my job")
    someone.say("is there someone who speaks English?")
    said = someone.texts()
    assert "through an interpreter" in said and "Take your time" not in said and said != someone.texts(before)
    assert _language(runtime, someone.user)[0] == "en"


def test_a_question_in_vietnamese_for_a_vietnamese_speaker_switches_to_vietnamese(resident, runtime):
    resident.follow()
    resident.say("Có ai nói tiếng Việt không?")
    assert _language(runtime, resident.user) == ("vi", "chosen")
    assert "phiên dịch" in resident.texts()


@pytest.mark.parametrize("words,code", [("有没有人会说中文", "zh-Hans"), ("¿Alguien habla español?", "es"),
                                        ("Ada yang bisa bahasa Indonesia?", "id"), ("한국어 할 수 있는 사람 있어요?", "ko"),
                                        ("中国語を話せる人はいますか", "zh-Hans")])
def test_asking_for_a_speaker_in_other_languages_switches_at_any_step(resident, runtime, words, code):
    resident.follow()
    resident.tap("できることを見る")
    resident.say(words)
    assert _language(runtime, resident.user) == (code, "chosen")


def test_a_story_that_mentions_a_language_does_not_switch(resident, runtime):
    resident.follow()
    resident.say("英語の仕事を探していますが見つからなくて家賃が払えません")
    assert _language(runtime, resident.user)[0] == "ja"


def test_i_dont_understand_at_a_question_offers_easy_japanese_and_a_person_once(resident, runtime):
    resident.follow()
    resident.say("仕事をクビになってお金がない")
    resident.tap("これでOK")
    question = resident.texts()
    resident.say("わかりません")
    assert "という質問です" in resident.texts()  # first the question in plainer words (handlers/question_meaning.py)
    resident.say("わかりません")
    said = resident.texts()
    assert "やさしい にほんご" in said and "人と話す" in said and said != question
    resident.say("やさしい にほんご")
    assert _language(runtime, resident.user) == ("ja-easy", "chosen")


def test_i_dont_understand_in_english_offers_another_language_or_a_person(new_resident, fake_line):
    someone = _in(new_resident, fake_line, "en")
    someone.tap("What you can do")
    someone.say("I don't understand")
    buttons = someone.buttons()
    assert "talk to a person" in someone.texts() and "Language / 言語" in buttons
    assert {"Talk to a person", "Talk to a counselor"} & set(buttons)


@pytest.mark.parametrize("lang,words,expect", [("en", "Is there anyone here who speaks French?", "In this chat I can write in"),
                                               ("ja", "フランス語を話せる人はいますか", "このチャットで使える言葉"),
                                               ("ja", "ロシア語わかる人いる？", "このチャットで使える言葉"),
                                               ("ja", "アラビア語の通訳", "このチャットで使える言葉"),
                                               ("es", "¿Hay alguien que hable francés aquí?", "En este chat puedo escribir en")])
def test_a_language_the_bot_does_not_write_is_answered_with_what_there_is(new_resident, fake_line, runtime, lang, words,
                                                                         expect):
    someone = _in(new_resident, fake_line, lang)
    someone.say(words)
    said = someone.texts()
    assert expect in said and "English" in said and "Tiếng Việt" in said
    assert _language(runtime, someone.user)[0] == lang
