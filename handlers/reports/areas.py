"""Consultations by area of the city (the intake's area question)."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people, repo_reports


def areas(ctx: Context) -> Figure:
    """Residents per area they said they live in."""
    counts = repo_report_people.by_area(ctx.session, ctx.period, list(ctx.labels.areas))
    cells, total = cells_of(counts, ctx.labels.areas, repo_reports.residents_total(ctx.session, ctx.period),
                            none_label="答えていない")
    return Figure("areas", "地域別", "相談者が答えた住まいの地域。", "bars", cells, total)
