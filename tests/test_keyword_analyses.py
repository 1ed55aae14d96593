"""The Japanese dictionary's analyses of the shipped keywords are shipped beside the classifier: compiling the
keyword lists then reads nothing of the dictionary (whose pages would stay in each worker's memory), and a
classifier built with them reads every message exactly as one built with the dictionary."""
import gzip
import json

import pytest

from dialogs.triage import KEYWORDS_DIRECTORY, Classifier, keyword_analyses, morphology

MESSAGES = ["やちんはらえない", "死にたいほどつらい", "おとうさんが たたく", "仕事ねぐなって、銭っこもねえ",
            "電気止められたけど、払ったら電気がつきました", "I lost my job", "家賃を三ヶ月滞納しています"]


def _table_is_for_this_dictionary() -> bool:
    return bool(keyword_analyses.load())


def test_a_classifier_built_with_the_table_never_asks_the_dictionary(monkeypatch):
    if not _table_is_for_this_dictionary():
        pytest.skip("the shipped table was made with another dictionary version (it is then not used)")

    def no_dictionary():
        raise AssertionError("the dictionary was asked while compiling the keywords")

    monkeypatch.setattr(morphology, "_tokenizer", no_dictionary)
    morphology._analyse.cache_clear()
    Classifier.from_directory(KEYWORDS_DIRECTORY)


def test_a_classifier_built_with_the_table_reads_messages_as_one_built_with_the_dictionary():
    with_table = Classifier.from_directory(KEYWORDS_DIRECTORY)
    morphology._analyse.cache_clear()
    without = Classifier.from_directory(KEYWORDS_DIRECTORY, shipped_analyses=False)
    for text in MESSAGES:
        assert with_table.classify(text) == without.classify(text), text


def test_the_table_is_what_the_installed_dictionary_says_and_covers_the_shipped_lists():
    table = keyword_analyses.load()
    if not table:
        pytest.skip("the shipped table was made with another dictionary version (it is then not used)")
    asked: set[str] = set()
    morphology._analyse.cache_clear()
    with morphology.recording(asked):
        Classifier.from_directory(KEYWORDS_DIRECTORY, shipped_analyses=False)
    missing = sorted(asked - set(table))
    assert not missing, f"run `python -m dialogs.triage.write_analyses` after editing the lists: {missing[:5]}"
    for text in sorted(table)[::7]:
        assert [list(row) for row in morphology.morphemes(text)] == table[text], text


def test_a_table_made_with_another_dictionary_is_not_used(tmp_path):
    stale = tmp_path / "analyses.json.gz"
    with gzip.open(stale, "wt", encoding="utf-8") as handle:
        json.dump({"versions": {"sudachipy": "0.0", "sudachidict-small": "19990101"},
                   "morphemes": {"家賃": [["家賃", "家賃", "ヤチン", "名詞", True, True]]}}, handle)
    assert keyword_analyses.load(stale) == {}
    assert keyword_analyses.load(tmp_path / "missing.json.gz") == {}
