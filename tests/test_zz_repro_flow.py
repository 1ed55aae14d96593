import pytest

@pytest.mark.parametrize("words", ["English please", "I speak English", "english", "can you speak english?", "英語", "tiếng Việt", "中文", "Português", "नेपाली", "Tagalog", "한국어", "やさしい日本語", "easy japanese", "Bahasa Indonesia", "ภาษาไทย", "Tôi bị mất việc làm và không trả được tiền nhà", "asdf"])
def test_repro(resident, words):
    resident.follow()
    resident.tap("Language / 言語")
    first = resident.texts()
    resident.say(words)
    print("\n==", words, "\n", resident.texts(), resident.buttons())
    with resident.runtime.db.session() as s:
        from storage import repo
        from bot.line import events
        r = repo.find_resident(s, events.CHANNEL, resident.user)
        print("lang", r.lang, r.lang_source)
