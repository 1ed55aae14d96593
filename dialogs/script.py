"""Dialog scripts: YAML → a validated Script; a broken script is refused with file, line and reason."""
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from dialogs.script_patterns import Pattern, check_patterns, parse_patterns
from handlers import registry
from handlers.datafile import (
    BOOKKEEPING,
    DataError,
    key_line,
    line_of,
    load_yaml,
    strip_lines,
)
from handlers.problems import Problem

STATE_KEYS = {"prompt", "options", "dynamic", "on_text", "on_location", "on_other", "auto", "status", *BOOKKEEPING}
# What entering a state does to the conversation's status: "waiting" puts it in the counselors' queue
# (keeping its place); leaving the queue is an action (stop_waiting) or a counselor's release.
STATE_STATUSES = {"waiting"}
STAY = "="  # a transition's dest that keeps the current state (transitions' reflexive transition)
TRANSITION_KEYS = {"trigger", "source", "dest", "conditions", "unless", "after", "quiet", *BOOKKEEPING}
OPTION_KEYS = {"label", "trigger", "value", "kind", *BOOKKEEPING}
OPTION_KINDS = {"postback", "location", "datetime"}


@dataclass
class StateSpec:
    """What the bot shows in one state."""

    name: str
    prompt: str | None = None
    options: list[dict] = field(default_factory=list)
    dynamic: str | None = None
    on_text: str = "text"
    on_location: str | None = None
    auto: bool = False
    status: str | None = None
    line: int = 0
    on_other: str | None = None  # trigger for a sticker, photo, file or location the step does not ask for


@dataclass
class Script:
    """A validated dialog script, ready to build a state machine from."""

    name: str
    initial: str
    states: dict[str, StateSpec]
    transitions: list[dict]
    global_options: list[dict]
    source_text: str = ""
    patterns: list[Pattern] = field(default_factory=list)
    # answers of triggers_from / dest_of, asked several times per turn (a script never changes once loaded)
    _lookups: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def triggers_from(self, state: str) -> frozenset[str]:
        """Every trigger that can fire in *state*."""
        found = self._lookups.get(state)
        if found is None:
            found = self._lookups[state] = frozenset(t["trigger"] for t in self.transitions
                                                     if t["source"] in (state, "*"))
        return found

    def reads_text_with(self, state: str, conditions) -> bool:
        """Whether a text transition from *state* itself checks one of *conditions* (names of registered conditions)."""
        key = ("reads", state, None)  # three parts: never a (trigger, state) key of dest_of
        if key not in self._lookups:
            self._lookups[key] = frozenset(c for t in self.transitions if t["trigger"] == "text" and t["source"] == state
                                           for c in t["conditions"])
        return not self._lookups[key].isdisjoint(conditions)

    def dest_of(self, trigger: str, state: str) -> str | None:
        """Where *trigger* leads from *state* when its conditions pass (first match)."""
        key = (trigger, state)
        if key not in self._lookups:
            dest = next((t["dest"] for t in self.transitions
                         if t["trigger"] == trigger and t["source"] in (state, "*")), None)
            self._lookups[key] = state if dest == STAY else dest
        return self._lookups[key]

    def first_available(self, triggers, state: str) -> str | None:
        """The first of *triggers* that can fire in *state*."""
        available = self.triggers_from(state)
        return next((t for t in triggers if t in available), None)


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def parse(text: str, name: str, known_message, whole: bool = False) -> Script:
    """Parse and validate a script; raise DataError listing every problem found.

    *whole*: the script the bot runs (not a fragment): it must also declare every state and trigger the
    program names (crisis, handoff…), so a staff edit can never publish a script that breaks a handler."""
    doc = load_yaml(text, name)
    problems: list[str] = []

    def bad(node, problem: Problem):
        line = node if isinstance(node, int) else line_of(node, line_of(doc))
        problems.append(problem.at(name, line))

    if not isinstance(doc, dict):
        raise DataError([f"{name}:1: a script is a mapping with 'initial', 'states' and 'transitions'"])
    states_node = doc.get("states") or {}
    if not isinstance(states_node, dict) or len(states_node) <= 1:
        bad(doc, Problem("script.no_states"))
        states_node = {}
    states: dict[str, StateSpec] = {}
    for sname, spec in states_node.items():
        if sname in BOOKKEEPING:
            continue
        spec = dict(spec or {})
        spec["__line__"] = key_line(states_node, sname, line_of(states_node))
        for key in set(spec) - STATE_KEYS:
            bad(spec, Problem("script.state_unknown_key", state=sname, key=key, allowed=", ".join(sorted(STATE_KEYS - set(BOOKKEEPING)))))
        st = StateSpec(sname, spec.get("prompt"), _as_list(spec.get("options")), spec.get("dynamic"),
                       spec.get("on_text", "text"), spec.get("on_location"), bool(spec.get("auto")),
                       spec.get("status"), line_of(spec), spec.get("on_other"))
        if st.status is not None and st.status not in STATE_STATUSES:
            bad(spec, Problem("script.state_status", state=sname, choices=sorted(STATE_STATUSES)))
        if st.prompt and not known_message(st.prompt):
            bad(key_line(spec, "prompt", st.line), Problem("script.prompt_unknown", state=sname, prompt=st.prompt))
        if not st.auto and not st.prompt:
            bad(spec, Problem("script.says_nothing", state=sname))
        if st.dynamic and st.dynamic not in registry.PROVIDERS:
            bad(spec, Problem("script.unknown_provider", state=sname, provider=st.dynamic))
        for opt in st.options:
            _check_option(opt, f"state '{sname}'", bad, known_message)
        states[sname] = st

    initial = doc.get("initial")
    if initial not in states:
        bad(doc, Problem("script.initial_unknown", state=initial))

    transitions = []
    for t in _as_list(doc.get("transitions")):
        if not isinstance(t, dict):
            bad(doc, Problem("script.transition_not_mapping", value=repr(t)))
            continue
        for key in set(t) - TRANSITION_KEYS:
            bad(t, Problem("script.transition_unknown_key", key=key))
        if not t.get("trigger"):
            bad(t, Problem("script.transition_no_trigger"))
            continue
        source, dest = t.get("source"), t.get("dest")
        if source != "*" and source not in states:
            bad(t, Problem("script.unknown_source", trigger=t["trigger"], state=source))
        if dest not in states and dest != STAY:
            bad(t, Problem("script.unknown_destination", trigger=t["trigger"], state=dest))
        for cname in _as_list(t.get("conditions")) + _as_list(t.get("unless")):
            if cname not in registry.CONDITIONS:
                bad(t, Problem("script.unknown_condition", trigger=t["trigger"], name=cname))
        for aname in _as_list(t.get("after")):
            if aname not in registry.ACTIONS:
                bad(t, Problem("script.unknown_action", trigger=t["trigger"], name=aname))
        if not isinstance(t.get("quiet", False), bool):
            bad(t, Problem("script.transition_quiet", trigger=t["trigger"]))
        transitions.append({"trigger": t["trigger"], "source": source, "dest": dest,
                            "conditions": _as_list(t.get("conditions")), "unless": _as_list(t.get("unless")),
                            "after": _as_list(t.get("after")), "quiet": t.get("quiet") is True,
                            "line": line_of(t)})

    global_options = _as_list(doc.get("global_options"))
    for opt in global_options:
        _check_option(opt, "global option", bad, known_message)

    patterns = parse_patterns(doc, bad)
    check_patterns(patterns, transitions, bad, states)
    script = Script(str(doc.get("script") or Path(name).stem), initial or "", states, transitions,
                    [strip_lines(o) for o in global_options], text, patterns)
    if not problems:
        _check_graph(script, bad, doc)
    if whole:
        _check_program_names(script, bad, doc)
    if problems:
        raise DataError(problems)
    for st in states.values():
        st.options = [strip_lines(o) for o in st.options]
    return script


