"""The whole intake in four languages — follow, free text, topic confirmation, follow-up questions, the
outcome menu, the handoff and a crisis message — every reply in the resident's language."""
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage import clock

KANA = re.compile(r"[\u3040-\u30ff]")
SUNDAY_MORNING = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # the office is closed

CASES = {
    "vi": dict(profile="vi", choose=None, first="Cảm ơn bạn đã kết bạn",
               text="Tôi bị mất việc, không có tiền trả tiền nhà",
               topics=("Việc làm", "Tiền bạc", "Nhà ở"), done="Đúng rồi", skip="Bỏ qua",
               outcome="Tiếp theo bạn muốn làm gì", counselor="Gặp nhân viên tư vấn",
               handoff=("Đã báo cho nhân viên tư vấn", "08:30 Thứ Hai, 30 tháng 11"),
               crisis="Tôi muốn chết", crisis_words=("Bạn rất quan trọng", "Nơi bạn có thể liên hệ", "Yorisoi")),
    "ja-easy": dict(profile="ja", choose="やさしい にほんご", first="友だち追加ありがとうございます",
                    text="しごとを クビに なりました。おかねが ない",
                    topics=("仕事(しごと)", "お金(かね)"), done="これで いい", skip="答(こた)えない",
                    outcome="これから どう したいですか", counselor="相談員(そうだんいん)と 話(はな)す",
                    handoff=("相談員(そうだんいん)に 伝(つた)えました", "11月30日(月) 8:30"),
                    crisis="しにたい", crisis_words=("あなたは 大切(たいせつ)です", "よりそいホットライン")),
    "pt-BR": dict(profile=None, choose=None, first="友だち追加ありがとうございます",
                  text="Olá, perdi meu emprego e não consigo pagar o aluguel",
                  topics=("Trabalho", "Moradia"), done="Está certo", skip="Pular",
                  outcome="O que você quer fazer agora", counselor="Falar com atendente",
                  handoff=("Já avisamos um atendente", "a partir de segunda-feira, 30 de novembro, às 08:30"),
                  crisis="Quero morrer", crisis_words=("Você é importante", "Canais que atendem agora")),
    "en": dict(profile="en-US", choose=None, first="Thank you for adding us",
               text="I lost my job and I can't pay my rent",
               topics=("Work", "Housing"), done="That's right", skip="Skip",
               outcome="What would you like to do next", counselor="Talk to a counselor",
               handoff=("We have told a counselor", "from Monday, November 30 at 8:30"),
               crisis="I want to kill myself", crisis_words=("You matter to us", "Lines you can reach now")),
}


def _plain(text: str) -> str:
    """Babel separates times with narrow no-break spaces; compare with ordinary ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _in_language(lang: str, text: str) -> None:
    if lang not in ("ja", "ja-easy"):
        assert not KANA.search(text), f"Japanese kana in a {lang} reply: {text!r}"


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_whole_intake_runs_in_the_residents_language(lang, resident, fake_line):
    case = CASES[lang]
    clock.shift(SUNDAY_MORNING - clock.now())
    fake_line.state.languages[resident.user] = case["profile"]
    resident.follow()
    assert case["first"] in resident.texts()
    if case["choose"]:
        resident.tap("Language / 言語")
        resident.tap(case["choose"])
    resident.say(case["text"])
    said = resident.texts()
    assert all(t in said for t in case["topics"]), said
    _in_language(lang, said)
    assert case["done"] in resident.buttons()
    resident.tap(case["done"])
    asked = 0
    while case["skip"] in resident.buttons():            # the follow-up questions, each skippable
        _in_language(lang, resident.texts())
        resident.tap(resident.buttons()[0])
        asked += 1
    assert 2 <= asked <= 4
    assert case["outcome"] in resident.texts()
    _in_language(lang, resident.texts())
    resident.tap(case["counselor"])
    waiting = _plain(resident.texts())
    assert all(w in waiting for w in case["handoff"]), waiting
    _in_language(lang, waiting)
    resident.say(case["crisis"])
    crisis = resident.texts()
    assert all(w in crisis for w in case["crisis_words"]), crisis
    _in_language(lang, crisis)


def test_hotline_hours_read_in_the_residents_locale(resident, fake_line):
    clock.shift(datetime(2026, 11, 25, 12, 0, tzinfo=ZoneInfo("Asia/Tokyo")) - clock.now())
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    resident.say("I want to die")
    assert "Yorisoi Hotline (foreign languages: press 2 after the message) 0120-279-338 (24 hours)" in resident.texts()
    assert clock.now() - timedelta(days=1) < clock.now()
