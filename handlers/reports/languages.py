"""Consultations by the language residents use."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people, repo_reports


def languages(ctx: Context) -> Figure:
    """Residents per language (languages nobody used are left out)."""
    counts = repo_report_people.by_language(ctx.session, ctx.period, list(ctx.labels.languages))
    cells, total = cells_of(counts, ctx.labels.languages, repo_reports.residents_total(ctx.session, ctx.period),
                            keep_zero=False)
    return Figure("languages", "言語別", "相談者がボットと話した言語。", "bars", cells, total)
