"""Drawing a rich-menu image (Pillow) from the catalog texts of one language.

Five areas — start a consultation, talk to a person (top row); places nearby, my visit, language
(bottom row) — each a coloured panel with a simple icon and its label. Text is laid out in runs, one
font per writing system (Noto CJK for Japanese, Chinese, Korean and Latin; Noto Thai, Myanmar and
Devanagari where installed). When a label needs a script no installed font covers, the English label is
drawn instead (the icons stay), and the returned note says so.
"""
import re
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 2500, 1686
FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
FONT_FILES = {  # script → font files to try, boldest first
    "cjk": ("NotoSansCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJKjp-Bold.otf", "DejaVuSans-Bold.ttf"),
    "thai": ("NotoSansThai-Bold.ttf", "NotoSansThai-Regular.ttf", "NotoSansThaiUI-Bold.ttf", "NotoLoopedThai-Bold.ttf"),
    "myanmar": ("NotoSansMyanmar-Bold.ttf", "NotoSansMyanmar-Regular.ttf", "Padauk-Bold.ttf", "Padauk-Regular.ttf"),
    "devanagari": ("NotoSansDevanagari-Bold.ttf", "NotoSansDevanagari-Regular.ttf", "Lohit-Devanagari.ttf"),
}
SCRIPT_NAMES = {"thai": "Thai", "myanmar": "Myanmar (Burmese)", "devanagari": "Devanagari (Nepali)", "cjk": "CJK"}
CJK_INDEX = 0  # in Noto Sans CJK .ttc collections face 0 is Japanese
BACKGROUND = (250, 247, 240)
INK = (38, 50, 56)
PANELS = ((255, 224, 178), (200, 230, 201), (187, 222, 251), (225, 190, 231), (255, 205, 210))
ACCENTS = ((230, 81, 0), (46, 125, 50), (21, 101, 192), (106, 27, 154), (198, 40, 40))
LINE_HEIGHT = {"cjk": 1.3, "thai": 1.7, "devanagari": 1.6, "myanmar": 2.0}  # × font size
RUBY = re.compile(r"([\u4e00-\u9fff\u3005]+)\(([\u3040-\u309f]+)\)")


@dataclass(frozen=True)
class Area:
    """One tappable rectangle of the menu."""

    key: str  # start | person | places | visit | language
    x: int
    y: int
    width: int
    height: int


AREAS = (
    Area("start", 0, 0, 1250, 843), Area("person", 1250, 0, 1250, 843),
    Area("places", 0, 843, 833, 843), Area("visit", 833, 843, 834, 843), Area("language", 1667, 843, 833, 843),
)


def script_of(char: str) -> str:
    """Which font family a character needs."""
    code = ord(char)
    if 0x0E00 <= code <= 0x0E7F:
        return "thai"
    if 0x1000 <= code <= 0x109F or 0xA9E0 <= code <= 0xA9FF or 0xAA60 <= code <= 0xAA7F:
        return "myanmar"
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF:
        return "devanagari"
    return "cjk"


@lru_cache(maxsize=None)
def font_path(script: str) -> Path | None:
    """The first installed font file for *script*, or None."""
    for name in FONT_FILES[script]:
        for root in FONT_DIRS:
            if root.is_dir():
                found = next(iter(sorted(root.rglob(name))), None)
                if found:
                    return found
    return None


@lru_cache(maxsize=256)
def _font(script: str, size: int) -> ImageFont.FreeTypeFont:
    path = font_path(script)
    if path is None:
        return ImageFont.load_default(size)
    index = CJK_INDEX if path.suffix == ".ttc" else 0
    return ImageFont.truetype(str(path), size, index=index, layout_engine=ImageFont.Layout.RAQM
                              if ImageFont.core.HAVE_RAQM else ImageFont.Layout.BASIC)


def missing_scripts(text: str) -> set[str]:
    """Scripts in *text* that no installed font covers."""
    return {s for s in map(script_of, text) if font_path(s) is None}


def _runs(text: str) -> list[tuple[str, str]]:
    """Split text into (script, run) pieces so each piece is drawn with its own font."""
    runs: list[tuple[str, str]] = []
    for char in text:
        script = script_of(char)
        if char == " " and runs:
            script = runs[-1][0]  # a space belongs to the run it is in
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + char)
        else:
            runs.append((script, char))
    return runs


def _segments(text: str) -> list[tuple[str, str | None]]:
    """(base, reading) pieces: '相談(そうだん)する' → [('相談', 'そうだん'), ('する', None)]."""
    out, pos = [], 0
    for match in RUBY.finditer(text):
        if match.start() > pos:
            out.append((text[pos:match.start()], None))
        out.append((match.group(1), match.group(2)))
        pos = match.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def _width(text: str, size: int) -> float:
    return sum(_font(script, size).getlength(run) for script, run in _runs(text))


