"""Compile one language's keyword spec into a fast matcher, and find the labels a message carries.

Plain keywords go into a character trie (one pass over the message finds every keyword, overlapping
ones included); keywords with an inner ``*`` gap and staff regular expressions run as regexes.
Every hit has a span and remembers the entry (file line) that made it, so an ``exclude`` phrase
cancels exactly the hits of its label that overlap it, and `madoguchi triage --explain` can say why.

Languages read by morphology (Japanese) are matched on word boundaries: a keyword counts only where
a word begins, and each keyword is also matched on the message's lemmas (しにたい → 死ぬ·たい, so
死にたかった and 死にたくて match too) and, for kanji keywords, on its reading typed in hiragana.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from . import morphology
from .labels import CRISIS
from .lexicon import WILDCARD, LabelRules, LexiconSpec, Phrase, compile_pattern
from .normalise import ACCENTS_EXACT, WORDS, clean, fold, has_accents
from .scope import Reach, ScopeHit, decide

GAP_WORDS = 3  # "pay * rent": up to this many words in between
GAP_CHARACTERS = 10  # "家賃*払え": up to this many characters in between
MIN_READING_LENGTH = 3  # shorter readings (家 → いえ) would match inside unrelated words


@dataclass(frozen=True, eq=False)
class _Target:
    """What a hit means: a label, or an exclusion for that label, and the entry that says so."""

    label: str
    exclude: bool = False
    phrase: Phrase | None = None
    kind: str = "keyword"  # keyword, reading, lemma, pattern, whole_message


Hit = tuple[int, int, _Target]
_MARKER = _Target("marker")


@dataclass(frozen=True)
class Evidence:
    """One hit as reported by --explain: the label, the entry and how it matched, the text it covered."""

    label: str
    kind: str
    entry: str
    line: int
    start: int
    end: int
    excluded_by: str = ""


def _has_kanji(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c == "\u3005" for c in text)


class _Trie:
    """Keywords found in one pass over a message: every prefix of every key is kept in a set, and the
    complete keys map to their targets. A set of strings holds the same trie in about a third of the
    memory a tree of dictionaries takes (a worker carries twelve languages of keywords)."""

    __slots__ = ("prefixes", "ends")

    def __init__(self) -> None:
        self.prefixes: set[str] = set()
        self.ends: dict[str, list[_Target]] = {}

    def insert(self, key: str, target: _Target) -> None:
        """Add a key (and all its prefixes) with what it means."""
        for end in range(1, len(key) + 1):
            self.prefixes.add(key[:end])
        self.ends.setdefault(key, []).append(target)

    def keys(self) -> Iterator[str]:
        """Every complete key."""
        return iter(self.ends)


def _scan(trie: _Trie, text: str) -> Iterator[Hit]:
    """Yield (start, end, target) for every trie keyword found anywhere in text."""
    length = len(text)
    prefixes, ends = trie.prefixes, trie.ends
    for start in range(length):
        end = start + 1
        while end <= length:
            piece = text[start:end]
            if piece not in prefixes:
                break
            targets = ends.get(piece)
            if targets:
                for target in targets:
                    yield start, end, target
            end += 1


class _Index:
    """A language's keywords compiled for one way of folding text (accents ignored or kept)."""

    def __init__(self, spec: LexiconSpec, keep_accents: bool):
        self.mode = spec.matching
        self.keep_accents = keep_accents
        self._characters = spec.fold_characters
        self.morphology = spec.morphology
        # spellings folded the way this index folds text (accents kept or not)
        self._spellings = {fold(clean(variant), self.mode, self._characters, keep_accents).strip():
                           fold(clean(word), self.mode, self._characters, keep_accents).strip()
                           for variant, word in spec.spellings.items()}
        self.trie = _Trie()
        self.lemma_trie = _Trie()
        self.whole: dict[str, list[_Target]] = defaultdict(list)
        self.regexes: list[tuple[re.Pattern, _Target]] = []
        for rules in spec.rules:
            self._add_rules(rules)

    def form(self, cleaned: str, characters: dict[int, str] | None = None) -> str:
        """A cleaned text folded the way this index's keywords are."""
        table = self._characters if characters is None else characters
        folded = fold(cleaned, self.mode, table, self.keep_accents)
        if not self._spellings or not folded:
            return folded
        return " " + " ".join(self._spellings.get(word, word) for word in folded.split()) + " "

    def _add_rules(self, rules: LabelRules) -> None:
        for phrase in rules.keywords:
            self.add_keyword(self.trie, phrase, _Target(rules.label, phrase=phrase))
        for phrase in rules.exclude:
            self.add_keyword(self.trie, phrase, _Target(rules.label, exclude=True, phrase=phrase))
        for phrase in rules.whole_message:
            for variant in self._variants(clean(phrase.text)):
                self.whole[self.form(variant)].append(_Target(rules.label, phrase=phrase, kind="whole_message"))
        for phrase in rules.patterns:
            regex = compile_pattern(phrase.text, self.mode, self._characters, self.keep_accents)
            self.regexes.append((regex, _Target(rules.label, phrase=phrase, kind="pattern")))

    def _variants(self, cleaned: str) -> list[str]:
        """The cleaned text, plus its kana reading when this language is read by morphology."""
        if not self.morphology or not _has_kanji(cleaned):
            return [cleaned]
        reading = morphology.reading(cleaned)
        if len(reading) < MIN_READING_LENGTH or reading == cleaned or _has_kanji(reading):
            return [cleaned]
        return [cleaned, reading]

    def fold_part(self, part: str, characters: dict[int, str] | None = None) -> list[str]:
        """One piece of a keyword as it is matched (plus its kana reading), without padding."""
        return [self.form(variant, characters).strip() for variant in self._variants(clean(part))]

    def add_keyword(
        self, trie: _Trie, phrase: Phrase, target: _Target, characters: dict[int, str] | None = None
    ) -> None:
        """Put a keyword into the trie, or compile it as a regex when it has an inner '*' gap."""
        parts = phrase.text.split(WILDCARD)
        leading, trailing = not parts[0].strip(), not parts[-1].strip()
        inner = [part for part in parts if part.strip()]
        if len(inner) == 1:
            for index, core in enumerate(self.fold_part(inner[0], characters)):
                if self.mode == WORDS:
                    core = ("" if leading else " ") + core + ("" if trailing else " ")
                kind = "reading" if index else target.kind
                trie.insert(core, target if kind == target.kind else _Target(
                    target.label, target.exclude, target.phrase, kind))
            if self.morphology and trie is self.trie:
                self._add_lemma_key(clean(inner[0]), target)
            return
        self.regexes.append((self._gap_regex(parts, leading, trailing), target))

    def _add_lemma_key(self, cleaned: str, target: _Target) -> None:
        """Also match a phrase of several words on the message's lemmas, in any conjugation
        (死にたい → 死にたかった, 死にたくて). A single word stays as written: as a lemma 死ぬ would
        also match 死んだ (父が死んだ), and クビ (fired) would become 首 (neck)."""
        written = morphology.analyse(cleaned).tokens
        if written and (written[-1].pos in morphology.UNSAID or not written[-1].whole):
            # a stem cut before its final い (住む所がな[い], 生きるのがしんど[い]): read as the word it was
            # cut from, when that is a negation or an adjective
            completed = morphology.analyse(cleaned + "い").tokens
            if completed and completed[-1].whole and (completed[-1].lemma in ("無い", "ない")
                                                      or completed[-1].pos == "形容詞"):
                written = completed
        if not written or written[-1].pos in morphology.UNSAID:
            return  # 住む所がな[い]: the cut ending reads as a particle, and the lemmas would drop the negation
        tokens = tuple(token for token in written if token.pos not in morphology.UNSAID)
        while tokens and tokens[-1].lemma in morphology.TENSE_ENDINGS:
            tokens = tokens[:-1]  # 死ねたら: the lemmas 死ぬ·た would also find 死んだ
        if len(tokens) < 2 or not all(token.known for token in tokens):
            return
        if not any(token.pos in morphology.CONJUGATING for token in tokens):
            return
        if not tokens[-1].whole:
            return  # a stem cut inside a word (ご飯が食べれ[ない]): its lemma would drop the negation
        if len(tokens[-1].surface) == 1 and morphology.is_function_word(tokens[-1].pos):
            return  # "しにた": the stem ends in a bare auxiliary (た, て, に…) and would match 死んだ
        key = morphology.SEPARATOR.join(token.lemma for token in tokens) + morphology.SEPARATOR
        self.lemma_trie.insert(key, _Target(target.label, target.exclude, target.phrase, "lemma"))

    def _gap_regex(self, parts: list[str], leading: bool, trailing: bool) -> re.Pattern:
        """A keyword with an inner '*': alone between words it spans up to GAP_WORDS words
        ("pay * rent"); attached to a word it is any ending ("end* my life"); in languages
        matched anywhere it spans up to GAP_CHARACTERS characters ("家賃*払え")."""
        words = self.mode == WORDS
        pieces: list[str] = []
        for index, part in enumerate(parts):
            if not part.strip():
                continue
            if pieces:
                before, after = parts[index - 1].endswith(" "), part.startswith(" ")
                if not words:
                    pieces.append(f".{{0,{GAP_CHARACTERS}}}?")
                elif before and after:
                    pieces.append(f" (?:\\S+ ){{0,{GAP_WORDS}}}")
                else:
                    pieces.append((" " if before else "") + "\\S*" + (" " if after else ""))
            pieces.append("(?:" + "|".join(re.escape(core) for core in self.fold_part(part)) + ")")
        if words:
            pieces.insert(0, "\\S*" if leading else " ")
            pieces.append("" if trailing else "(?= )")
        return re.compile("".join(pieces))

    def hits(self, form: str, analysis: "morphology.Analysis | None" = None) -> list[Hit]:
        """Every keyword, exclusion, pattern and whole-message hit in a form (spans in the form)."""
        if analysis is not None:
            hits: list[Hit] = [hit for hit in _scan(self.trie, form) if analysis.on_word(hit[0], hit[1])]
            lemma_starts = analysis.lemma_starts()
            for start, end, target in _scan(self.lemma_trie, analysis.lemma_form):
                following = analysis.lemma_form[end:].split(morphology.SEPARATOR, 1)[0]
                if following in morphology.NEGATIONS:
                    continue  # 電話したい is not found in 電話はしたくない
                if start in lemma_starts:
                    low, high = analysis.surface_span(start, end)
                    hits.append((low, high, target))
        else:
            hits = list(_scan(self.trie, form))
        for regex, target in self.regexes:
            hits.extend((found.start(), found.end(), target) for found in regex.finditer(form))
        hits.extend((0, len(form), target) for target in self.whole.get(form, ()))
        return hits


