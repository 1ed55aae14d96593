"""Where places are lacking: residents for whom no fitting place was nearby, per area they searched in."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_needs


def places_gap(ctx: Context) -> Figure:
    """Residents with no suitable place nearby, per area (位置情報だけで探した人は 地域なし)."""
    counts, total = repo_report_needs.unmet_places_by_area(ctx.session, ctx.period, list(ctx.labels.areas))
    cells, total_shown = cells_of(counts, ctx.labels.areas, total, none_label="位置情報で探した（地域なし）")
    return Figure("places_gap", "場所が足りない地域",
                  "近くの場所を探したが、合う場所が見つからなかった人の数を、探した地域ごとに。", "bars", cells,
                  total_shown, total_label="見つからなかった人（実人数）")
