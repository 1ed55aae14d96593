"""Someone who cannot phone gets lines to write to, in every step and at every hour; a utility cut is answered with a
way to keep (or get back) the supply, worded for "about to stop" or "stopped"; 「続きから」 goes back to their topics."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.support import Resident, move_clock_to

TUESDAY_NIGHT = "2026-11-24T23:30:00+09:00"
TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"
CHAT_LINE = "https://talkme.jp/"


def speaking(app, fake_line, lang: str) -> Resident:
    resident = Resident(app, fake_line)
    resident.follow()
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"
    return resident


def state_of(resident: Resident) -> Conversation:
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        return s.scalars(select(Conversation).where(Conversation.resident_id == row.id)).one()


def test_out_of_hours_the_waiting_message_lists_a_chat_line_too(resident):
    move_clock_to(TUESDAY_NIGHT)
    answer = resident.texts(resident.say("人と話したい"))
    assert "0120-279-338" in answer and CHAT_LINE in answer


def test_out_of_hours_someone_waiting_who_has_no_voice_gets_lines_to_write_to_and_when_a_person_reads(resident):
    move_clock_to(TUESDAY_NIGHT)
    resident.say("人と話したい")
    answer = resident.texts(resident.say("電話できないんです、声が出なくて"))
    assert CHAT_LINE in answer and "（24時間）" in answer
    assert "8:00–22:30" in answer  # a line closed now keeps its hours
    assert "11月25日(水) 8:30" in answer  # honest: when a counselor reads what is written here
    assert "待つのをやめる" in resident.buttons()  # still waiting


@pytest.mark.parametrize("lang, words, expected", [
    ("en", "I can't call, my husband will hear", "can't phone"),
    ("vi", "Tôi không gọi điện được, chồng tôi sẽ nghe thấy", "Không gọi điện được"),
    ("pt-BR", "Não posso ligar, ele vai ouvir", "não pode ligar"),
    ("zh-Hans", "我不能打电话，他会听到", "不方便打电话"),
    ("ne", "म फोन गर्न सक्दिन", "फोन गर्न गाह्रो"),
])
def test_cannot_phone_is_understood_at_the_first_step_in_other_languages(app, fake_line, lang, words, expected):
    move_clock_to(TUESDAY_AFTERNOON)
    resident = speaking(app, fake_line, lang)
    answer = resident.texts(resident.say(words))
    assert CHAT_LINE in answer and expected in answer


def test_sleepless_and_wanting_someone_now_reaches_a_person_not_the_topics_step(resident):
    move_clock_to(TUESDAY_NIGHT)
    resident.say("眠れない。誰かと今すぐ話したい")
    assert state_of(resident).state == "handoff"


def test_a_cut_about_to_happen_gets_how_to_keep_the_supply_on(resident):
    move_clock_to(TUESDAY_AFTERNOON)
    answer = resident.texts(resident.say("電気が止まりそう"))
    assert "止まる前に" in answer and "請求書" in answer  # the company's number is on the bill
    assert "止めないための相談もできます" not in answer and "安全なところ" not in answer
    assert "人と話したい" in resident.buttons()


def test_a_cut_that_happened_in_easy_japanese_is_not_told_how_to_prevent_it(app, fake_line):
    move_clock_to(TUESDAY_AFTERNOON)
    resident = speaking(app, fake_line, "ja-easy")
    answer = resident.texts(resident.say("でんき が とまりました"))
    assert "とめない ための" not in answer and "とまって しまった" in answer and "せいきゅうしょ" in answer


@pytest.mark.parametrize("words, soon", [("My power will be cut off next week", True), ("The power was cut off today", False)])
def test_english_cut_wording_fits_about_to_stop_or_stopped(app, fake_line, words, soon):
    move_clock_to(TUESDAY_AFTERNOON)
    resident = speaking(app, fake_line, "en")
    answer = resident.texts(resident.say(words))
    assert ("may be cut soon" in answer) is soon and ("has been cut" in answer) is not soon


def test_continue_after_a_cut_goes_back_to_the_topics_it_named(resident):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.say("電気が止まりそう")
    resident.tap("続きから")
    assert "✓ お金" in resident.buttons()
    assert state_of(resident).state == "topics"


@pytest.mark.parametrize("lang, words", [
    ("ja", "電話は無理です"), ("en", "I'm deaf"), ("zh", "我不方便打电话"), ("ko", "전화하기 어려워요"),
    ("vi", "tôi bị điếc"), ("tl", "hindi ako makatawag"), ("pt", "não consigo ligar"), ("es", "no puedo llamar"),
    ("ne", "फोन गर्न गाह्रो छ"), ("id", "saya tidak bisa menelepon"), ("th", "ฉันโทรไม่ได้"), ("my", "ဖုန်းမဆက်နိုင်ဘူး"),
])
def test_cannot_phone_is_an_intent_in_every_language(classify, lang, words):
    assert "no_phone" in classify(words, lang).intents


@pytest.mark.parametrize("lang, words, label", [
    ("ja", "夫にスマホを見られるので", "hide_chat"), ("en", "he checks my phone, please delete this chat", "hide_chat"),
    ("ko", "남편이 휴대폰을 확인해요", "hide_chat"), ("es", "mi esposo revisa mi celular", "hide_chat"),
    ("vi", "chồng tôi kiểm tra điện thoại", "hide_chat"), ("zh", "他会查我的手机", "hide_chat"),
    ("ja", "ここで相談したいです", "talk_here"), ("en", "can I just talk here", "talk_here"), ("pt", "prefiro falar aqui", "talk_here"),
    ("tl", "dito na lang tayo mag-usap", "talk_here"), ("id", "saya mau bicara di sini", "talk_here"),
    ("ja", "どうしたらいいですか", "what_to_do"), ("en", "what should I do", "what_to_do"), ("th", "ทำยังไงดี", "what_to_do"),
    ("ne", "अब के गर्ने", "what_to_do"), ("my", "ဘာလုပ်ရမလဲ", "what_to_do"),
])
def test_what_a_resident_asks_of_the_conversation_is_read_in_many_languages(classify, lang, words, label):
    assert label in classify(words, lang).intents


@pytest.mark.parametrize("lang, soon, done", [
    ("ja", "ガスが止められそうです", "ガスが止められました"), ("en", "they are going to cut my water", "my water was cut off"),
    ("es", "me van a cortar la luz", "me cortaron la luz"), ("vi", "điện sắp bị cắt", "điện bị cắt rồi"),
    ("zh", "快要停水了", "已经停水了"), ("ko", "전기가 곧 끊길 것 같아요", "전기가 끊겼어요"),
])
def test_a_cut_still_to_come_is_told_from_one_already_done(classify, lang, soon, done):
    coming, cut = classify(soon, lang), classify(done, lang)
    assert "lifeline" in coming.crisis and "cut_soon" in coming.situations
    assert "lifeline" in cut.crisis and "cut_soon" not in cut.situations


def test_an_email_line_in_the_data_is_offered_to_someone_who_cannot_phone_with_its_hours():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from handlers.hotlines import HotlineBook
    rows = [{"id": "tel", "name": "hotline.yorisoi", "number": "0120", "signals": ["suicide"], "languages": ["ja"], "hours": "24h"},
            {"id": "mail", "name": "hotline.yorisoi", "number": "help@example.jp", "kind": "email", "signals": ["suicide"],
             "languages": ["ja"], "hours": ["09:00-17:00"]}]
    book = HotlineBook.from_data(rows, "hotlines.yaml", "Asia/Tokyo")
    night = datetime(2026, 11, 24, 23, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert [h.id for h in book.text_lines("ja", night)] == ["mail"]  # closed now: still listed, with its hours
