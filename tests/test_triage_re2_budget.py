"""Staff patterns get a small RE2 memory budget (a worker holds ~1,600 of them) and still match exactly."""

import random
import re

from dialogs.triage import re2_budget


def test_a_staff_pattern_gets_the_small_budget_and_a_set_keeps_the_default():
    assert re2_budget.compile_pattern("死に(たい|たく)").options.max_mem == re2_budget.PATTERN_MEMORY
    assert re2_budget.PATTERN_MEMORY < re2_budget.SET_MEMORY == 8 << 20


def test_a_pattern_whose_automaton_outgrows_the_small_budget_still_finds_what_python_finds():
    # "an a 14 letters from the end": its DFA needs 2**14 states, far beyond the small budget (RE2 then uses its NFA)
    source = "(a|b)*a(a|b){14}c"
    small, python = re2_budget.compile_pattern(source), re.compile(source)
    chance = random.Random(25)
    for _ in range(40):
        text = "".join(chance.choice("ab") for _ in range(400)) + "c"
        assert bool(small.search(text)) == bool(python.search(text))
        assert [m.span() for m in small.finditer(text)] == [m.span() for m in python.finditer(text)]


def test_a_pattern_too_big_for_the_small_budget_is_compiled_on_the_default_one():
    big = re2_budget.compile_pattern(r"(\pL\d){100}")  # every letter of every script, a hundred times
    assert big.options.max_mem == re2_budget.SET_MEMORY
    assert big.search("… " + "字1" * 100 + " …") is not None


def test_a_set_of_many_patterns_still_matches():
    patterns = re2_budget.search_set()
    for n in range(300):
        patterns.Add(f"(kw{n}|ky{n})[a-z]*end")
    patterns.Compile()
    assert sorted(patterns.Match("kw7abcend and ky299end")) == [7, 299]
