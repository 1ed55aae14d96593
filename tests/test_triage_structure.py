"""Triage that understands structure (issue 18): words, lemmas and readings in Japanese; negation, settled
problems and jokes in every language; implications shared by all languages; the learned backstop that
raises a possible crisis; `madoguchi triage --explain`."""
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from dialogs.triage import Classifier, LexiconError
from dialogs.triage.backstop import Backstop, features
from dialogs.triage.training import train

PROJECT = Path(__file__).resolve().parents[1]


def labels(result):
    return set(result.topics), set(result.crisis), set(result.possible)


# --- Japanese by words ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, not_expected", [
    ("光熱費が払えない", "health"),  # 熱 inside 光熱費
    ("でてけって言われた", "violence"),  # 蹴って inside でてけって
    ("受けられる支援はありますか", "violence"),  # 蹴られ read inside 受けられる
])
def test_a_keyword_never_fires_from_the_middle_of_a_word(classify, text, not_expected):
    result = classify(text)
    assert not_expected not in result.topics + result.crisis + result.possible


@pytest.mark.parametrize("text, topic", [("腰痛がひどい", "health"), ("義母との関係に悩んでいる", "family"),
                                         ("家賃滞納しています", "housing")])
def test_a_keyword_at_the_start_or_the_end_of_a_word_counts(classify, text, topic):
    assert topic in classify(text).topics


@pytest.mark.parametrize("text", ["死にたかった", "しにたくて眠れない", "もう死にたくなった"])
def test_a_phrase_with_a_verb_is_matched_in_any_conjugation(classify, text):
    assert classify(text).crisis == ("suicide",)


def test_a_single_word_is_matched_as_written_so_a_death_in_the_family_is_not_a_suicide_sign(classify):
    result = classify("父が先月死んだ")
    assert "suicide" not in result.crisis + result.possible


def test_hiragana_matches_the_reading_of_kanji_keywords(classify):
    assert {"housing", "money"} <= set(classify("やちんがはらえない").topics)


def test_a_reading_the_dictionary_reads_as_another_word_is_asked_about_or_dropped(classify):
    # 行きたくない or 生きたくない? asked about; a possible suicide is about health, as a certain one is
    assert labels(classify("いきたくない")) == ({"health"}, set(), {"suicide"})
    assert labels(classify("がっこういきたくない")) == (set(), set(), set())  # after a noun: 行く


# --- negation, settled problems, jokes -----------------------------------------------------------

@pytest.mark.parametrize("text", ["しにたいとかじゃないけど", "暴力とかはないけど", "ガスはまだ止まっていません",
                                  "死にたいなんて思っていません", "I am not going to kill myself",
                                  "no es que quiera morir", "電気は昨日戻りました"])
def test_a_denied_or_settled_crisis_is_neither_a_crisis_nor_a_question(classify, text):
    result = classify(text)
    assert result.crisis == () and result.possible == ()


def test_a_denial_reaches_only_the_words_right_before_it(classify):
    assert classify("死にたい気持ちが消えていない").crisis == ("suicide",)


def test_a_settled_problem_is_dropped_but_the_rest_of_the_message_still_counts(classify):
    assert set(classify("仕事は見つかったけど、家賃が払えない").topics) == {"money", "housing"}


def test_a_denied_crisis_keeps_the_worry_that_follows(classify):
    result = classify("not that I want to die, but my rent is late")
    assert result.crisis == () and {"money", "housing"} <= set(result.topics)


@pytest.mark.parametrize("text, kind", [("I want to die lol", "suicide"), ("彼氏に殴られたwww", "violence")])
def test_a_word_of_suicide_or_violence_in_a_joke_is_asked_about_not_taken_as_certain(classify, text, kind):
    result = classify(text)
    assert result.crisis == () and result.possible == (kind,)


@pytest.mark.parametrize("text", ["I'm starving lol", "電気止められたwww", "Gutom na gutom na ako haha"])
def test_hunger_or_a_cut_in_a_joke_is_not_a_crisis(classify, text):
    result = classify(text)
    assert result.crisis == () and result.possible == ()


