"""Broken keyword files are refused on load, with every problem reported as FILE:LINE: reason."""

import textwrap

import pytest

from dialogs.triage import KEYWORDS_DIRECTORY, Classifier, LexiconError

GOOD_HEADER = """\
language: en
matching: words
scripts: [latin]
"""


def write(directory, name, text):
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(directory) -> list[str]:
    with pytest.raises(LexiconError) as caught:
        Classifier.from_directory(directory)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return caught.value.problems


def test_the_shipped_keyword_files_are_valid():
    assert set(Classifier.from_directory(KEYWORDS_DIRECTORY).languages) >= {"ja", "en", "zh", "vi", "pt", "es"}


def test_an_unknown_label_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "topics:\n  wrok:\n    keywords: [job]\n")
    assert problems(tmp_path) == [f"{path}:5: topics: unknown label 'wrok' (expected one of: work, money, housing, family, health, isolation)"]


def test_an_empty_entry_is_reported(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "topics:\n  work:\n    keywords:\n      - job\n      -\n      - '  '\n")
    found = problems(tmp_path)
    assert found == [
        f"{path}:8: an entry of topics/work/keywords is empty",
        f"{path}:9: an entry of topics/work/keywords is empty",
    ]


def test_an_invalid_regular_expression_is_reported(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "crisis:\n  suicide:\n    patterns:\n      - 'end (it'\n")
    [problem] = problems(tmp_path)
    assert problem.startswith(f"{path}:7: crisis/suicide: invalid regular expression 'end (it'")


def test_a_regular_expression_that_matches_everything_is_refused(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "crisis:\n  suicide:\n    patterns: ['.*']\n")
    assert problems(tmp_path) == [f"{path}:6: crisis/suicide: regular expression '.*' matches an empty message"]


def test_duplicates_are_found_after_normalisation(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "topics:\n  work:\n    keywords: [Job, job]\n    exclude: [JOB!]\n")
    assert problems(tmp_path) == [
        f"{path}:6: topics/work: 'job' duplicates the entry on line 6",
        f"{path}:7: topics/work: 'JOB!' duplicates the entry on line 6",
    ]


def test_katakana_and_hiragana_spellings_of_one_word_are_duplicates(tmp_path):
    path = write(
        tmp_path,
        "ja.yaml",
        """\
        language: ja
        matching: anywhere
        scripts: [kana, han]
        topics:
          work:
            keywords:
              - クビ
              - くび
        """,
    )
    assert problems(tmp_path) == [f"{path}:8: topics/work: 'くび' duplicates the entry on line 7"]


def test_wrong_types_are_reported(tmp_path):
    path = write(
        tmp_path,
        "en.yaml",
        GOOD_HEADER
        + textwrap.dedent(
            """\
            topics:
              work: [job]
              money:
                keywords: {cash: 1}
                exclude:
                  - [nested, list]
            implies: [suicide, health]
            morphology: maybe
            """
        ),
    )
    assert problems(tmp_path) == [
        f"{path}:5: topics/work must be a mapping of 'name: value' lines",
        f"{path}:7: topics/money/keywords must be a list (one '- entry' per line)",
        f"{path}:9: an entry of topics/money/exclude must be a single piece of text, not a list or mapping",
        f"{path}:10: implies: label implications are the same in every language and live in _shared.yaml "
        "(remove them here)",
        f"{path}:11: morphology must be true or false",
    ]


def test_unknown_settings_and_lists_are_reported(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "keyword: [x]\ntopics:\n  work:\n    keyword: [job]\n")
    found = problems(tmp_path)
    assert found[0].startswith(f"{path}:4: unknown setting 'keyword'")
    assert found[1].startswith(f"{path}:7: topics/work: unknown list 'keyword'")


