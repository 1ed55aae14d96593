"""The fuzzers' "the request changed nothing" check sees a change in any table, on either database."""
from tests.hostile import changed_tables, fingerprint


def test_each_new_row_is_seen_in_its_own_table_and_no_other(runtime, make_staff):
    empty = fingerprint(runtime)
    assert changed_tables(empty, fingerprint(runtime)) == []
    make_staff("kaori", "counselor")
    added = fingerprint(runtime)
    assert "staff" in changed_tables(empty, added)
    make_staff("michi", "counselor")
    assert changed_tables(added, fingerprint(runtime)) == ["staff"]
