"""Session 23: the learned backstop learns from much more varied text (indirect crises, calm look-alikes, the read
development sets) and from Japanese lemmas; a farewell of a school, a job or a move is no farewell to life."""

import json

import pytest

from dialogs.triage import training
from dialogs.triage.backstop import MODEL_FILE, Backstop

BLIND_SETS = ("2026-12-16.tsv", "2026-12-19.tsv", "2026-12-22.tsv", "2026-12-23.tsv", "2026-12-24.tsv")


def test_the_backstop_never_learns_from_a_blind_set_nor_from_the_corpus_held_out_part():
    names = {path.name for path in training.DEFAULT_CORPUS}
    assert not names & set(BLIND_SETS)
    assert not any(path.parts[-2:] == ("triage_corpus", "heldout.tsv") for path in training.DEFAULT_CORPUS)


def test_every_read_set_the_backstop_learns_from_is_in_the_project():
    for name in training.READ_SETS:
        assert (training.PROJECT_ROOT / "benchmarks" / "triage_heldout" / name).exists(), name


def test_the_shipped_backstop_reads_lemmas_and_never_raises_on_a_near_coin_toss():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert "lemmas" in data["features"]
    model = Backstop.shipped()
    assert model is not None and model.lemmas
    assert min(model.thresholds) >= training.MIN_THRESHOLD
    assert all(min(row) >= training.LANGUAGE_MIN_THRESHOLD for row in model.thresholds_by_lang.values())


@pytest.mark.parametrize("text", [
    "卒業式の日に、担任の先生へ今までありがとうございましたって手紙を書きました",
    "転勤が決まりました。この番号での連絡はこれが最後になります。お世話になりました",
    "送別会でみんなにお別れの挨拶をしてきた。さみしいけど新しい職場でがんばる",
    "My coworker is retiring and I wrote her a farewell card, thank you for everything",
    "I'm going back to my country next month, this is my last message from this phone number",
])
def test_a_farewell_of_a_school_a_job_or_a_move_is_no_farewell_to_life(classify, text):
    result = classify(text)
    assert "suicide" not in result.crisis and "suicide" not in result.possible


@pytest.mark.parametrize("text", [
    "卒業したけど就職もできなかった。今までありがとう、もう死にます",
    "I'm retiring from everything. Thank you all, I want to end my life tonight",
])
def test_a_farewell_with_a_wish_to_die_is_still_a_crisis(classify, text):
    assert "suicide" in classify(text).crisis


@pytest.mark.parametrize("text, kind", [
    ("Ya no puedo seguir viviendo así, estoy cansada de todo", "suicide"),
    ("Hindi ko na kayang mabuhay, pagod na pagod na ako", "suicide"),
    ("Sabi ng kapatid ko walang kwentang mabuhay, nag-aalala ako", "suicide"),
    ("Dos noches durmiendo en la estación, no tengo adónde ir", "no_shelter"),
    ("Tatlong araw na akong walang kain, wala na akong pera", "no_food"),
    ("พ่อตีแม่ทุกคืน หนูกลัวมาก", "violence"),
])
def test_a_plain_crisis_in_other_languages_is_raised(classify, text, kind):
    result = classify(text)
    assert kind in result.crisis or kind in result.possible


def test_a_home_one_cannot_go_on_living_in_is_no_wish_to_die(classify):
    result = classify("No puedo seguir viviendo en este piso, el alquiler es demasiado caro")
    assert "suicide" not in result.crisis and "housing" in result.topics
