"""Fixtures for console and API tests: staff accounts, signed-in clients, bearer tokens, a waiting resident."""
import re

import pytest

from bot.staff import accounts

PASSWORD = "correct horse battery"


@pytest.fixture
def make_staff(runtime):
    """Create a staff member: make_staff("sato", "counselor")."""
    def make(name: str, role: str = "counselor", languages=("ja",)):
        return accounts.add(runtime.db, name, role, PASSWORD, list(languages))
    return make


@pytest.fixture
def token_for(runtime, make_staff):
    """A bearer token for a (new) staff member: token_for("sato", "counselor")."""
    def make(name: str, role: str = "counselor"):
        if accounts.current(runtime.db, name) is None:
            make_staff(name, role)
        return accounts.issue_token(runtime.db, name)
    return make


def csrf_of(html: str) -> str:
    """The CSRF token a page carries."""
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def sign_in(client, name: str, password: str = PASSWORD):
    """Sign *client* in through the login form; return the CSRF token for later posts."""
    page = client.get("/console/login")
    token = csrf_of(page.get_data(as_text=True))
    resp = client.post("/console/login", data={"name": name, "password": password, "csrf_token": token})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return csrf_of(client.get("/console/login").get_data(as_text=True))


@pytest.fixture
def counselor_client(app, make_staff):
    """A signed-in counselor's browser: (client, csrf_token)."""
    make_staff("sato", "counselor")
    client = app.test_client()
    return client, sign_in(client, "sato")


@pytest.fixture
def waiting(resident, runtime):
    """A resident who has asked for a person; returns (resident, conversation id)."""
    resident.follow()
    resident.say("家賃が払えなくて困っています")
    resident.say("人と話したい")
    from storage.models import Conversation
    with runtime.db.session() as session:
        conv = session.query(Conversation).filter_by(status="waiting").one()
        return resident, conv.id


def open_office(runtime, minutes_after_opening: int = 60):
    """Move the clock to the next time the office is open (plus *minutes_after_opening*)."""
    from datetime import timedelta

    from storage import clock
    office = runtime.services.office
    target = office.next_opening(clock.now() + timedelta(minutes=1)) + timedelta(minutes=minutes_after_opening)
    if not office.is_open(clock.now()):
        clock.shift(target - clock.now())
    return clock.now()


def conversation(runtime, cid):
    """The conversation row, fresh from the database."""
    from storage.models import Conversation
    with runtime.db.session() as session:
        return session.get(Conversation, cid)
