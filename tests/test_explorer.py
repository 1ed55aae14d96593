"""The conversation explorer: every declared state × every kind of input gets an answer, a way forward, and
never the same answer twice in a row; no state is without an exit. The sweep runs on SQLite in CI (marked
dialog_sweep: its database use is the conversation repository every other test exercises on both databases); the
other tests here run on both; `TEST_DATABASE_URL=… pytest tests/test_explorer.py` sweeps on PostgreSQL too."""
from datetime import timedelta

import pytest

from bot.app.outbox import handle_inbound
from handlers import postback
from handlers.inbound import Inbound
from handlers.replies import Cards, Choices, plain_text
from storage import clock, repo
from tests.places_support import seed_directory
from tests.support import move_clock_to

SATURDAY_NIGHT = "2026-12-05T23:00:00+09:00"
TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"

# What residents write, one of each kind the issue lists (and each crisis sign).
TEXTS = {
    "story": "家賃が払えなくて、来月には出ないといけない",
    "dont_know": "わからない",
    "whatever": "べつに",
    "thanks": "ありがとう",
    "thanks_tl": "Salamat po",
    "goodbye_kansai": "おおきに。明日行くわ",
    "stop": "もういいです",
    "end": "終わりにしてください",
    "person": "人と話したい",
    "cannot_phone": "電話はしたくない。文字なら話せる",
    "restart": "最初から",
    "language_word": "English",
    "language_in_sentence": "I lost my job and I can't speak English well",
    "vietnamese": "Tôi bị mất việc và không có tiền",
    "still_waiting": "まだですか",
    "booking": "予約したい",
    "places_words": "近くの居場所を教えてください",
    "yes": "はい",
    "no": "ないです",
    "noise": "？？？",
    "long": "あの、" * 400,
    "crisis_suicide": "消えたい",
    "crisis_violence": "夫に殴られる",
    "crisis_no_food": "昨日から何も食べてない",
    "crisis_no_shelter": "今夜寝るところがない",
    "crisis_lifeline": "ガス止められた",
}
OTHER_KINDS = ("sticker", "image", "location", "follow")
# Working data that lets each step show itself as it would in a real conversation.
DATA = {"topics": ["housing", "money"], "queue": ["tonight", "household"], "answers": {}, "greeted": True,
        "return_to": "outcome", "visit": {}, "lang_page": 0, "last_location": {"lat": 35.6581, "lon": 139.7017}}


def inbound_for(kind: str, value: str = "") -> Inbound:
    if kind == "text":
        return Inbound("text", text=value)
    if kind == "postback":
        return Inbound("postback", data=value)
    if kind == "location":
        return Inbound("location", latitude=35.659, longitude=139.7025, address="みどりが丘市 中央1丁目")
    return Inbound(kind)


class Explorer:
    """One resident, put in a state, then doing one thing twice."""

    def __init__(self, runtime):
        self.rt = runtime
        self.key = f"Uexplorer{id(self)}"
        with runtime.db.session() as s:
            resident = repo.create_resident(s, "line", self.key, clock.now(), "ja", "profile")
            self.resident_id = resident.id

    def put(self, state: str) -> None:
        script = self.rt.live.engine.script
        spec = script.states[state]
        with self.rt.db.session() as s:
            resident = repo.lock_resident(s, "line", self.key)
            resident.lang, resident.lang_source = "ja", "profile"
            conv = repo.open_conversation(s, self.resident_id)
            if conv is None:
                conv = repo.new_conversation(s, self.resident_id, script.name, state, clock.now())
            conv.state, conv.data = state, dict(DATA)
            conv.status = "waiting" if spec.status == "waiting" else "bot"
            conv.waiting_since = clock.now() if conv.status == "waiting" else None
            conv.crisis = ["suicide"] if state == "crisis" else []
            conv.last_activity_at = clock.now()

    def act(self, inbound: Inbound):
        with self.rt.db.session() as s:
            resident = repo.lock_resident(s, "line", self.key)
            replies, _effects = handle_inbound(self.rt, s, resident, inbound, clock.now())
            return replies

    def buttons_of(self, state: str) -> list[str]:
        """The postback data of the buttons a resident sees in *state* (drawn by the bot itself)."""
        self.put(state)
        replies = self.act(Inbound("postback", data=postback.encode("_show", "", "_nowhere")))
        return [o.data for r in replies if isinstance(r, Choices) for o in r.options
                if o.kind == "postback" and o.data]


