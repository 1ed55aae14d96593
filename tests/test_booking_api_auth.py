"""The booking API refuses callers without a token (401) and staff whose role may not do that (403)."""
import pytest
from sqlalchemy import select

from bot.staff import accounts
from storage.models import Booking, Slot
from tests.booking_helpers import add_slot

# (method, path, roles allowed) for every booking endpoint; {slot}/{booking}/{pattern} are filled in per test.
ENDPOINTS = [
    ("GET", "/api/v1/slots", {"counselor", "editor", "admin"}),
    ("POST", "/api/v1/slots", {"editor", "admin"}),
    ("GET", "/api/v1/slots/{slot}", {"counselor", "admin"}),
    ("POST", "/api/v1/slots/{slot}/cancel", {"editor", "admin"}),
    ("GET", "/api/v1/slot-patterns", {"counselor", "editor", "admin"}),
    ("POST", "/api/v1/slot-patterns/{pattern}/end", {"editor", "admin"}),
    ("POST", "/api/v1/bookings", {"counselor", "admin"}),
    ("GET", "/api/v1/bookings", {"counselor", "admin"}),
    ("GET", "/api/v1/bookings.ics", {"counselor", "admin"}),
    ("GET", "/api/v1/bookings/{booking}", {"counselor", "admin"}),
    ("GET", "/api/v1/bookings/{booking}.ics", {"counselor", "admin"}),
    ("POST", "/api/v1/bookings/{booking}/cancel", {"counselor", "admin"}),
]


def _call(client, method, path, slot_id, **kwargs):
    return client.open(path.format(slot=slot_id, booking=1, pattern=1), method=method, json={}, **kwargs)


@pytest.mark.parametrize("method,path,allowed", ENDPOINTS, ids=[f"{m} {p}" for m, p, _ in ENDPOINTS])
def test_every_booking_endpoint_refuses_a_caller_without_a_token_and_changes_nothing(client, runtime, method, path,
                                                                                    allowed):
    slot_id = add_slot(runtime, 3)
    for headers in ({}, {"Authorization": "Bearer mdg_not-a-real-token"}, {"Authorization": "Basic abc"}):
        resp = _call(client, method, path, slot_id, headers=headers)
        assert resp.status_code == 401, (headers, resp.get_json())
        assert resp.get_json()["error"]
    with runtime.db.session() as session:
        assert session.get(Slot, slot_id).status == "open"
        assert session.scalars(select(Booking)).all() == []


@pytest.mark.parametrize("method,path,allowed", ENDPOINTS, ids=[f"{m} {p}" for m, p, _ in ENDPOINTS])
def test_every_booking_endpoint_refuses_the_wrong_role_with_403_and_lets_the_right_one_through(
        api_client, runtime, method, path, allowed):
    slot_id = add_slot(runtime, 3)
    for role in ("counselor", "editor", "admin"):
        resp = _call(api_client(role), method, path, slot_id)
        if role in allowed:
            assert resp.status_code not in (401, 403), (role, resp.get_json())
        else:
            assert resp.status_code == 403, (role, resp.get_json())
            assert role in resp.get_json()["error"]


def test_an_editor_cannot_cancel_a_visit_and_a_counselor_cannot_cancel_a_slot(api_client, runtime):
    slot_id = add_slot(runtime, 3)
    counselor, editor = api_client("counselor"), api_client("editor")
    assert counselor.post(f"/api/v1/slots/{slot_id}/cancel", json={}).status_code == 403
    assert counselor.post("/api/v1/slots", json={"start": "2030-01-01T10:00"}).status_code == 403
    with runtime.db.session() as session:
        assert session.get(Slot, slot_id).status == "open"
        assert len(session.scalars(select(Slot)).all()) == 1
    assert editor.get("/api/v1/bookings").status_code == 403
    assert editor.get(f"/api/v1/slots/{slot_id}").status_code == 403  # it lists the residents booked
    assert editor.post(f"/api/v1/slots/{slot_id}/cancel", json={}).status_code == 200


def test_a_revoked_or_deactivated_staff_token_no_longer_opens_the_booking_api(api_client, runtime):
    client = api_client("counselor", name="suzuki")
    assert client.get("/api/v1/bookings").status_code == 200
    from storage import repo_console
    with runtime.db.session() as session:
        repo_console.staff_by_name(session, "suzuki").active = False
    assert accounts.current(runtime.db, "suzuki") is None
    assert client.get("/api/v1/bookings").status_code == 401
