"""Consultations by topic (what residents bring: work, money, housing …)."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people, repo_reports


def topics(ctx: Context) -> Figure:
    """Residents per topic the triage found in their words; one resident may bring several."""
    counts = repo_report_people.by_topic(ctx.session, ctx.period, list(ctx.labels.topics))
    cells, total = cells_of(counts, ctx.labels.topics, repo_reports.residents_total(ctx.session, ctx.period),
                            none_label="分類できず")
    return Figure("topics", "相談の内容", "相談者のことばから分かった悩みの種類。1人が複数に数えられます。", "bars",
                  cells, total)
