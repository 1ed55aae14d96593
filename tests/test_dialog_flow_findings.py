"""Dialog-flow findings of a tester playing residents: a thank-you never silently closes a question with
consequences, the same bubble never comes twice in a row (a question gets an honest way to a person), the welcome
only at a true first contact, a request wins over a place typed where the destination is asked, and a correction
replaces the topics; with no visit booked, "cancel" or "my mistake" says so instead of listing times."""
import pytest

from handlers import postback
from tests.booking_helpers import active_bookings, add_slot, book_in_chat

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

WELCOME = "くらしの困りごとの相談窓口です"


def bubbles(messages) -> list[str]:
    return [m.get("text") or m.get("altText") or "" for m in messages]


def assert_no_bubble_twice(before, after):
    repeated = set(bubbles(before)) & set(bubbles(after))
    assert not repeated, f"the same bubble twice in a row: {repeated}"


# --- 1. a thank-you or a goodbye while a question with consequences is open ----------------------------------
@pytest.mark.parametrize("courtesy", ["ありがとうございました", "ほんまおおきに", "さようなら"])
def test_a_thank_you_at_the_cancel_question_keeps_it_open_and_says_the_visit_is_not_cancelled(resident, runtime,
                                                                                              courtesy):
    add_slot(runtime, 2)
    book_in_chat(resident)
    resident.say("やっぱりやめます。キャンセルしてください")
    assert "キャンセルしますか" in resident.texts()
    answer = resident.texts(resident.say(courtesy))
    assert "まだキャンセルしていません" in answer
    assert "キャンセルする" in resident.buttons() and active_bookings(runtime)
    resident.tap("キャンセルする")
    assert not active_bookings(runtime)


def test_a_thank_you_at_the_cancel_question_in_english_keeps_it_open(resident, runtime):
    add_slot(runtime, 2, languages=("ja", "en"))
    resident.follow()
    resident.say("Hello, I lost my job and I need help")
    resident.say("Can someone go with me to the city office?")
    resident.tap(resident.buttons()[0])
    resident.tap(resident.buttons()[0])
    resident.tap(resident.buttons()[0])
    assert active_bookings(runtime)
    resident.say("Please cancel my appointment")
    answer = resident.texts(resident.say("thank you so much"))
    assert "NOT cancelled yet" in answer and active_bookings(runtime)


def test_thanking_twice_at_the_deletion_question_never_gets_the_same_bubble_twice(resident):
    resident.follow()
    resident.say("データを削除してほしい")
    resident.tap("記録を消してほしい")
    before = resident.say("thank you")
    assert "まだ消していません" in resident.texts(before)
    after = resident.say("thanks!")
    assert_no_bubble_twice(before, after)
    assert "はい、消してください" in resident.buttons()


def test_a_thank_you_at_the_safety_question_keeps_the_question_open(resident):
    resident.follow()
    resident.say("もう終わりにしてほしい、この生活")
    asked = resident.texts()
    assert "死にたいほどつらい気持ち" in asked
    answer = resident.texts(resident.say("ほんまおおきに"))
    assert "さっきの質問" in answer and "はい" in resident.buttons()


# --- 2. never the same bubble twice in a row --------------------------------------------------------------
@pytest.mark.parametrize("first, then", [
    ("Tôi mất việc rồi", ["Tôi muốn bỏ trốn khỏi công ty", "Tôi muốn bỏ trốn"]),
    ("Perdi meu emprego", ["Não tenho seguro-desemprego? Como faz?", "Não sei o que fazer"]),
    ("Saya kehilangan pekerjaan", ["Saya tidak punya uang untuk makan minggu ini", "'; DROP TABLE users;--"]),
    ("仕事クビになってん", ["どないしたらええんやろ", "それな"]),
])
def test_text_with_no_new_topic_at_the_topics_step_never_gets_the_same_bubble_twice(resident, first, then):
    resident.follow()
    before = resident.say(first)
    for text in then:
        after = resident.say(text)
        assert_no_bubble_twice(before, after)
        assert resident.buttons()
        before = after


@pytest.mark.parametrize("question, offer", [("Não tenho seguro-desemprego? Como faz?", "Um(a) conselheiro(a) pode"),
                                             ("どないしたらええんやろ", "相談員がお答えできます"),
                                             ("How do I apply for welfare?", "A counselor can answer")])
