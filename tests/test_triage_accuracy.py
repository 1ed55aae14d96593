"""The classifier meets its accuracy targets on labelled messages.

Targets: topic micro-F1 ≥ 0.90 for Japanese and ≥ 0.85 for the other languages together, crisis
recall 100 %, false crisis flags on ≤ 5 % of messages without a crisis.
"""

from pathlib import Path

import pytest

from dialogs.triage import default_classifier
from dialogs.triage.evaluate import TARGETS, evaluate, main, read_rows, report

PROJECT = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = PROJECT.parent / "shared" / "triage" / "samples.tsv"
EXTRA = PROJECT / "tests" / "data" / "triage_extra.tsv"


def assert_targets_met(path: Path) -> dict:
    result = evaluate(read_rows(path), default_classifier())
    assert result["passed"], report(result)
    return result


@pytest.mark.skipif(not SHARED_SAMPLES.exists(), reason="../shared/triage/samples.tsv is not beside the project")
def test_the_shared_samples_meet_every_target():
    assert_targets_met(SHARED_SAMPLES)


def test_our_own_larger_set_meets_every_target():
    result = assert_targets_met(EXTRA)
    assert result["overall"]["messages"] >= 800
    assert {"ja", "en", "zh", "vi", "pt", "es", "tl", "ko", "id", "ne", "th", "my"} <= set(result["by_lang"])


def test_evaluate_reports_figures_per_language_and_every_mistake(tmp_path):
    path = tmp_path / "mini.tsv"
    path.write_text(
        "# lang\ttext\ttopics\tcrisis\n"
        "ja\t家賃が払えない\tmoney,housing\t\n"
        "ja\t死ぬほど眠い\t\t\n"
        "en\tI want to die\thealth\tsuicide\n"
        "en\tI lost my job\t\t\n",
        encoding="utf-8",
    )
    result = evaluate(read_rows(path), default_classifier())
    assert result["ja"]["topic_f1"] == 1.0
    assert result["other"]["topic_f1"] == pytest.approx(2 / 3)
    assert result["overall"]["crisis_recall"] == 1.0
    assert result["overall"]["false_crisis_rate"] == 0.0
    assert [mistake["where"] for mistake in result["mistakes"]] == [f"{path}:5"]
    assert result["targets"]["topic_f1_other"] == {"value": pytest.approx(2 / 3), "target": TARGETS["topic_f1_other"], "met": False}
    assert not result["passed"]


def test_a_missed_crisis_fails_the_command_line_run(tmp_path, capsys):
    path = tmp_path / "missed.tsv"
    path.write_text("en\tgood morning\t\tsuicide\n", encoding="utf-8")
    assert main([str(path)]) == 1
    out = capsys.readouterr().out
    assert "crisis_recall" in out and "MISSED" in out and f"{path}:1" in out


def test_a_badly_labelled_file_is_refused_with_its_line(tmp_path, capsys):
    path = tmp_path / "bad.tsv"
    path.write_text("en\thello\tviolence\n", encoding="utf-8")
    assert main([str(path)]) == 2
    assert f"{path}:1: unknown label(s) violence" in capsys.readouterr().err