def _line_width(line: str, size: int) -> float:
    return sum(max(_width(base, size), _width(reading, size // 2.4) if reading else 0)
               for base, reading in _segments(line))


def _wrap(text: str, size: int, max_width: int) -> list[str]:
    """Break at spaces (or, for text without spaces, anywhere) so each line fits."""
    words = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    lines: list[str] = []
    for word in words:
        candidate = f"{lines[-1]}{joiner}{word}" if lines else word
        if lines and _line_width(candidate, size) <= max_width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _fit(text: str, box_width: int, box_height: int) -> tuple[int, list[str]]:
    """The largest font size (and lines) at which *text* fits the box."""
    for size in range(118, 40, -4):
        lines = [text] if _line_width(text, size) <= box_width else _wrap(text, size, box_width)
        fits = all(_line_width(line, size) <= box_width for line in lines)
        if fits and sum(_line_height(line, size) for line in lines) <= box_height:
            return size, lines
    return 40, _wrap(text, 40, box_width)


def _draw_text(draw: ImageDraw.ImageDraw, centre_x: float, top: float, text: str, size: int) -> float:
    """Draw one line centred at *centre_x* (readings above their kanji); return its height."""
    ruby_size = int(size / 2.4)
    has_ruby = bool(RUBY.search(text))
    factor = max(LINE_HEIGHT[script] for script, _run in _runs(text))
    base_top = top + (ruby_size * 1.1 if has_ruby else 0) + size * (factor - 1.3) / 2
    x = centre_x - _line_width(text, size) / 2
    for base, reading in _segments(text):
        seg_width = max(_width(base, size), _width(reading, ruby_size) if reading else 0)
        bx = x + (seg_width - _width(base, size)) / 2
        for script, run in _runs(base):
            font = _font(script, size)
            draw.text((bx, base_top), run, font=font, fill=INK)
            bx += font.getlength(run)
        if reading:
            rx = x + (seg_width - _width(reading, ruby_size)) / 2
            draw.text((rx, top), reading, font=_font("cjk", ruby_size), fill=INK)
        x += seg_width
    return _line_height(text, size)


def _icon(draw: ImageDraw.ImageDraw, key: str, cx: float, cy: float, r: float, colour) -> None:
    """A simple pictogram, so each area is recognisable without reading."""
    w = max(8, int(r / 6))
    if key == "start":  # a speech bubble
        draw.rounded_rectangle((cx - r, cy - r * 0.75, cx + r, cy + r * 0.55), radius=r * 0.35, outline=colour, width=w)
        draw.polygon([(cx - r * 0.45, cy + r * 0.5), (cx - r * 0.15, cy + r * 0.5), (cx - r * 0.6, cy + r)], fill=colour)
        for dx in (-0.45, 0, 0.45):
            draw.ellipse((cx + dx * r - w, cy - r * 0.1 - w, cx + dx * r + w, cy - r * 0.1 + w), fill=colour)
    elif key == "person":  # head and shoulders
        draw.ellipse((cx - r * 0.38, cy - r, cx + r * 0.38, cy - r * 0.24), fill=colour)
        draw.pieslice((cx - r * 0.8, cy - r * 0.1, cx + r * 0.8, cy + r * 1.5), 180, 360, fill=colour)
    elif key == "places":  # a map pin
        draw.ellipse((cx - r * 0.6, cy - r, cx + r * 0.6, cy + r * 0.2), fill=colour)
        draw.polygon([(cx - r * 0.52, cy - r * 0.1), (cx + r * 0.52, cy - r * 0.1), (cx, cy + r)], fill=colour)
        draw.ellipse((cx - r * 0.22, cy - r * 0.62, cx + r * 0.22, cy - r * 0.18), fill=BACKGROUND)
    elif key == "visit":  # a calendar
        draw.rounded_rectangle((cx - r * 0.85, cy - r * 0.7, cx + r * 0.85, cy + r * 0.9), radius=r * 0.15, outline=colour, width=w)
        draw.rectangle((cx - r * 0.85, cy - r * 0.7, cx + r * 0.85, cy - r * 0.3), fill=colour)
        for dx in (-0.45, 0.45):
            draw.rectangle((cx + dx * r - w / 2, cy - r, cx + dx * r + w / 2, cy - r * 0.5), fill=colour)
        for row in (0.05, 0.5):
            for dx in (-0.45, 0, 0.45):
                draw.rectangle((cx + dx * r - w, cy + row * r - w, cx + dx * r + w, cy + row * r + w), fill=colour)
    else:  # language: a globe
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=w)
        draw.ellipse((cx - r * 0.45, cy - r, cx + r * 0.45, cy + r), outline=colour, width=w)
        draw.line((cx - r, cy, cx + r, cy), fill=colour, width=w)
        draw.line((cx, cy - r, cx, cy + r), fill=colour, width=w)


def draw_menu(labels: dict[str, str], fallback_labels: dict[str, str] | None = None) -> tuple[bytes, str | None]:
    """The PNG for these area labels (start, person, places, visit, language) and a note on fonts, if any.

    A label whose script has no installed font is replaced by its fallback (English) label.
    """
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    missing: set[str] = set()
    for index, area in enumerate(AREAS):
        pad = 22
        draw.rounded_rectangle((area.x + pad, area.y + pad, area.x + area.width - pad, area.y + area.height - pad),
                               radius=48, fill=PANELS[index])
        text = labels[area.key]
        gaps = missing_scripts(text)
        if gaps and fallback_labels:
            missing |= gaps
            text = fallback_labels[area.key]
        icon_r = area.height * 0.16
        cx = area.x + area.width / 2
        _icon(draw, area.key, cx, area.y + area.height * 0.3, icon_r, ACCENTS[index])
        box_w, box_h = area.width - 2 * pad - 70, int(area.height * 0.42)
        size, lines = _fit(text, box_w, box_h)
        heights = [(_line_height(line, size)) for line in lines]
        top = area.y + area.height * 0.5 + (box_h - sum(heights)) / 2
        for line in lines:
            top += _draw_text(draw, cx, top, line, size)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    note = None
    if missing:
        names = ", ".join(SCRIPT_NAMES[s] for s in sorted(missing))
        note = f"no font for {names}: English labels drawn beside the icons (install fonts-noto-core)"
    return out.getvalue(), note


def _line_height(line: str, size: int) -> float:
    factor = max(LINE_HEIGHT[script] for script, _run in _runs(line)) if line else 1.3
    return (int(size / 2.4) * 1.1 if RUBY.search(line) else 0) + size * factor
