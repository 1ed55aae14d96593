"""Every card and list built from data (places, agencies, the numbers to call tonight, how to reach an agency
once chosen, visit destinations, hotlines) reads in the resident's language: a field the data has in their language is shown in it; a field it
lacks is never shown in English or Japanese instead — a Japanese proper name (a place, an agency, an address)
comes with words in the resident's language (the kind of place, 'Desk: …'). Found by a tester: Vietnamese and
Nepali residents read 職業相談部門, and the Chinese card title was the English name."""
import re
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from dialogs.catalog import PLACEHOLDER, Catalog
from handlers import directory_csv, languages
from handlers.crisis import hotline_lines
from handlers.destinations import DestinationBook
from handlers.hotlines import HotlineBook
from handlers.nearby import Found
from handlers.place_cards import contact_details, place_card, place_name, resource_card, resource_name
from handlers.tonight import call_card
from storage.models import Place, Resource
from tests.test_locales_complete import japanese_outside_brackets

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "dialogs" / "data"
CATALOG = Catalog.from_directory()
FALLBACKS = ("en", "ja")  # the languages a missing text used to come out in
JAPANESE_READERS = ("ja", "ja-easy")
OTHER_READERS = [c for c in languages.codes() if c not in (*JAPANESE_READERS, "en")]
KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
KANJI = re.compile(r"[\u3400-\u9fff]")
LETTER = re.compile(r"[^\W\d_]")
NOW = datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)
TZ = "Asia/Tokyo"

# A directory row as staff often leave it: Japanese only (the fictional town's data has English for most).
BARE_PLACE = {"key": "bare-place", "name": "まちの縁がわ", "names": {}, "kind": "community_center", "area": "central",
              "address": "みどりが丘市中央9-9-9", "lat": 35.65, "lon": 139.70, "hours": "mon-fri 10:00-16:00",
              "audience": ["elderly", "anyone"], "cost": "free", "languages": ["ja"], "accessibility": [],
              "phone": "0120-000-999", "contact": "", "url": "", "descriptions": {"ja": "だれでも休める部屋です。"}}
BARE_RESOURCE = {"key": "bare-resource", "agency": "みどりが丘市 生活支援課", "names": {}, "section": "自立相談係",
                 "sections": {}, "phone": "0120-000-998", "contact_person": "", "hours": "mon-fri 08:30-17:15",
                 "topics": ["money", "lifeline"], "address": "", "url": "", "descriptions": {"ja": "暮らしの相談。"},
                 "position": 99}


class _Turn:
    """What the card builders read of a turn: the language, the catalog, the hour and the hotlines' time zone."""

    def __init__(self, lang: str):
        self.lang = lang
        self.now = datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)
        self.services = SimpleNamespace(hotlines=SimpleNamespace(tz=TZ))

    def t(self, msg_id: str, **params) -> str:
        return CATALOG.text(self.lang, msg_id, **params)


def _places() -> list[Place]:
    rows = directory_csv.parse_places((DATA / "places.csv").read_text("utf-8"))
    return [Place(**row) for row in [*rows, BARE_PLACE]]


def _resources() -> list[Resource]:
    rows = directory_csv.parse_resources((DATA / "resources.csv").read_text("utf-8"))
    return [Resource(id=i, **row) for i, row in enumerate([*rows, BARE_RESOURCE], start=1)]


PLACES, RESOURCES = _places(), _resources()


def _card_texts(card) -> list[str]:
    return [card.title, *card.lines, *(a.label for a in card.actions), *(a.display or "" for a in card.actions)]


def _theirs(row, lang: str) -> list[str]:
    """The row's texts staff wrote in *lang*: theirs, whatever they contain (「生活保護」 beside its translation)."""
    return [(getattr(row, field, None) or {}).get(lang, "") for field in ("names", "descriptions", "sections")]


