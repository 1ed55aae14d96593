"""Which crisis lines a resident is given: open now (or saying when they open), in the order the sign needs,
189 only for a child at risk, 110/119 always with their signs, and again when a resident comes back after a crisis."""
import re
from datetime import datetime

import pytest
from sqlalchemy import select

from handlers import languages
from handlers.datafile import DataError
from handlers.hotlines import HotlineBook
from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.places_support import card_texts, cards_of, seed_directory
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

TUESDAY_NIGHT = "2026-12-01T23:30:00+09:00"
TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"
TUESDAY_MORNING = "2026-11-24T10:30:00+09:00"
HOURS = re.compile(r"（(24時間|(\S+ )?\d{1,2}:\d{2}–\d{1,2}:\d{2})）$")
SUNDAY_MORNING = "2026-12-06T10:00:00+09:00"

SUICIDE = {"ja": "死にたい", "ja-easy": "しにたい", "en": "I want to die", "zh-Hans": "我想死", "zh-Hant": "我想死",
           "ko": "죽고 싶어요", "vi": "tôi muốn chết", "tl": "gusto ko nang mamatay", "pt-BR": "quero morrer",
           "es": "quiero morir", "ne": "म मर्न चाहन्छु", "id": "saya ingin mati", "th": "อยากตาย", "my": "သေချင်တယ်"}
ADULT_DV = {"ja": "夫に殴られる。こわい", "ja-easy": "おっとに なぐられる", "en": "my husband hits me",
            "zh-Hans": "老公打我", "zh-Hant": "老公打我", "ko": "남편이 때려요", "vi": "chồng đánh tôi",
            "tl": "sinasaktan ako ng asawa ko", "pt-BR": "meu marido me bate", "es": "mi esposo me pega",
            "ne": "श्रीमानले कुट्छ", "id": "suami memukul saya", "th": "สามีทำร้ายฉัน", "my": "ယောက်ျားက ရိုက်တယ်"}


def speaking(runtime, resident, lang: str) -> None:
    """The resident has chosen *lang* (after a first hello)."""
    resident.follow()
    with runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"


def hotline_rows(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("・")]


# --- 1. at night, what helps tonight: open lines first, in the sign's order; closed ones say when they open ---
def test_at_night_tonight_gives_the_lines_open_now_first_dv_first_and_closed_offices_say_when_they_open(
        resident, runtime):
    seed_directory(runtime)
    move_clock_to(TUESDAY_NIGHT)
    resident.say("夫に殴られて家を出た。今夜寝るところがない")
    messages = resident.tap("今夜のこと")
    first = resident.texts(messages[:1])
    rows = hotline_rows(first)
    assert rows and all(HOURS.search(r) for r in rows), first  # every line with its hours
    assert "24時間" in rows[0] and "DV相談＋" in rows[0]  # violence: the DV line first
    assert "#8008" not in first and "#9110" not in first  # daytime lines are closed at 23:30: left out
    assert "189" not in first  # an adult: no child abuse line
    cards = [card_texts(c) for c in cards_of(messages)]
    assert cards and "配偶者暴力" in cards[0][0]  # the DV centre first, not last
    for card in cards:  # a closed office says when it opens (never a number without hours at night)
        assert any(("開いています" in t) or ("次に開くのは" in t) for t in card), card


def test_nowhere_to_sleep_tonight_gives_the_housing_and_welfare_offices_before_the_others(resident, runtime):
    seed_directory(runtime)
    move_clock_to(TUESDAY_NIGHT)
    resident.say("今夜寝るところがない")
    messages = resident.tap("今夜のこと")
    assert "0120-279-338" in resident.texts(messages[:1])  # the 24-hour line first
    names = [card_texts(c)[0] for c in cards_of(messages)]
    assert names[:2] == ["みどりが丘市 福祉事務所", "みどりが丘市 居住支援協議会"], names


def test_every_line_in_a_crisis_answer_at_night_is_open_now(resident):
    move_clock_to(TUESDAY_NIGHT)
    for words in ("死にたい", "夫に殴られる", "今夜寝るところがない", "昨日から何も食べてない"):
        for row in hotline_rows(resident.texts(resident.say(words))):
            assert "24時間" in row or "22:30" in row, row


# --- 2. 189 only when a child is at risk; an adult's DV gets the DV lines ---------------------------------------
def test_an_adult_hit_by_a_partner_gets_the_dv_lines_and_not_the_child_abuse_line(resident):
    move_clock_to(TUESDAY_MORNING)
    answer = resident.texts(resident.say("夫に殴られる。こわい"))
    rows = hotline_rows(answer)
    assert "189" not in answer and "児童相談所" not in answer
    assert "#8008" in rows[0] or "0120-279-889" in rows[0]  # the DV lines first
    assert "#8008" in answer and "0120-279-889" in answer and "110" in answer
    lines = resident.tap("相談窓口")
    assert "189" not in resident.texts(lines)


