"""Negation and scope: words that deny, settle or joke about the labels found near them.

A language's `scope:` lists (dialogs/keywords/<lang>.yaml) are matched like keywords. Their reach is
the clause: it stops at a clause break (けど, but, pero…) and after a few words.

- denial_after / denial_before: 「しにたいとかじゃない」, "not that I want to die" — the crisis words in
  reach do not count (a topic still does: a denied crisis is not a denied worry). A denial inside a gap
  keyword denies it too ("the power hasn't been cut" for 'power * cut'), except in Japanese;
- denial_inside: a bare negation ("not", "não", 没, 안) that denies only from inside a gap keyword ("a luz não
  foi cortada" for 'luz * cortada') — before or after a keyword it would deny too much;
- negative_polarity: 何も, なんも — a crisis phrase holding one is a negative already, so the ない after
  it (「なんも食ってない」) completes it and denies nothing;
- resolved_after / resolved_before: 「仕事は見つかったけど」, "the power is back" — the labels in reach
  are settled and do not count, unless the word is about another matter, denied, wished for, a thing's settling beside
  a person's trouble, a need's settling beside another crisis, or a plan or a return (settling.py);
- past + now: a crisis or a topic with a past word in its clause (a medical emergency: the past word alone) (以前は, years ago, antes, dulu…) and a
  "now" word after it (今は, now, ahora, sekarang…) is a story that is over (「以前は死にたいと思ったことも
  あったけど、今は落ち着いてます」, "years ago I was homeless but now I have a place"); never when the message says the
  trouble goes on (ongoing: 昔から, 5年前から, 今も); an end told later (ended: 離婚して5年) reaches back across breaks;
- hypothetical_before / hypothetical_after: "if they cut the power", 「追い出されたら」 — no food, no place or
  a cut under a condition is a worry, not today's crisis (a condition does not soften a word of suicide);
- hyperbole_before / hyperbole_after: 「死ぬほど寒い」, 「暑すぎて溶けて死ぬ」, "so hot I could die" — a word of
  dying or killing that measures heat, cold, hunger or a scolding is an exaggeration, not a crisis (a wish —
  「死にたいほどつらい」 — is never one: the lists name the state measured, not the feeling);
- story: 「ドラマで」「ニュースで」, "in the movie", a game — crisis or topic words next to one are in a story the resident watched,
  read or played, not their own (「ドラマで主人公が殴られるシーン」);
- turned + resolved: a crisis told in the past, then a turn to a clause that settles it (「3日食べられなかったけど、
  やっと治りました」, 「止まるって言われてたけど、止まらずにすみました」): the resolution may stand past the clause break
  the turn holds. Not for violence, which residents often play down (「殴られたけど、もう大丈夫」 is still asked about);
- joking: "lol", 「ｗｗ」 — a word of suicide or violence is not taken as certain: it becomes a possible
  crisis, which the bot asks about gently; hunger or a cut in a joke ("starving lol") is not a crisis.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .labels import CRISIS, CRISIS_CONCEPTS, TOPICS
from .settling import EDGE, about_another, does_not_settle, overlapping, past_of_another, settles
from .stories import denied_story, story_left

# How far a scope word reaches: (characters, for languages written without spaces; words otherwise).
# A denial must be close (死にたいとかじゃない), or it would deny 死にたい気持ちが消えていない.
JOKES_ASKED_ABOUT = ("suicide", "violence", "domestic_violence")
REACH = {"denial": (4, 3), "resolved": (14, 5), "past": (14, 5), "negative": (4, 2), "hypothetical": (4, 4),
         "hyperbole": (6, 4), "story": (6, 2), "story_told_fine": (14, 4), "turned": (10, 5),
         "one_word": (1, 1)}
# What a settling wished for or under a condition (`unsettled`: 「住む所が決まったら」) is not: a statement of having
HAVINGS = ("has_shelter", "has_food", "has_utilities")
# How a sentence told in the past ends, and how far after the words (「…電気も止められた」「…行くところがなくなりました」)
PAST_ENDINGS = ("た", "だ", "たです", "たんです", "たんだ", "たよ", "たの", "たわ", "たし")
PAST_REACH = 8
# What a condition ("if they cut the gas…") makes a worry: the material crises; "if this goes on I'll die"
# is still a sign of suicide.
HYPOTHETICAL = ("no_food", "no_shelter", "lifeline")
# What an exaggeration measures with: words of dying or killing (「死ぬほど寒い」), never hunger itself ("đói" before
# "no money for food" is no exaggeration)
EXAGGERATED = ("suicide", "violence", "domestic_violence")
# What a past word alone settles, without a "now" after it: a collapse or a seizure last year is not one under way
# (「去年けいれんして入院した」, "I passed out last year"); a wish to die years ago may still be there.
OVER_WHEN_PAST = ("medical_emergency",)
# The finer situations that are topics (not crises): a story or a past that is over settles them as it does a topic
TOPICAL_CONCEPTS = ("unpaid_wages", "rent_arrears", "rent", "utility_arrears", "food_support", "labour_exploitation")
# Signs that only make a crisis possible (the safety question), read near scope words as that crisis: denied, settled, under
# a condition, in a story or a past that is over as it would be (「駅で朝まで待つしかないと思ったけど、兄の家に泊めてもらえた」)
SIGNS_READ_AS = {"food_running_out": "no_food", "night_outside": "no_shelter"}
# What a past clause and a turn to its resolution may settle: not violence, which residents often play down
NOT_SETTLED_BY_A_TURN = ("violence", "domestic_violence")
# What tells the kind of a trouble, not a trouble: an outage of the whole block told as over ("…kena pemadaman, udah nyala
# lagi") still says the cut was no one's own (cuts.py)
NEVER_SETTLED = ("outage",)


@dataclass(frozen=True)
class ScopeHit:
    """A scope word found in the message: its kind, its span and the entry (text, line)."""

    kind: str
    start: int
    end: int
    entry: str
    line: int


@dataclass(frozen=True)
class Decision:
    """What the scope words did to one label hit: kept, cancelled (and by what), or made uncertain."""

    outcome: str  # "kept", "denied", "resolved", "joking"
    by: ScopeHit | None = None


class Reach:
    """Measures distance and clause breaks in one folded message."""

    def __init__(self, form: str, words: bool, breaks: list[ScopeHit], gap_denials: bool | None = None,
                 ends: frozenset[int] = frozenset()):
        self.form = form
        # where a sentence ended (morphology.Analysis.breaks), not a quotation going on (「住むとこない…ってことはなくて」): no
        # denial after the words reaches across
        self.ends = frozenset(at for at in ends if not form.startswith(("って", "と", "なんて"), at))
        self.words = words
        self.breaks = breaks
        # letters before each position, where the script writes vowel signs on its letters (Devanagari, Thai…)
        self._letters: list[int] | None = None
        if not words and any(unicodedata.category(char)[0] == "M" for char in form):
            counts = [0]
            for char in form:
                counts.append(counts[-1] + (unicodedata.category(char)[0] != "M"))
            self._letters = counts
        # whether a denial inside a '*' gap denies the keyword: not in Japanese, where the gap of 電気*止
        # may hold a ない of its own (電気代払ってないから止められた)
        self.gap_denials = words if gap_denials is None else gap_denials
        self.subjects: list[tuple[int, int, str]] = []  # the words naming a matter, which a settling word may be about (settling.py)

    def _distance(self, low: int, high: int) -> int:
        if self.words:
            return self.form.count(" ", low, high)
        # letters, not the vowel signs and marks written on them: लागेको is 3 letters, as 来ない is 3
        return high - low if self._letters is None else self._letters[high] - self._letters[low]

    def within(self, low: int, high: int, reach: str) -> bool:
        """Whether the stretch of text from low to high is inside one clause and close enough."""
        if high < low:
            return False
        if any(low <= brk.start and brk.end <= high for brk in self.breaks):
            return False
        characters, words = REACH[reach]
        return self._distance(low, high) <= (words if self.words else characters)

    def near(self, hit: ScopeHit, start: int, end: int, reach: str) -> bool:
        """Whether a scope word is in reach of the span start..end, on either side."""
        if hit.end <= start + EDGE and (hit.start < start or hit.end - hit.start <= EDGE):  # a pattern may take 昔 in 昔dv
            return self.within(min(hit.end, start), start, reach)
        return hit.start >= end - EDGE and hit.end > end and self.within(end, max(hit.start, end), reach)


def _folded(text: str) -> str:
    return "".join(text.split()).replace("*", "")


def _held(hit: ScopeHit, keyword: str, reach: Reach) -> bool:
    """Whether the keyword (as folded for matching) holds the denial's words as they were found."""
    return _folded(reach.form[hit.start:hit.end]) in _folded(keyword)


