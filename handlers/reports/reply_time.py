"""Time from asking for a person (handoff) to a counselor's first reply."""
from handlers.reports.model import Cell, Context, Figure
from handlers.reports.suppress import MIN_RESIDENTS, protect
from storage import repo_report_people, repo_report_times, repo_reports

BANDS = [("m5", 5 * 60, "5分以内"), ("m15", 15 * 60, "5〜15分"), ("m60", 60 * 60, "15分〜1時間"),
         ("h4", 4 * 3600, "1〜4時間"), ("d1", 24 * 3600, "4時間〜1日")]
LABELS = {key: label for key, _bound, label in BANDS} | {"longer": "1日より長い", "none": "返信がないまま",
                                                         "unclaimed": "まだ誰も担当していない"}


def percentile(histogram: dict[int, int], share: float) -> int | None:
    """The smallest minute m with at least *share* of the handoffs answered within m minutes."""
    answered = sorted((m, n) for m, n in histogram.items() if m is not None)
    count = sum(n for _m, n in answered)
    if not count:
        return None
    seen = 0
    for minute, n in answered:
        seen += n
        if seen >= share * count:
            return minute
    return answered[-1][0]


def minutes_text(minutes: int) -> str:
    """'12分', '2時間5分'."""
    return f"{minutes // 60}時間{minutes % 60}分" if minutes >= 60 else f"{minutes}分"


def reply_time(ctx: Context) -> Figure:
    """Residents per waiting-time band, with the median and 90th percentile over handoffs."""
    bands = repo_report_times.reply_bands(ctx.session, ctx.period, [(key, bound) for key, bound, _label in BANDS])
    bands["unclaimed"] = repo_report_times.waiting_without_claim(ctx.session, ctx.period)
    raw = {key: bands.get(key, 0) for key in LABELS}
    handed = repo_reports.residents_total(ctx.session, ctx.period, repo_report_people.handed_over())
    shown, total = protect(raw, handed)
    stats = []
    if repo_report_times.reply_residents(ctx.session, ctx.period) >= MIN_RESIDENTS:
        histogram = repo_report_times.reply_minutes(ctx.session, ctx.period)
        for label, share in (("中央値", 0.5), ("10人に9人はこの時間まで", 0.9)):
            value = percentile(histogram, share)
            if value is not None:
                stats.append((label, minutes_text(value)))
    return Figure("reply_time", "相談員の最初の返信までの時間",
                  "「人と話したい」と頼んでから、相談員が最初に返信するまで（待ち時間は担当した時点で記録）。", "bars",
                  [Cell(key, LABELS[key], shown[key]) for key in raw], total,
                  total_label="相談員につないだ人（実人数）", stats=stats)
