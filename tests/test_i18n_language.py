"""Choosing the language: the LINE profile, else the first message, else the menu reachable from every
step; remembered; and back to where the resident was."""
from bot.line import events as line_events
from handlers import languages
from storage import repo

KANA = __import__("re").compile(r"[\u3040-\u30ff]")


def _resident_row(runtime, user):
    with runtime.db.session() as session:
        r = repo.find_resident(session, line_events.CHANNEL, user)
        return r.lang, r.lang_source


def test_a_resident_whose_line_language_is_vietnamese_is_welcomed_in_vietnamese(resident, fake_line, runtime):
    fake_line.state.languages[resident.user] = "vi-VN"
    resident.follow()
    assert "Cảm ơn bạn đã kết bạn" in resident.texts()
    assert not KANA.search(resident.texts())
    assert _resident_row(runtime, resident.user) == ("vi", "profile")
    assert "Nói chuyện với người" in resident.buttons()


def test_a_resident_without_a_profile_language_who_writes_portuguese_is_answered_in_portuguese(resident, fake_line,
                                                                                              runtime):
    fake_line.state.languages[resident.user] = None
    resident.follow()
    assert "友だち追加ありがとうございます" in resident.texts()  # nothing known yet: Japanese
    resident.say("Olá, perdi meu emprego e não consigo pagar o aluguel")
    text = resident.texts()
    assert "Trabalho" in text and "Moradia" in text and not KANA.search(text)
    assert "Falar com alguém" in resident.buttons()
    assert _resident_row(runtime, resident.user) == ("pt-BR", "detected")


def test_the_language_a_message_is_written_in_wins_over_the_profile_language(resident, fake_line, runtime):
    # Issue 17: answering a Vietnamese message in the profile's language was the defect.
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    resident.say("Tôi bị mất việc")
    assert _resident_row(runtime, resident.user) == ("vi", "detected")
    assert "Work" not in resident.texts()
    resident.say("ok")  # too short to tell a language: nothing changes
    assert _resident_row(runtime, resident.user) == ("vi", "detected")


def test_the_language_menu_is_paged_to_fit_thirteen_buttons_and_lists_every_language(resident):
    resident.follow()
    resident.tap("Language / 言語")
    first = resident.buttons()
    assert len(first) <= 13
    resident.tap("…")
    second = resident.buttons()
    assert len(second) <= 13
    shown = set(first) | set(second)
    assert {lang.native for lang in languages.languages()} <= shown


def test_the_language_choice_is_reachable_from_every_step_and_returns_there(resident, fake_line, runtime):
    fake_line.state.languages[resident.user] = None
    resident.follow()
    resident.say("仕事をクビになって家賃が払えない")   # topics step
    assert "これでOK" in resident.buttons()
    resident.tap("Language / 言語")
    resident.tap("English")
    assert "From now on, I will write in English." in resident.texts()
    assert "That's right" in resident.buttons(), "back on the topic step, now in English"
    resident.tap("That's right")                     # a follow-up question
    resident.tap("Language / 言語")
    resident.tap("…")
    resident.tap("ภาษาไทย")
    assert "ต่อจากนี้จะเขียนเป็นภาษาไทย" in resident.texts()
    assert "ข้าม" in resident.buttons(), "back on the follow-up question, now in Thai"
    assert _resident_row(runtime, resident.user) == ("th", "chosen")


def test_the_chosen_language_is_remembered_and_not_overridden_by_what_is_written(resident):
    resident.follow()
    resident.tap("Language / 言語")
    resident.tap("やさしい にほんご")
    assert "やさしい 日本語(にほんご)で 書(か)きます" in resident.texts()
    resident.say("I lost my job")
    assert "仕事(しごと)の ことですね" in resident.texts()
    assert "これで いい" in resident.buttons()
    assert _resident_row(resident.runtime, resident.user) == ("ja-easy", "chosen")


def test_rich_menu_areas_work_from_any_step(resident):
    from bot.line.richmenu import TRIGGERS
    from handlers import postback
    resident.follow()
    resident.postback(postback.encode(TRIGGERS["places"]))
    assert "近くの居場所や相談先を探します" in resident.texts()
    resident.postback(postback.encode(TRIGGERS["visit"]))
    assert "予約" in resident.texts()  # the booking flow (no open slots in this test)
    resident.postback(postback.encode(TRIGGERS["start"]))
    assert "はじめからにしますね" in resident.texts()
    resident.postback(postback.encode(TRIGGERS["language"]))
    assert "English" in resident.buttons()


def test_the_next_page_button_names_only_whole_languages_within_lines_label_limit(resident):
    resident.follow()
    resident.tap("Language / 言語")
    for _ in range(2):
        more = [label for label in resident.buttons() if label.startswith("…")]
        assert len(more) == 1 and len(more[0]) <= 20
        natives = {lang.native for lang in languages.languages()}
        assert all(name.strip() in natives for name in more[0].lstrip("…").split(" / ")), more
        resident.tap("…")
