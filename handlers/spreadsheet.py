"""CSV cells that a spreadsheet will not run: a cell starting with = + - @ tab or CR is a formula to Excel
and LibreOffice (=HYPERLINK(…), @SUM(…), +cmd|…), so it is written with a leading apostrophe, which both
show as text; our own import takes the apostrophe off again, so an export re-imports unchanged."""
import csv

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """The cell as written to a CSV file for people to open."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START):
        text = "'" + text
    # A lone CR is no line end to the csv module (it is not quoted) but ends a row for spreadsheets.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def restore(text: str) -> str:
    """A cell read back from one of our exports: the apostrophe that neutralised a formula removed."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def writer(buffer, lineterminator: str = "\n"):
    """A csv writer whose rows are neutralised cell by cell."""
    return _SafeWriter(csv.writer(buffer, lineterminator=lineterminator))


class _SafeWriter:
    def __init__(self, inner):
        self._inner = inner

    def writerow(self, row) -> None:
        self._inner.writerow([neutralise(cell) if isinstance(cell, str) else cell for cell in row])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)
