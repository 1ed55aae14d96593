"""Server-rendered SVG charts for the reports: bars, monthly columns and a weekday × hour heatmap.

No script and no inline style (the staff pages' Content-Security-Policy forbids both): shapes carry classes
that bot/static/reports.css colours. Each chart has a <title> and <desc> and prints its numbers as text;
a suppressed cell is a short hatched stub reading 秘匿, the same length whatever its true size.
"""
from markupsafe import Markup, escape

from handlers.reports import SUPPRESSED, WEEKDAYS, Figure

WIDTH = 320  # a chart in a half-width card, drawn at its natural size (text stays 13 px)
STUB = 30  # length of a suppressed bar


def _head(fig: Figure, width: int, height: int) -> str:
    title, desc = escape(fig.title), escape(_describe(fig))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {fig.kind}" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-labelledby="svg-{fig.id}-t svg-{fig.id}-d" '
            f'data-testid="chart-{fig.id}"><title id="svg-{fig.id}-t">{title}</title>'
            f'<desc id="svg-{fig.id}-d">{desc}</desc>'
            f'<defs><pattern id="hatch-{fig.id}" width="6" height="6" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/>'
            f'<line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>')


def _describe(fig: Figure) -> str:
    parts = [f"{c.label}: {_value(c.value, fig.unit)}" for c in fig.cells if fig.kind != "heatmap" or c.value]
    if fig.kind == "heatmap":
        parts = parts or ["時間外の連絡はありません"]
    return "、".join(parts) + f"。{fig.total_label}: {_value(fig.total, fig.unit)}"


def _value(value: int | None, unit: str) -> str:
    return SUPPRESSED if value is None else f"{value}{unit}"


def _scale(fig: Figure) -> int:
    return max([c.value for c in fig.cells if c.value is not None] + [1])


def bars(fig: Figure, width: int = WIDTH) -> Markup:
    """Horizontal bars, the label above each bar so long Japanese labels need no wrapping."""
    row, top = 46, 6
    height = top + row * len(fig.cells) + 4
    track = width - 64
    top_value = _scale(fig)
    out = [_head(fig, width, height)]
    for i, cell in enumerate(fig.cells):
        y = top + i * row
        out.append(f'<text x="0" y="{y + 14}" class="label">{escape(cell.label)}</text>')
        if cell.value is None:
            out.append(f'<rect x="0" y="{y + 20}" width="{STUB}" height="18" rx="3" fill="url(#hatch-{fig.id})" '
                       f'class="bar suppressed"/>'
                       f'<text x="{STUB + 8}" y="{y + 34}" class="value muted">{SUPPRESSED}</text>')
            continue
        length = 0 if not cell.value else max(3, round(track * cell.value / top_value))
        out.append(f'<rect x="0" y="{y + 20}" width="{length}" height="18" rx="3" class="bar {fig.id}"/>'
                   f'<text x="{length + 8}" y="{y + 34}" class="value">{cell.value}{escape(fig.unit)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def _short(label: str) -> str:
    """'2026年10月' → '10月' under a column (the table keeps the year)."""
    return label.split("年", 1)[1] if "年" in label and "月" in label else label


def columns(fig: Figure, width: int = WIDTH) -> Markup:
    """Vertical columns (months), values on top."""
    n = max(1, len(fig.cells))
    height, base, top = 230, 196, 24
    slot = width / n
    bar = min(64, slot * 0.6)
    top_value = _scale(fig)
    out = [_head(fig, width, height), f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" class="axis"/>']
    for i, cell in enumerate(fig.cells):
        x = slot * i + (slot - bar) / 2
        cx = slot * i + slot / 2
        out.append(f'<text x="{cx:.1f}" y="{base + 22}" class="label" text-anchor="middle">{escape(_short(cell.label))}</text>')
        if cell.value is None:
            out.append(f'<rect x="{x:.1f}" y="{base - STUB}" width="{bar:.1f}" height="{STUB}" rx="3" '
                       f'fill="url(#hatch-{fig.id})" class="bar suppressed"/>'
                       f'<text x="{cx:.1f}" y="{base - STUB - 6}" class="value muted" text-anchor="middle">'
                       f'{SUPPRESSED}</text>')
            continue
        h = 0 if not cell.value else max(2, round((base - top) * cell.value / top_value))
        out.append(f'<rect x="{x:.1f}" y="{base - h}" width="{bar:.1f}" height="{h}" rx="3" class="bar {fig.id}"/>'
                   f'<text x="{cx:.1f}" y="{base - h - 6}" class="value" text-anchor="middle">'
                   f'{cell.value}{escape(fig.unit)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def heatmap(fig: Figure, width: int = 0) -> Markup:
    """Weekday rows × hour columns; darker is more residents; suppressed cells hatched; office hours outlined."""
    left, top, cw, ch = 34, 22, 40, 30
    width, height = left + 24 * cw + 2, top + 7 * ch + 30
    top_value = _scale(fig)
    out = [_head(fig, width, height)]
    for hour in range(0, 24, 3):
        out.append(f'<text x="{left + hour * cw + cw / 2:.1f}" y="{top - 7}" class="tick" text-anchor="middle">'
                   f'{hour}時</text>')
    for day in range(7):
        out.append(f'<text x="{left - 8}" y="{top + day * ch + 18}" class="label" text-anchor="end">'
                   f'{WEEKDAYS[day]}</text>')
    for cell in fig.cells:
        day, hour = cell.key
        x, y = left + hour * cw, top + day * ch
        label = escape(f"{cell.label}: {_value(cell.value, fig.unit)}")
        if cell.key in fig.open_cells and not cell.value:
            out.append(f'<rect x="{x + 0.5}" y="{y + 0.5}" width="{cw - 3}" height="{ch - 3}" rx="2" class="cell open">'
                       f'<title>{escape(cell.label)}: 窓口が開いている時間</title></rect>')
            continue
        if cell.value is None:
            out.append(f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" rx="2" fill="url(#hatch-{fig.id})" '
                       f'class="cell suppressed"><title>{label}</title></rect>')
            continue
        level = 0 if not cell.value else min(5, 1 + int(4 * cell.value / top_value))
        out.append(f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" rx="2" class="cell l{level}">'
                   f'<title>{label}</title></rect>')
        if cell.value:
            out.append(f'<text x="{x + (cw - 2) / 2:.1f}" y="{y + 19}" class="cellvalue l{level}" '
                       f'text-anchor="middle">{cell.value}</text>')
    legend_y = top + 7 * ch + 14
    legend = [("hatch", "秘匿（5人未満など）"), ("l0", "0人"), ("l3", "多い"), ("open", "窓口が開いている時間")]
    x = left
    for kind, text in legend:
        fill = f' fill="url(#hatch-{fig.id})"' if kind == "hatch" else ""
        out.append(f'<rect x="{x}" y="{legend_y - 10}" width="14" height="12"{fill} class="cell {kind}"/>'
                   f'<text x="{x + 20}" y="{legend_y}" class="tick">{text}</text>')
        x += 40 + 12 * len(text)
    out.append("</svg>")
    return Markup("".join(out))


def chart(fig: Figure, width: int = WIDTH) -> Markup:
    """The chart that fits the figure's kind, *width* pixels wide (the heatmap has its own size)."""
    return {"bars": bars, "columns": columns, "heatmap": heatmap}[fig.kind](fig, width)
