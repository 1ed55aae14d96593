"""Build every figure for a period in one read-only pass over the database."""
from dataclasses import dataclass
from datetime import date

from handlers.office import Office
from handlers.reports import Context, Figure, Labels, figures
from handlers.reports.calendar import MAX_DAYS, period_of, pieces
from handlers.reports.suppress import protect
from storage import repo_reports


class PeriodError(ValueError):
    """The period asked for cannot be reported on; the message says why (in Japanese, for the page)."""


@dataclass
class Report:
    """The figures of one period plus the headline numbers."""

    first_day: date
    last_day: date
    residents: int | None
    consultations: int | None
    figures: list[Figure]

    def get(self, figure_id: str) -> Figure:
        """One figure by id."""
        return next(f for f in self.figures if f.id == figure_id)


def check_period(first_day: date, last_day: date) -> None:
    """Refuse an empty or too long period."""
    if not (2000 <= first_day.year <= 2100 and 2000 <= last_day.year <= 2100):
        raise PeriodError("期間は2000年から2100年までの日付で指定してください。")
    if last_day < first_day:
        raise PeriodError("終わりの日が始まりの日より前になっています。")
    if (last_day - first_day).days + 1 > MAX_DAYS:
        raise PeriodError(f"期間は {MAX_DAYS} 日以内にしてください。")


def build(session, office: Office, first_day: date, last_day: date, labels: Labels,
          only: str | None = None) -> Report:
    """All figures (or just *only*) for the local dates first_day..last_day, suppressed and ready to show."""
    check_period(first_day, last_day)
    period = period_of(first_day, last_day, office.tz)
    repo_reports.fill_calendar(session, pieces(office, period))
    ctx = Context(session, period, first_day, last_day, office, labels)
    chosen = sorted((order, fid, func) for fid, (order, func) in figures().items() if only in (None, fid))
    built = [func(ctx) for _order, _fid, func in chosen]
    residents = repo_reports.residents_total(session, period)
    _cells, shown_residents = protect({}, residents)
    consultations = repo_reports.consultations_total(session, period) if shown_residents is not None else None
    return Report(first_day, last_day, shown_residents, consultations, built)