@pytest.mark.parametrize("words", ["子どもが夫に殴られている", "夫が息子を叩く", "隣の家の子どもが虐待されているかもしれない"])
def test_a_child_at_risk_gets_189_first(resident, words):
    move_clock_to(TUESDAY_AFTERNOON)
    rows = hotline_rows(resident.texts(resident.say(words)))
    assert "189" in rows[0], rows
    assert any("110" in r for r in rows)


def test_a_child_mentioned_after_the_first_dv_message_brings_189(resident):
    move_clock_to(TUESDAY_AFTERNOON)
    assert "189" not in resident.texts(resident.say("夫に殴られる"))
    assert "189" in resident.texts(resident.say("子どもも殴られている"))


@pytest.mark.parametrize("lang", languages.codes())
def test_in_every_language_an_adult_hit_at_home_gets_110_and_a_dv_line_and_never_189(resident, runtime, lang):
    move_clock_to(TUESDAY_AFTERNOON)
    speaking(runtime, resident, lang)
    answer = resident.texts(resident.say(ADULT_DV[lang]))
    assert "110" in answer and "189" not in answer, answer
    assert "0120-279-889" in answer or (lang == "my" and "0120-279-338" in answer), answer


# --- 3. with a suicide sign, 119 is there at every hour ------------------------------------------------------
@pytest.mark.parametrize("moment", [TUESDAY_MORNING, TUESDAY_AFTERNOON, TUESDAY_NIGHT])
def test_with_a_suicide_sign_119_is_in_every_list_at_every_hour(resident, moment):
    move_clock_to(moment)
    answer = resident.texts(resident.say("死にたい"))
    assert "119" in answer and "0120-279-338" in answer
    lines = resident.texts(resident.tap("相談窓口"))
    assert "119" in lines and "0120-279-338" in lines
    waiting = resident.texts(resident.say("人と話したい"))
    if moment == TUESDAY_NIGHT:  # out of hours: the 24-hour lines again, with 119
        assert "119" in waiting and "0120-279-338" in waiting


@pytest.mark.parametrize("lang", languages.codes())
def test_in_every_language_a_suicide_sign_in_office_hours_gets_119_and_a_24_hour_line(resident, runtime, lang):
    move_clock_to(TUESDAY_MORNING)
    speaking(runtime, resident, lang)
    resident.say(SUICIDE[lang])
    lines = resident.texts(resident.tap(resident.buttons()[1]))  # 相談窓口 (the lines), in the resident's language
    assert "119" in lines and "0120-279-338" in lines, lines


def test_at_most_the_limit_plus_the_emergency_numbers_are_listed(bundle):
    at = datetime.fromisoformat(TUESDAY_AFTERNOON)
    chosen = bundle.hotlines.choose(["suicide", "violence"], "ja", at, limit=4)
    numbers = [h.number for h in chosen]
    assert "119" in numbers and "110" in numbers and len(chosen) == 4


# --- 4. coming back (unblock) after a crisis ------------------------------------------------------------------
def test_a_resident_who_comes_back_after_a_crisis_sign_is_welcomed_back_with_the_lines_and_a_counselor(resident):
    move_clock_to(TUESDAY_NIGHT)
    resident.follow()
    resident.say("死にたい")
    resident._send("unfollow")
    move_clock_to("2026-12-03T21:00:00+09:00")
    answer = resident.texts(resident.follow())
    assert "おかえりなさい" in answer and "友だち追加ありがとうございます" not in answer
    assert "0120-279-338" in answer and "119" in answer  # the lines again, with the emergency number
    assert "相談員" in answer and "人と話したい" in resident.buttons()
    assert "ボタンで選ぶ" in resident.buttons()  # the usual choices
    assert "119" in resident.texts(resident.tap("相談窓口"))  # the lines still fit the sign