# --- shared implications and concepts ------------------------------------------------------------

@pytest.mark.parametrize("text, topics", [
    ("no me pagaron", {"work", "money"}), ("給料が払われていない", {"work", "money"}),
    ("hindi pa ako nakakabayad ng pang-rent", {"money", "housing"}), ("I'm behind on my rent", {"money", "housing"}),
    ("光熱費が払えない", {"money"}),
])
def test_unpaid_wages_and_arrears_mean_the_same_topics_in_every_language(classify, text, topics):
    assert set(classify(text).topics) == topics


@pytest.mark.parametrize("text", ["フードバンクの食べ物はどこで受け取れますか", "Is there a food bank near here?",
                                  "¿Dónde está el banco de alimentos?"])
def test_asking_for_food_support_is_money_not_a_crisis(classify, text):
    result = classify(text)
    assert result.topics == ("money",) and result.crisis == () and result.possible == ()


@pytest.mark.parametrize("text", ["夫に殴られた", "My husband hits me", "meu marido me bate", "老公打我"])
def test_violence_by_a_partner_is_family_and_violence_in_every_language(classify, text):
    result = classify(text)
    assert "family" in result.topics and result.crisis == ("violence",)


def test_a_shared_implication_applies_to_every_language(tmp_path):
    header = "language: {lang}\nmatching: words\nscripts: [latin]\ncrisis:\n  suicide:\n    keywords: [{word}]\n"
    (tmp_path / "en.yaml").write_text(header.format(lang="en", word="die"), encoding="utf-8")
    (tmp_path / "es.yaml").write_text(header.format(lang="es", word="morir"), encoding="utf-8")
    (tmp_path / "_shared.yaml").write_text("implies:\n  suicide: [health, isolation]\n", encoding="utf-8")
    classifier = Classifier.from_directory(tmp_path)
    assert classifier.classify("die", "en").topics == classifier.classify("morir", "es").topics == ("health", "isolation")


def problems_loading(directory: Path, files: dict[str, str]) -> list[str]:
    """Write keyword files into a directory and return the problems loading them reports."""
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        Classifier.from_directory(directory)
    return caught.value.problems


def test_a_broken_shared_file_is_reported_with_its_line(tmp_path):
    problems = problems_loading(tmp_path, {"en.yaml": "language: en\nmatching: words\nscripts: [latin]\n",
                                           "_shared.yaml": "implies:\n  suicide: [helth]\n"})
    assert problems == [f"{tmp_path / '_shared.yaml'}:2: implies 'suicide': 'helth' is not a topic, "
                                     "crisis or intent label"]


def test_an_unknown_scope_list_is_reported(tmp_path):
    problems = problems_loading(tmp_path, {"en.yaml": "language: en\nmatching: words\nscripts: [latin]\n"
                                                      "scope:\n  denials: [not]\n"})
    assert "scope: unknown list 'denials'" in problems[0]


# --- the learned backstop ------------------------------------------------------------------------

def test_the_shipped_backstop_fits_the_crisis_labels_and_has_thresholds():
    model = Backstop.shipped()
    assert model is not None and set(model.labels) <= {"suicide", "violence", "no_food", "no_shelter", "lifeline"}
    assert all(0.6 <= threshold < 1 for threshold in model.thresholds)


def test_the_backstop_raises_a_possible_crisis_the_keywords_do_not_name(classify):
    result = classify("わ、もうだめだ。生ぎでるのやんたぐなった")  # Tsugaru dialect: no keyword says it
    assert result.crisis == () and result.possible == ("suicide",)


def test_the_backstop_never_removes_what_the_keywords_found(classify):
    assert classify("死にたい").crisis == ("suicide",)


