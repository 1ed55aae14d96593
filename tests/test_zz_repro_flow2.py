import pytest

@pytest.mark.parametrize("first", ["Hello", "Xin chào"])
@pytest.mark.parametrize("words", ["English please", "I speak English", "english", "can you speak english?", "英語", "中文", "Tagalog", "やさしい日本語", "asdf", "はい"])
def test_repro(resident, first, words):
    resident.follow()
    resident.say(first)
    print("\n==", first, "/", words, "\n", resident.texts(), resident.buttons())
    resident.say(words)
    print("->", resident.texts(), resident.buttons())
    with resident.runtime.db.session() as s:
        from storage import repo
        from bot.line import events
        r = repo.find_resident(s, events.CHANNEL, resident.user)
        print("lang", r.lang, r.lang_source)
