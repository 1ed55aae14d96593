"""One language's keywords compiled for one way of folding text: plain keywords in a trie, keywords with an
inner ``*`` gap and staff regular expressions as regexes, Japanese phrases also on their lemmas and readings;
and the rule that an exclusion cancels the hits of its label it overlaps."""

from __future__ import annotations

import re
from collections import defaultdict

from . import morphology
from .labels import CRISIS, CRISIS_CONCEPTS, TOPICS
from .lexicon.spec import WILDCARD, LabelRules, LexiconSpec, Phrase, compile_pattern
from .normalise import WORDS, clean, fold
from .regex_hits import RegexHits
from .trie import Hit, Target, Trie, batchim_scan, scan

GAP_WORDS = 3  # "pay * rent": up to this many words in between
GAP_CHARACTERS = 10  # "家賃*払え": up to this many characters in between
# labels whose Korean keywords are stems, found with an ending written into their last syllable
_STEMMED = frozenset(CRISIS) | frozenset(CRISIS_CONCEPTS)
_HANGUL = re.compile("[\uac00-\ud7a3]")
MIN_READING_LENGTH = 3  # shorter readings (家 → いえ) would match inside unrelated words


def _has_kanji(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c == "\u3005" for c in text)



class KeywordIndex:
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
        self.trie: Trie[Target] = Trie()
        self.lemma_trie: Trie[Target] = Trie()
        # one kanji word with a reading too short to find anywhere (死ぬ → しぬ, 金 → かね): found only as a
        # whole word the dictionary reads as that same word
        self.short_readings: dict[str, list[tuple[str, Target]]] = defaultdict(list)
        self.whole: dict[str, list[Target]] = defaultdict(list)
        self.regexes = RegexHits()
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
            self.add_keyword(self.trie, phrase, Target(rules.label, phrase=phrase))
        for phrase in rules.exclude:
            self.add_keyword(self.trie, phrase, Target(rules.label, exclude=True, phrase=phrase))
        for phrase in rules.whole_message:
            for variant in self._variants(clean(phrase.text)):
                self.whole[self.form(variant)].append(Target(rules.label, phrase=phrase, kind="whole_message"))
        for phrase in rules.patterns:
            regex = compile_pattern(phrase.text, self.mode, self._characters, self.keep_accents)
            self.regexes.add_pattern(regex, Target(rules.label, phrase=phrase, kind="pattern"))

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
        self, trie: Trie, phrase: Phrase, target: Target, characters: dict[int, str] | None = None
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
                trie.insert(core, target if kind == target.kind else Target(
                    target.label, target.exclude, target.phrase, kind))
            if self.morphology and trie is self.trie:
                self._add_lemma_key(clean(inner[0]), target)
                if not leading and not trailing:
                    self._add_short_reading(clean(inner[0]), target)
            return
        self.regexes.add_gap(self.gap_regex(parts, leading, trailing), target, self.gap_anchors(parts))

    def _add_short_reading(self, cleaned: str, target: Target) -> None:
        """A one-word kanji keyword whose reading is under MIN_READING_LENGTH kana, kept by reading and lemma."""
        if not _has_kanji(cleaned):
            return
        tokens = morphology.analyse(cleaned).tokens
        if len(tokens) != 1 or not tokens[0].known:
            return
        reading = tokens[0].reading
        if len(reading) < MIN_READING_LENGTH and not _has_kanji(reading):
            self.short_readings[reading].append((tokens[0].lemma, Target(target.label, target.exclude,
                                                                         target.phrase, "reading")))

    def _add_lemma_key(self, cleaned: str, target: Target) -> None:
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
        ended = tokens
        while tokens and tokens[-1].lemma in morphology.TENSE_ENDINGS:
            tokens = tokens[:-1]  # 死ねたら: the lemmas 死ぬ·た would also find 死んだ
        if tokens != ended and tokens and tokens[-1].pos == "名詞":
            return  # 高いビルなら: without its なら the lemmas are a bare 高い·ビル, found in 「高いビルの屋上でビアガーデン」
        if len(tokens) < 2 or not all(token.known for token in tokens):
            return
        if not any(token.pos in morphology.CONJUGATING for token in tokens):
            return
        if not tokens[-1].whole:
            return  # a stem cut inside a word (ご飯が食べれ[ない]): its lemma would drop the negation
        if len(tokens[-1].surface) == 1 and morphology.is_function_word(tokens[-1].pos):
            return  # "しにた": the stem ends in a bare auxiliary (た, て, に…) and would match 死んだ
        key = morphology.SEPARATOR.join(token.lemma for token in tokens) + morphology.SEPARATOR
        self.lemma_trie.insert(key, Target(target.label, target.exclude, target.phrase, "lemma"))

    def gap_anchors(self, parts: list[str]) -> list[str]:
        """The spellings of a gap keyword's first words, one of which its regex (gap_regex) needs in the message."""
        return self.fold_part(next(part for part in parts if part.strip()))

    def gap_regex(self, parts: list[str], leading: bool, trailing: bool) -> re.Pattern:
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
            hits: list[Hit] = [hit for hit in scan(self.trie, form) if analysis.on_word(hit[0], hit[1])]
            # a kanji word typed in kana is one word: never read across a break (「…ました。タクシー」 holds たたく)
            hits = [hit for hit in hits if hit[2].kind != "reading" or not (
                analysis.breaks_within(hit[0], hit[1]) or analysis.after_honorific(hit[0]))]
            hits = _words_of_topics(hits, analysis)
            for token in analysis.tokens if self.short_readings else ():
                for lemma, target in self.short_readings.get(token.surface, ()):
                    if token.lemma == lemma:
                        hits.append((token.start, token.end, target))
            lemma_starts = analysis.lemma_starts()
            for start, end, target in scan(self.lemma_trie, analysis.lemma_form):
                following = analysis.lemma_form[end:].split(morphology.SEPARATOR, 1)[0]
                if following in morphology.NEGATIONS:
                    continue  # 電話したい is not found in 電話はしたくない
                if start in lemma_starts:
                    low, high = analysis.surface_span(start, end)
                    hits.append((low, high, target))
        else:
            hits = list(scan(self.trie, form))
            if _HANGUL.search(form):
                hits += [hit for hit in batchim_scan(self.trie, form) if hit[2].label in _STEMMED]
        hits.extend(self.regexes.hits(form))
        hits.extend((0, len(form), target) for target in self.whole.get(form, ()))
        return hits


