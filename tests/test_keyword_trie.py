"""The keyword trie finds every keyword anywhere in a message, overlapping ones included, ordered by where they begin
and end, and learns a key added after it was first used."""
from dialogs.triage.trie import Target, Trie, batchim_scan, scan


def test_every_keyword_is_found_overlapping_ones_included_by_start_then_end():
    trie: Trie[str] = Trie()
    for key in ("死に", "死にたい", "にた", "たい", "he", "she", "hers"):
        trie.insert(key, key)
    assert [(s, e, t) for s, e, t in scan(trie, "もう死にたい")] == \
        [(2, 4, "死に"), (2, 6, "死にたい"), (3, 5, "にた"), (4, 6, "たい")]
    assert [t for _, _, t in scan(trie, "ushers")] == ["she", "he", "hers"]
    assert list(scan(trie, "")) == [] and list(scan(Trie(), "anything")) == []


def test_one_key_with_two_meanings_yields_both_and_a_key_added_later_is_found():
    trie: Trie[str] = Trie()
    trie.insert("首", "health")
    trie.insert("首", "work")
    assert [t for _, _, t in scan(trie, "首が痛い")] == ["health", "work"]
    trie.insert("痛い", "pain")
    assert [t for _, _, t in scan(trie, "首が痛い")] == ["health", "work", "pain"]


def test_a_korean_stem_is_found_where_an_ending_fills_its_last_syllable():
    trie: Trie[Target] = Trie()
    jump = Target("suicide")
    trie.insert("뛰어내리", jump)
    assert trie.begins("뛰어") and not trie.begins("뛰다")
    assert [(s, e) for s, e, t in batchim_scan(trie, "그냥뛰어내릴까") if t is jump] == [(2, 6)]
