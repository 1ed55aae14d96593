"""A row read with our own statement becomes an ORM object as the ORM's own loading would leave it."""
import pytest
from sqlalchemy import inspect, select

from storage import repo, turns_sqlite
from storage.models import Resident
from tests.line_platform import text_event
from tests.support import post_events
from tests.test_turns_pg import WORDS, chat


def test_a_resident_built_from_their_row_is_clean_and_tracks_a_later_change(runtime, client):
    post_events(client, [text_event("Uloaded", "こんにちは")])
    runtime.drain()
    with runtime.db.session() as session:
        row = session.execute(select(*Resident.__table__.columns).where(Resident.external_id == "Uloaded")).one()
        values = dict(row._mapping)
    with runtime.db.session() as session:
        resident = repo.loaded(session, Resident, values)
        state = inspect(resident)
        assert state.persistent and not session.dirty and resident.external_id == "Uloaded"
        assert session.get(Resident, values["id"]) is resident  # the session's own copy, no second object
        resident.lang = "vi" if resident.lang != "vi" else "en"
        assert session.dirty and state.attrs.lang.history.deleted == [values["lang"]]
    with runtime.db.session() as session:
        assert session.get(Resident, values["id"]).lang == resident.lang  # the change was written at commit


def test_a_turn_computed_ahead_is_written_without_loading_its_resident_again_when_their_row_is_unchanged(
        runtime, client):
    if runtime.db.engine.dialect.name != "sqlite":
        pytest.skip("the turn computed ahead is SQLite's")
    chat(client, "Uahead", WORDS[:2])
    runtime.drain()
    with runtime.db.session() as session:
        first = turns_sqlite.read_known(session, "line", "Uahead")
        assert first is not None and first.conversation is not None
        planned_resident = Resident(external_id="Uahead", channel="line")
    with runtime.db.session() as session:
        same = turns_sqlite.read_known(session, "line", "Uahead", (first.row, planned_resident))
        assert same is not None and same.resident is planned_resident and same.row == first.row
        assert not same.backlog and len(session.identity_map) == 0  # nothing loaded into the writer's session
    with runtime.db.session() as session:  # the row changed since the plan read it: read afresh
        changed = turns_sqlite.read_known(session, "line", "Uahead", (first.row[:-1] + ("other",), planned_resident))
        assert changed is not None and changed.resident is not planned_resident
        assert changed.resident.external_id == "Uahead" and changed.conversation is not None