def _in_gap(hit: ScopeHit, start: int, end: int, keyword: str, reach: Reach) -> bool:
    """A denial inside the gap of a keyword with '*' ("power hasn't been cut", 「बिजुली अझै काटिएको छैन」), where
    the language allows it and the keyword does not itself hold the denial's words."""
    return reach.gap_denials and "*" in keyword and start < hit.start < end and not _held(hit, keyword, reach)


def decide(label: str, start: int, end: int, scope_hits: list[ScopeHit], reach: Reach, keyword: str = "",
           told_fine: bool = False, others: Sequence = ()) -> Decision:
    """What the scope words in reach do to a label found between start and end (``keyword``: the entry as
    it is matched — folded, spellings replaced, '*' kept; ``told_fine``: the message says the resident is fine,
    so a story reaches the whole of its clause — "in the film a young girl kills herself… I'm fine"; ``others``: the message's
    keyword hits, (start, end, target), where a resolution's subject is looked for)."""
    label = SIGNS_READ_AS.get(label, label)
    if label in HAVINGS and (wish := next((hit for hit in scope_hits if hit.kind == "unsettled" and hit.start < end
                                           and start < hit.end), None)):
        return Decision("hypothetical", wish)  # 「住む所が決まったらいいのに」: a place wished for is no place had
    crisis = label in CRISIS or label in CRISIS_CONCEPTS
    polar = any(hit.kind == "negative_polarity" and hit.start < end and
                (hit.end > start or reach.within(hit.end, start, "negative")) for hit in scope_hits)
    for hit in scope_hits:
        kind = hit.kind.split("_")[0]
        if (kind == "hypothetical" and label not in HYPOTHETICAL) or (kind == "hyperbole" and label not in EXAGGERATED):
            continue
        if kind not in ("denial", "resolved", "hypothetical", "hyperbole") or (kind in ("denial", "hyperbole")
                                                                            and not crisis) or label in NEVER_SETTLED:
            continue
        if kind == "denial" and (overlapping(hit, "unsettled", scope_hits) or any(end <= at <= hit.start for at in reach.ends)):
            continue  # 「DVの問題は解決してない」: the ない denies the settling, not the trouble; 「死にたい。寝てない」: sleep
        if kind == "denial" and _in_gap(hit, start, end, keyword, reach):
            return Decision("denied", hit)
        if hit.kind == "denial_inside" or (kind == "denial" and about_another(hit, label, start, end, reach.subjects)):
            continue  # a bare "not" denies only from inside a gap ("not cut", never "no, I want to die"); a denial of another matter
            # ("…, the rent isn't paid yet") does not reach the crisis
        if kind == "resolved" and does_not_settle(hit, label, start, end, scope_hits, reach, others):
            continue
        if hit.kind == "hypothetical_before" and _told_as_past(end, reach):
            continue  # 「失業したら電気も止められた」: the たら of what happened, not of a condition
        if hit.kind == "denial_after" and (polar or _conditioned(hit, end, scope_hits)):
            continue  # 「なんも食ってない」: the ない belongs to the なんも; "better off if I wasn't around": to the if
        # A scope word may overlap the label's match at its edge (the space two words share, the character
        # a pattern consumes after "dv"), never its start or its whole.
        if hit.kind.endswith("_after"):
            close = hit.start >= end - EDGE and hit.end > end and reach.within(end, max(hit.start, end), kind)
        else:
            close = hit.end <= start + EDGE and hit.start < start and reach.within(min(hit.end, start), start, kind)
        if close:
            return Decision({"denial": "denied", "resolved": "resolved"}.get(kind, kind), hit)
    topical = label in TOPICS or label in TOPICAL_CONCEPTS
    if crisis or topical:  # a debt in a film, a rent a character owes: not the resident's
        story_reach = "story_told_fine" if told_fine else "story"
        story = next((hit for hit in scope_hits if hit.kind == "story" and reach.near(hit, start, end, story_reach)
                      and not denied_story(hit, scope_hits, reach, end)
                      and not story_left(hit, start, end, scope_hits, reach)), None)
        if story is not None:
            return Decision("story", story)
    if crisis:
        if label not in NOT_SETTLED_BY_A_TURN and (settled := _settled_after_a_turn(
                label, end, scope_hits, reach, others)):
            return Decision("resolved", settled)
    # a past word before or after the words, or inside them (「子どもの頃…殴られ」 for '子ども*殴'); none when the message
    # says the trouble goes on (「昔から」「5年前から」「今も」: session 22 (fix-a2))
    ongoing = goes_on(scope_hits)
    past = None if ongoing else next((hit for hit in scope_hits if hit.kind == "past" and (
        reach.near(hit, start, end, "past") or start <= hit.start < hit.end <= end)
        and not past_of_another(hit, label, end, scope_hits, reach.subjects)), None)
    if (crisis or topical) and past is not None and (
            label in OVER_WHEN_PAST or any(hit.kind == "now" and hit.start >= end - EDGE for hit in scope_hits)):
        # 「昔は借金があったけど今は完済した」 "I used to be homeless but now…": a trouble that is over, no need of today
        return Decision("resolved", past)
    # an end told after the words, however far (「…暴力を受けていましたが、離婚して5年、今は平和に」), with a "now" after it
    ended = None if ongoing else next((hit for hit in scope_hits if hit.kind == "ended" and hit.start >= end - EDGE), None)
    if (crisis or topical) and ended is not None and any(hit.kind == "now" and hit.start >= ended.end - EDGE
                                                        for hit in scope_hits):
        return Decision("resolved", ended)
    if crisis:
        joke = next((hit for hit in scope_hits if hit.kind == "joking"), None)
        if joke is not None:
            # "I want to die lol" is still asked about; "starving lol" is not a crisis
            return Decision("joking" if label in JOKES_ASKED_ABOUT else "joked", joke)
    return Decision("kept")


