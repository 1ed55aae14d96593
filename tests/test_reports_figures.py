"""Report figures match a history built directly in the database, on SQLite and PostgreSQL alike."""
from datetime import date

import pytest

from bot.admin import reports as admin_reports
from handlers.reports.report import PeriodError, build
from tests.reports_fixtures import SECRET_WORDS

FIRST, LAST = date(2026, 10, 1), date(2026, 11, 30)


@pytest.fixture
def report(known_history, app):
    """The report for October–November 2026 over the known history."""
    with app.test_request_context():
        labels = admin_reports.labels()
    with known_history.db.session() as session:
        return build(session, known_history.bundle.office, FIRST, LAST, labels)


def values(fig):
    return {c.key: c.value for c in fig.cells}


def test_the_period_counts_residents_who_said_something_within_it(report):
    assert report.residents == 22
    assert report.consultations == 22


def test_topics_count_each_resident_once_per_topic_and_hide_small_cells(report):
    fig = report.get("topics")
    # health has 1 resident (primary); work, the smallest cell of 5 or more, is hidden with it (secondary)
    assert values(fig) == {"work": None, "money": 12, "housing": 15, "family": 0, "health": None, "isolation": 0,
                           "none": 0}
    assert fig.total == 22


def test_months_are_counted_in_office_time(report):
    # the resident who began at 2026-09-30 23:59 JST (14:59 UTC) is outside; 2026-12-01 00:00 JST too
    assert values(report.get("months")) == {"2026-10": 13, "2026-11": 9}


def test_areas_languages_and_channels(report):
    assert values(report.get("areas")) == {"north": 12, "central": None, "south": None, "east": 0, "west": 0,
                                           "outside": 0, "none": None}
    assert values(report.get("languages")) == {"ja": 15, "en": None, "vi": None}
    assert values(report.get("channels")) == {"line": None, "kiosk": None}
    assert report.get("channels").total == 22


def test_crisis_signals_below_five_residents_hide_the_whole_table(report):
    fig = report.get("crisis")
    assert fig.total is None and all(c.value in (None, 0) for c in fig.cells)
    assert values(fig)["no_shelter"] is None


def test_outcomes_and_closings(report):
    assert values(report.get("outcomes")) == {"handoff": 6, "visit": 5, "places": 6, "referral": 16}
    closing = report.get("closing")
    assert values(closing)["resolved"] is None and values(closing)["referred"] is None
    assert closing.total == 7


def test_unmet_needs_and_after_hours_use_the_office_calendar(report):
    # 3 Nov 2026 is Culture Day (a holiday): the six Vietnamese residents wrote while the office was closed
    # outside_area (3) and resource (1) are small; the smallest cell of 5 or more (none_nearby, 6) goes with them
    assert values(report.get("unmet")) == {
        "place:none_nearby": None, "place:none_fitting": 0, "place:none_open": 0, "place:outside_area": None,
        "resource": None, "visit_language": 6, "visit_none": 0, "after_hours": 9}
    heat = report.get("after_hours")
    cells = values(heat)
    assert cells[(1, 11)] is None and cells[(1, 22)] is None  # 6 and 3: the 3 is primary, the 6 secondary
    assert cells[(0, 10)] == 0  # Monday 10:00, open
    assert heat.total == 9
    assert (0, 10) in heat.open_cells and (1, 22) not in heat.open_cells
    bands = report.get("after_hours_bands")
    assert values(bands) == {"weekday": 0, "night": None, "closed_day": None} and bands.total == 9


def test_time_to_first_reply_median_and_p90(report):
    fig = report.get("reply_time")
    # handoffs waited 1, 2, 5, 10, 15, 20 min and were answered 1 min after the claim
    assert dict(fig.stats) == {"中央値": "6分", "10人に9人はこの時間まで": "21分"}
    assert all(c.value in (None, 0) for c in fig.cells)  # 2 + 2 + 2 residents: all small, so the total goes too
    assert fig.total is None


def test_no_free_text_reaches_any_figure(report):
    for fig in report.figures:
        header, rows = fig.table()
        flat = " ".join(header + [v for row in rows for v in row])
        assert SECRET_WORDS not in flat and "山田" not in flat and "090" not in flat


def test_a_period_that_ends_before_it_begins_is_refused(known_history):
    with known_history.db.session() as session, pytest.raises(PeriodError):
        build(session, known_history.bundle.office, LAST, FIRST, None)


def test_no_figure_shows_a_small_cell_or_leaves_one_hidden_cell_beside_its_total(report):
    for fig in report.figures:
        assert all(c.value is None or c.value == 0 or c.value >= 5 for c in fig.cells), fig.id
        hidden = [c for c in fig.cells if c.value is None]
        assert not (len(hidden) == 1 and fig.total is not None), fig.id
        assert fig.total is None or fig.total == 0 or fig.total >= 5, fig.id


def test_referrals_and_their_follow_up_answers(report):
    fig = report.get("referrals")
    # helped 8, not helped 2 (small), not asked yet 6 (the smallest cell of 5 or more: hidden with it)
    assert values(fig) == {"helped": 8, "not_helped": None, "not_gone": 0, "no_answer": 0, "not_asked": None}
    assert fig.total == 16


def test_places_lacking_by_area(report):
    fig = report.get("places_gap")
    assert values(fig)["south"] is None and values(fig)["none"] is None and values(fig)["north"] == 0
    assert fig.total == 9
