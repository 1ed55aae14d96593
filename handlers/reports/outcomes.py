"""What consultations led to: a counselor, a booked visit, places suggested."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people, repo_reports

OUTCOMES = {"handoff": "相談員につないだ", "visit": "同行支援の予約をした", "places": "近くの場所を探した",
            "referral": "専門の機関を紹介した"}


def outcomes(ctx: Context) -> Figure:
    """Residents per thing the consultation led to (several may apply)."""
    counts = repo_report_people.outcome_flags(ctx.session, ctx.period)
    cells, total = cells_of(counts, OUTCOMES, repo_reports.residents_total(ctx.session, ctx.period))
    return Figure("outcomes", "相談のあと", "ボットとの相談が何につながったか。1人が複数に数えられます。", "bars",
                  cells, total)