def test_a_resident_who_comes_back_long_after_or_after_a_counselor_closed_it_gets_a_plain_welcome_back(
        resident, runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.follow()
    resident.say("死にたい")
    resident._send("unfollow")
    move_clock_to("2026-12-20T12:00:00+09:00")  # more than crisis_recall_days later
    answer = resident.texts(resident.follow())
    assert "おかえりなさい" in answer and "0120-279-338" not in answer
    resident.say("死にたい")
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        conv.status, conv.outcome = "closed", "resolved"  # a counselor settled it
    resident._send("unfollow")
    answer = resident.texts(resident.follow())
    assert "おかえりなさい" in answer and "0120-279-338" not in answer


def test_how_long_a_crisis_is_recalled_on_coming_back_is_a_setting(settings, bundle, fake_line):
    from bot import create_app
    from tests.support import Resident
    settings.crisis_recall_days = 1
    app = create_app({"settings": settings, "bundle": bundle})
    try:
        resident = Resident(app, fake_line)
        move_clock_to(TUESDAY_AFTERNOON)
        resident.follow()
        resident.say("死にたい")
        resident._send("unfollow")
        move_clock_to("2026-11-26T15:00:00+09:00")  # two days later
        answer = resident.texts(resident.follow())
        assert "おかえりなさい" in answer and "0120-279-338" not in answer
    finally:
        app.extensions["madoguchi"].close()


def test_a_new_friend_still_gets_the_first_welcome(resident):
    move_clock_to(TUESDAY_AFTERNOON)
    assert "友だち追加ありがとうございます" in resident.texts(resident.follow())


@pytest.mark.parametrize("lang", languages.codes())
def test_in_every_language_coming_back_after_a_suicide_sign_gives_the_lines_again(resident, runtime, lang):
    move_clock_to(TUESDAY_NIGHT)
    speaking(runtime, resident, lang)
    resident.say(SUICIDE[lang])
    resident._send("unfollow")
    answer = resident.texts(resident.follow())
    assert "0120-279-338" in answer and "119" in answer, answer
    catalog = runtime.live.catalog
    assert catalog.text(lang, "welcome.back_crisis", lines="", person="").split("\n")[0] in answer  # welcomed back
    assert catalog.text(lang, "opt.person") in answer and catalog.text(lang, "companion.opt.lines") in resident.buttons()


# --- the data is checked on load --------------------------------------------------------------------------------
@pytest.mark.parametrize("row, problem", [
    ({"first_for": ["suicide"]}, "hotlines.first_for"),
    ({"only_when": ["teenager"]}, "hotlines.unknown_situations"),
    ({"emergency": True, "hours": ["09:00-17:00"]}, "hotlines.emergency_hours"),
    ({"emergency": "yes"}, "hotlines.malformed"),
])
def test_a_hotline_with_a_wrong_selection_rule_is_refused_on_load(row, problem):
    base = {"id": "x", "name": "hotline.police", "number": "110", "signals": ["violence"], "languages": ["all"],
            "hours": "24h"}
    with pytest.raises(DataError) as caught:
        HotlineBook.from_data([{**base, **row}], "hotlines.yaml", "Asia/Tokyo")
    assert problem in str(caught.value.problems[0].__dict__) or problem in repr(caught.value.problems)


@pytest.mark.parametrize("text, lang, child", [
    ("旦那が子供を蹴った", "ja", True), ("うちの子を叩いてしまいそうでこわい", "ja", True), ("彼氏に殴られた", "ja", False),
    ("my kid got hit by my husband", "en", True), ("my boyfriend beats me", "en", False),
    ("Mi pareja golpea a mis hijos", "es", True), ("mi esposo me pega", "es", False),
    ("Chồng tôi hay đánh con tôi", "vi", True), ("丈夫经常打孩子", "zh-Hans", True), ("老公打我", "zh-Hans", False),
    ("남편이 아이를 때리고 있어요", "ko", True), ("meu marido bate nos meus filhos", "pt-BR", True),
    ("suami saya sering memukul anak", "id", True), ("สามีทำร้ายลูกฉัน", "th", True),
    ("sinasaktan ng asawa ko ang anak ko", "tl", True), ("sinasaktan ako ng asawa ko", "tl", False),
])
def test_the_triage_tells_a_child_at_risk_from_an_adults_dv(classify, text, lang, child):
    result = classify(text, lang)
    assert "violence" in result.crisis
    assert ("child_at_risk" in result.situations) is child


# --- lines that answer on weekdays only ---
def test_on_a_sunday_a_weekday_line_is_not_given_as_open_now(resident, runtime):
    move_clock_to(SUNDAY_MORNING)
    resident.follow()
    resident.say("夫に殴られる。こわい")
    answer = resident.texts()
    assert "0120-279-889" in answer and "110" in answer
    assert "#8008" not in answer and "#9110" not in answer  # DV相談ナビ and the police line answer on weekdays


def test_a_line_closed_now_says_so_and_comes_after_the_open_ones(runtime):
    from types import SimpleNamespace

    from handlers.crisis import hotline_lines

    services = runtime.live.services
    book = services.hotlines
    navi, plus = (next(h for h in book.lines if h.id == name) for name in ("dv_navi", "dv_plus"))
    turn = SimpleNamespace(now=datetime.fromisoformat(SUNDAY_MORNING), lang="ja", services=services,
                           t=lambda msg, **kw: services.translate("ja", msg, **kw))
    rows = hotline_lines(turn, [navi, plus]).split("\n")
    assert "0120-279-889" in rows[0] and "#8008" in rows[1] and "いまは受付時間外" in rows[1], rows
