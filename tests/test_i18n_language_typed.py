"""A resident who types an answer where the bot asks which language to use: a language named in any script or
language is chosen, words clearly written in one choose it, and anything else is asked — in its own language, or
Easy Japanese and English — to tap a button, never with the same menu again."""
import pytest

from bot.line import events as line_events
from handlers import language_names
from handlers.datafile import DataError, load_yaml
from storage import repo

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

NAMED = [("English please", "en"), ("I speak English", "en"), ("english", "en"), ("can you speak english?", "en"),
         ("英語", "en"), ("英語でお願いします", "en"), ("tiếng Việt", "vi"), ("tieng viet", "vi"), ("中文", "zh-Hans"),
         ("繁體中文", "zh-Hant"), ("Português", "pt-BR"), ("नेपाली", "ne"), ("ภาษาไทย", "th"),
         ("Bahasa Indonesia", "id"), ("Tagalog", "tl"), ("한국어", "ko"), ("やさしい日本語", "ja-easy"),
         ("easy japanese", "ja-easy"), ("Español por favor", "es"), ("ミャンマー語", "my"), ("No, English please", "en"),
         ("日本語じゃなくて英語", "en"), ("ひらがなで", "ja-easy"), ("영어로 해 주세요", "en"),
         ("英語しか話せません", "en"), ("영어밖에 못해요", "en"), ("I can't speak anything except English", "en"),
         ("no hablo más que español", "es")]


def _language(runtime, user):
    with runtime.db.session() as session:
        found = repo.find_resident(session, line_events.CHANNEL, user)
        return found.lang, found.lang_source


@pytest.mark.parametrize("words,code", NAMED)
def test_a_language_named_at_the_language_menu_is_chosen(resident, runtime, words, code):
    resident.follow()
    resident.tap("Language / 言語")
    resident.say(words)
    assert _language(runtime, resident.user) == (code, "chosen")
    assert "Language" in resident.buttons()[-1] and "English" not in resident.buttons(), "back where they were"


@pytest.mark.parametrize("words", ["English please", "english", "英語"])
def test_a_language_named_when_asked_which_one_to_use_is_chosen_and_answered_in_it(resident, runtime, words):
    resident.follow()
    resident.say("Hello")
    assert "Shall we talk in English?" in resident.texts()
    resident.say(words)
    assert _language(runtime, resident.user) == ("en", "chosen")
    assert "From now on, I will write in English." in resident.texts()


def test_words_clearly_written_in_a_language_choose_it_and_are_kept(resident, runtime):
    resident.follow()
    resident.tap("Language / 言語")
    resident.say("Tôi bị mất việc làm và không trả được tiền nhà")
    assert _language(runtime, resident.user) == ("vi", "chosen")
    assert "tiếng Việt" in resident.texts()


def test_saying_no_to_japanese_in_japanese_is_answered_in_easy_japanese_and_english(resident, runtime):
    resident.follow()
    resident.tap("Language / 言語")
    menu = resident.texts()
    resident.say("日本語わからない")
    said = resident.texts()
    assert "ボタンを おして" in said and "Please tap the button" in said and said != menu
    assert "English" in resident.buttons() and "やさしい にほんご" in resident.buttons()
    assert _language(runtime, resident.user) == ("ja", "profile")


def test_words_that_name_no_language_are_asked_to_tap_and_never_get_the_same_bubble_twice(resident):
    resident.follow()
    resident.tap("Language / 言語")
    menu = resident.texts()
    answers = [resident.texts(resident.say(words)) for words in ("asdf", "qwerty", "Ich spreche Deutsch")]
    assert all("Please tap the button" in said and said != menu for said in answers)
    assert answers[0] != answers[1] and answers[1] != answers[2]


def test_a_message_naming_two_languages_offers_just_those(resident):
    resident.follow()
    resident.tap("Language / 言語")
    resident.say("English or Japanese")
    languages_offered = [label for label in resident.buttons() if label in ("English", "日本語", "한국어", "Español")]
    assert languages_offered == ["English", "日本語"]
    resident.tap("English")
    assert "From now on, I will write in English." in resident.texts()


def test_a_name_given_to_two_languages_is_refused_with_its_line():
    text = "- {code: ja, native: 日本語, names: [nihongo], negations: []}\n" \
           "- {code: en, native: English, names: [nihongo], negations: []}\n"
    with pytest.raises(DataError) as caught:
        language_names.check(load_yaml(text, "languages.yaml"))
    assert caught.value.problems == ['languages.yaml:2: "nihongo" names en here but ja already: '
                                     'a name may belong to one language only']


def test_names_must_be_a_list_of_short_words():
    text = "- {code: ja, native: 日本語, names: nihongo, negations: []}\n"
    with pytest.raises(DataError) as caught:
        language_names.check(load_yaml(text, "languages.yaml"))
    assert caught.value.problems[0].startswith("languages.yaml:1: ja: names must be a list")


def test_the_shipped_language_names_load():
    assert language_names.named_in("やさしい にほんご").wanted == ("ja-easy",)
    assert language_names.named_in("I don't speak Japanese").refused == ("ja",)


def test_i_dont_know_at_the_language_menu_is_answered_kindly_with_how_to_choose(resident, runtime):
    resident.follow()
    resident.tap("Language / 言語")
    menu = resident.texts()
    resident.say("わからない")
    said = resident.texts()
    assert "ボタンを押してください" in said and said != menu and "English" in resident.buttons()
    assert _language(runtime, resident.user) == ("ja", "profile")