def test_a_question_the_bot_cannot_answer_is_offered_to_a_counselor(resident, question, offer):
    resident.follow()
    resident.say({"Não": "Perdi meu emprego", "How": "I lost my job"}.get(question.split()[0], "仕事クビになってん"))
    answer = resident.texts(resident.say(question))
    assert offer in answer
    assert resident.buttons()[0] in ("人と話したい", "Falar com alguém", "Talk to a person")


def test_unknown_text_at_the_outcome_step_never_gets_the_same_bubble_twice(resident):
    resident.follow()
    resident.tap("できることを見る")
    before = resident.last_messages
    for text in ["あああ", "いいい", "ううう", "えええ", "おおお"]:
        after = resident.say(text)
        assert_no_bubble_twice(before, after)
        assert "相談員と話す" in resident.buttons()
        before = after


@pytest.mark.parametrize("first, ask, slots", [
    ("Nawalan ako ng trabaho", "Pwede po ba may kasama ako pumunta sa city hall?", "oras"),
    ("Perdí mi trabajo", "¿Alguien puede acompañarme al ayuntamiento?", "hora"),
    ("I lost my job", "Can someone go with me to the city office?", "time"),
    ("仕事がなくなりました", "一緒に役所に行ってくれる人いますか", "日時"),
    ("Tôi mất việc rồi", "Có ai đi với tôi đến bệnh viện không?", "giờ"),
    ("Perdí mi trabajo", "¿Alguien viene conmigo al hospital?", "hora"),
    ("Nawalan ako ng trabaho", "Kailangan ko ng kasama papunta sa ospital", "oras"),
])
def test_a_visit_request_at_the_topics_step_opens_the_visit_times_in_every_language(resident, runtime, first, ask,
                                                                                    slots):
    add_slot(runtime, 2, languages=("ja", "en", "es", "tl", "vi"))
    resident.follow()
    topics = resident.texts(resident.say(first))
    answer = resident.texts(resident.say(ask))
    assert answer != topics and slots in answer.lower()


# --- 3. the welcome only at a true first contact -----------------------------------------------------------
def test_no_welcome_after_a_crisis_reply_when_a_visit_is_asked(resident, runtime):
    add_slot(runtime, 2)
    resident.say("今夜寝るところがない")
    answer = resident.texts(resident.say("一緒に行ってほしいです"))
    assert "くらしの困りごとの相談窓口です" not in answer and WELCOME not in answer


def test_no_welcome_after_choosing_a_language_from_the_rich_menu_first(resident):
    resident.postback(postback.encode("language"))
    resident.tap("やさしい")
    answer = resident.texts(resident.say("しごとが ありません"))
    assert "くらしの困りごとの相談窓口です" not in answer


def test_the_first_message_of_a_new_friend_who_never_followed_is_still_greeted(resident):
    answer = resident.texts(resident.say("家賃が払えません"))
    assert "くらしの困りごとの相談窓口です" in answer


# --- 4. a request wins over a place typed at "where to?" ------------------------------------------------------
def reach_where(resident, runtime):
    add_slot(runtime, 2)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    assert "どこへ一緒に行きたいですか" in resident.texts()


def test_check_my_booking_at_the_destination_step_is_not_taken_as_the_place(resident, runtime):
    reach_where(resident, runtime)
    answer = resident.texts(resident.say("予約を確認したい"))
    assert "まだ決まっていません" in answer and "伝えてもよいですか" not in answer
    assert not active_bookings(runtime)


def test_a_place_whose_name_has_a_request_word_is_still_taken_as_the_place(resident, runtime):
    reach_where(resident, runtime)
    answer = resident.texts(resident.say("市役所の予約確認窓口"))
    assert "伝えてもよいですか" in answer


def test_asking_for_a_person_at_the_destination_step_goes_to_a_person(resident, runtime):
    reach_where(resident, runtime)
    answer = resident.texts(resident.say("人と話したい"))
    assert "伝えてもよいですか" not in answer


