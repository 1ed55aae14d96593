"""What the area lacks: needs the centre could not meet."""
from handlers import unmet as unmet_codes
from handlers.reports.model import Cell, Context, Figure
from handlers.reports.suppress import protect
from storage import repo_report_needs, repo_report_times, repo_reports

PLACE_REASONS = {"none_nearby": "近くに居場所・支援の場所がなかった",
                 "none_fitting": "近くに本人に合う場所（対象・条件）がなかった",
                 "none_open": "近くの場所がどれも閉まっていた",
                 "outside_area": "市外などで案内できる場所がなかった"}
NEEDS = {
    **{f"place:{reason}": label for reason, label in PLACE_REASONS.items()},
    "resource": "悩みに合う紹介先の機関がなかった",
    unmet_codes.VISIT_NO_LANGUAGE: "同行支援に、本人の言語で行ける枠がなかった",
    unmet_codes.VISIT_NO_SLOT: "同行支援を希望したが、空いている枠がなかった",
    "after_hours": "窓口が閉まっている時間に連絡してきた",
}


def unmet(ctx: Context) -> Figure:
    """Residents per unmet need (several may apply); the total is everyone with a consultation."""
    counts = repo_report_needs.by_unmet(ctx.session, ctx.period, list(unmet_codes.CODES))
    counts.update(repo_report_needs.unmet_directory(ctx.session, ctx.period, list(PLACE_REASONS)))
    counts["after_hours"] = repo_report_times.writers_total(ctx.session, ctx.period, open_=False)
    raw = {key: int(counts.get(key, 0)) for key in NEEDS}
    shown, total = protect(raw, repo_reports.residents_total(ctx.session, ctx.period))
    cells = [Cell(key, label, shown[key]) for key, label in NEEDS.items()]
    return Figure("unmet", "足りていないもの", "相談のなかで、窓口や地域の資源では応えられなかったこと。", "bars",
                  cells, total, total_label="相談した人（実人数）")
