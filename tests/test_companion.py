"""Never left alone: the cases of issue 17, replayed as a resident wrote them, each answered kindly with a way forward."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.companion_support import TUESDAY_AFTERNOON, Chat
from tests.support import move_clock_to

SATURDAY_NIGHT = "2026-12-05T23:00:00+09:00"


def conversation(runtime) -> Conversation:
    with runtime.db.session() as s:
        return s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()


@pytest.fixture
def chat(resident):
    return Chat(resident)


def test_after_a_crisis_sign_out_of_hours_every_later_message_is_answered_with_buttons(chat, runtime):
    move_clock_to(SATURDAY_NIGHT)
    first = chat.say("消えたい")
    assert "安全" in first  # asked directly about safety now
    assert "12月7日(月) 8:30" in first  # honest about when a person reads it
    assert "119" not in first.split("\n")[0]
    chat.tap("ここで話す")
    chat.say("電話はしたくない。文字なら話せる")
    chat.say("やっぱり消えたい。誰も返事くれないし")
    chat.say("やっぱり消えたい。誰も返事くれないし")
    assert "12月7日(月) 8:30" in chat.say("人と話したい")
    chat.tap("待つのをやめる")
    conv = conversation(runtime)
    assert conv.status == "waiting" and conv.crisis == ["suicide"]  # a crisis stays where counselors look


def test_the_crisis_answer_offers_chat_lines_for_someone_who_cannot_phone(chat):
    move_clock_to(SATURDAY_NIGHT)
    chat.say("死にたい")
    lines = chat.tap("相談窓口")
    assert "チャット" in lines or "LINE" in lines


def test_waiting_in_the_queue_every_message_gets_an_answer(chat, runtime):
    move_clock_to(SATURDAY_NIGHT)
    chat.say("人と話したい")
    assert "12月7日(月) 8:30" in chat.say("まだですか")
    chat.sticker()
    assert "日" in chat.say("予約したい")
    chat.say("人と話したい")
    chat.say("近くの居場所を知りたい")
    assert conversation(runtime).status == "waiting"  # still in the queue for a person


@pytest.mark.parametrize("lang_word, no_label", [("今夜、寝るところがあるか心配", "ない")])
def test_no_place_tonight_by_button_is_a_crisis_sign(chat, runtime, lang_word, no_label):
    move_clock_to(SATURDAY_NIGHT)
    chat.say("家賃が払えなくて追い出されそう")
    chat.tap("これでOK")
    answer = chat.tap(no_label)
    assert "0120-279-338" in answer  # the 24-hour line, not the next question
    assert "収入" not in answer
    conv = conversation(runtime)
    assert "no_shelter" in conv.crisis and conv.status == "waiting"


def test_no_place_tonight_in_words_is_a_crisis_sign(chat, runtime):
    move_clock_to(SATURDAY_NIGHT)
    chat.say("家賃が払えない")
    chat.tap("これでOK")
    chat.say("ないです")
    assert "no_shelter" in conversation(runtime).crisis


def test_stop_is_heard_and_not_stored_as_an_answer(chat, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("仕事をなくした")
    chat.tap("これでOK")
    assert "ここで終わりにしますか" in chat.say("もういいです")  # a question is open: stop here, or keep going
    answer = chat.say("もういいです")
    assert "いつでも" in answer
    assert "もういいです" not in str(conversation(runtime).data.get("answers"))
    chat.say("終わりにしてください")


@pytest.mark.parametrize("words", ["ありがとう", "Salamat po", "cảm ơn", "おおきに。明日行くわ"])
def test_thanks_gets_a_warm_answer_not_the_menu(chat, words):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("仕事をなくした")
    answer = chat.say(words)
    assert "どんなことでお困りですか" not in answer and "こんにちは" not in answer
    warm = {"ありがとう": "どういたしまして", "Salamat po": "Walang anuman", "cảm ơn": "Không có gì",
            "おおきに。明日行くわ": "どういたしまして"}
    assert warm[words] in answer


def test_i_dont_know_moves_on_and_is_never_answered_the_same_twice(chat):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("仕事をなくしてお金がない")
    chat.tap("これでOK")
    for _ in range(4):
        chat.say("わからない")
    chat.say("べつに")


def test_the_button_words_typed_do_what_the_button_does(chat):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("仕事をなくした")
    answer = chat.say("近くの居場所を教えてください")
    assert "位置情報" in answer


def test_a_word_for_a_language_inside_a_sentence_is_not_a_menu_command(chat):
    move_clock_to(TUESDAY_AFTERNOON)
    answer = chat.say("I lost my job and I can't speak English well")
    assert "Please choose your language" not in answer


def test_a_vietnamese_message_is_answered_in_vietnamese_whatever_the_profile_says(chat, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("Tôi bị mất việc và không có tiền trả tiền nhà")
    with runtime.db.session() as s:
        from storage.models import Resident as Row
        assert s.scalars(select(Row)).one().lang == "vi"


# --- a crisis a learned model suspects (issue 18, point 5) ---------------------------------------------
@pytest.fixture
def suspecting(runtime):
    """The bot's classifier, with a learned model that suspects suicidal thoughts behind 「疲れた」."""
    from dataclasses import replace
    services = runtime.live.services
    plain = services.classify

    def classify(text, lang=None):
        result = plain(text, lang)
        return replace(result, possible=("suicide",)) if "疲れた" in text and not result.crisis else result
    services.classify = classify
    yield
    services.classify = plain


