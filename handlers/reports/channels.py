"""Consultations by channel: LINE, the kiosk in the office …"""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_people, repo_reports


def channels(ctx: Context) -> Figure:
    """Residents per channel they reached the centre through."""
    counts = repo_report_people.by_channel(ctx.session, ctx.period, list(ctx.labels.channels))
    cells, total = cells_of(counts, ctx.labels.channels, repo_reports.residents_total(ctx.session, ctx.period),
                            keep_zero=False)
    return Figure("channels", "窓口の種類", "LINE、窓口のキオスク端末など、相談が届いた経路。", "bars", cells, total)
