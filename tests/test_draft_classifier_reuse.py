"""A draft that leaves the keyword files alone is checked with the classifier already serving (building one takes
over a second); a draft that changes a keyword gets a classifier of its own, and the served one is untouched."""
import gc
from pathlib import Path

from dialogs.overlay import Content
from dialogs.triage import Classifier, built
from dialogs.triage.built import content_key

DATA = Path(__file__).resolve().parent.parent / "dialogs"


def test_a_draft_that_changes_only_a_message_is_checked_with_the_served_classifier(runtime):
    draft = runtime.build_content(Content(messages={"ja": {"intake.ask_anything": "なんでも書いてください。"}}))
    assert draft.classifier is runtime.bundle.classifier


def test_a_draft_that_changes_a_keyword_gets_its_own_classifier_and_the_served_one_keeps_its_words(runtime):
    ja = (DATA / "keywords" / "ja.yaml").read_text(encoding="utf-8")
    marker = "ぴよぴよ相談"
    assert marker not in ja
    edited = ja.replace("\n  work:\n    keywords:\n", f"\n  work:\n    keywords:\n      - {marker}\n", 1)
    assert edited != ja, "the ja keyword file has a work section to add to"
    draft = runtime.build_content(Content(files={"keywords/ja.yaml": edited}))
    assert draft.classifier is not runtime.bundle.classifier
    assert "work" in draft.classifier.classify(f"{marker}したいです").topics
    assert "work" not in runtime.bundle.classifier.classify(f"{marker}したいです").topics


def test_a_classifier_no_bundle_uses_is_freed_and_the_same_files_build_it_again(tmp_path):
    for path in (DATA / "keywords").iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "en.yaml").write_text((DATA / "keywords" / "en.yaml").read_text(encoding="utf-8") + "\n# edited\n",
                                      encoding="utf-8")
    key = content_key(tmp_path, Classifier.__qualname__, True)
    first = Classifier.from_directory(tmp_path)
    assert Classifier.from_directory(tmp_path) is first and built._built.get(key) is first
    del first
    gc.collect()
    assert built._built.get(key) is None
    assert Classifier.from_directory(tmp_path).classify("I lost my job").topics == ("work",)


def test_the_content_key_tells_files_apart_by_bytes_and_name(tmp_path):
    (tmp_path / "a.yaml").write_text("x", encoding="utf-8")
    first = content_key(tmp_path, True)
    (tmp_path / "a.yaml").write_text("y", encoding="utf-8")
    second = content_key(tmp_path, True)
    (tmp_path / "a.yaml").rename(tmp_path / "b.yaml")
    third = content_key(tmp_path, True)
    assert len({first, second, third, content_key(tmp_path, False)}) == 4
    assert content_key(tmp_path / "missing", True) != first
