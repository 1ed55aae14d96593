"""GET /api/v1/places: nearest first, open now / next opening at a given time, JSON errors."""
import pytest

from tests.places_support import seed_directory


@pytest.fixture
def town(runtime):
    seed_directory(runtime)


@pytest.fixture
def client(app, token_for):
    """A test client that sends an editor's bearer token."""
    test_client = app.test_client()
    test_client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token_for('suzuki', 'editor')}"
    return test_client


def test_without_a_token_the_api_answers_401_in_json(town, app):
    resp = app.test_client().get("/api/v1/places?lat=35.6581&lon=139.7017")
    assert resp.status_code == 401 and "Bearer" in resp.get_json()["error"]


def test_nearest_first_with_opening_state(town, client):
    resp = client.get("/api/v1/places?lat=35.6581&lon=139.7017&limit=5&at=2026-11-24T11:00:00%2B09:00")
    assert resp.status_code == 200
    places = resp.get_json()
    assert len(places) == 5
    assert [p["distance_m"] for p in places] == sorted(p["distance_m"] for p in places)
    first = places[0]
    assert set(first) >= {"id", "name", "kind", "distance_m", "open_now", "next_open", "address", "languages",
                          "audience"}
    hidamari = next(p for p in places if p["key"] == "cafe-hidamari")
    assert hidamari["open_now"] is True and hidamari["closes_at"] == "2026-11-24T16:00:00+09:00"


def test_a_holiday_closes_places_that_say_so(town, client):
    places = client.get("/api/v1/places?lat=35.6590&lon=139.7025&limit=1&at=2026-11-23T11:00").get_json()
    assert places[0]["key"] == "cafe-hidamari"
    assert places[0]["open_now"] is False and places[0]["next_open"] == "2026-11-24T10:00:00+09:00"


def test_limit_reaches_beyond_the_first_search_radius(town, client):
    places = client.get("/api/v1/places?lat=35.0&lon=139.0&limit=3").get_json()
    assert len(places) == 3 and places[0]["distance_m"] > 50_000


@pytest.mark.parametrize("query, fragment", [
    ("lon=139.7", "lat is required"),
    ("lat=abc&lon=139.7", "lat must be a number"),
    ("lat=35&lon=200", "lon must be a number from -180 to 180"),
    ("lat=35&lon=139&limit=0", "limit must be a whole number"),
    ("lat=35&lon=139&at=yesterday", "at must be an ISO 8601"),
    ("lat=nan&lon=139", "lat must be a number"),
])
def test_bad_parameters_get_a_json_error(town, client, query, fragment):
    resp = client.get(f"/api/v1/places?{query}")
    assert resp.status_code == 400 and fragment in resp.get_json()["error"]
