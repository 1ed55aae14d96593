"""Every text a resident can read exists in every language: complete, not fuzzy, same placeholders,
quick-reply labels within LINE's 20 characters, Easy Japanese plain and short — and no code path
asks for a message id the Japanese source does not have."""
import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from dialogs.catalog import PLACEHOLDER
from dialogs.triage.labels import CRISIS, TOPICS
from handlers import languages
from handlers.directory import AUDIENCES, KINDS

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
SOURCE_DIR = LOCALES / languages.SOURCE / "LC_MESSAGES"
DOMAINS = sorted(p.stem for p in SOURCE_DIR.glob("*.po"))
OTHER = [code for code in languages.codes() if code != languages.SOURCE]
LABEL_PREFIXES = ("opt.", "a.", "area.", "topic.")
MAX_LABEL = 20
CHECKMARK = len("✓ ")  # the topic step marks chosen topics with it
KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
HONORIFICS = ("いらっしゃ", "ございま", "申し", "おっしゃ", "くださいませ", "いたしま", "致しま", "伺",
              "参りま", "存じ", "ご案内", "お待ち", "ご覧", "召し上が", "ご一緒", "くださって")
READING = re.compile(r"\([\u3040-\u309f]+\)")
EASY_SENTENCE_MAX = 40


def _po(code: str, domain: str):
    path = LOCALES / code / "LC_MESSAGES" / f"{domain}.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    with path.open("rb") as fh:
        return read_po(fh, locale=languages.get(code).babel)


def _entries(code: str, domain: str) -> dict:
    return {m.id: m for m in _po(code, domain) if m.id}


SOURCE = {domain: _entries(languages.SOURCE, domain) for domain in DOMAINS}


def _yaml_labels() -> set[str]:
    """Message ids shown as quick-reply labels by the scripts and data (options, answers, topics)."""
    labels = set()
    script = yaml.safe_load((ROOT / "dialogs" / "intake.yaml").read_text(encoding="utf-8"))
    for spec in script.get("global_options", []):
        labels.add(spec["label"])
    for state in script["states"].values():
        for spec in state.get("options", []) or []:
            labels.add(spec["label"])
    followups = yaml.safe_load((ROOT / "dialogs" / "data" / "followups.yaml").read_text(encoding="utf-8"))
    for question in followups["questions"]:
        labels.update(option["label"] for option in question["options"])
    labels.update(f"topic.{t}" for t in TOPICS)
    return labels


YAML_LABELS = _yaml_labels()


def _is_label(msg_id: str) -> bool:
    return msg_id in YAML_LABELS or (msg_id.startswith(LABEL_PREFIXES) and msg_id != "topic.none")


def _label_limit(msg_id: str) -> int:
    return MAX_LABEL - CHECKMARK if msg_id.startswith("topic.") else MAX_LABEL


def test_the_japanese_source_has_the_intake_and_rich_menu_domains():
    assert {"messages", "richmenu"} <= set(DOMAINS)
    assert all(SOURCE[d] for d in DOMAINS)


def test_every_quick_reply_label_the_scripts_use_is_recognised_as_one():
    assert {"opt.person", "opt.language", "a.tonight.no", "area.north", "topic.work"} <= YAML_LABELS
    assert YAML_LABELS <= set().union(*(SOURCE[d] for d in DOMAINS)), "a script label is not in ja"


@pytest.mark.parametrize("code", OTHER)
@pytest.mark.parametrize("domain", DOMAINS)
def test_every_language_has_every_message_complete_and_with_the_same_placeholders(code, domain):
    entries = _entries(code, domain)
    problems = []
    for msg_id, source in SOURCE[domain].items():
        entry = entries.get(msg_id)
        if entry is None:
            problems.append(f"{msg_id}: missing")
            continue
        if entry.fuzzy:
            problems.append(f"{msg_id}: fuzzy")
        if not (entry.string or "").strip():
            problems.append(f"{msg_id}: empty")
            continue
        want, got = set(PLACEHOLDER.findall(source.string)), set(PLACEHOLDER.findall(entry.string))
        if want != got:
            problems.append(f"{msg_id}: placeholders {sorted(got)} instead of {sorted(want)}")
    extra = set(entries) - set(SOURCE[domain])
    problems += [f"{msg_id}: not in the Japanese source" for msg_id in sorted(extra)]
    assert not problems, f"locales/{code}/LC_MESSAGES/{domain}.po:\n" + "\n".join(problems)


