"""Settings are validated when they are read: every problem names its environment variable, and an override
that is not a setting is refused instead of being ignored."""
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app.config import Settings, SettingsError

PROJECT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name, value, words", [
    ("MADOGUCHI_THREADS", "four", "MADOGUCHI_THREADS='four': expected a whole number"),
    ("MADOGUCHI_THREADS", "0", "MADOGUCHI_THREADS='0': must be at least 1"),
    ("MADOGUCHI_RESUME_HOURS", "1,5", "MADOGUCHI_RESUME_HOURS='1,5': expected a number"),
    ("MADOGUCHI_CLAIM_TIMEOUT_MINUTES", "-3", "must be at least 0"),
    ("MADOGUCHI_INPROCESS_WORKER", "maybe", "MADOGUCHI_INPROCESS_WORKER='maybe': expected 1 or 0"),
    ("MADOGUCHI_TZ", "Tokyo", "MADOGUCHI_TZ='Tokyo': not a time zone name"),
    ("LINE_API_ENDPOINT", "localhost:8080", "LINE_API_ENDPOINT='localhost:8080': expected an address"),
    ("DATABASE_URL", "mysql://me:secret@db/x", "DATABASE_URL: expected sqlite:///path or postgresql://"),
    ("MADOGUCHI_DATA_DIR", "/no/such/folder", "MADOGUCHI_DATA_DIR='/no/such/folder': no such folder"),
])
def test_a_value_that_cannot_be_used_is_refused_with_the_variables_name(name, value, words):
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: value})
    assert any(words in problem for problem in caught.value.problems), caught.value.problems


def test_a_database_password_is_never_repeated_in_the_message():
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"DATABASE_URL": "mysql://me:secret@db/x"})
    assert "secret" not in str(caught.value)


def test_every_problem_is_reported_at_once():
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"MADOGUCHI_THREADS": "x", "MADOGUCHI_TZ": "nowhere"})
    assert len(caught.value.problems) == 2


def test_an_override_that_is_not_a_setting_is_refused():
    with pytest.raises(SettingsError, match="unknown setting 'DATABASE_URL'"):
        Settings.from_env({}, DATABASE_URL="sqlite://")


def test_good_values_are_read_with_their_types():
    settings = Settings.from_env({"MADOGUCHI_THREADS": " 6 ", "MADOGUCHI_INPROCESS_WORKER": "no",
                                  "MADOGUCHI_RESUME_HOURS": "1.5", "MADOGUCHI_CRISIS_RECALL_DAYS": "7",
                                  "DATABASE_URL": "postgres://u@h/db"})
    assert (settings.worker_threads, settings.inprocess_worker, settings.resume_after_hours) == (6, False, 1.5)
    assert settings.crisis_recall_days == 7
    assert settings.database_url == "postgresql+psycopg://u@h/db"


def test_the_command_names_the_variable_instead_of_a_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "MADOGUCHI_THREADS": "many", "MADOGUCHI_INSTANCE": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], cwd=PROJECT, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "MADOGUCHI_THREADS='many': expected a whole number" in done.stderr
    assert "Traceback" not in done.stderr
