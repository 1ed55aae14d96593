"""The classifier: detect the language, run that language's keywords, report the labels found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from . import implications as shared
from . import morphology
from .built import built_once, content_key
from .cuts import by_the_day
from .labels import ANSWERS, CONCEPT_INTENTS, CRISIS, CRISIS_CONCEPTS, INTENTS, LANGS, SITUATIONS, TOPICS
from .langdetect import detect
from .lexicon import load_directory
from .matcher import Evidence, Matcher
from .message import Message
from .normalise import LONG_VOWEL, filler_form
from .office_words import NOT_FOR, OfficeWords
from .romaji import as_kana

# Residents tap the same buttons and type the same short words (「はい」「ありがとう」「相談したい」), and a reading is a
# function of the text and the hint alone: the last few hundred short ones are kept (a long story is seldom sent twice).
REMEMBERED_READINGS = 512
LONGEST_REMEMBERED = 120  # characters

# a first clause of at most two short words, then a clause break: 「No,」「Não.」「いいえ、」「Không,」
_ANSWER_FIRST = re.compile(r"^\s*[^\s,.!?;:、。，！？；：]{1,8}(?:\s+[^\s,.!?;:、。，！？；：]{1,8})?\s*[,.!?;:、。，！？；：]+\s*(?=\S)")


@dataclass(frozen=True)
class TriageResult:
    """What a message is about (topics), how urgent (crisis), its language, and what it asks for."""

    topics: tuple[str, ...]
    crisis: tuple[str, ...]
    lang: str
    intents: tuple[str, ...] = ()
    # crisis kinds (e.g. "suicide") a learned model suspects but the lexicon did not confirm: the dialog
    # asks gently and directly, and a counselor sees the conversation either way
    possible: tuple[str, ...] = ()
    lang_sure: bool = True  # False: nothing in the words told the language (see langdetect.Detection.sure)
    lang_decisive: bool = False  # the letters alone tell the language, however short (langdetect.Detection.decisive)
    # what the words show beyond the sign (a child at risk, a partner's violence): some lines are only for them
    situations: tuple[str, ...] = ()
    # how long the words are without a thanks or goodbye around them (「大丈夫です、ありがとう」: 5): a short answer or a story
    answer_length: int = 0
    # the suicide sign is there only because a body is in danger now (collapsed, not breathing): nobody wrote of
    # a wish to die, and staff pages must not say so
    medical_only: bool = False
    # a yes or a no said first, before a clause break, by a message that goes on to say more ("No, I just need a
    # job": no, and work): the whole message is no answer word, but a question asked just before hears one
    leading_answer: tuple[str, ...] = ()

    def to_json_dict(self) -> dict:
        """The result as printed by `madoguchi triage`: sorted topics and crisis, and the language; plus
        `possible` — the crisis kinds the bot will ask about — when there are any."""
        data = {"topics": sorted(self.topics), "crisis": sorted(self.crisis), "lang": self.lang}
        if self.possible:
            data["possible"] = sorted(self.possible)
        return data


@dataclass(frozen=True)
class Explanation:
    """Why a message got its labels: the language scores, every hit (kept or not), the implications."""

    result: TriageResult
    languages: tuple[str, ...]
    evidence: tuple[tuple[str, Evidence], ...]  # (language, evidence)
    implied: tuple[tuple[str, tuple[str, ...]], ...]
    model: dict


def _pick(labels: set[str], vocabulary: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(label for label in labels if label in vocabulary))


class Classifier:
    """Keyword triage over one matcher per language; build it once, then classify many messages."""

    def __init__(self, matchers: Sequence[Matcher], implications: shared.Implications | None = None,
                 backstop=None):
        self._implications = implications or shared.Implications({})
        self._backstop = backstop
        order = {lang: index for index, lang in enumerate(LANGS)}
        self._matchers = sorted(matchers, key=lambda m: (order.get(m.lang, len(order)), m.lang))
        self._by_lang = {matcher.lang: matcher for matcher in self._matchers}
        if not self._matchers:
            raise ValueError("a Classifier needs at least one language")
        words = {matcher.lang: matcher.marker_words() for matcher in self._matchers}
        # a crisis's exclusion cancels a crisis concept on the same words only when the concept means that crisis
        # (「止まらない」 that is no water cut leaves 「血が止まらない」, a medical emergency, standing)
        crises_of = {concept: self._implications.expand({concept}) & frozenset(CRISIS) for concept in CRISIS_CONCEPTS}
        self._office = OfficeWords(self._implications.office_words)
        answer_words = frozenset().union(*(matcher.loose_answers for matcher in self._matchers))
        for matcher in self._matchers:
            matcher.answer_words = answer_words
            others = set().union(*(w for lang, w in words.items() if lang != matcher.lang))
            matcher.shared_markers = frozenset(words[matcher.lang] & others)
            matcher.concept_crises = crises_of
        self._remembered = lru_cache(maxsize=REMEMBERED_READINGS)(self._read)

    @classmethod
    def from_directory(cls, path: str | Path, shipped_analyses: bool = True) -> "Classifier":
        """Load, validate and compile every <lang>.yaml in a directory (raises LexiconError); the keywords'
        Japanese analyses come from the shipped table where it has them (keyword_analyses.py)."""
        from . import keyword_analyses
        from .backstop import Backstop

        def build() -> "Classifier":
            with morphology.precomputed(keyword_analyses.load() if shipped_analyses else {}):
                matchers = [Matcher(spec) for spec in load_directory(path)]
            return cls(matchers, shared.load(path), Backstop.shipped())

        return built_once(content_key(Path(path), cls.__qualname__, shipped_analyses), build)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this classifier has keywords for."""
        return tuple(self._by_lang)

    def classify(self, text: str, lang: str | None = None) -> TriageResult:
        """Classify one message; ``lang`` is a hint (e.g. the resident's chosen language)."""
        if isinstance(text, str) and len(text) <= LONGEST_REMEMBERED:
            return self._remembered(text, lang)
        return self._read(text, lang)

    def classify_afresh(self, text: str, lang: str | None = None) -> TriageResult:
        """Classify one message without the kept readings: what a message never seen costs (benchmarks)."""
        return self._read(text, lang)

    def _read(self, text: str, lang: str | None) -> TriageResult:
        return self._classify(text, lang)[0]

    def explain(self, text: str, lang: str | None = None) -> Explanation:
        """Classify one message and say why: which entries matched, which were cancelled, what implied what."""
        result, message, lexicons, score = self._classify(text, lang)
        evidence = tuple((code, item) for code in lexicons for item in message.reading(self._by_lang[code]).evidence)
        found = {item.label for _, item in evidence if not item.excluded_by}
        implied = tuple((label, tuple(sorted(self._implications.of(label)))) for label in sorted(found)
                        if self._implications.of(label))
        return Explanation(result, lexicons, evidence, implied, score)

    def _said_after_an_answer(self, text: str, lexicons) -> set[str]:
        """「No, quiero morir」: a short answer word before a clause break does not deny what follows it — the
        labels the rest of the message raises on its own (only asked when a crisis was read as denied)."""
        answer = _ANSWER_FIRST.match(text or "")
        if answer is None:
            return set()
        first = Message(text[:answer.end()], self._implications.expand)
        if not any(first.reading(self._by_lang[code]).labels & set(INTENTS) for code in lexicons):
            return set()  # 「昔、母に叩かれて育ったけど、今は…」: a first word that answers nothing (昔) is no answer
        rest = Message(text[answer.end():], self._implications.expand)
        return {label for code in lexicons for label in rest.reading(self._by_lang[code]).labels}

    def _is_an_answer(self, text: str, found: set[str], lexicons) -> bool:
        """The message answers yes or no: it is made of answer words, or its short first clause is one ("no, …")."""
        if found & set(ANSWERS):
            return True
        answer = _ANSWER_FIRST.match(text or "")
        first = Message(text[:answer.end()], self._implications.expand) if answer else None
        return first is not None and any(first.reading(self._by_lang[code]).labels & {"yes", "no"} for code in lexicons)

    def _leading_answer(self, text: str, lexicons) -> tuple[str, ...]:
        """"No, I just need a job", 「いいえ、仕事を探しています」: the yes or no of a short first clause, when the rest of
        the message says something of its own (a topic, a request); 「いや、まあ」 goes on to say nothing and is no answer."""
        answer = _ANSWER_FIRST.match(text or "")
        if answer is None:
            return ()
        first = Message(text[:answer.end()], self._implications.expand)
        said = {label for code in lexicons for label in first.reading(self._by_lang[code]).labels} & {"yes", "no"}
        if len(said) != 1:
            return ()
        rest = Message(text[answer.end():], self._implications.expand)
        if not any(rest.reading(self._by_lang[code]).labels for code in lexicons):
            return ()
        return tuple(said)

    def _without_courtesy(self, message: Message) -> str:
        """The cleaned message without the thanks or goodbye that begins or ends it (「大丈夫です、ありがとう」)."""
        rest = message.cleaned
        for _ in range(3):  # "ok thanks bye"
            stripped = next((r for m in self._matchers if (r := m.without_courtesy(rest)) is not None), None)
            if stripped is None:
                break
            rest = stripped
        return rest

    def _answer_in(self, rest: str, lexicons) -> set[str]:
        """The answer intents of the words without their courtesy: 「はい、ありがとう」 "yes, thanks" (a yes or a no is often
        a whole message: 「はい」, "yes")."""
        inner = Message(rest, self._implications.expand)
        return {label for code in lexicons for label in inner.reading(self._by_lang[code]).labels} & set(ANSWERS)

    def _hesitates(self, text: str, lang: str | None) -> bool:
        """The whole message is a hesitation of some language (「うーん」「ええと」 "hmm…" 「嗯…」 "ừm"), drawn out or
        trailing off, and not an answer in the resident's own language ("uh" is a yes in Vietnamese)."""
        form, own = filler_form(text or ""), self._by_lang.get((lang or "").split("-")[0])
        if not form or (own is not None and form in own.answers):
            return False
        return any({form, form.rstrip(LONG_VOWEL)} & matcher.hesitations for matcher in self._matchers)

    def _japanese_topics(self, run: str) -> frozenset[str]:
        """The topics the Japanese keywords find in a run of Japanese letters inside another language (「給付金」, 「大家」):
        never a crisis, which the resident's own language says (office_words.py)."""
        if "ja" not in self._by_lang:
            return frozenset()
        found = Message(run, self._implications.expand).reading(self._by_lang["ja"]).labels
        return self._implications.expand({label for label in found if label not in CRISIS and label not in CRISIS_CONCEPTS}) \
            & frozenset(TOPICS)

    def _situations(self, found: set[str]) -> tuple[str, ...]:
        """The situations the words name; the resident's own wish to die (「私も死にたい」 "and I want to die") told
        beside another person's words is the resident's, not someone else's."""
        situations = set(self._implications.situations(found))
        if "own_wish" in found:
            situations.discard("someone_else")
        return _pick(situations, SITUATIONS)

    def _classify(self, text: str, lang: str | None):
        # Japanese typed in Latin letters (「mou ikiteru imi nai」) is read as the kana it spells
        text = (as_kana(text) if "ja" in self._by_lang else None) or text
        message = Message(text, self._implications.expand)
        # the resident's ja-easy, zh-Hant, pt-BR are read with the ja, zh, pt keywords (the hint was lost)
        detection = detect(message, self._matchers, (lang or "").split("-")[0] or None)
        found: set[str] = set()
        possible: set[str] = set()
        ruled_out: set[str] = set()
        worries: set[str] = set()
        typed_as_answers: set[str] = set()
        conditional: set[str] = set()  # labels a condition made a worry ("if they cut the gas…")
        for code in detection.lexicons:
            reading = message.reading(self._by_lang[code])
            found |= reading.labels
            typed_as_answers |= reading.answer_words
            possible |= reading.possible
            ruled_out |= reading.ruled_out
            worries |= reading.settled
            conditional |= {item.label for item in reading.evidence if item.excluded_by.startswith("hypothetical")}
        # a cut due weeks away is a bill, one announced for unpaid bills a crisis (cuts.py)
        by_the_day(found, worries, ruled_out, conditional)
        if ruled_out & set(CRISIS):
            found |= self._said_after_an_answer(text, detection.lexicons) & ruled_out
        if typed_as_answers and self._is_an_answer(text, found, detection.lexicons):
            # "no, that's fine": the "no" is the answer, not the Vietnamese 「nợ」 (debt) typed without accents
            found = {label for code in detection.lexicons for label in message.reading(self._by_lang[code]).labels
                     - message.reading(self._by_lang[code]).answer_words}
        labels = self._implications.expand(found)
        crisis = _pick(set(labels), CRISIS)
        rest = self._without_courtesy(message)
        if rest and rest != message.cleaned and not crisis and not set(labels) & set(ANSWERS):
            labels = labels | self._answer_in(rest, detection.lexicons)  # "fine thanks" is read as a whole: fine
        leading = () if crisis or set(labels) & set(ANSWERS) else self._leading_answer(text, detection.lexicons)
        score: dict = {}
        if self._backstop is not None and not crisis:
            score = self._backstop.score(message.cleaned, detection.lang)
            ruled_out |= self._implications.ruled_out_by(found)
            possible |= set(score.get("raised", ())) - ruled_out
        possible |= self._implications.suspected_by(found)  # a bare 「助けて」: asked about, not certain
        possible = set(self._implications.expand(possible))  # a possible DV is a possible violence
        possible_crisis = tuple(sorted(label for label in possible if label in CRISIS and label not in crisis))
        # a hesitation is neither a yes nor a no, nor anything else asked for: 「うーん」 is not 「うん」, and "let me
        # think" tells no story (not the Vietnamese "mẹ" of "me")
        hesitating = not crisis and self._hesitates(text, lang)
        named = {CONCEPT_INTENTS[c] for c in found if c in CONCEPT_INTENTS}
        intents = ("hesitation",) if hesitating else _pick(set(labels) | named, INTENTS)
        # a possible crisis means what a crisis means (a possible suicide is about health), and a cut that is
        # only feared or already settled is still about money
        topics = set(labels) | possible | self._implications.expand(worries)
        if not NOT_FOR & {detection.lang, *detection.lexicons}:  # 「quiero preguntar del 給付金」, "my kokuho lapsed"
            # not a topic the resident's own words settle or exclude ("ya tengo shigoto", "sai do zangyou agora")
            unsaid = {item.label for code in detection.lexicons for item in message.reading(self._by_lang[code]).evidence
                      if item.excluded_by and item.label in TOPICS} - set(labels)
            topics |= self._office.topics(message.cleaned, self._japanese_topics) - unsaid
        result = TriageResult(
            topics=() if hesitating else _pick(topics, TOPICS),
            crisis=crisis,
            lang=detection.lang.split("-")[0],  # "ne-latn" (Nepali typed in Latin letters) is Nepali
            intents=intents,
            possible=possible_crisis,
            lang_sure=detection.sure,
            lang_decisive=detection.decisive,
            situations=self._situations(found) if crisis or possible_crisis else (),
            answer_length=len(rest),
            leading_answer=leading,
            medical_only="suicide" in crisis and "suicide" not in self._implications.expand(found - {"medical_emergency"}),
        )
        return result, message, detection.lexicons, score