def test_a_suspected_crisis_is_asked_about_gently_and_yes_is_the_crisis_path(chat, runtime, suspecting):
    move_clock_to(SATURDAY_NIGHT)
    asked = chat.say("もう全部疲れた")
    assert "死にたいほどつらい気持ちがありますか" in asked
    assert conversation(runtime).status == "waiting"  # a counselor sees it, whatever the answer
    answer = chat.tap("はい")
    assert "0120-279-338" in answer and "安全" in answer
    conv = conversation(runtime)
    assert conv.crisis == ["suicide"] and conv.urgency == 100


@pytest.mark.parametrize("button", ["いいえ", "話したくない"])
def test_no_to_the_gentle_question_goes_back_and_stays_visible(chat, runtime, suspecting, button):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("仕事をなくした")
    chat.say("もう全部疲れた")
    answer = chat.tap(button)
    assert "ありがとうございます" in answer
    if button == "話したくない":  # a crisis may be near: the lines that fit, gently
        assert "0120-279-338" in answer
    conv = conversation(runtime)
    assert conv.crisis == [] and conv.status == "waiting" and conv.state == "topics"
    assert "死にたいほど" not in chat.say("やっぱり疲れた")  # asked once, not at every message


# --- answers given before they are asked ------------------------------------------------------------
def test_a_single_mother_is_not_asked_who_she_lives_with(chat, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("家賃が払えない。子ども2人のシングルマザーです")
    chat.tap("これでOK")
    chat.tap("ある")
    asked = [chat.tap("少しある"), chat.tap("中央"), chat.tap("ある")]
    assert not any("どなたと暮らしていますか" in a for a in asked)
    assert "これからどうしたいですか" in asked[-1]
    conv = conversation(runtime)
    assert conv.data["summary"]["household"] == "with_children"


def test_going_to_hello_work_together_is_not_asked_where_again(chat, runtime):
    from tests.booking_helpers import add_slot
    move_clock_to(TUESDAY_AFTERNOON)
    add_slot(runtime, 2)
    chat.say("ハローワークに一緒に行ってほしい")
    answer = chat.tap(chat.resident.buttons()[0])
    assert "どこに行きますか" not in answer and "伝えてもよいですか" in answer


# --- lines that fit -------------------------------------------------------------------------------
def test_out_of_hours_a_lost_job_is_not_given_the_dv_line(chat):
    move_clock_to(SATURDAY_NIGHT)
    chat.say("仕事をなくした")
    answer = chat.say("人と話したい")
    assert "よりそいホットライン" in answer and "DV" not in answer


def test_for_suicidal_thoughts_the_mental_health_lines_come_before_119(chat):
    move_clock_to(TUESDAY_AFTERNOON)
    answer = chat.say("死にたい")
    assert answer.index("いのちの電話") < answer.index("119")


def test_no_food_today_by_button_is_a_crisis_sign(chat, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.say("仕事をなくしてお金がない")
    chat.tap("これでOK")
    chat.tap("ない")  # income
    chat.tap("ひとり")
    chat.tap("中央")
    assert "今日、食べるものはありますか" in chat.previous
    answer = chat.tap("ない")
    assert "食べるものがない" in answer and "0120-279-338" in answer
    assert "no_food" in conversation(runtime).crisis


def test_a_portuguese_resident_who_taps_nao_tenho_gets_the_crisis_answer_in_portuguese(resident, fake_line, runtime):
    fake_line.state.languages[resident.user] = "pt-BR"
    chat = Chat(resident)
    move_clock_to(SATURDAY_NIGHT)
    chat.say("Não consigo pagar o aluguel e vou ter que sair de casa")
    chat.tap("Está certo")
    answer = chat.tap("Não tenho")
    # nowhere to sleep, just said: where tonight's places are, not whether in danger nor the bed asked again
    assert "0120-279-338" in answer and "para ver onde ficar esta noite" in answer
    assert "Você tem algum lugar onde ficar esta noite?" not in answer
    assert "no_shelter" in conversation(runtime).crisis


def test_the_rich_menu_restart_after_a_crisis_listens_to_what_is_written_next(chat, runtime):
    from handlers import postback
    move_clock_to(SATURDAY_NIGHT)
    chat.say("死にたい")
    restarted = chat._check(chat.resident.postback(postback.encode("restart")), "[rich menu: 最初から]")
    assert "あなたの言葉で書いてください" in restarted
    assert "お仕事" in chat.say("仕事をなくした")
    assert conversation(runtime).status == "waiting"  # the crisis sign still keeps it where counselors look


def test_the_message_that_switches_the_language_is_still_understood(chat, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    answer = chat.say("English please. I lost my job and cannot pay the rent")
    assert "Work" in answer and "Housing" in answer
    assert "Please choose your language" not in answer


def test_quitting_a_job_is_a_story_not_a_wish_to_stop(chat):
    move_clock_to(TUESDAY_AFTERNOON)
    answer = chat.say("仕事やめます")
    assert "終わりにしますね" not in answer and "お仕事" in answer


def test_a_short_message_in_another_language_is_asked_about_once_with_buttons(chat, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    chat.resident.follow()  # LINE's profile says Japanese (a first text would simply be answered in its language)
    asked = chat.say("Xin chào")
    assert "Mình nói chuyện bằng Tiếng Việt nhé?" in asked and "日本語で話しますか？" in asked
    answer = chat.tap("Tiếng Việt")
    assert "Từ bây giờ" in answer  # "from now on, in Vietnamese"
    chat.say("Tôi bị mất việc")
    with runtime.db.session() as s:
        from storage.models import Resident as Row
        assert (s.scalars(select(Row)).one().lang, s.scalars(select(Row)).one().lang_source) == ("vi", "chosen")


def test_tonight_shows_food_places_nearest_first_and_agencies_to_call(chat, runtime):
    from tests.places_support import card_texts, cards_of, seed_directory
    seed_directory(runtime)
    move_clock_to(TUESDAY_AFTERNOON)
    chat.resident.location()  # where the resident is: kept for later
    chat.say("昨日から何も食べてない")
    messages = chat.resident.tap("今夜のこと")
    titles = [card_texts(c)[0] for c in cards_of(messages)]
    assert titles, "no cards for tonight"
    texts = " ".join(" ".join(card_texts(c)) for c in cards_of(messages))
    assert "フードバンク" in texts or "こども食堂" in texts or "パントリー" in texts
    assert any(a.get("action", {}).get("uri", "").startswith("tel:") for c in cards_of(messages)
               for a in c.get("footer", {}).get("contents", []) if isinstance(a, dict))


def test_a_resident_whose_gas_is_being_cut_gets_the_utility_companies_numbers_first_for_tonight(chat, runtime):
    from tests.places_support import card_texts, cards_of, seed_directory
    seed_directory(runtime)
    move_clock_to(SATURDAY_NIGHT)
    chat.say("明日ガスが止められます。お金がありません")
    messages = chat.resident.tap("今夜のこと")
    cards = [" ".join(card_texts(c)) for c in cards_of(messages)]
    assert any("0120-000-222" in c for c in cards)  # the gas company
    assert all(any(word in c for word in ("電力", "ガス", "水道")) for c in cards[:3])
