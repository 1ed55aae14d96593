"""Places and agencies have sensible maximum lengths (a Japanese error, nothing saved), and cards built from data
stored before those checks are still cut to what a LINE carousel accepts."""
import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from bot.line.render import render
from handlers import directory_csv
from handlers.datafile import DataError
from handlers.nearby import Found
from handlers.place_cards import place_card, resource_card
from handlers.replies import Cards
from handlers.tonight import call_card
from storage.models import Place
from tests.console_fixtures import sign_in
from tests.places_support import seed_directory
from tests.test_admin_places import place_form
from tests.test_cards_in_residents_language import BARE_PLACE, BARE_RESOURCE, TZ, _Turn

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def editor(app, make_staff, runtime):
    seed_directory(runtime)
    make_staff("ed", "editor")
    client = app.test_client()
    return client, sign_in(client, "ed")


@pytest.mark.parametrize("field,length,limit", [("name", 61, 60), ("address", 121, 120),
                                                ("description_ja", 401, 400), ("description_en", 801, 800)])
def test_a_place_field_over_its_length_is_refused_in_japanese_and_kept(editor, runtime, field, length, limit):
    client, csrf = editor
    typed = ("あ" if field != "description_en" else "a") * length
    resp = client.post("/admin/places/new", data=place_form(csrf, **{field: typed}))
    page = resp.get_data(as_text=True)
    assert resp.status_code == 400, page
    assert f'data-testid="error-{field}">{limit}文字以内にしてください（いま {length} 文字）' in page
    assert typed in page
    with runtime.db.session() as session:
        assert session.scalars(select(Place).where(Place.key == "cafe-new")).first() is None


def test_the_csv_import_refuses_an_agency_name_too_long_by_line():
    rows = directory_csv.parse_resources(open("dialogs/data/resources.csv", encoding="utf-8").read())
    assert rows  # the town's own data fits
    header, first = open("dialogs/data/resources.csv", encoding="utf-8").read().splitlines()[:2]
    cols = header.split(",")
    cells = next(__import__("csv").reader([first]))
    cells[cols.index("agency")] = "あ" * 61
    line = ",".join(f'"{c}"' for c in cells)
    with pytest.raises(DataError) as caught:
        directory_csv.parse_resources(f"{header}\n{line}\n")
    assert "60" in str(caught.value) and ":2" in str(caught.value)


def test_cards_from_oversized_old_rows_stay_within_lines_limits():
    place = Place(**{**BARE_PLACE, "name": "長" * 300, "address": "住" * 600, "descriptions": {"ja": "説" * 6000}})
    from storage.models import Resource
    resource = Resource(id=1, **{**BARE_RESOURCE, "agency": "機" * 300, "section": "係" * 300,
                                 "descriptions": {"ja": "説" * 6000}})
    turn = _Turn("ja")
    cards = [place_card(turn, Found(place, 420.0, True, NOW, None), TZ) for _ in range(5)]
    cards += [resource_card(turn, resource) for _ in range(4)] + [call_card(turn, resource)]
    for card in cards:
        assert len(card.title) <= 120 and all(len(line) <= 800 for line in card.lines)
    assert any(line.endswith("…") for line in cards[0].lines)
    [message] = render([Cards("場所", cards)])
    carousel = json.dumps(message["contents"], ensure_ascii=False).encode("utf-8")
    assert len(carousel) < 50_000
    assert all(len(json.dumps(b, ensure_ascii=False).encode("utf-8")) < 10_000 for b in message["contents"]["contents"])