def test_training_separates_crisis_from_calm_messages_on_a_small_corpus():
    texts = ["I want to die", "I want to end my life", "I wish I could die", "I want to disappear forever"] * 5
    texts += ["hello", "I lost my job", "where is the office", "can I get help with rent", "thank you"] * 5
    truth = [frozenset({"suicide"})] * 20 + [frozenset()] * 25
    model = Backstop.from_json(train(texts, truth, folds=2))
    suicide = model.labels.index("suicide")
    assert model.score("i want to die")["probabilities"]["suicide"] > model.score("where is the office")["probabilities"]["suicide"]
    assert 0.6 <= model.thresholds[suicide] < 1


def test_features_are_character_ngrams_and_words():
    found = features("家賃 払えない")
    assert "c:家" in found and "c:払" in found and "c:え" not in found and "家賃" in found and "w:払えない" in found and "b:家賃_払えない" in found


def test_japanese_lemma_features_are_shared_however_a_word_is_conjugated_or_spelt():
    written = features("生きてる意味ない", lemmas=True)
    plain = features("生きる意味がない", lemmas=True)
    shared = {feature for feature in written & plain if feature[:2] in ("l:", "m:")}
    assert "l:生きる" in shared and "m:生きる_意味" in shared
    assert not any(feature[:2] in ("l:", "m:") for feature in features("I have no money", lemmas=True))
    assert not any(feature[:2] in ("l:", "m:") for feature in features("生きる意味がない"))  # only when asked for


def test_the_backstop_scores_with_packed_weights_as_it_would_with_the_trained_ones():
    weights = {"die": [2.5, -0.25, 0.0, 0.0, 0.001], "_di": [0.75, 0.0, 0.0, 1.125, 0.0]}
    model = Backstop(("suicide", "violence", "no_food", "no_shelter", "lifeline"), [-1.0] * 5, weights, [0.7] * 5)
    scores = model.score("i want to die tonight")
    expected = [-1.0 + sum(row[index] for row in weights.values()) for index in range(5)]
    for index, label in enumerate(model.labels):
        assert abs(scores["probabilities"][label] - 1 / (1 + math.exp(-expected[index]))) < 1e-4
    assert scores["raised"] == ["suicide"] and scores["because"]["suicide"][0] == ("die", 2.5)


# --- explain ---------------------------------------------------------------------------------------

def test_explain_shows_which_entry_of_which_file_matched_and_what_cancelled_it():
    done = subprocess.run([sys.executable, "-m", "bot.cli", "triage", "--explain"], cwd=PROJECT, check=True,
                          input="しにたいとかじゃないけど、家賃がはらえない\n", capture_output=True, text=True)
    first, *rest = done.stdout.splitlines()
    assert json.loads(first)["topics"] == ["housing", "money"]
    text = "\n".join(rest)
    assert "ja.yaml:" in text and "denied: denial_after 'とかじゃな'" in text
    assert "(lemma)" in text  # 死にたい also read through its lemmas (死ぬ·たい)


def test_a_japanese_entry_made_only_of_particles_is_refused_with_its_line(tmp_path):
    problems = problems_loading(tmp_path, {"ja.yaml": "language: ja\nmatching: anywhere\nscripts: [kana, han]\n"
                                                      "morphology: true\ntopics:\n  money:\n    keywords: [お金, から]\n"})
    assert problems == [f"{tmp_path / 'ja.yaml'}:7: topics/money: 'から' is only particles or endings: "
                                     "it would match in almost every message (add the word it follows)"]


def test_morphology_is_refused_for_a_language_without_a_dictionary(tmp_path):
    problems = problems_loading(tmp_path, {"en.yaml": "language: en\nmatching: words\nscripts: [latin]\nmorphology: true\n"})
    assert "morphology: only Japanese has a morphological dictionary" in problems[0]


@pytest.mark.parametrize("text, crisis", [("たべものない", "no_food"), ("住むとこない", "no_shelter"),
                                          ("生きるのしんどい", "suicide")])
def test_a_phrase_is_found_with_its_particle_dropped(classify, text, crisis):
    assert classify(text).crisis == (crisis,)


@pytest.mark.parametrize("text", ["住むところを探してる", "ごはんは食べてるけど家賃がやばい"])
def test_a_stem_cut_before_its_negation_never_matches_the_affirmative(classify, text):
    assert classify(text).crisis == ()


