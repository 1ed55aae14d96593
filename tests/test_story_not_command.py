"""A resident who tells a story is heard as telling a story: a command word inside it (キャンセル, 英語, ついてきて,
データを消) does not take them to a menu; a clear ask (a person, a visit, a place) still does. Through /callback."""
import pytest

from tests.booking_helpers import active_bookings, add_slot, book_in_chat
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

MONDAY_IN_HOURS = "2026-12-07T11:00:00+09:00"
NOT_MENUS = ("キャンセルする予約はありません", "どちらの言語", "記録について", "位置情報", "どの言語")


@pytest.mark.parametrize("story, topic", [
    ("去年から派遣切られて、貯金も底をついてきて…", "お金"),
    ("借金をキャンセルしたい", "お金"),
    ("キャンセル料が払えない", "お金"),
    ("前の職場のデータを消されて", "仕事"),
    ("英語の仕事を探してる", "仕事"),
    ("病院の予約が取れない", "体"),
    ("近くのコンビニで働いてたけどクビになった", "仕事"),
])
def test_a_resident_whose_story_holds_a_command_word_is_heard_as_a_story(resident, story, topic):
    resident.follow()
    answer = resident.texts(resident.say(story))
    assert topic in answer, answer
    assert "相談員が一緒に行ける日" not in answer and "予約" not in answer
    assert not any(menu in answer for menu in NOT_MENUS), answer
    assert "これでOK" in resident.buttons()  # the topics said back, to confirm or correct


@pytest.mark.parametrize("words", ["記録を消したいくらい恥ずかしい", "中国語ならできます", "人生をやり直したい"])
def test_a_feeling_or_a_skill_with_a_command_word_is_not_a_menu(resident, words):
    resident.follow()
    answer = resident.texts(resident.say(words))
    assert "日本語" not in " ".join(resident.buttons()[:3]) and "記録" not in answer.split("\n")[-1][:10]
    assert "English" not in resident.buttons() and "消す" not in " ".join(resident.buttons())
    assert "これでOK" in resident.buttons()  # heard: the topics step, to say what it is about


def test_a_person_asked_for_inside_a_story_is_still_a_person(runtime, resident):
    move_clock_to(MONDAY_IN_HOURS)
    resident.follow()
    answer = resident.texts(resident.say("家賃が払えなくて困ってます。人と話したい"))
    assert "相談員に伝えました" in answer


