"""The loader refuses a broken script with file, line and reason; `madoguchi dialogs validate` runs it alone."""
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from dialogs import script as scripts
from dialogs.catalog import Catalog
from handlers import registry
from handlers.datafile import DataError

DIALOGS = Path(__file__).resolve().parent.parent / "dialogs"
registry.load_all()
KNOWN = Catalog.from_directory().has

GOOD = """\
script: tiny
initial: start
states:
  start:
    prompt: intake.ask_anything
    options:
      - {label: opt.done, trigger: done}
  outcome:
    prompt: intake.outcome
transitions:
  - {trigger: done, source: start, dest: outcome}
  - {trigger: back, source: outcome, dest: start}
"""


def problems(text: str) -> list[str]:
    with pytest.raises(DataError) as err:
        scripts.parse(text, "tiny.yaml", KNOWN)
    return err.value.problems


def test_the_shipped_intake_script_is_valid():
    script = scripts.load(DIALOGS / "intake.yaml", KNOWN)
    assert script.initial == "start" and "handoff" in script.states


def test_a_small_valid_script_loads():
    assert scripts.parse(GOOD, "tiny.yaml", KNOWN).states["outcome"].prompt == "intake.outcome"


def test_an_unknown_destination_state_is_named_with_its_line():
    [problem] = problems(GOOD.replace("dest: outcome}", "dest: nowhere}"))
    assert problem.startswith("tiny.yaml:11:") and "unknown destination state 'nowhere'" in problem


def test_an_unknown_condition_and_action_are_refused():
    text = GOOD.replace("dest: outcome}", "dest: outcome, conditions: [is_magic], after: [launch]}")
    found = problems(text)
    assert any("unknown condition 'is_magic'" in p for p in found)
    assert any("unknown action 'launch'" in p for p in found)


def test_an_unknown_message_id_is_refused():
    [problem] = problems(GOOD.replace("prompt: intake.outcome", "prompt: intake.no_such_text"))
    assert problem.startswith("tiny.yaml:9:") and "'intake.no_such_text' is not a message id" in problem


def test_an_unreachable_state_is_refused():
    text = GOOD + "  - {trigger: back, source: island, dest: start}\n"
    text = text.replace("transitions:", "  island:\n    prompt: intake.info\ntransitions:")
    found = problems(text)
    assert any("state 'island' can never be reached" in p and p.startswith("tiny.yaml:10:") for p in found)


def test_a_dead_end_is_refused():
    found = problems(GOOD.replace("  - {trigger: back, source: outcome, dest: start}\n", ""))
    assert any("state 'outcome' is a dead end" in p for p in found)


def test_a_button_that_leads_nowhere_is_refused():
    found = problems(GOOD.replace("trigger: done}", "trigger: vanish}"))
    assert any("fires 'vanish', but no transition" in p for p in found)


def test_a_yaml_syntax_error_points_at_its_line():
    [problem] = problems(GOOD.replace("  outcome:\n", "  outcome: [\n"))
    assert problem.startswith("tiny.yaml:") and "not valid YAML" in problem


def test_dialogs_validate_passes_on_the_shipped_files():
    result = CliRunner().invoke(main, ["dialogs", "validate"])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_dialogs_validate_lists_every_problem_and_fails(tmp_path):
    copy = tmp_path / "dialogs"
    shutil.copytree(DIALOGS, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py", "triage"))
    text = (copy / "intake.yaml").read_text(encoding="utf-8")
    text = text.replace("dest: outcome,      after: [save_summary", "dest: nowhere,      after: [save_summary")
    (copy / "intake.yaml").write_text(text, encoding="utf-8")
    (copy / "data" / "office.yaml").write_text("hours:\n  mon: ['9-5']\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["dialogs", "validate", "--dir", str(copy)])
    assert result.exit_code == 1
    assert "intake.yaml:" in result.output and "unknown destination state 'nowhere'" in result.output
    assert "office.yaml:" in result.output and "'phone' is missing" in result.output


@pytest.mark.parametrize("name, text, says", [
    ("office.yaml", "- mon\n", "expected 'hours:' and 'phone:'"),
    ("office.yaml", "hours: 9-17\nphone: 000\n", "'hours' must list time ranges"),
    ("office.yaml", "hours:\n  mon: 09:00-17:00\nphone: 000\n", "mon: list time ranges"),
    ("office.yaml", "hours:\n  mon: ['09:00-17:00']\nphone: 000\nclosed_days: 2026-12-29\n", "'closed_days' must be a list"),
    ("followups.yaml", "- id: q1\n", "expected 'questions:' with a list"),
    ("followups.yaml", "questions: ask about rent\n", "expected 'questions:' with a list"),
])
def test_a_data_file_of_the_wrong_shape_is_refused_with_a_reason_not_a_crash(tmp_path, name, text, says):
    copy = tmp_path / "dialogs"
    shutil.copytree(DIALOGS, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py", "triage"))
    (copy / "data" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["dialogs", "validate", "--dir", str(copy)])
    assert result.exit_code == 1 and not isinstance(result.exception, AttributeError | TypeError)
    assert f"{name}:" in result.output and says in result.output, result.output


# --- the declared conversation (issue 17) -------------------------------------------------------------
SHIPPED = (DIALOGS / "intake.yaml").read_text(encoding="utf-8")


def whole_problems(text: str) -> list[str]:
    with pytest.raises(DataError) as err:
        scripts.parse(text, "intake.yaml", KNOWN, whole=True)
    return err.value.problems


def test_a_staff_edit_that_drops_a_state_the_program_enters_is_refused():
    without_crisis = SHIPPED.replace("  crisis:\n    prompt: companion.crisis.ask_safety", "  crisis_renamed:\n    prompt: companion.crisis.ask_safety")
    found = whole_problems(without_crisis.replace("dest: crisis,", "dest: crisis_renamed,"))
    assert any("state 'crisis' is used by the program" in p for p in found)


def test_a_pattern_with_an_unknown_matcher_or_a_trigger_without_a_transition_is_refused():
    found = whole_problems(SHIPPED.replace("{name: crisis, when: crisis_sign, trigger: crisis}",
                                          "{name: crisis, when: crisis_signs, trigger: panic}"))
    assert any("unknown matcher 'crisis_signs'" in p for p in found)
    assert any("fires 'panic', but no transition has that trigger" in p for p in found)


def test_a_pattern_that_cannot_fire_in_every_state_is_refused():
    found = whole_problems(SHIPPED.replace("{trigger: thanks,   source: \"*\",", "{trigger: thanks,   source: start,"))
    assert any("pattern 'thanks' must be answerable in every state" in p for p in found)


def test_the_shipped_script_declares_its_patterns_in_order():
    script = scripts.load(DIALOGS / "intake.yaml", KNOWN)
    names = [p.name for p in script.patterns]
    assert names[:3] == ["crisis", "with_counselor", "possible_crisis"]
    assert names.index("stop") < names.index("thanks") < names.index("dont_know") < names.index("stale_button")
    assert script.states["handoff"].status == script.states["crisis"].status == "waiting"