def _check_option(opt, where, bad, known_message) -> None:
    if not isinstance(opt, dict) or not opt.get("label"):
        bad(opt, Problem("script.option_no_label", where_in=where))
        return
    for key in set(opt) - OPTION_KEYS:
        bad(opt, Problem("script.option_unknown_key", where_in=where, label=opt["label"], key=key))
    if not known_message(opt["label"]):
        bad(opt, Problem("script.option_label_unknown", where_in=where, label=opt["label"]))
    kind = opt.get("kind", "postback")
    if kind not in OPTION_KINDS:
        bad(opt, Problem("script.option_kind", where_in=where, label=opt["label"], choices=sorted(OPTION_KINDS)))
    if kind != "location" and not opt.get("trigger"):
        bad(opt, Problem("script.option_no_trigger", where_in=where, label=opt["label"]))


def _check_graph(script: Script, bad, doc) -> None:
    """Options must lead somewhere, every state must be reachable, and no state may be a dead end."""
    for st in script.states.values():
        node = st.line
        own = {t["trigger"] for t in script.transitions if t["source"] == st.name}
        if not own:
            bad(node, Problem("script.dead_end", state=st.name))
        if st.auto and "next" not in own:
            bad(node, Problem("script.auto_without_next", state=st.name))
        for opt in st.options:
            if opt.get("trigger") and opt["trigger"] not in script.triggers_from(st.name):
                bad(node, Problem("script.option_trigger_unused", state=st.name, label=opt["label"], trigger=opt["trigger"]))
        if st.on_location and st.on_location not in script.triggers_from(st.name):
            bad(node, Problem("script.on_location_unused", state=st.name, trigger=st.on_location))
        if st.on_other and st.on_other not in script.triggers_from(st.name):
            bad(node, Problem("script.on_other_unused", state=st.name, trigger=st.on_other))
    for opt in script.global_options:
        if opt.get("trigger") and not any(t["source"] == "*" and t["trigger"] == opt["trigger"]
                                          for t in script.transitions):
            bad(doc, Problem("script.global_option_unused", label=opt["label"], trigger=opt["trigger"]))
    # the program enters some states itself (a follow-up job): they are reachable without a transition,
    # so no transition has to exist that a forged button could fire
    roots = {script.initial} | {name for name in registry.STATES_USED if name in script.states}
    seen, queue = set(roots), deque(roots)
    while queue:
        current = queue.popleft()
        for t in script.transitions:
            if t["source"] in (current, "*") and t["dest"] != STAY and t["dest"] not in seen:
                seen.add(t["dest"])
                queue.append(t["dest"])
    for st in script.states.values():
        if st.name not in seen:
            bad(st.line, Problem("script.unreachable", state=st.name, initial=script.initial))


def _check_program_names(script: Script, bad, doc) -> None:
    """Every state and trigger the program names is declared in the script."""
    triggers = {t["trigger"] for t in script.transitions}
    for state in sorted(registry.STATES_USED):
        if state not in script.states:
            bad(doc, Problem("script.program_state_missing", state=state, used_by=registry.STATES_USED[state]))
    for trigger in sorted(registry.TRIGGERS_USED):
        if trigger not in triggers:
            bad(doc, Problem("script.program_trigger_missing", trigger=trigger, used_by=registry.TRIGGERS_USED[trigger]))


def load(path: Path, known_message) -> Script:
    """Read and validate the script file the bot runs."""
    return parse(path.read_text(encoding="utf-8"), path.name, known_message, whole=True)
