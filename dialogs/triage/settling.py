"""When a word that settles a trouble (a language's `resolved_after` / `resolved_before`: "is fixed", "ya lo pagué",
「해결됐」) settles the label it is near, and when it tells something else.

A settling word is about one matter: the bill paid, the supply back, the job found. It settles a crisis only when it is
about that crisis. It does not when
- for this label it tells a plan or a return (PLANNED, RECURRING: 「死ぬ日が決まった」, "the violence came back");
- it settles a thing (the language's `thing_words`: a bill paid, a supply back on, a repair) and the crisis is one of a
  person, hunger or a night outside (NOT_BY_THINGS): a bill paid or the power back ends no wish to die, no violence, no
  hunger and no night outside ("ya pagué la renta y aun así quiero morir", "the power is back on, I haven't eaten in two days");
- it is denied ("not resolved", "hindi pa naayos na", 「아직 안 해결됐」): nothing was settled;
- another matter's words stand between it and the crisis ("he hits me every night, the rent is sorted out", "there is
  no food today, the gas is back", "I already found a job, I want to die"): it settles that matter, not the crisis.
  Words of the crisis's own matter do not count (RELATED: "no gas, the bill is paid" settles the cut). The same holds
  for a denial (scope.decide): "I want to die, the rent isn't paid yet" denies nothing of the wish;
- it is wished for, asked about or under a condition (`unsettled`: 「夫の暴力を解決したい」「寝る場所が見つかったら」): it settles
  nothing, and the ない of 「DVの問題は解決していない」 denies nothing either (scope.decide);
- it names its need (`supply_after`: 「払えた」「電気がついた」, `bed_after`: 「泊めてもらえた」, `meal_after`): of the crises it
  settles only that need (a bed or a meal settles, of the topics too, only its need's: 「腰を痛めて…今は家にいます」 is still
  about health);
- its subject is another topic, marked with は, が, も just before it (「食べるものがない。仕事は決まった」「夫に殴られる。借金は
  解決した」): it settles that topic, not the crisis.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .labels import CRISIS, CRISIS_CONCEPTS, TOPICS

EDGE = 1  # characters a scope word may share with the words next to it (the label's match, another scope word)
# What a word of finding, deciding or solving cannot settle in its own clause: there it tells the plan (「死ぬ日が決まった」
# with the language's `plan_after`; "I've found the place where I'll die", "ya encontré el lugar para morir": any resolution
# told before the wish), never its end; a turn first (「…けど、今はもう大丈夫」) still does
PLANNED = ("suicide",)
# What a word of coming back (the language's `back_after`) cannot settle in its own clause: a trouble of one's own that it
# says came back (「夫の暴力が復活した」「野宿に戻りました」); a cut and a medical emergency are settled by it (the gas, the breath)
RECURRING = ("suicide", "violence", "domestic_violence", "child_at_risk", "parent_harm", "no_food", "no_shelter")
# What a payment or a supply back, a bed, a meal settles among the crises: the need it names. A bed or a meal needs no subject
# (「兄の家に泊めてもらえた」 names a place, not another trouble); a payment has one (「家賃は払えた」 pays no electricity)
SETTLES_ONLY = {"supply_after": ("lifeline",), "bed_after": ("no_shelter",), "meal_after": ("no_food",)}
NAMES_ITS_NEED = ("bed_after", "meal_after")
# The topics a crisis is told under (its implications in _shared.yaml; a beating's family): a resolution whose subject is one
# of them may settle it (「電気代は払えた」「住むところが見つかった」)
OWN_TOPICS = {"suicide": ("health",), "no_food": ("money",), "no_shelter": ("housing",), "lifeline": ("money",),
              "violence": ("family",), "domestic_violence": ("family",), "child_at_risk": ("family",), "parent_harm": ("family",)}
# What marks a topic word the subject of a resolution a few letters on (「仕事はやっと見つかった」「借金の問題はもう解決」); an agent
# further back, or one that does something (a て between), is not one (「母が送ってくれて解決しました」「給料が入ってなんとかなった」)
SUBJECT_MARKS = ("は", "が", "も", "の問題は", "の件は", "のことは", "の問題も", "の件も", "のことも")
SUBJECT_REACH = 4  # characters between the mark and the resolution

# What a word that settles a thing (the language's `thing_words`: paid it, is fixed, back on, ya lo pagué, nabayaran na, 냈어요,
# 付了) never settles: a trouble of a person, hunger and a night outside (a bill paid puts no food on today's table and no roof
# over tonight); a word of finding ("I've found a room") is no thing word: what it found tells what it settles
NOT_BY_THINGS = ("suicide", "violence", "domestic_violence", "child_at_risk", "parent_harm", "medical_emergency", "no_food",
                 "no_shelter")
# The matters a settling word may be about: words of one of these between it and a crisis take it for themselves
MATTERS = TOPICS + CRISIS + CRISIS_CONCEPTS + ("unpaid_wages", "rent_arrears", "rent", "utility_arrears", "food_support",
                                              "labour_exploitation", "phone_cut", "dorm", "health_insurance")
THING = "thing"  # a thing named (`named_things`), which is a cut's own matter (the light, the water, the gas)
# A crisis's own matter: words of these beside it are the same trouble ("no gas, the bill is paid"); a rent paid or a job found
# gives no bed and no food tonight ("sleeping in the park, the rent is paid": still outside)
RELATED = {
    "lifeline": ("money", "housing", "utility_arrears", "phone_cut", THING),
    "no_food": ("food_support",),
    "no_shelter": ("dorm", "housing"),  # a room found (`named_homes`) is a roof; a rent paid is a thing (NOT_BY_THINGS)
    "suicide": ("health",),
    "violence": ("family", "domestic_violence"),
    "domestic_violence": ("family", "violence"),
    "child_at_risk": ("family",),
    "parent_harm": ("family",),
    "medical_emergency": ("health", "suicide"),
}
# What a story that is over may tell of a crisis besides its own matter: where the resident lives now, what they eat, their
# health ("I was homeless back in 2019, I've got my own flat now")
STORY_OF = {"no_shelter": ("housing", "rent"), "no_food": ("money",), "suicide": ("health",), "violence": ("family",),
            "domestic_violence": ("family",), "lifeline": ("money",)}
DENIALS = ("denial_before", "denial_inside", "denial_after")
NEGATION_REACH = "one_word"  # a denial right before the settling word ("not resolved", 「아직 안 해결됐」), a word at most between

Span = tuple[int, int, str]


def matters(kept: Iterable[tuple], cancelled: Iterable[tuple], form: str, scope_hits: Iterable = ()) -> list[Span]:
    """The spans of every word naming a matter: the hits kept, the topics an exclusion cancelled ('job' in "found a job" is
    still a job; a crisis word an exclusion reads otherwise names no crisis) and the things named (the language's
    `named_things`: visa, la luz, 전기, as THING; `named_homes`: the room, 방을, as housing), without the spaces around
    them (two words share the space between them; two hits sharing a letter share a word)."""
    found = [(start, end, target.label) for start, end, target in [*kept, *(hit for hit, _ in cancelled
                                                                          if hit[2].label in TOPICS)]]
    found += [(hit.start, hit.end, THING if hit.kind == "named_things" else "housing") for hit in scope_hits
              if hit.kind in ("named_things", "named_homes")]
    spans = []
    for start, end, label in found:
        if label in MATTERS or label == THING:
            text = form[start:end]
            low = start + len(text) - len(text.lstrip())
            spans.append((low, max(low, start + len(text.rstrip())), label))
    return spans


def does_not_settle(resolved, label: str, start: int, end: int, scope_hits: list, reach, others: Sequence = ()) -> bool:
    """Whether the settling word ``resolved`` (a ScopeHit) leaves the label found at start..end standing (``others``: the
    message's keyword hits, (start, end, target), where the word's subject is looked for)."""
    return (not settles(resolved, label, end, scope_hits, reach, others)
            or (label in NOT_BY_THINGS and overlapping(resolved, "thing_words", scope_hits))
            or _denied(resolved, scope_hits, reach)
            or about_another(resolved, label, start, end, reach.subjects, settling=True))


def overlapping(hit, kind: str, scope_hits: Sequence) -> bool:
    """Whether a scope word of that kind shares letters with the hit (「解決してない」 holds 「解決」)."""
    return any(other.kind == kind and other.start < hit.end and hit.start < other.end for other in scope_hits)


def settles(resolved, label: str, end: int, scope_hits: Sequence, reach, others: Sequence) -> bool:
    """Whether a settling word may settle the label whose words end at ``end``, by what kind of settling it is and what it
    is said of: not a plan or a return, nothing wished for, its need's crisis only, no other topic its subject."""
    if _tells_it_goes_on(resolved, label, scope_hits) or overlapping(resolved, "unsettled", scope_hits):
        return False
    named = [kind for kind in SETTLES_ONLY if overlapping(resolved, kind, scope_hits)]
    if label not in CRISIS and label not in CRISIS_CONCEPTS:  # a bed or a meal: only the topic of its need (「今は家にいます」)
        return all(label in OWN_TOPICS[SETTLES_ONLY[kind][0]] for kind in named if kind in NAMES_ITS_NEED)
    if any(label not in SETTLES_ONLY[kind] for kind in named):
        return False
    if any(kind in NAMES_ITS_NEED for kind in named):
        return True
    subjects = [(high, target.label) for low, high, target in others if low >= end and high <= resolved.start
                and target.label in TOPICS and _marked(reach.form, high, resolved.start)]
    last = max((high for high, _ in subjects), default=None)
    return last is None or any(high == last and topic in OWN_TOPICS.get(label, ()) for high, topic in subjects)