# --- spellings: one keyword for every way of writing its words --------------------------------------

@pytest.mark.parametrize("text, lang, crisis", [
    ("hari ini nggak ada yang bisa dimakan", "id", "no_food"),  # nggak → tidak
    ("gak ada yang bisa dimakan dari kemarin", "id", "no_food"),
    ("tô dormindo na praça faz dois dias", "pt", "no_shelter"),  # tô → estou
    ("sana di na ako magising bukas", "tl", "suicide"),  # di → hindi
])
def test_a_colloquial_spelling_is_read_as_the_word_the_keyword_uses(classify, text, lang, crisis):
    result = classify(text)
    assert result.lang == lang and crisis in result.crisis


def spelled(tmp_path, spellings: str, keywords: str = "[not eaten]") -> Classifier:
    (tmp_path / "en.yaml").write_text("language: en\nmatching: words\nscripts: [latin]\n" + spellings +
                                      f"crisis:\n  no_food:\n    keywords: {keywords}\n", encoding="utf-8")
    return Classifier.from_directory(tmp_path)


def test_a_spelling_applies_to_messages_and_keywords_alike(tmp_path):
    classifier = spelled(tmp_path, "spellings:\n  not: [nt, naht]\n", "[naht eaten]")
    assert classifier.classify("I have nt eaten since Monday", "en").crisis == ("no_food",)
    assert classifier.classify("I have not eaten since Monday", "en").crisis == ("no_food",)
    assert classifier.classify("I have eaten", "en").crisis == ()


@pytest.mark.parametrize("spellings, reason", [
    ("spellings:\n  not: [nt, dont know]\n", "spellings/not: 'dont know' must be one word"),
    ("spellings:\n  not: [not]\n", "spellings/not: 'not' is the word itself"),
    ("spellings:\n  not: [nt]\n  no: [nt]\n", "spellings/no: 'nt' is already a spelling of 'not' (line 5)"),
    ("spellings:\n  not: [nt]\n  nt ok: [ntok]\n", "'nt ok' is itself listed as another word's spelling"),
])
def test_a_wrong_spelling_entry_is_refused_with_its_line(tmp_path, spellings, reason):
    (tmp_path / "en.yaml").write_text("language: en\nmatching: words\nscripts: [latin]\n" + spellings,
                                      encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        Classifier.from_directory(tmp_path)
    assert any(reason in problem for problem in caught.value.problems), caught.value.problems


def test_spellings_are_refused_for_a_language_matched_anywhere(tmp_path):
    problems = problems_loading(tmp_path, {"zh.yaml": "language: zh\nmatching: anywhere\nscripts: [han]\n"
                                                      "spellings:\n  不: [没]\n"})
    assert "spellings: only for languages matched by words" in problems[0]


def test_a_pattern_naming_a_replaced_spelling_is_refused(tmp_path):
    problems = problems_loading(tmp_path, {"en.yaml": "language: en\nmatching: words\nscripts: [latin]\n"
                                                      "spellings:\n  not: [nt]\ncrisis:\n  no_food:\n"
                                                      "    patterns: ['nt eaten']\n"})
    assert problems == [f"{tmp_path / 'en.yaml'}:8: crisis/no_food: pattern 'nt eaten' names 'nt', which the "
                        "message reads as 'not' (spellings): write that instead"]


def test_two_spellings_of_one_marker_word_count_once_for_the_language(tmp_path):
    (tmp_path / "id.yaml").write_text("language: id\nmatching: words\nscripts: [latin]\nmarkers: [tidak, nggak, gak]\n"
                                      "spellings:\n  tidak: [nggak, gak]\n", encoding="utf-8")
    (tmp_path / "en.yaml").write_text("language: en\nmatching: words\nscripts: [latin]\nmarkers: [the, is, not]\n",
                                      encoding="utf-8")
    classifier = Classifier.from_directory(tmp_path)
    assert classifier.classify("nggak", None).lang == "id"
    assert classifier.classify("the car is not here nggak", None).lang == "en"  # 3 English markers, 1 Indonesian
