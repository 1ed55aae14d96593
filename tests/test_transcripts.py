"""Transcript tests staff can read: tests/transcripts/*.yaml — what the resident does, what the bot answers.

They run in-process through the same sandbox as the editor's transcript tests (a private in-memory database,
the shipped dialog, no HTTP): milliseconds each. The webhook's own contract is tested end to end elsewhere."""
from pathlib import Path

import pytest
import yaml

from bot.admin.dialogs import preview
from bot.app.config import Settings
from bot.app.runtime import build_live

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.yaml"))


@pytest.fixture(scope="module")
def live(bundle):
    """The shipped dialog as a worker serves it (the office is not told anything)."""
    return build_live(0, bundle, Settings.from_env({}, testing=True, database_url="sqlite://"), lambda *a, **k: None)


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(path, live):
    [spec] = preview.parse_tests(path.read_text(encoding="utf-8"))
    result = preview.run_test(live, spec)
    assert result.ok, f"{path.name}:\n" + "\n".join(result.problems)


@pytest.mark.parametrize("mistake, words", [
    ("steps:\n  - say: こんにちは\n    button: [はい]\n", "手順 1 の「button」は使えない項目です"),
    ("steps:\n  - say: こんにちは\n    bot: [こんにちは]\n    nott: [さようなら]\n", "「nott」は使えない項目です"),
    ("name: a\nsteps:\n  - follow: true\nsumary:\n  area: north\n", "「sumary」は使えない項目です"),
])
def test_a_misspelled_key_is_refused_instead_of_checking_nothing(mistake, words):
    with pytest.raises(ValueError, match=words):
        preview.parse_tests(mistake)


def test_a_summary_that_differs_fails_the_transcript(live):
    spec = yaml.safe_load((Path(__file__).parent / "transcripts" / "intake_free_text.yaml").read_text(encoding="utf-8"))
    spec["summary"] = {"area": "north"}
    result = preview.run_test(live, spec)
    assert not result.ok and "summary: area は 'central'" in result.problems[0]
