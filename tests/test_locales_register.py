"""A resident is addressed in one register throughout: an Indonesian reader was "kamu" in the intake and "Anda" in
the safety question, a Spanish one "tú" in the chat and "usted" when booking a visit (found by a tester). The
register of each language and the words of the other one are data: locales/registers.yaml."""
import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from handlers import languages

LOCALES = Path(__file__).resolve().parent.parent / "locales"
REGISTERS = yaml.safe_load((LOCALES / "registers.yaml").read_text(encoding="utf-8"))


def _texts(code: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted((LOCALES / code / "LC_MESSAGES").glob("*.po")):
        with path.open("rb") as fh:
            out += [(f"{path.name} {m.id}", m.string) for m in read_po(fh) if m.id and m.string]
    return out


def _other_register(code: str, texts) -> list[str]:
    avoid = [re.compile(rx, re.IGNORECASE) for rx in REGISTERS[code]["avoid"]]
    return [f"{where}: {rx.pattern!r} in {text!r}" for where, text in texts for rx in avoid if rx.search(text)]


@pytest.mark.parametrize("code", sorted(REGISTERS))
def test_every_text_of_a_language_addresses_the_resident_in_the_same_register(code):
    texts = _texts(code)
    assert any(re.search(REGISTERS[code]["use"], text, re.IGNORECASE) for _, text in texts), \
        f"locales/registers.yaml: no {code} text uses {REGISTERS[code]['use']!r} — is the register right?"
    mixed = _other_register(code, texts)
    assert not mixed, f"{code} keeps {REGISTERS[code]['use']!r}; these use the other register:\n" + "\n".join(mixed)


def test_the_register_file_names_only_languages_residents_can_use():
    assert set(REGISTERS) <= set(languages.codes())
    for code, spec in REGISTERS.items():
        assert set(spec) == {"use", "avoid"} and spec["avoid"], code


@pytest.mark.parametrize("code, mixed_text", [
    ("id", "Apakah kamu punya tempat tidur malam ini?"),
    ("id", "Kirim lokasimu, atau pilih daerahmu."),
    ("es", "Elija la fecha y la hora con los botones de abajo."),
    ("es", "Su cita está reservada."),
    ("zh-Hans", "你现在在安全的地方吗？"),
    ("pt-BR", "O senhor pode escolher o dia."),
])
def test_the_check_would_catch_the_other_register(code, mixed_text):
    assert _other_register(code, [("example", mixed_text)])


@pytest.mark.parametrize("code, same_register", [
    ("id", "Kita bertemu di kantor. Janji temu saya."),
    ("es", "Algo que muestre tus ingresos. Un consejero puede acompañarte."),
    ("zh-Hans", "麻烦你们了。您今天有吃的东西吗？"),
])
def test_words_that_only_look_like_the_other_register_pass(code, same_register):
    assert not _other_register(code, [("example", same_register)])
