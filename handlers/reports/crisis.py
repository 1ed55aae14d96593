"""Crisis signals found in residents' words."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people


def crisis(ctx: Context) -> Figure:
    """Residents per crisis signal; the total counts everyone with at least one signal."""
    counts = repo_report_people.by_crisis(ctx.session, ctx.period, list(ctx.labels.crisis))
    cells, total = cells_of(counts, ctx.labels.crisis, repo_report_people.crisis_residents(ctx.session, ctx.period))
    return Figure("crisis", "危機のサイン", "自殺の危険、暴力、今夜の寝場所がない など、すぐ対応が必要なサイン。",
                  "bars", cells, total, total_label="サインがあった人（実人数）")