def _rendered(lang: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(what, proper names allowed in Japanese, the data's own texts in *lang*, texts) for every card and
    data-built text a resident can read."""
    turn = _Turn(lang)
    out = []
    for place in PLACES:
        for found in (Found(place, 420.0, True, NOW, None), Found(place, 1500.0, False, None, NOW)):
            out.append((f"place {place.key}", [place.name, place.address, place.phone], _theirs(place, lang),
                        [*_card_texts(place_card(turn, found, TZ)), place_name(turn, place)]))
    for resource in RESOURCES:
        names = [resource.agency, resource.section, resource.address, resource.phone]
        out.append((f"agency {resource.key}", names, _theirs(resource, lang), [*_card_texts(resource_card(turn, resource)),
                                                      *_card_texts(call_card(turn, resource)),
                                                      resource_name(turn, resource),
                                                      *(turn.t(f"referral.done_{c}", **contact_details(turn, resource))
                                                        for c in ("share", "self"))]))
    book = DestinationBook.load(DATA / "visit_destinations.yaml")
    for dest in book.destinations:
        out.append((f"visit destination {dest.id}", [], [], [turn.t(dest.label), turn.t(dest.bring)]))
    hotlines = HotlineBook.load(DATA / "hotlines.yaml", TZ)
    out.append(("hotlines", [h.number for h in hotlines.lines], [], [hotline_lines(turn, hotlines.lines)]))
    return out


def _own_words(lang: str) -> str:
    return "\n".join(CATALOG.texts[lang].values())


def _fallback_pieces(lang: str) -> set[str]:
    """Pieces of English and Japanese catalog text (between placeholders) that the resident's own catalog never uses."""
    own = _own_words(lang)
    pieces = set()
    for source in FALLBACKS:
        for text in CATALOG.texts[source].values():
            for piece in PLACEHOLDER.sub("\0", text).split("\0"):
                piece = piece.strip(" :：()（）·・,、。.!?「」“”\n")
                if len(LETTER.findall(piece)) >= 3 and piece not in own:
                    pieces.add(piece)
    return pieces


def _fallback_data(lang: str) -> set[str]:
    """English and Japanese texts of the directory a resident of *lang* must not read instead of their own."""
    texts = set()
    for row in [*PLACES, *RESOURCES]:
        for field in ("names", "descriptions", "sections"):
            values = getattr(row, field, None) or {}
            texts |= {values[code] for code in FALLBACKS if code in values and values[code] != values.get(lang)}
        own_section = (getattr(row, "sections", None) or {}).get(lang)
        if own_section and own_section != row.section:  # the data has the desk in their language: not in Japanese
            texts.add(row.section)
    return {t for t in texts if t}


def _contains(text: str, piece: str) -> bool:
    if piece.isascii():
        return re.search(rf"(?<![\w]){re.escape(piece)}(?![\w])", text) is not None
    return piece in text


def _without(text: str, names: list[str]) -> str:
    for name in sorted(filter(None, names), key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def _any_piece(pieces: set[str]):
    """One pattern that finds any of *pieces* the way `_contains` does (thousands of separate searches took minutes)."""
    latin = sorted((re.escape(p) for p in pieces if p.isascii()), key=len, reverse=True)
    other = sorted((re.escape(p) for p in pieces if not p.isascii()), key=len, reverse=True)
    parts = [rf"(?<![\w])(?:{'|'.join(latin)})(?![\w])"] if latin else []
    parts += [f"(?:{'|'.join(other)})"] if other else []
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!)")


def _problems(lang: str) -> list[str]:
    pieces, data = _fallback_pieces(lang), _fallback_data(lang)
    any_piece = _any_piece(pieces)
    problems = []
    for what, names, theirs, texts in _rendered(lang):
        for text in filter(None, texts):
            rest = _without(text, names + theirs)
            for line in text.splitlines():
                if any(n and n in line for n in names) and not LETTER.search(_without(line, names)):
                    problems.append(f"{what}: a Japanese name with no word in {lang}: {line!r}")
            if KANA.search(rest) or (not lang.startswith("zh") and KANJI.search(rest)):
                problems.append(f"{what}: Japanese in a {lang} text: {text!r}")
            leaked = [p for p in pieces if _contains(rest, p)] if any_piece.search(rest) else []
            leaked += [d for d in data if d in _without(text, [n for n in names + theirs if n not in data])]
            if leaked:
                problems.append(f"{what}: {leaked} instead of {lang} in {text!r}")
    return problems


@pytest.mark.parametrize("lang", OTHER_READERS)
def test_a_resident_reads_every_card_built_from_data_in_their_own_language(lang):
    problems = _problems(lang)
    assert not problems, "\n".join(problems)


def test_an_english_reader_gets_no_japanese_label_and_no_japanese_where_the_data_has_english():
    problems = [p for p in _problems("en") if "Japanese" in p or "instead of" in p]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", OTHER_READERS)
def test_a_place_without_a_name_in_the_residents_language_is_its_japanese_name_with_the_kind_in_theirs(lang):
    turn = _Turn(lang)
    bare = next(p for p in PLACES if p.key == "bare-place")
    title = place_card(turn, Found(bare, 300.0, True, NOW, None), TZ).title
    assert bare.name in title and CATALOG.text(lang, "kind.community_center") in title
    card = resource_card(turn, next(r for r in RESOURCES if r.key == "bare-resource"))
    assert CATALOG.text(lang, "referral.card.section", section="自立相談係") in card.lines, "labelled in their words"


@pytest.mark.parametrize("lang", OTHER_READERS)
def test_a_department_the_data_has_in_the_residents_language_is_shown_in_it(lang):
    hellowork = next(r for r in RESOURCES if r.key == "hellowork")
    assert hellowork.sections.get(lang), "resources.csv gives every section in every language"
    lines = resource_card(_Turn(lang), hellowork).lines
    assert CATALOG.text(lang, "referral.card.section", section=hellowork.sections[lang]) in lines


def test_the_check_would_catch_an_english_or_japanese_fallback():
    pieces = _fallback_pieces("vi")
    assert "Open now" in " ".join(pieces) or any(_contains("Open now (until 12:00)", p) for p in pieces)
    assert any(_contains("Job search, unemployment benefit and job training.", d) for d in _fallback_data("vi"))
    assert "職業相談部門" in _fallback_data("vi") and "職業相談部門" not in _fallback_data("ja")
    any_piece = _any_piece({"Open now", "Desk", "職業相談部門"})
    assert any_piece.search("Mở cửa · Open now (until 12:00)") and any_piece.search("Quầy: 職業相談部門")
    assert not any_piece.search("Desktop · Reopen nowhere"), "a piece is a whole word, as _contains reads it"


@pytest.mark.parametrize("table", ["places.csv", "resources.csv"])
def test_the_directorys_translations_hold_no_japanese_outside_a_bracketed_term(table):
    import csv
    found = []
    for row in csv.DictReader((DATA / table).open(encoding="utf-8")):
        for column, value in row.items():
            base, _, code = column.partition("_")
            if base in directory_csv.TRANSLATED and code in OTHER_READERS + ["en"]:
                if japanese_outside_brackets(code, value):
                    found.append(f"{table} {row['key']} {column}: {value}")
    assert not found, "\n".join(found)