def kept_hits(hits: list[Hit]) -> tuple[list[Hit], list[tuple[Hit, Hit]]]:
    """The label hits no exclusion of the same label overlaps, and the cancelled ones with their cause."""
    excluded = defaultdict(list)
    for hit in hits:
        if hit[2].exclude:
            excluded[hit[2].label].append(hit)
    kept, cancelled = [], []
    for hit in hits:
        start, end, target = hit
        if target.exclude:
            continue
        cause = next((ex for ex in excluded.get(target.label, ()) if ex[0] < end and start < ex[1]), None)
        if cause is None:
            kept.append(hit)
        else:
            cancelled.append((hit, cause))
    return kept, cancelled


@dataclass(frozen=True)
class Reading:
    """What one language's keywords read in a message: labels (implications not yet applied), crisis
    labels that are only possible, and the evidence behind both."""

    labels: frozenset[str]
    possible: frozenset[str]
    evidence: tuple[Evidence, ...]
    # labels whose words were found and read as not meant (excluded, denied, settled): the learned
    # backstop must not raise them again from the same words
    ruled_out: frozenset[str] = frozenset()


def _entry(target: _Target) -> tuple[str, int]:
    return (target.phrase.text, target.phrase.line) if target.phrase is not None else ("", 0)


class Matcher:
    """The compiled keyword data of one language."""

    def __init__(self, spec: LexiconSpec):
        self.lang = spec.lang
        self.path = spec.path
        self.scripts = spec.scripts
        self.mode = spec.matching
        self.morphology = spec.morphology
        self.marker_letters = frozenset(spec.marker_letters)
        self._loose = _Index(spec, keep_accents=False)
        self._exact = _Index(spec, keep_accents=True) if spec.accents == ACCENTS_EXACT else None
        self._markers = _Trie()
        self._exact_markers = _Trie()
        for marker in spec.markers:
            short_accented = has_accents(clean(marker.text)) and len(clean(marker.text)) <= 2
            if self._exact is not None:
                self._exact.add_keyword(self._exact_markers, marker, _MARKER, characters={})
            if not (self._exact is not None and short_accented):  # "ạ" folded would be any "a"
                self._loose.add_keyword(self._markers, marker, _MARKER, characters={})
        self._markers_folded = bool(spec.fold_characters)
        self.shared_markers: frozenset[str] = frozenset()  # set by the Classifier: markers other languages also list
        self._scope = {index: self._scope_trie(index, spec) for index in (self._loose, self._exact) if index}

    @staticmethod
    def _scope_trie(index: _Index, spec: LexiconSpec) -> tuple[_Trie, list]:
        """Scope words compiled like keywords: plain ones in a trie, ones with a '*' gap as regexes."""
        trie = _Trie()
        regexes = []
        for kind, phrases in spec.scope.items():
            for phrase in phrases:
                target = _Target(kind, phrase=phrase, kind="scope")
                parts = phrase.text.split(WILDCARD)
                if len([part for part in parts if part.strip()]) > 1:
                    regexes.append((index._gap_regex(parts, not parts[0].strip(), not parts[-1].strip()), target))
                else:
                    index.add_keyword(trie, phrase, target)
        return trie, regexes

    def form(self, cleaned: str) -> str:
        """The message folded as this language's keywords are (accents ignored; words run together)."""
        if self.morphology:
            return morphology.analyse(cleaned).form
        return self._loose.form(cleaned)

    def labels(self, cleaned: str, form: str | None = None) -> set[str]:
        """Every label this language's keywords find in a cleaned message (before implications)."""
        return set(self.read(cleaned, form).labels)

    def read(self, cleaned: str, form: str | None = None) -> Reading:
        """Read a cleaned message: keyword hits, exclusions and scope words applied, with the evidence.

        With ``accents: exact_when_written`` a message typed with accents must match the accents
        of the keywords (Vietnamese "nợ" is not "nó"); a message typed without any is matched
        with accents ignored on both sides.
        """
        analysis = morphology.analyse(cleaned) if self.morphology else None
        if self._exact is not None and has_accents(cleaned):
            index = self._exact
            form = index.form(cleaned)
        else:
            index = self._loose
            form = analysis.form if analysis is not None else (form if form is not None else self.form(cleaned))
        hits = index.hits(form, analysis)
        kept, cancelled = kept_hits(hits)
        evidence = [
            Evidence(hit[2].label, hit[2].kind, *_entry(hit[2]), hit[0], hit[1], excluded_by=f"exclude '{_entry(cause[2])[0]}' (line {_entry(cause[2])[1]})")
            for hit, cause in cancelled
        ]
        scope_hits = self._scope_hits(index, form, analysis)
        reach = Reach(form, self.mode == WORDS, [hit for hit in scope_hits if hit.kind == "clause_breaks"])
        labels: set[str] = set()
        possible: set[str] = set()
        for start, end, target in kept:
            text, line = _entry(target)
            outcome, note = self._uncertain_reading(target, start, end, analysis)
            if outcome == "kept":
                decision = decide(target.label, start, end, scope_hits, reach)
                outcome = decision.outcome
                if decision.by is not None:
                    note = f"{decision.by.kind} '{decision.by.entry}' (line {decision.by.line})"
            if outcome == "kept":
                labels.add(target.label)
            elif outcome in ("joking", "unsure"):
                possible.add(target.label)
            evidence.append(Evidence(target.label, target.kind, text, line, start, end,
                                     excluded_by="" if outcome == "kept" else f"{outcome}: {note}"))
        ruled_out = {item.label for item in evidence if item.excluded_by} - labels - possible
        return Reading(frozenset(labels), frozenset(possible - labels), tuple(evidence), frozenset(ruled_out))

    def _scope_hits(self, index: _Index, form: str, analysis) -> list[ScopeHit]:
        trie, regexes = self._scope.get(index, (_Trie(), []))
        starts = analysis.starts if analysis is not None else None
        found = list(_scan(trie, form)) + [(m.start(), m.end(), target) for regex, target in regexes
                                           for m in regex.finditer(form)]
        return [ScopeHit(target.label, start, end, *_entry(target)) for start, end, target in found
                if starts is None or start in starts]

    @staticmethod
    def _uncertain_reading(target: _Target, start: int, end: int, analysis) -> tuple[str, str]:
        """A crisis keyword matched only by its reading, where the dictionary reads the word otherwise
        (いきたくない: 行きたくない or 生きたくない?): after a noun (がっこういきたくない) it is the other
        word; alone it is possible, and the bot asks."""
        if target.kind != "reading" or analysis is None or target.label not in CRISIS or target.phrase is None:
            return "kept", ""
        wanted = morphology.lemmas(clean(target.phrase.text.split(WILDCARD)[0]))
        index = next((i for i, token in enumerate(analysis.tokens) if token.start == start), None)
        if index is None or not wanted or analysis.tokens[index].lemma == wanted[0]:
            return "kept", ""
        token = analysis.tokens[index]
        first = morphology.analyse(clean(target.phrase.text.split(WILDCARD)[0])).tokens[0]
        if len(first.reading) != len(token.surface):
            return "kept", ""  # the words are cut differently: the dictionary is guessing (しにたいしにたい)
        if any(later.start < end and later.pos in ("名詞", "動詞") for later in analysis.tokens[index + 1:]):
            return "kept", ""  # more words of the phrase agree (いきてるいみ: 生きてる意味)
        note = f"the dictionary reads '{token.surface}' as {token.lemma}, not {wanted[0]}"
        if index and analysis.tokens[index - 1].pos == "名詞":
            return "other_word", note
        return "unsure", note

    def marker_score(self, cleaned: str, form: str) -> int:
        """How strongly a message looks like this language: marker words plus marker letters.

        Markers are matched as written, without ``fold_characters`` (a traditional character that
        Japanese shares must not count as a Chinese marker once folded to its simplified form).
        """
        letters = sum(1 for char in cleaned if char in self.marker_letters) if self.marker_letters else 0
        trie = self._markers
        if self._exact is not None and has_accents(cleaned):
            trie, marker_form = self._exact_markers, self._exact.form(cleaned, characters={})
        else:
            marker_form = self._loose.form(cleaned, characters={}) if self._markers_folded else form
        # a marker only this language has ("po", "oi") says twice as much as one it shares ("que")
        # a span once, although two markers may be spellings of one word ("nggak", "gak" → "tidak")
        spans = {(start, end) for start, end, _ in _scan(trie, marker_form)}
        return letters + sum(1 if marker_form[start:end].strip() in self.shared_markers else 2
                             for start, end in spans)

    def marker_words(self) -> set[str]:
        """This language's marker words as they are matched (folded)."""
        return {key.strip() for key in self._markers.keys()}