@pytest.mark.parametrize("code", languages.codes())
def test_quick_reply_labels_fit_lines_twenty_characters(code):
    too_long = []
    for domain in DOMAINS:
        for msg_id, entry in _entries(code, domain).items():
            if _is_label(msg_id) and len(entry.string) > _label_limit(msg_id):
                too_long.append(f"{msg_id} ({len(entry.string)} > {_label_limit(msg_id)}): {entry.string}")
    assert not too_long, "\n".join(too_long)


@pytest.mark.parametrize("code", languages.codes())
def test_the_rich_menu_bar_text_fits_fourteen_characters(code):
    assert len(_entries(code, "richmenu")["richmenu.chat_bar"].string) <= 14


@pytest.mark.parametrize("code", languages.codes())
def test_each_po_file_declares_its_language(code):
    for domain in DOMAINS:
        assert str(_po(code, domain).locale) == languages.get(code).babel.replace("-", "_")


@pytest.mark.parametrize("code", [c for c in OTHER if c != "ja-easy"])
def test_no_japanese_kana_in_other_languages(code):
    kana = [f"{m}: {e.string}" for d in DOMAINS for m, e in _entries(code, d).items() if KANA.search(e.string)]
    assert not kana, "\n".join(kana)


KANJI = re.compile(r"[\u3400-\u9fff]")
BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")  # a Japanese term given beside its translation: 「(生活保護)」
BILINGUAL_MENU = "Language / 言語"  # the language menu is labelled in English and Japanese on purpose


def japanese_outside_brackets(code: str, text: str) -> bool:
    """True when *text* (in *code*) has Japanese that is not a bracketed term or the bilingual menu label."""
    rest = BRACKETED.sub("", text).replace(BILINGUAL_MENU, "")
    return bool(KANA.search(rest) or (not code.startswith("zh") and KANJI.search(rest)))


@pytest.mark.parametrize("code", [c for c in OTHER if c != "ja-easy"])
def test_no_japanese_kanji_in_other_languages_except_a_term_given_in_brackets(code):
    found = [f"{d}/{m}: {e.string}" for d in DOMAINS for m, e in _entries(code, d).items()
             if japanese_outside_brackets(code, e.string)]
    assert not found, "\n".join(found)


def test_the_japanese_check_allows_a_bracketed_term_and_catches_a_bare_one():
    assert not japanese_outside_brackets("en", "Public assistance (生活保護) and help")
    assert japanese_outside_brackets("vi", "Quầy: 生活福祉課")
    assert not japanese_outside_brackets("zh-Hans", "生活福利科") and japanese_outside_brackets("zh-Hans", "ひだまり")


def _easy_sentences(text: str):
    plain = PLACEHOLDER.sub("", READING.sub("", text))
    return [s.strip() for s in re.split(r"[。！？!?\n]", plain) if s.strip()]


def test_easy_japanese_sentences_are_short_and_plain():
    problems = []
    for domain in DOMAINS:
        for msg_id, entry in _entries("ja-easy", domain).items():
            for sentence in _easy_sentences(entry.string):
                if len(sentence) > EASY_SENTENCE_MAX:
                    problems.append(f"{msg_id}: {len(sentence)} characters: {sentence}")
            for form in HONORIFICS:
                if form in entry.string:
                    problems.append(f"{msg_id}: honorific form '{form}'")
    assert not problems, "\n".join(problems)


def test_easy_japanese_gives_readings_for_hard_kanji():
    entries = _entries("ja-easy", "messages")
    for msg_id in ("intake.ask_anything", "welcome.intro", "handoff.waiting", "crisis.hotlines"):
        kanji = re.findall(r"[\u4e00-\u9fff]+(?!\()", READING.sub("", entries[msg_id].string))
        assert "相談(そうだん)" in entries["welcome.intro"].string
        assert READING.search(entries[msg_id].string), f"{msg_id} has no reading for {kanji}"


def test_the_easy_japanese_checker_would_catch_honorifics_and_long_sentences():
    assert len(_easy_sentences("これは とても " * 6 + "長(なが)い 文(ぶん)です。")[0]) > 40
    assert any(form in "お待ちください" for form in HONORIFICS)


