"""「同行支援ってなに？」 "what is a food bank?": a short question about a word of the centre's help is answered with its
plain explanation, wherever the resident is, and the step's question follows (found by playing residents:
「同行支援ってなんですか」 was taken as a wish to book and answered "no day can be booked now")."""
import pytest

from dialogs.loader import load_bundle
from handlers import languages
from handlers.datafile import DataError
from handlers.service_terms import parse, service_terms
from tests.support import TONIGHT_QUESTION, move_clock_to, to_the_tonight_question

MONDAY = "2026-12-07T10:00:00+09:00"
# what each language's food-bank answer tells the resident to write for a search nearby
FOOD_BANK_NEARBY = {"ja": "近くのフードバンク", "en": "food bank near me", "es": "banco de alimentos cerca",
                    "pt-BR": "banco de alimentos perto", "vi": "ngân hàng thực phẩm gần đây", "zh-Hans": "附近的食物银行",
                    "zh-Hant": "附近的食物銀行", "ko": "근처 푸드뱅크", "tl": "food bank malapit",
                    "id": "bank makanan terdekat", "ne": "नजिकको फुड बैंक", "th": "ฟู้ดแบงก์ใกล้ๆ", "my": "အနီးက ဖုဒ်ဘဏ်"}


@pytest.mark.parametrize("question, explained", [
    ("同行支援ってなんですか", "一緒に行く"),
    ("どうこうしえんって何？", "一緒に行く"),
    ("居場所とは", "予約なしで"),
    ("ここってどういうところ？", None),
    ("what is accompanied support?", "goes with you"),
    ("¿qué es un banco de alimentos?", "comida gratis"),
    ("食物银行是什么？", "免费发放食物"),
])
def test_a_resident_who_asks_what_a_word_of_the_centres_help_means_gets_it_explained(resident, question, explained):
    move_clock_to(MONDAY)
    said = resident.texts(resident.say(question))
    if explained is None:  # not a term the file names: no explanation invented
        assert "予約なしで" not in said and "一緒に行く" not in said
        return
    assert explained in said
    assert "予約できる日がありません" not in said


def test_asked_at_the_tonight_question_the_term_is_explained_and_tonight_stays_open(resident):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say("居場所ってなに？"))
    assert "予約なしで" in said and TONIGHT_QUESTION in said
    assert "ある" in resident.buttons()


def test_a_story_that_names_a_term_is_no_question_about_it(resident):
    move_clock_to(MONDAY)
    said = resident.texts(resident.say("先月フードバンクでもらった米がもうなくなって、給料日まであと10日もある。どうしたらいいですか"))
    assert "無料で分けてもらえる" not in said


@pytest.mark.parametrize("lang", sorted(FOOD_BANK_NEARBY))
def test_the_words_the_food_bank_answer_suggests_do_search_nearby(resident, lang, bundle):
    assert FOOD_BANK_NEARBY[lang] in bundle.catalog.texts[lang]["term.food_bank"]
    move_clock_to(MONDAY)
    resident.say(FOOD_BANK_NEARBY[lang])
    items = (resident.last_messages[-1].get("quickReply") or {}).get("items") or []
    assert any(item["action"]["type"] == "location" for item in items), resident.texts()


def test_every_term_is_explained_in_every_language(bundle):
    for term in service_terms().terms:
        for code in languages.codes():
            assert bundle.catalog.texts[code].get(term.answer, "").strip(), (term.id, code)


def test_a_term_whose_answer_no_catalog_has_is_refused_with_its_line():
    data = {"terms": [{"id": "x", "answer": "term.nowhere", "words": ["x"], "__line__": 3}], "what_is": {"ja": ["って何"]}}
    with pytest.raises(DataError) as raised:
        parse(data, known_message=lambda m: m != "term.nowhere")
    assert "term.nowhere" in str(raised.value) and ":3:" in str(raised.value)


def test_the_bundle_refuses_a_term_file_whose_answer_is_missing(tmp_path):
    import shutil
    from pathlib import Path

    data = tmp_path / "dialogs"
    shutil.copytree(Path(__file__).resolve().parent.parent / "dialogs", data)
    path = data / "data" / "service_terms.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("answer: term.places", "answer: term.nowhere"), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_bundle(data, "Asia/Tokyo")
    assert "term.nowhere" in str(raised.value)
