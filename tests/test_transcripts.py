"""Transcript tests staff can read: tests/transcripts/*.yaml — what the resident does, what the bot answers."""
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from storage import clock
from storage.models import Conversation

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.yaml"))


def move_clock_to(moment: str) -> None:
    """Set this process's clock to *moment* (ISO 8601 with offset)."""
    clock.reset()
    clock.shift(datetime.fromisoformat(moment) - clock.now())


def play(resident, step: dict) -> list[dict]:
    if "wait_hours" in step:
        clock.shift(timedelta(hours=float(step["wait_hours"])))
    if "follow" in step:
        return resident.follow()
    if "say" in step:
        return resident.say(step["say"])
    if "tap" in step:
        return resident.tap(step["tap"])
    if "sticker" in step:
        return resident.sticker()
    if "image" in step:
        return resident.image()
    if "location" in step:
        return resident.location()
    raise ValueError(f"unknown step {step}")


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(path, resident, runtime):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    if spec.get("at"):
        move_clock_to(str(spec["at"]))
    for number, step in enumerate(spec["steps"], 1):
        answer = play(resident, step)
        said = resident.texts(answer)
        where = f"{path.name} step {number} ({step})"
        if step.get("silent"):
            assert answer == [], f"{where}: expected silence, got {said!r}"
        for expected in step.get("bot") or []:
            assert expected in said, f"{where}: expected {expected!r} in\n{said}"
        for unexpected in step.get("not") or []:
            assert unexpected not in said, f"{where}: did not expect {unexpected!r} in\n{said}"
        for label in step.get("buttons") or []:
            assert label in resident.buttons(), f"{where}: no button {label!r} in {resident.buttons()}"
    if spec.get("summary"):
        with runtime.db.session() as s:
            summary = s.scalars(select(Conversation)).one().data["summary"]
        for key, value in spec["summary"].items():
            assert summary[key] == value, f"{path.name}: summary[{key!r}] is {summary[key]!r}, expected {value!r}"
