"""What the area lacks: needs the centre could not meet."""
from handlers import unmet as unmet_codes
from handlers.reports import Cell, Context, Figure, figure
from handlers.reports.suppress import protect
from storage import repo_reports

NEEDS = {
    unmet_codes.VISIT_NO_LANGUAGE: "同行支援に、本人の言語で行ける枠がなかった",
    unmet_codes.VISIT_NO_SLOT: "同行支援を希望したが、空いている枠がなかった",
    "after_hours": "窓口が閉まっている時間に連絡してきた",
}


@figure("unmet", order=5)
def unmet(ctx: Context) -> Figure:
    """Residents per unmet need (several may apply); the total is everyone with a consultation."""
    counts = repo_reports.by_unmet(ctx.session, ctx.period, list(unmet_codes.CODES))
    counts["after_hours"] = repo_reports.writers_total(ctx.session, ctx.period, open_=False)
    raw = {key: int(counts.get(key, 0)) for key in NEEDS}
    shown, total = protect(raw, repo_reports.residents_total(ctx.session, ctx.period))
    cells = [Cell(key, label, shown[key]) for key, label in NEEDS.items()]
    return Figure("unmet", "足りていないもの", "相談のなかで、窓口や地域の資源では応えられなかったこと。", "bars",
                  cells, total, total_label="相談した人（実人数）")