def _marked(form: str, high: int, before: int) -> bool:
    """A topic word ending at ``high`` marked the subject of the resolution beginning at ``before``; the word may begin a
    compound of kanji (「就職先は」「借金問題は」)."""
    while high < before and high < len(form) and "\u4e00" <= form[high] <= "\u9fff":
        high += 1
    return any(form.startswith(mark, high) and before - high - len(mark) <= SUBJECT_REACH
               and not {"て", "で"} & set(form[high + len(mark):before]) for mark in SUBJECT_MARKS)  # 「給料が入って」: a means


def _tells_it_goes_on(resolved, label: str, scope_hits: Sequence) -> bool:
    """A settling word that, for this label, tells a plan (PLANNED) or a return (RECURRING) instead of an end."""
    return ((label in PLANNED and (resolved.kind == "resolved_before" or overlapping(resolved, "plan_after", scope_hits)))
            or (label in RECURRING and overlapping(resolved, "back_after", scope_hits)))


def _denied(resolved, scope_hits: list, reach) -> bool:
    """A denial just before the settling word, or inside it: "not sorted out", "still not resolved", 「아직 안 해결됐」."""
    breaks = [hit for hit in scope_hits if hit.kind == "clause_breaks"]
    return any(hit.kind in DENIALS and hit.start < resolved.start and hit.end <= resolved.start + EDGE
               and reach.within(hit.end, resolved.start, NEGATION_REACH)
               and not any(hit.end - EDGE <= brk.start < resolved.start for brk in breaks) for hit in scope_hits)


