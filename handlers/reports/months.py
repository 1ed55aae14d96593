"""Consultations by month (office time zone)."""
from datetime import date

from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people, repo_reports


def months_between(first: date, last: date) -> list[str]:
    """'YYYY-MM' for every month from *first* to *last*."""
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def months(ctx: Context) -> Figure:
    """Residents who began a consultation in each month."""
    counts = repo_report_people.by_month(ctx.session, ctx.period)
    labels = {m: f"{int(m[:4])}年{int(m[5:])}月" for m in months_between(ctx.first_day, ctx.last_day)}
    cells, total = cells_of(counts, labels, repo_reports.residents_total(ctx.session, ctx.period))
    return Figure("months", "月ごとの相談者数", "その月に相談を始めた人の数（窓口の時間帯で数えます）。", "columns",
                  cells, total)
