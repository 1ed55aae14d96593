"""Outside office hours, in three parts of the week: weekday mornings and evenings, nights, closed days."""
from handlers.reports._cells import cells_of
from handlers.reports.calendar import NIGHT_FROM, NIGHT_UNTIL
from handlers.reports.model import Context, Figure
from storage import repo_report_times

BANDS = {
    "weekday": f"平日の開所時間の前後（{NIGHT_UNTIL}〜{NIGHT_FROM}時）",
    "night": f"深夜・早朝（{NIGHT_FROM}〜{NIGHT_UNTIL}時）",
    "closed_day": f"土日・祝日・休業日の日中（{NIGHT_UNTIL}〜{NIGHT_FROM}時）",
}


def after_hours_bands(ctx: Context) -> Figure:
    """Residents who wrote while closed, per part of the week; larger groups than the hourly heatmap."""
    counts = repo_report_times.after_hours_by_band(ctx.session, ctx.period)
    cells, total = cells_of(counts, BANDS, repo_report_times.writers_total(ctx.session, ctx.period, open_=False))
    return Figure("after_hours_bands", "時間外の連絡（時間帯別）",
                  "窓口が閉まっている時間を3つに分けて数えたもの。開所時間や夜間対応を考える材料に。", "bars", cells,
                  total, total_label="時間外に書いた人（実人数）")
