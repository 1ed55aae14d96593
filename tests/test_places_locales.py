"""places.po: every language has every text, placeholders intact, buttons short enough for LINE."""
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from dialogs.catalog import PLACEHOLDER
from handlers import languages

LOCALES = Path(__file__).resolve().parent.parent / "locales"


def _read(code: str) -> dict:
    with (LOCALES / code / "LC_MESSAGES" / "places.po").open("rb") as fh:
        return {m.id: m.string for m in read_po(fh) if m.id}


@pytest.mark.parametrize("code", languages.codes())
def test_every_language_has_every_places_text(code):
    source, texts = _read("ja"), _read(code)
    assert set(texts) == set(source)
    for msg_id, text in texts.items():
        assert text, msg_id
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source[msg_id])), (code, msg_id)
        if msg_id.startswith(("opt.", "audience.")):
            assert len(text) <= 20, (code, msg_id, text)
