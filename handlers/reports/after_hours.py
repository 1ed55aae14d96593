"""When residents write while the office is closed, by hour of the week (office time zone)."""
from handlers.reports.calendar import open_hours
from handlers.reports.model import WEEKDAYS, Cell, Context, Figure
from handlers.reports.suppress import protect
from storage import repo_report_times


def after_hours(ctx: Context) -> Figure:
    """Residents who wrote outside office hours, per weekday and hour (holidays count as closed)."""
    counts = repo_report_times.after_hours_by_hour(ctx.session, ctx.period)
    raw = {(day, hour): counts.get((day, hour), 0) for day in range(7) for hour in range(24)}
    total = repo_report_times.writers_total(ctx.session, ctx.period, open_=False)
    shown, total_shown = protect(raw, total)
    cells = [Cell(key, f"{WEEKDAYS[key[0]]} {key[1]}時", shown[key]) for key in raw]
    everyone = repo_report_times.writers_total(ctx.session, ctx.period)
    stats = []
    if total_shown is not None and everyone:
        stats.append(("相談者のうち時間外にも書いた人", f"{round(100 * total / everyone)}%"))
    return Figure("after_hours", "時間外の連絡（曜日×時刻）",
                  "窓口が閉まっている時間（祝日・年末年始を含む）に書いてきた人の数。", "heatmap", cells, total_shown,
                  total_label="時間外に書いた人（実人数）", stats=stats,
                  open_cells=frozenset(open_hours(ctx.office)))