def goes_on(scope_hits: list[ScopeHit]) -> bool:
    """The message says its trouble goes on (昔から, 5年前から, 今も, 殴られ始めた); a 今も that begins a memory of today
    (今も思い出す, a "now" word holding it) does not count."""
    return any(hit.kind == "ongoing" and not any(now.kind == "now" and now.start <= hit.start and hit.end <= now.end
                                                  for now in scope_hits) for hit in scope_hits)


def _conditioned(denial: ScopeHit, end: int, scope_hits: list[ScopeHit]) -> bool:
    """A condition begins between the words and the denial after them ("everyone would be better off if I wasn't
    around", 「…ほうがいい、もし私がいなかったら」): the denial is the condition's, not a denial of the words."""
    return any(hit.kind == "hypothetical_before" and end - EDGE <= hit.start and hit.end <= denial.start
               for hit in scope_hits)


def _told_as_past(end: int, reach: Reach) -> bool:
    """The sentence of the words ending at ``end`` ends, a few kana on, in a past (Japanese: 「…止められた」「…なくなった」);
    only in a language read by words with a dictionary (no spaces between words)."""
    if reach.words:
        return False
    stop = min((at for at in reach.ends if at >= end), default=len(reach.form))
    tail = reach.form[end:stop]  # the verb's own endings: kana only, no quotation (「停止しますってハガキ来た」 is the card's past)
    return len(tail) <= PAST_REACH and tail.endswith(PAST_ENDINGS) and "って" not in tail and all(
        "\u3041" <= char <= "\u309f" for char in tail)