def test_the_language_must_match_the_file_name_and_be_a_code(tmp_path):
    path = write(tmp_path, "en.yaml", "language: es\nmatching: words\nscripts: [latin]\n")
    other = write(tmp_path, "xx.yaml", "language: English\nmatching: words\nscripts: [latin]\n")
    assert problems(tmp_path) == [
        f"{path}:1: language 'es' does not match the file name 'en.yaml'",
        f"{other}:1: language 'English' is not a two- or three-letter code such as ja or en",
    ]


def test_missing_required_settings_and_bad_values_are_reported(tmp_path):
    path = write(tmp_path, "en.yaml", "language: en\nmatching: everywhere\nscripts: [latin, klingon]\naccents: sometimes\n")
    other = write(tmp_path, "es.yaml", "language: es\n")
    assert problems(tmp_path) == [
        f"{path}:2: matching must be one of: anywhere, words (not 'everywhere')",
        f"{path}:3: unknown script 'klingon' (expected one of: kana, han, hangul, thai, myanmar, devanagari, latin)",
        f"{path}:4: accents must be one of: ignore, exact_when_written (not 'sometimes')",
        f"{other}:1: missing required setting(s): matching, scripts",
    ]


def test_shared_implications_must_name_known_labels(tmp_path):
    from dialogs.triage import implications

    write(tmp_path, "en.yaml", GOOD_HEADER)
    path = write(tmp_path, "_shared.yaml", "implies:\n  suicide: [helth, suicide]\n  nofood: [money]\n"
                                           "  unpaid_wages: [work, rent_arrears]\n")
    with pytest.raises(LexiconError) as caught:
        implications.load(tmp_path)
    assert caught.value.problems == [
        f"{path}:2: implies 'suicide': 'helth' is not a topic, crisis or intent label",
        f"{path}:2: implies 'suicide': a label cannot name itself",
        f"{path}:3: implies: unknown label 'nofood'",
        f"{path}:4: implies 'unpaid_wages': 'rent_arrears' is not a topic, crisis or intent label",
    ]


def test_a_language_file_may_not_carry_its_own_implications(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "implies:\n  suicide: [health]\n")
    assert problems(tmp_path) == [
        f"{path}:4: implies: label implications are the same in every language and live in _shared.yaml "
        "(remove them here)"
    ]


def test_a_label_written_twice_is_reported(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "topics:\n  work:\n    keywords: [job]\n  work:\n    keywords: [boss]\n")
    assert problems(tmp_path) == [f"{path}:7: topics: 'work' appears twice (first on line 5)"]


def test_a_keyword_of_only_emoji_or_wildcards_is_refused(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "topics:\n  work:\n    keywords: ['😢', '*', 'job']\n")
    found = problems(tmp_path)
    assert found == [
        f"{path}:6: topics/work: '😢' has nothing left to match (emoji, punctuation and * are ignored)",
        f"{path}:6: topics/work: '*' has nothing left to match (emoji, punctuation and * are ignored)",
    ]


def test_a_yaml_syntax_error_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "en.yaml", GOOD_HEADER + "topics:\n  work:\n    keywords: [job, boss\n")
    [problem] = problems(tmp_path)
    assert problem.startswith(f"{path}:") and "not valid YAML" in problem


def test_problems_in_several_files_are_all_reported_at_once(tmp_path):
    first = write(tmp_path, "en.yaml", GOOD_HEADER + "topics:\n  wrok: {}\n")
    second = write(tmp_path, "es.yaml", "language: es\nmatching: words\nscripts: [latin]\ncrisis:\n  suicidio: {}\n")
    found = problems(tmp_path)
    assert [problem.split(": ")[0] for problem in found] == [f"{first}:5", f"{second}:5"]


def test_an_empty_file_or_directory_is_refused(tmp_path):
    assert problems(tmp_path) == [f"{tmp_path}:1: no keyword files (*.yaml) found"]
    path = write(tmp_path, "en.yaml", "")
    assert problems(tmp_path) == [f"{path}:1: the file is empty"]
