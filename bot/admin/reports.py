"""/admin/reports — what the centre learns, for the support coordination meeting (支援調整会議).

Admins and editors may open it: it holds only suppressed counts of residents (no conversation, no free
text), which is exactly what is handed out at the meeting, and editors are the ones who act on it
(slots in more languages, opening hours, places). Counselors work with individual residents in the
console and have no need for it, so they are refused.
"""
import io
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, abort, g, render_template, request

from bot.admin import reports_svg
from bot.app.current import current_runtime
from bot.console import views as console
from bot.console.counsel import OUTCOMES
from bot.staff import security
from bot.staff.labels import CRISIS, TOPICS
from handlers import languages, spreadsheet
from handlers.reports import Labels, figures
from handlers.reports.report import PeriodError, build, check_period
from storage import clock, repo_console

bp = Blueprint("admin_reports", __name__, url_prefix="/admin/reports")
READERS = ("admin", "editor")
CHANNELS = {"line": "LINE", "kiosk": "窓口のキオスク端末"}
LANGUAGE_NAMES = {"ja": "日本語", "ja-easy": "やさしい日本語", "en": "英語", "zh-Hans": "中国語（簡体字）",
                  "zh-Hant": "中国語（繁体字）", "ko": "韓国語", "vi": "ベトナム語", "tl": "タガログ語",
                  "pt-BR": "ポルトガル語", "es": "スペイン語", "ne": "ネパール語", "id": "インドネシア語",
                  "th": "タイ語", "my": "ミャンマー語"}


console.staff_pages(bp)  # sign-in, CSRF, headers, page context and error pages of every staff page


def labels() -> Labels:
    """The Japanese names of every category, from the console, the catalogs and the language registry."""
    rt = current_runtime()
    areas = {value: rt.catalog.text("ja", label) for label, value in rt.bundle.questions.area_options()}
    names = {lang.code: LANGUAGE_NAMES.get(lang.code, lang.native) for lang in languages.languages()}
    return Labels(topics=dict(TOPICS), crisis=dict(CRISIS), areas=areas, languages=names, channels=dict(CHANNELS),
                  outcomes=dict(OUTCOMES))


def _local_now():
    return clock.now().astimezone(ZoneInfo(current_runtime().settings.tz))


def _today() -> date:
    return _local_now().date()


def default_period(today: date) -> tuple[date, date]:
    """The last three months up to today: from the first day of the month two months back."""
    month, year = today.month - 2, today.year
    if month < 1:
        month, year = month + 12, year - 1
    return date(year, month, 1), today


def presets(today: date) -> list[tuple[str, date, date]]:
    """Quick choices: last month, the last three months, this fiscal year (April–March)."""
    first_this = today.replace(day=1)
    last_prev = first_this - timedelta(days=1)
    fiscal = date(today.year if today.month >= 4 else today.year - 1, 4, 1)
    three = default_period(today)
    return [("先月", last_prev.replace(day=1), last_prev), ("直近3か月", *three), ("今年度", fiscal, today)]


def _period() -> tuple[date, date, str | None]:
    """The period from ?from=&to= (local dates), or the default with a message saying what was wrong."""
    first, last = default_period(_today())
    given_from, given_to = request.args.get("from"), request.args.get("to")
    if not given_from and not given_to:
        return first, last, None
    try:
        chosen = (date.fromisoformat(given_from) if given_from else first,
                  date.fromisoformat(given_to) if given_to else last)
        check_period(*chosen)
        return chosen[0], chosen[1], None
    except PeriodError as exc:
        return first, last, f"{exc} 直近3か月を表示しています。"
    except ValueError:
        return first, last, "日付は 2026-04-01 のように入力してください。直近3か月を表示しています。"


def _report(first: date, last: date, only: str | None = None):
    rt = current_runtime()
    with rt.db.session() as session:
        report = build(session, rt.bundle.office, first, last, labels(), only=only)
        repo_console.audit(session, g.staff.name, "report", clock.now(), None, via="console",
                           detail=f"{only or 'all'} {first.isoformat()}..{last.isoformat()}", ip=request.remote_addr)
        return report


@bp.get("/")
@security.login_required(*READERS)
def index():
    """Every figure for the chosen period: chart, table and CSV link side by side."""
    first, last, problem = _period()
    report = _report(first, last)
    charts = {fig.id: reports_svg.chart(fig, 620 if fig.id == "unmet" else reports_svg.WIDTH) for fig in report.figures}
    return render_template("reports/index.html", report=report, charts=charts, problem=problem,
                           presets=presets(_today()),
                           query={"from": first.isoformat(), "to": last.isoformat()},
                           generated_at=_local_now().strftime("%Y年%m月%d日 %H:%M"))


@bp.get("/<figure_id>.csv")
@security.login_required(*READERS)
def figure_csv(figure_id: str):
    """One figure's table as CSV (UTF-8 with BOM so spreadsheet programs read the Japanese)."""
    first, last, problem = _period()
    if problem:
        abort(400, description=problem)
    if figure_id not in figures():
        abort(404, description=f"{figure_id} という集計はありません。")
    fig = _report(first, last, only=figure_id).get(figure_id)
    header, rows = fig.table()
    buffer = io.StringIO()
    writer = spreadsheet.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    name = f"madoguchi-{figure_id}-{first.isoformat()}_{last.isoformat()}.csv"
    return Response("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})