def _settled_after_a_turn(label: str, end: int, scope_hits: list[ScopeHit], reach: Reach, others: Sequence) -> ScopeHit | None:
    """The resolution of a crisis told in the past, in the clause the past one turns to (「…なかったけど、やっと治りました」),
    when it may settle that crisis (「…なかったけど、家賃は払えた」 does not: settling.settles)."""
    for turn in scope_hits:
        if turn.kind == "turned" and turn.start >= end - EDGE and reach.within(end, turn.start, "turned"):
            return next((hit for hit in scope_hits if hit.kind == "resolved_after" and hit.start >= turn.end
                         and reach.within(turn.end, hit.start, "resolved") and settles(hit, label, end, scope_hits, reach, others)), None)
    return None


def laughed_off_measure(scope_hits: list[ScopeHit]) -> bool:
    """A measure of heat, cold or hunger and a laugh in one message (「ร้อนจะตาย 555」 "mamamatay ako sa init haha"):
    when no keyword of a crisis matched, the learned model has nothing of suicide or violence to suspect there."""
    kinds = {hit.kind.split("_")[0] for hit in scope_hits}
    return {"hyperbole", "joking"} <= kinds


def one_story(decided: list[tuple], reach: Reach) -> list[tuple]:
    """Words of one label that begin at most a word (or a letter) after words a story holds begin are in that story too:
    the Burmese 「အရိုက်ခံ」 read in the news holds 「ရိုက်ခံရ」, a letter later and so just out of the story's reach; "bị đánh"
    holds "đánh". Words that begin further on are measured on their own ("the news and now I want to die": the 'die' is
    the resident's). ``decided``: (start, end, target, outcome, note) tuples."""
    stories = [(start, target.label, note) for start, end, target, outcome, note in decided if outcome == "story"]

    def held(start: int, label: str) -> str | None:
        return next((note for low, told, note in stories if told == label and reach.within(low, start, "one_word")), None)

    result = []
    for start, end, target, outcome, note in decided:
        story = held(start, target.label) if outcome == "kept" else None
        result.append((start, end, target, outcome, note) if story is None else (start, end, target, "story", story))
    return result
