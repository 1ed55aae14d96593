"""How counselors closed consultations (the outcome code chosen in the console)."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people, repo_reports
from storage.models import Conversation


def closing(ctx: Context) -> Figure:
    """Residents per closing outcome, among consultations a counselor closed."""
    counts = repo_report_people.by_closing(ctx.session, ctx.period, list(ctx.labels.outcomes))
    closed = repo_reports.residents_total(ctx.session, ctx.period, Conversation.status == "closed")
    cells, total = cells_of(counts, ctx.labels.outcomes, closed)
    return Figure("closing", "相談員が終了したときの結果", "相談員がコンソールで相談を終了したときに選んだ結果。",
                  "bars", cells, total, total_label="終了した相談の人数（実人数）")