# --- 5. a correction replaces the topics; no booking: say so ------------------------------------------------
@pytest.mark.parametrize("first, correction, kept, gone", [
    ("仕事がなくて、親の介護もしています", "やっぱり介護じゃなくて、お金のことだけでいいです", "お金", ["家族", "お仕事"]),
    ("I lost my job and my family is a mess", "Not family, just money please", "Money", ["Family", "Work"]),
    ("Perdí mi trabajo y tengo problemas con mi familia", "No es la familia, solo el dinero", "Dinero",
     ["Familia", "Trabajo"]),
    ("Perdi meu emprego e tenho problemas na família", "Não é a família, só o dinheiro", "Dinheiro", ["Família"]),
    ("Saya kehilangan pekerjaan dan ada masalah keluarga", "Bukan keluarga, hanya uang", "Uang", ["Keluarga"]),
    ("Nawalan ako ng trabaho at may problema sa pamilya", "Hindi pamilya, pera lang", "Pera", ["Pamilya"]),
    ("Tôi mất việc và gia đình có vấn đề", "Không phải gia đình, chỉ tiền thôi", "Tiền bạc", ["Gia đình"]),
    ("일자리를 잃었고 가족 문제도 있어요", "가족 말고 돈 문제예요", "돈", ["가족"]),
    ("ฉันตกงานและมีปัญหาครอบครัว", "ไม่ใช่เรื่องครอบครัว แค่เรื่องเงิน", "เงิน", ["ครอบครัว"]),
    ("मेरो जागिर गयो र परिवारमा समस्या छ", "परिवार होइन, पैसा मात्र", "पैसा", ["परिवार"]),
    ("仕事がなくて家族とももめてます", "お金のことだけです", "お金", ["家族", "お仕事"]),
])
def test_a_correction_at_the_topics_step_replaces_the_topics(resident, first, correction, kept, gone):
    resident.follow()
    resident.say(first)
    resident.texts(resident.say(correction))
    chosen = [b for b in resident.buttons() if b.startswith("✓")]
    assert chosen == [f"✓ {kept}"], chosen
    for topic in gone:
        assert f"✓ {topic}" not in resident.buttons()


@pytest.mark.parametrize("text, none", [("予約はしていません、まちがえました", "予約はありません"),
                                        ("Mejor cancela la cita", "no tienes ninguna cita")])
def test_cancel_or_my_mistake_with_no_booking_says_there_is_none_instead_of_listing_times(resident, runtime, text,
                                                                                         none):
    add_slot(runtime, 2, languages=("ja", "es"))
    resident.follow()
    resident.say("仕事がなくて困っています" if text.startswith("予約") else "Perdí mi trabajo")
    answer = resident.texts(resident.say(text))
    assert none in answer, answer
    assert "10:00" not in answer


def test_only_in_a_story_adds_its_topics_instead_of_replacing_them(resident):
    resident.follow()
    resident.say("仕事をクビになりました")
    resident.say("子どもと2人だけで暮らしていて、家賃が払えません")
    assert "✓ お仕事" in resident.buttons() and "✓ 住まい" in resident.buttons()


def test_after_a_crisis_sign_the_same_line_never_comes_twice_in_a_row(resident):
    resident.follow()
    before = resident.say("死にたい")
    for text in ["つらい", "つらい", "つらい", "もうむり"]:
        after = resident.say(text)
        assert_no_bubble_twice(before, after)
        assert resident.buttons()
        before = after


@pytest.mark.parametrize("first, text, none", [
    ("I lost my job", "I didn't book anything, my mistake", "no booking to cancel"),
    ("Perdi meu emprego", "Não marquei nada, marquei por engano", "não há agendamento para cancelar"),
    ("Tôi mất việc rồi", "Tôi không đặt lịch, bấm nhầm", "không có lịch hẹn nào để hủy"),
    ("일자리를 잃었어요", "예약 안 했어요, 잘못 눌렀어요", "취소할 수 있는 예약이 없습니다"),
])
def test_i_did_not_book_with_no_booking_says_so_in_the_residents_language(resident, runtime, first, text, none):
    add_slot(runtime, 2, languages=("ja", "en", "pt", "vi", "ko"))
    resident.follow()
    resident.say(first)
    answer = resident.texts(resident.say(text))
    assert none in answer and "10:00" not in answer
