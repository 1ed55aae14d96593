"""Referrals to agencies and what residents answered when asked later whether it helped."""
from handlers.reports._cells import cells_of
from handlers.reports.model import Context, Figure
from storage import repo_report_needs

ANSWERS = {"helped": "役に立った", "not_helped": "行ったが役に立たなかった", "not_gone": "行かなかった",
           "no_answer": "後日たずねたが返事がない", "not_asked": "まだたずねていない（時期の前）"}


def referrals(ctx: Context) -> Figure:
    """Residents referred to an agency, per follow-up answer (a resident with two referrals may count twice)."""
    counts, referred = repo_report_needs.referral_answers(ctx.session, ctx.period, ["helped", "not_helped", "not_gone"])
    cells, total = cells_of(counts, ANSWERS, referred)
    return Figure("referrals", "紹介した機関とその後", "専門の機関を紹介した人が、後日の問いかけにどう答えたか。",
                  "bars", cells, total, total_label="紹介した人（実人数）")