def _words_of_topics(hits: list[Hit], analysis: "morphology.Analysis") -> list[Hit]:
    """A topic's word is a word of the message: not the sound of a loanword (不安 in ファンデ), not a kanji word typed in
    kana that begins inside a longer one read there (医者 in かいしゃ, 会社), not a katakana word whose folded letters are
    particles (ニート, folded にと, in 「…のに、と」)."""
    readings = [hit for hit in hits if hit[2].kind == "reading" and not hit[2].exclude]

    def stray(hit: Hit) -> bool:
        start, end, target = hit
        if target.label not in TOPICS or target.exclude:
            return False
        if target.kind == "reading" and (analysis.loanwords and analysis.in_loanword(start, end) or any(
                low < start < high and end <= high for low, high, other in readings if other.label != target.label)):
            return True
        return target.kind == "keyword" and end - start <= 3 and analysis.particles_only(start, end)

    return [hit for hit in hits if not stray(hit)]


def _holds(hit: Hit, exclusion: Hit) -> bool:
    """A keyword written with more words around an exclusion (後をつけられ, stalking, around 付けられ, which keeps 蹴られ's
    reading けられ out of 片付けられ) says what those words mean there: the exclusion does not cancel it. A keyword with a
    gap (「夫が*言っ」) says nothing of the words in its gap (「夫が殺すって言ってる」 is a threat, not another's words)."""
    phrase = hit[2].phrase
    return (hit[2].kind == "keyword" and "*" not in (phrase.text if phrase else "")
            and hit[0] <= exclusion[0] and exclusion[1] <= hit[1]
            and hit[1] - hit[0] > exclusion[1] - exclusion[0])


def _overlap(hit: Hit, exclusion: Hit, form: str) -> bool:
    """Whether *hit* and *exclusion* share words: not only the space between two words that touch."""
    low, high = max(hit[0], exclusion[0]), min(hit[1], exclusion[1])
    return low < high and (not form or form[low:high].strip() != "")


def kept_hits(hits: list[Hit], concept_crises: dict[str, frozenset[str]] | None = None, form: str = "",
              ) -> tuple[list[Hit], list[tuple[Hit, Hit]]]:
    """The label hits no exclusion of the same label overlaps, and the cancelled ones with their cause.
    An exclusion of a crisis also cancels a crisis concept on the same words when the concept means that crisis
    (*concept_crises*; without it, any crisis): 'hindi ako sinasaktan' cancels 'sinasaktan ng asawa', domestic
    violence, as it cancels 'sinasaktan'. Words only touching an exclusion, sharing the space between them in *form*
    ("caring for her alone" | "nobody to talk to"), are not inside it."""
    excluded = defaultdict(list)
    for hit in hits:
        if hit[2].exclude:
            excluded[hit[2].label].append(hit)
            if hit[2].label in CRISIS:
                for concept in CRISIS_CONCEPTS:
                    if concept_crises is None or hit[2].label in concept_crises.get(concept, CRISIS):
                        excluded[concept].append(hit)
    kept, cancelled = [], []
    for hit in hits:
        start, end, target = hit
        if target.exclude:
            continue
        cause = next((ex for ex in excluded.get(target.label, ()) if _overlap(hit, ex, form)
                      and not _holds(hit, ex)), None)
        if cause is None:
            kept.append(hit)
        else:
            cancelled.append((hit, cause))
    return kept, cancelled