def about_another(word, label: str, start: int, end: int, subjects: Iterable[Span], settling: bool = False) -> bool:
    """Words of another matter between a crisis and a settling or denying word (a ScopeHit) said after or before it: the
    word is about that matter ("I want to die, the rent isn't paid yet": the rent is unpaid, the wish not denied). A settling
    word's own matter counts too ("I want to die, I've found a job": 'found a job'); a denial's does not (「止められないか
    不安」 holds 不安, and denies the cut)."""
    inside = (word.end - word.start) if settling else EDGE
    if word.start >= end - EDGE:
        return _between(end - EDGE, word.start + inside, label, subjects)
    return _between(word.end - inside, start + EDGE, label, subjects)


def past_of_another(past, label: str, end: int, scope_hits: list, subjects: Iterable[Span]) -> bool:
    """A past word told after a crisis, with another matter's words between the crisis and the "now" that follows it: the
    past and the now are that matter's ("I want to die, I lost my job last year and now I have nothing", 「죽고 싶어요 작년에
    회사에서 잘렸고 지금은…」); "I was homeless years ago, now I have a room" is still a story that is over."""
    if past.start < end - EDGE:
        return False
    now = min((hit.start for hit in scope_hits if hit.kind == "now" and hit.start >= past.start), default=None)
    if now is None:
        return False  # a past word alone ("I passed out from work stress last year": OVER_WHEN_PAST) tells the crisis's own past
    return _between(end - EDGE, now + EDGE, label, subjects, STORY_OF.get(label, ()))


def _between(low: int, high: int, label: str, subjects: Iterable[Span], also_own: tuple[str, ...] = ()) -> bool:
    """Words of another matter than the crisis's (not its own: RELATED, ``also_own``) inside low..high, not part of the
    crisis's words."""
    if label not in CRISIS and label not in CRISIS_CONCEPTS:
        return False
    subjects = list(subjects)
    own = RELATED.get(label, ()) + also_own
    same = [(s, e) for s, e, other in subjects if other == label]
    return any(low <= s and e <= high and other != label and other not in own
               and not any(s < e2 and s2 < e for s2, e2 in same) for s, e, other in subjects)
