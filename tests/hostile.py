"""Hostile-input helpers shared by the fuzz tests: strategies for odd values, routes from the url_map, and a
fingerprint of everything the database holds (so a test can say "this request stored nothing")."""
import os
import re
from urllib.parse import quote

from hypothesis import HealthCheck
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import select, text

from storage.models import Base

ROLES = ("counselor", "editor", "admin")
# MADOGUCHI_FUZZ_EXAMPLES=500 for a deeper run than the suite's.
FUZZ = hsettings(max_examples=int(os.environ.get("MADOGUCHI_FUZZ_EXAMPLES") or 30), deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                        HealthCheck.filter_too_much])
# Columns that a request may touch without storing anything of its own: a token's last use.
VOLATILE = {("api_tokens", "last_used_at")}
PARAM = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")

short_odd_text = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8"), max_size=40),  # any code point, NUL and lone surrogates' neighbours
    st.sampled_from(["", " ", "\x00", "a\x00b", "null", "-1", "0", "1e309", "NaN", "Infinity", "9" * 40,
                     "2026-02-30", "2026-12-01T25:00", "10:00", "2026-12-01", "../../etc/passwd", "<script>",
                     "'; DROP TABLE residents; --", "%00", "\u202e\u0627\u0644", "😀" * 10, "死にたい",
                     # far dates, ids no row can have, header splitting, digits that are not ASCII
                     "9999-12-31", "0001-01-01", "9999-12-31T23:59:59", "0001-01-01T00:00+14:00",
                     "99999999999999999999", "-99999999999999999999", "/console/\r\nSet-Cookie: x=1", "\r\n",
                     "²", "١٢٣", "1e300", "\x1b[31m"]),
    st.integers(min_value=100, max_value=3000).map(lambda n: "x" * n),  # long for a URL (servers cap ~4–8 KB)
)
# In bodies, also huge: up to ~600 KB of UTF-8 (a URL that long never reaches the app).
odd_text = short_odd_text | st.integers(min_value=1, max_value=200_000).map(lambda n: "あ" * n)
odd_number = st.one_of(st.integers(), st.integers(min_value=2**31 - 2, max_value=2**64 + 2),
                       st.integers(min_value=-(2**64), max_value=-1), st.just(10**40),
                       st.floats(allow_nan=True, allow_infinity=True))
odd_scalar = st.one_of(st.none(), st.booleans(), odd_number, odd_text)
odd_json = st.recursive(odd_scalar, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(odd_text, inner, max_size=4), max_leaves=12)


def fields_like(names, extra=st.nothing()):
    """A JSON object whose keys are (mostly) the ones a view reads, with values of every wrong type."""
    value = st.one_of(odd_json, extra)
    return st.dictionaries(st.sampled_from(sorted(names)) | odd_text, value, max_size=len(names) + 2)


def routes(app, prefix: str):
    """(rule, method) for every route whose path starts with *prefix*, from the app's url_map."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(prefix):
            out += [(rule, method) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return sorted(out, key=lambda pair: (pair[0].rule, pair[1]))


def path_params(rule) -> list[tuple[str, str]]:
    """(converter, name) of each variable part of a rule: ("int", "cid")."""
    return [(conv or "default", name) for conv, name in PARAM.findall(rule.rule)]


def build_path(rule, values: dict) -> str:
    """The rule with *values* put in (strings are quoted; they may be anything)."""
    return PARAM.sub(lambda m: quote(str(values[m.group(2)]), safe=""), rule.rule)


def id_values(known: list[int]):
    """Ids for an <int:…> part: ones that exist, ones that do not, and ones too big for any database column."""
    return st.one_of(st.sampled_from(known or [1]), st.integers(min_value=0, max_value=10**6),
                     st.integers(min_value=2**31 - 2, max_value=2**64 + 2), st.just(10**30))


def fingerprint(runtime) -> dict:
    """Every row of every table (minus VOLATILE columns), to compare before and after a request."""
    if runtime.db.is_postgres:
        return _fingerprint_in_one_statement(runtime)
    out = {}
    with runtime.db.session() as session:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if (table.name, c.name) not in VOLATILE]
            out[table.name] = sorted(repr(tuple(row)) for row in session.execute(select(*cols)))
    return out


def _fingerprint_in_one_statement(runtime) -> dict:
    """PostgreSQL: each table's row count and a digest of its sorted rows, every table in one round trip (the
    fuzzers take hundreds of fingerprints: one query per table was most of their time on a server)."""
    quote = runtime.db.engine.dialect.identifier_preparer.quote
    parts = []
    for table in Base.metadata.sorted_tables:
        cols = ", ".join(quote(c.name) for c in table.columns if (table.name, c.name) not in VOLATILE)
        parts.append(f"SELECT '{table.name}' AS name, count(*) AS n, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), ''))"
                     f" AS digest FROM (SELECT ROW({cols})::text AS r FROM {quote(table.name)}) AS rows")
    with runtime.db.session() as session:
        return {name: (n, digest) for name, n, digest in session.execute(text(" UNION ALL ".join(parts)))}


def changed_tables(before: dict, after: dict) -> list[str]:
    """Names of the tables whose rows differ."""
    return [name for name in before if before[name] != after.get(name)]