# --- no text outside the catalog -----------------------------------------------------------------
CALL = re.compile(r"""\b(?:say|say_fresh|ask|t|text|raw)\(\s*(?:[a-z_.]+,\s*)?["']([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)["']""")
ID_LITERAL = re.compile(r"""["']((?:opt|common|intake|topic|crisis|handoff|hotline|language|places|visit|welcome|"""
                        r"""richmenu|group|q|a|area)\.[a-z0-9_.]+?)(?<!\.yaml)(?<!\.py)(?<!\.po)(?<!\.csv)["']""")
FSTRING_FAMILY = re.compile(r"""f["']([a-z]+)\.\{""")
FAMILIES = {"crisis": CRISIS, "topic": TOPICS + ("none",), "audience": AUDIENCES, "kind": KINDS}


def _python_ids() -> dict[str, str]:
    found = {}
    for folder in ("handlers", "dialogs", "bot"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for pattern in (CALL, ID_LITERAL):
                for match in pattern.finditer(text):
                    line = text.count("\n", 0, match.start()) + 1
                    found.setdefault(match.group(1), f"{path.relative_to(ROOT)}:{line}")
    return found


def _yaml_ids() -> dict[str, str]:
    from dialogs.extract import message_ids
    found = {}
    for path in [ROOT / "dialogs" / "intake.yaml", *sorted((ROOT / "dialogs" / "data").glob("*.yaml"))]:
        for line, _key, msg_id in message_ids(path.read_text(encoding="utf-8")):
            found.setdefault(msg_id, f"{path.relative_to(ROOT)}:{line}")
    return found


ALL_SOURCE_IDS = set().union(*(SOURCE[d] for d in DOMAINS))


def test_every_message_id_in_the_code_exists_in_japanese():
    used = _python_ids()
    assert len(used) > 30, "the scan found too few ids: the regex is broken"
    missing = [f"{where}: {msg_id}" for msg_id, where in used.items() if msg_id not in ALL_SOURCE_IDS]
    assert not missing, "\n".join(missing)


def test_every_message_id_in_the_yaml_scripts_and_data_exists_in_japanese():
    used = _yaml_ids()
    assert {"intake.ask_anything", "hotline.inochi", "q.tonight", "a.leave.week"} <= set(used)
    missing = [f"{where}: {msg_id}" for msg_id, where in used.items() if msg_id not in ALL_SOURCE_IDS]
    assert not missing, "\n".join(missing)


def test_ids_built_at_run_time_exist_for_every_value():
    families = set()
    for folder in ("handlers", "dialogs"):
        for path in (ROOT / folder).rglob("*.py"):
            families |= set(FSTRING_FAMILY.findall(path.read_text(encoding="utf-8")))
    assert families <= set(FAMILIES), f"an f-string builds ids of an unknown family: {families - set(FAMILIES)}"
    for family in families:
        for value in FAMILIES[family]:
            assert f"{family}.{value}" in ALL_SOURCE_IDS


def test_pybabel_extraction_finds_only_ids_the_catalog_has():
    from dialogs.extract import used_ids
    used = used_ids(ROOT)
    assert "intake.ask_anything" in used and "hotline.yorisoi" in used
    assert not {m: w for m, w in used.items() if m not in ALL_SOURCE_IDS}


# Ids said with turn.say_fresh (never the same bubble twice in a row) need their other wording, "<id>.again"; the
# engine's media answers are computed (handlers/aftercrisis.py word_for_*, dialogs/engine.py MEDIA_KEPT)
SAID_FRESH = re.compile(r"""\bsay_fresh\(\s*["']([a-z][a-z0-9_.]+)["']""")
SAID_FRESH_COMPUTED = ("common.sticker", "common.sticker_serious", "common.location_kept", "common.location_serious",
                       "common.media_kept", "companion.media_kept", "media.not_kept", "common.noted", "companion.noted",
                       "booking.slot_hint", "booking.slot_hint_noted")


def test_every_id_said_fresh_has_its_other_wording():
    said = set(SAID_FRESH_COMPUTED)
    for folder in ("handlers", "dialogs"):
        for path in (ROOT / folder).rglob("*.py"):
            said |= set(SAID_FRESH.findall(path.read_text(encoding="utf-8")))
    assert "places.none" in said, "the scan found too few ids: the regex is broken"
    assert not [msg_id for msg_id in said if f"{msg_id}.again" not in ALL_SOURCE_IDS]