def test_a_visit_asked_for_inside_a_story_is_still_a_visit(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    answer = resident.texts(resident.say("仕事のことで一緒にハローワークに行ってほしい"))
    assert "相談員が一緒に行ける日" in answer


def test_a_casual_visit_request_is_a_visit(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    assert "相談員が一緒に行ける日" in resident.texts(resident.say("一緒に役所いってくれる？"))


@pytest.mark.parametrize("ask", ["フードバンクってどこにあるの？", "where is the nearest food bank?"])
def test_where_is_the_food_bank_is_a_places_search(resident, ask):
    resident.follow()
    answer = resident.texts(resident.say(ask))
    assert "So it is about Money" not in answer and "お金のことですね" not in answer
    assert any(("位置" in b or "location" in b.lower()) for b in resident.buttons()), resident.buttons()


def test_a_resident_who_does_not_know_where_the_visit_goes_keeps_the_booking(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    answer = resident.texts(resident.say("どこに行けばいいかわからない"))
    assert "位置情報" not in answer and "近くの" not in " ".join(resident.buttons())
    assert "相談員と決める" in " ".join(resident.buttons()) or "伝えてもよいですか" in answer


def test_after_booking_another_booking_starts_a_new_one_and_a_new_day_moves_it(runtime, resident):
    add_slot(runtime, 3, hour=10)
    add_slot(runtime, 4, hour=14)
    book_in_chat(resident)
    assert len(active_bookings(runtime)) == 1
    answer = resident.texts(resident.say("日にちかえたい"))
    assert "新しい日時を選んでください" in answer


def test_words_typed_at_the_visit_times_are_not_promised_to_a_counselor_who_will_not_read_them(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    answer = resident.texts(resident.say("ちょっと考えさせてください"))
    assert "相談員にも伝わります" not in answer and "受け取りました" in answer


@pytest.mark.parametrize("goodbye", ["ばいばい", "バイバイ", "ほなね", "じゃあまた", "おやすみ"])
def test_everyday_goodbyes_are_goodbyes_and_never_answer_the_question(resident, goodbye):
    resident.follow()
    resident.say("仕事がなくて困ってる")
    answer = resident.texts(resident.say(goodbye))
    assert "いつでも" in answer and "どういたしまして" not in answer
    assert "これでOK" in resident.buttons()  # still on the topics step: a goodbye answers no question


@pytest.mark.parametrize("thanks", ["あざす", "サンキュー", "あんがと", "だんだん", "thx", "ty"])
def test_everyday_thanks_are_thanks(resident, thanks):
    resident.follow()
    resident.tap("ボタンで選ぶ")
    answer = resident.texts(resident.say(thanks))
    assert "どういたしまして" in answer or "thank" in answer.lower() or "welcome" in answer.lower()


def test_gradually_is_not_a_thank_you_and_ty_is_not_in_city(resident):
    resident.follow()
    answer = resident.texts(resident.say("だんだん不安になってきた"))
    assert "どういたしまして" not in answer
    answer = resident.texts(resident.say("I live in the city"))
    assert "welcome" not in answer.lower()


@pytest.mark.parametrize("dont_know", ["わからん", "しらん", "わがんね", "分からん"])
def test_dialect_dont_know_skips_a_question(resident, dont_know):
    resident.follow()
    resident.tap("ボタンで選ぶ")
    answer = resident.texts(resident.say(dont_know))
    assert "受け取りました" not in answer.split("\n")[0] or "大丈夫" in answer


@pytest.mark.parametrize("stop", ["もうええわ", "もうええ"])
def test_kansai_stop_stops(resident, stop):
    resident.follow()
    assert "ここで終わりにしますね" in resident.texts(resident.say(stop))


def test_the_vietnamese_places_button_means_places_to_spend_time_not_housing(bundle):
    label = bundle.catalog.text("vi", "opt.places")
    assert "Nơi ở" not in label and "sinh hoạt" in label


def test_after_booking_another_booking_asked_in_words_starts_a_new_one(runtime, resident):
    add_slot(runtime, 3, hour=10)
    add_slot(runtime, 4, hour=14)
    book_in_chat(resident)
    answer = resident.texts(resident.say("別の予約をしたい"))
    assert "相談員が一緒に行ける日" in answer and "いまの予約は" not in answer


def test_not_knowing_where_the_visit_goes_three_times_is_not_asked_three_times(runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    assert "相談員と決める" in resident.buttons()
    answer = resident.texts(resident.say("わからない"))
    assert "相談員と一緒に決めましょう" in answer and "伝えてもよいですか" in answer
    resident.tap("伝えてよい")
    [booking] = active_bookings(runtime)
    assert booking.destination is None


def test_changing_ones_mind_at_the_erase_question_is_a_no(resident):
    resident.follow()
    resident.say("私のデータを消してください")
    resident.tap("記録を消してほしい")
    assert "本当に消しますか" in resident.texts()
    answer = resident.texts(resident.say("やっぱりやめた"))
    assert "記録はそのままにします" in answer and "本当に消しますか" not in answer


def test_a_word_in_latin_letters_counts_only_as_a_whole_word(resident):
    resident.follow()
    answer = resident.texts(resident.say("Estoy bastante mal"))  # "basta" (stop) is not in "bastante"
    assert "lo dejamos aquí" not in answer and "ここで終わり" not in answer
    assert resident.buttons()
    thanks = resident.texts(resident.say("thanks a lot"))
    assert "welcome" in thanks.lower() or "de nada" in thanks.lower() or "どういたしまして" in thanks


def test_asking_for_ones_data_to_be_erased_inside_a_story_still_reaches_the_privacy_choices(resident):
    resident.follow()
    resident.say("仕事をなくしました。私のデータを消してほしいです")
    assert "記録を消してほしい" in resident.buttons()
