"""A row read with our own statement becomes an ORM object as the ORM's own loading would leave it."""
from sqlalchemy import inspect, select

from storage import repo
from storage.models import Resident
from tests.line_platform import text_event
from tests.support import post_events


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
