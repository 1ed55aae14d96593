"""Intents the triage classifier recognises, and the result it returns (JSON form, vocabulary, one shared classifier).

Only `dialogs.triage` is used: no app, no database.
"""
import subprocess
import sys
from pathlib import Path

import pytest

from dialogs.triage import CRISIS, INTENTS, LANGS, TOPICS, default_classifier

PROJECT = Path(__file__).resolve().parent.parent


# --- Intents ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("人と話したい", "human"),
        ("担当の人に電話したい", "human"),
        ("Can I talk to someone?", "human"),
        ("Tôi muốn nói chuyện với nhân viên", "human"),
        ("はい", "yes"),
        ("yes", "yes"),
        ("いいえ", "no"),
        ("答えたくない", "skip"),
        ("わからない", "skip"),
        ("近くに居場所はありますか", "places"),
        ("相談の予約をしたい", "booking"),
        ("予約を変更したい", "reschedule"),
        ("予約をキャンセルしたい", "cancel"),
        ("English please", "language"),
        ("言語を変えたい", "language"),
        ("最初からやり直したい", "restart"),
        ("私のデータを消してください", "data_request"),
    ],
)
def test_short_intents_are_recognised(classify, text, intent):
    assert intent in classify(text).intents


def test_changing_a_booking_is_not_a_new_booking(classify):
    assert classify("予約を変更したい").intents == ("reschedule",)


def test_yes_counts_only_when_it_is_the_whole_message(classify):
    assert "yes" not in classify("はいります").intents
    assert "yes" not in classify("心配です").intents


# --- Result and API -----------------------------------------------------------------------------


def test_the_json_form_has_sorted_topics_and_crisis_and_the_language_only(classify):
    data = classify("失業して家賃が払えない").to_json_dict()
    assert data == {"topics": ["housing", "money", "work"], "crisis": [], "lang": "ja"}


def test_labels_stay_within_the_published_vocabulary(classify):
    result = classify("死にたい。夫に殴られて、家賃も払えず、今夜寝るところもない。電気も止められた。人と話したい")
    assert set(result.topics) <= set(TOPICS) and set(result.crisis) <= set(CRISIS)
    assert set(result.intents) <= set(INTENTS) and result.lang in LANGS
    assert set(result.crisis) == {"suicide", "violence", "no_shelter", "lifeline"}


def test_the_default_classifier_is_built_once_and_shared():
    assert default_classifier() is default_classifier()


def test_importing_the_package_does_no_work():
    code = "import sys, dialogs.triage as t; print('sudachipy' in sys.modules, t.default_classifier.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]


def test_a_long_message_of_2400_characters_gets_every_topic_it_names(classify):
    # its speed is measured by benchmarks/triage_quality.py, not asserted here
    text = ("今月の家賃が払えそうにない。仕事もクビになって、子どもと二人で毎日不安です。" * 60)[:2400]
    assert {"money", "housing", "work", "family"} <= set(classify(text).topics)
