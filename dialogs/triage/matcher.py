"""Compile one language's keyword spec into a fast matcher, and find the labels a message carries.

Plain keywords go into a character trie (one pass over the message finds every keyword, overlapping ones included);
keywords with an inner ``*`` gap and staff regular expressions run as regexes. Every hit has a span and remembers the
entry (file line) that made it, so an ``exclude`` phrase cancels exactly the hits of its label that overlap it.

Languages read by morphology (Japanese) are matched on word boundaries: a keyword counts only where a word begins, and
each keyword is also matched on the message's lemmas (しにたい → 死ぬ·たい, so 死にたかった and 死にたくて match too) and,
for kanji keywords, on its reading typed in hiragana.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import morphology
from .answer_parts import answer_parts
from .dialect import Dialect
from .inside import asked_not_told, settled_by_having
from .keyword_index import KeywordIndex, kept_hits
from .labels import ANSWERS, CRISIS
from .letters import in_latin_word, own_letters, without_foreign_words, words_within
from .lexicon.spec import WILDCARD, LexiconSpec
from .normalise import ACCENTS_EXACT, WORDS, clean, filler_form, has_accents
from .own_hand import own_hand
from .regex_hits import RegexHits
from .scope import HYPOTHETICAL, JOKES_ASKED_ABOUT, Reach, ScopeHit, decide, goes_on, laughed_off_measure, one_story
from .settling import matters
from .trie import Target, Trie, scan

_MARKER = Target("marker")
PHRASE_EXCLUSION = 5  # characters of an exclusion that names what words mean (名前を付けられ), not one reading's guard


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
    # material crises (no food, no place, a cut) read as settled or only feared, not today's: the
    # worry is still the resident's topic (「水道が止まるか心配」, "the gas is back on" are about money)
    settled: frozenset[str] = frozenset()
    # topics found only in words that, typed without accents, are a yes or no of one of our languages (the
    # Vietnamese 「nợ」 written "no"): in a message that is an answer they are that answer, not the topic
    answer_words: frozenset[str] = frozenset()


def _a_story_that_is_over(scope_hits: list[ScopeHit]) -> bool:
    """A past word ("last year", 去年は) with a "now" word after it (今は, now): the message tells a trouble that is over."""
    if goes_on(scope_hits):
        return False  # 「昔からずっと…今は」「今も」: a trouble that goes on
    pasts = [hit.end for hit in scope_hits if hit.kind in ("past", "ended")]
    return bool(pasts) and any(hit.kind == "now" and hit.start >= min(pasts) for hit in scope_hits)


def _entry(target: Target) -> tuple[str, int]:
    return (target.phrase.text, target.phrase.line) if target.phrase is not None else ("", 0)


class Matcher:
    """The compiled keyword data of one language."""

    def __init__(self, spec: LexiconSpec):
        self.lang = spec.lang
        self.path = spec.path
        self.scripts = spec.scripts
        self.mode = spec.matching
        self.morphology = spec.morphology
        self._dialect = Dialect(spec.dialect)
        self.marker_letters = frozenset(spec.marker_letters)
        self.own_letters = own_letters(spec) if "latin" in spec.scripts else None  # letters.py
        self.hesitations = frozenset(filler_form(phrase.text) for phrase in spec.hesitation)
        # a hesitation of another language that is an answer here ("uh", a Vietnamese yes) is an answer
        self.answers = frozenset(filler_form(phrase.text) for rules in spec.rules if rules.section == "intents"
                                 and rules.label in ANSWERS for phrase in rules.whole_message)
        self._courtesy = sorted({clean(phrase.text) for phrase in spec.courtesy}, key=len, reverse=True)
        self._loose = KeywordIndex(spec, keep_accents=False)
        self._exact = KeywordIndex(spec, keep_accents=True) if spec.accents == ACCENTS_EXACT else None
        self._markers: Trie[Target] = Trie()
        self._exact_markers: Trie[Target] = Trie()
        for marker in spec.markers:
            short_accented = has_accents(clean(marker.text)) and len(clean(marker.text)) <= 2
            if self._exact is not None:
                self._exact.add_keyword(self._exact_markers, marker, _MARKER, characters={})
            if not (self._exact is not None and short_accented):  # "ạ" folded would be any "a"
                self._loose.add_keyword(self._markers, marker, _MARKER, characters={})
        self._markers_folded = bool(spec.fold_characters)
        self.shared_markers: frozenset[str] = frozenset()  # set by the Classifier: markers other languages also list
        # set by the Classifier: the crises each crisis concept means (what an exclusion of a crisis may cancel)
        self.concept_crises: dict[str, frozenset[str]] | None = None
        # this language's yes / no words as its keywords are matched without accents ("no", "ok", "không")
        self.loose_answers = frozenset(
            self._loose.form(clean(phrase.text)).strip() for rules in spec.rules if rules.section == "intents"
            and rules.label in ANSWERS for phrase in rules.whole_message) if self.mode == WORDS else frozenset()
        # set by the Classifier: the yes / no words of every language read by words, folded without accents
        self.answer_words: frozenset[str] = frozenset()
        self._scope = {index: self._scope_trie(index, spec) for index in (self._loose, self._exact) if index}
        self._as_matched: dict[tuple[bool, str], str] = {}

    def _matched_as(self, index: KeywordIndex, text: str) -> str:
        """A keyword as it is matched (folded, spellings replaced), its '*' gaps kept; computed once."""
        key = (index is self._exact, text)
        if key not in self._as_matched:
            self._as_matched[key] = WILDCARD.join(index.fold_part(part)[0] if part.strip() else ""
                                                  for part in text.split(WILDCARD))
        return self._as_matched[key]

    @staticmethod
    def _scope_trie(index: KeywordIndex, spec: LexiconSpec) -> tuple[Trie, RegexHits]:
        """Scope words compiled like keywords: plain ones in a trie, ones with a '*' gap as regexes."""
        trie: Trie[Target] = Trie()
        regexes = RegexHits()
        for kind, phrases in spec.scope.items():
            for phrase in phrases:
                target = Target(kind, phrase=phrase, kind="scope")
                parts = phrase.text.split(WILDCARD)
                if len([part for part in parts if part.strip()]) > 1:
                    regexes.add_gap(index.gap_regex(parts, not parts[0].strip(), not parts[-1].strip()), target,
                                    index.gap_anchors(parts))
                else:
                    index.add_keyword(trie, phrase, target)
        return trie, regexes

    def form(self, cleaned: str) -> str:
        """The message folded as this language's keywords are (accents ignored; words run together)."""
        if self._dialect:
            cleaned = self._dialect.standard(cleaned)
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
        if self._dialect:
            cleaned = self._dialect.standard(cleaned)
        analysis = morphology.analyse(cleaned) if self.morphology else None
        if self._exact is not None and has_accents(cleaned):
            index = self._exact
            form = index.form(cleaned)
        else:
            index = self._loose
            form = analysis.form if analysis is not None else (form if form is not None else self.form(cleaned))
        hits = index.hits(form, analysis)
        hits += answer_parts(index, form, cleaned, hits)
        kept, cancelled = own_hand(*kept_hits(hits, self.concept_crises, form), form)
        typed_as_answers = [hit for hit in kept if index is not self._exact and self._an_answer_word(hit, form)]
        evidence = [
            Evidence(hit[2].label, hit[2].kind, *_entry(hit[2]), hit[0], hit[1], excluded_by=f"exclude '{_entry(cause[2])[0]}' (line {_entry(cause[2])[1]})")
            for hit, cause in cancelled
        ]
        scope_hits = self._scope_hits(index, form, analysis)
        reach = Reach(form, self.mode == WORDS, [hit for hit in scope_hits if hit.kind == "clause_breaks"],
                      gap_denials=not self.morphology, ends=analysis.breaks if analysis is not None else frozenset())
        reach.subjects = matters(kept, cancelled, form, scope_hits)
        labels: set[str] = set()
        possible: set[str] = set()
        told_fine = any(target.label == "fine" for _, _, target in kept)  # 「…見て泣いた。私は大丈夫」: a story, told
        decided = []
        for start, end, target in kept:
            outcome, note = self._uncertain_reading(target, start, end, analysis)
            if outcome == "kept":
                decision = decide(target.label, start, end, scope_hits, reach, self._matched_as(index, _entry(target)[0]), told_fine,
                                  kept)
                outcome = decision.outcome
                if decision.by is not None:
                    note = f"{decision.by.kind} '{decision.by.entry}' (line {decision.by.line})"
            decided.append((start, end, target, outcome, note))
        for start, end, target, outcome, note in one_story(decided, reach):
            labels |= {target.label} if outcome == "kept" else set()
            possible |= {target.label} if outcome in ("joking", "unsure") else set()
            evidence.append(Evidence(target.label, target.kind, *_entry(target), start, end,
                                     excluded_by="" if outcome == "kept" else f"{outcome}: {note}"))
        evidence = asked_not_told(labels, settled_by_having(labels, evidence))
        ruled_out = {item.label for item in evidence if item.excluded_by} - labels - possible
        # a phrase excluded (名前を付けられ) rules its crisis out for the backstop; a short one (付けられ) only guards a reading
        ruled_out |= {hit[2].label for hit in hits if hit[2].exclude and hit[2].label in CRISIS
                      and hit[1] - hit[0] >= PHRASE_EXCLUSION} - labels - possible
        if (over := _a_story_that_is_over(scope_hits)) and not (labels | possible) & set(CRISIS):
            ruled_out |= set(CRISIS)  # 「去年は車で寝泊まりしてたけど、今は市営住宅に」: nothing for the model to suspect
        elif laughed_off_measure(scope_hits) and not (labels | possible) & set(CRISIS):
            ruled_out |= set(JOKES_ASKED_ABOUT)
        # feared or settled (「水道が止まるか心配」) is still a worry about money; a wish to die or violence at home of a story that is
        # over (「以前は死にたかった、今は大丈夫」) one of health or family; a night outside or hunger of such a past is no need
        settled = {item.label for item in evidence if item.label in ("suicide", "domestic_violence") and item.excluded_by.startswith("resolved" if over else "resolved: past")
                   or item.label in HYPOTHETICAL and item.excluded_by.split(":")[0] in ("resolved", "hypothetical", "settled")
                   and (item.label == "lifeline" or not item.excluded_by.startswith("resolved: past"))}
        answer_words = {hit[2].label for hit in typed_as_answers} - {hit[2].label for hit in kept
                                                                     if hit not in typed_as_answers}
        return Reading(frozenset(labels), frozenset(possible - labels), tuple(evidence), frozenset(ruled_out),
                       frozenset(settled - labels), frozenset(answer_words & labels))

    def _an_answer_word(self, hit, form: str) -> bool:
        """A topic keyword typed without its accents that is, as typed, a yes or no of one of our languages: the
        Vietnamese 「nợ」 (debt) written "no" in "no, that's fine" is the English no, not money."""
        start, end, target = hit
        return (self._exact is not None and target.kind == "keyword" and target.label not in CRISIS and target.label not in ANSWERS
                and form[start:end].strip() in self.answer_words)

    def _scope_hits(self, index: KeywordIndex, form: str, analysis) -> list[ScopeHit]:
        trie, regexes = self._scope.get(index, (Trie(), RegexHits()))
        starts = analysis.starts if analysis is not None else None
        found = list(scan(trie, form)) + regexes.hits(form)
        return [ScopeHit(target.label, start, end, *_entry(target)) for start, end, target in found
                if starts is None or (start in starts and not in_latin_word(target.label, start, end, form)
                                      and (target.label != "clause_breaks" or end in analysis.ends))]  # not 話で、もう's でも

    @staticmethod
    def _uncertain_reading(target: Target, start: int, end: int, analysis) -> tuple[str, str]:
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

    def without_courtesy(self, cleaned: str) -> str | None:
        """A cleaned message without the thanks or goodbye that begins or ends it (「大丈夫です ありがとう」 → 「大丈夫です」),
        or None when it has none of this language's."""
        gap = " " if self.mode == WORDS else ""
        for phrase in self._courtesy:
            if cleaned.endswith(phrase) and cleaned[: -len(phrase)].endswith(gap):
                return cleaned[: -len(phrase)].strip()
            if cleaned.startswith(phrase) and cleaned[len(phrase):].startswith(gap):
                return cleaned[len(phrase):].strip()
        return None

    def marker_spans(self, cleaned: str, form: str) -> tuple[str, set[tuple[int, int]]]:
        """The form markers are matched in, and where markers of this language are in it.

        Markers are matched as written, without ``fold_characters`` (a traditional character that
        Japanese shares must not count as a Chinese marker once folded to its simplified form).
        """
        trie = self._markers
        if self._exact is not None and has_accents(cleaned):
            trie, marker_form = self._exact_markers, self._exact.form(cleaned, characters={})
        else:
            marker_form = self._loose.form(cleaned, characters={}) if self._markers_folded else form
        # a span once, although two markers may be spellings of one word ("nggak", "gak" → "tidak")
        spans = {(start, end) for start, end, _ in scan(trie, marker_form)}
        return marker_form, without_foreign_words(cleaned, marker_form, spans, self.own_letters)

    def marker_score(self, cleaned: str, form: str) -> int:
        """How strongly a message looks like this language: marker words plus marker letters."""
        letters = sum(1 for char in cleaned if char in self.marker_letters) if self.marker_letters else 0
        marker_form, spans = self.marker_spans(cleaned, form)
        # a marker only this language has ("po", "oi") says twice as much as one it shares ("que")
        return letters + sum(1 if marker_form[start:end].strip() in self.shared_markers else 2 for start, end in spans)

    def tells_every_word(self, cleaned: str, form: str, evidence) -> bool:
        """Every word of the message is a marker of this language or inside one of its keyword hits ("hola",
        "bom dia", "terima kasih" — not "see ya", where only "ya" is Spanish)."""
        marker_form, spans = self.marker_spans(cleaned, form)
        hits = {(item.start, item.end) for item in evidence if not item.excluded_by}
        told = words_within(marker_form, spans) | words_within(form, hits)
        return len(told) >= len(form.split())

    def marker_words(self) -> set[str]:
        """This language's marker words as they are matched (folded)."""
        return {key.strip() for key in self._markers.keys()}