def has_way_forward(replies) -> bool:
    return any(isinstance(r, Choices) and r.options for r in replies) or any(
        isinstance(r, Cards) and any(c.actions for c in r.cards) for r in replies)


PARTS = 4  # the states are explored in four parts, so parallel test workers share the work


def explore(runtime, at: str, part: int = 0, parts: int = 1) -> tuple[int, int, int, list[str]]:
    """Put a resident in every resting state (every *parts*-th one from *part*) and try every input there."""
    seed_directory(runtime)  # the fictional town's places and agencies, as in the demo
    move_clock_to(at)
    script = runtime.live.engine.script
    resting = [name for name, spec in script.states.items() if not spec.auto]
    explorer = Explorer(runtime)
    screens = {state: explorer.buttons_of(state) for state in resting}
    # every button of every other screen, as a resident who scrolls up and taps an old one
    old_buttons = sorted({data for buttons in screens.values() for data in buttons})
    problems, inputs_per_state, pairs = [], 0, 0
    explored = resting[part::parts]
    for state in explored:
        inputs = ([("text", t) for t in TEXTS.values()] + [(k, "") for k in OTHER_KINDS]
                  + [("postback", d) for d in screens[state]]
                  + [("postback", d) for d in old_buttons if d not in screens[state]])
        inputs_per_state = max(inputs_per_state, len(inputs))
        pairs += len(inputs)
        for kind, value in inputs:
            explorer.put(state)
            first = explorer.act(inbound_for(kind, value))
            second = explorer.act(inbound_for(kind, value))
            what = f"{state} × {kind} {value[:30]!r}"
            if not first:
                problems.append(f"{what}: no answer")
                continue
            if not has_way_forward(first):
                problems.append(f"{what}: no way forward in {[plain_text(r)[:40] for r in first]}")
            if [plain_text(r) for r in first] == [plain_text(r) for r in second]:
                problems.append(f"{what}: the same answer twice in a row: {plain_text(first[0])[:60]!r}")
            if len(first) > 5 or len(second) > 5:
                problems.append(f"{what}: more than LINE's five bubbles")
    return len(explored), inputs_per_state, pairs, problems


def test_no_declared_state_is_without_an_exit(runtime):
    script = runtime.live.engine.script
    for name, spec in script.states.items():
        leaving = {t["dest"] for t in script.transitions
                   if t["source"] in (name, "*") and t["dest"] not in (name, "=")}
        assert leaving, f"state {name!r} has no way out"


@pytest.mark.dialog_sweep
@pytest.mark.parametrize("part", range(PARTS), ids=[f"part{n + 1}of{PARTS}" for n in range(PARTS)])
@pytest.mark.parametrize("at", [TUESDAY_AFTERNOON, SATURDAY_NIGHT], ids=["office_open", "saturday_night"])
def test_every_state_answers_every_input_with_a_way_forward_and_never_twice_the_same(runtime, at, part):
    states, inputs, pairs, problems = explore(runtime, at, part, PARTS)
    assert states > 0
    print(f"\nexplorer: {states} states × up to {inputs} inputs = {pairs} (state, input) pairs, each done twice")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:60])


def test_a_conversation_a_counselor_holds_keeps_every_message_and_the_bot_gives_only_crisis_lines(runtime):
    move_clock_to(TUESDAY_AFTERNOON)
    explorer = Explorer(runtime)
    explorer.put("handoff")
    with runtime.db.session() as s:
        conv = repo.open_conversation(s, explorer.resident_id)
        conv.status, conv.assigned_to = "active", "sato"
    for kind, value in [("text", "まだですか"), ("sticker", "")]:
        assert explorer.act(inbound_for(kind, value)) == []
    assert explorer.act(inbound_for("text", "死にたい")) != []  # the lines that fit, once
    assert explorer.act(inbound_for("text", "死にたい")) == []
    with runtime.db.session() as s:
        conv = repo.open_conversation(s, explorer.resident_id)
        assert conv.crisis == ["suicide"] and conv.data["crisis_alert"]["signals"] == ["suicide"]
    clock.shift(timedelta(seconds=1))
