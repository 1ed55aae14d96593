"""Dialog scripts: YAML → a validated Script; a broken script is refused with file, line and reason."""
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from handlers import registry
from handlers.datafile import (
    BOOKKEEPING,
    DataError,
    key_line,
    line_of,
    load_yaml,
    strip_lines,
)

STATE_KEYS = {"prompt", "options", "dynamic", "on_text", "on_location", "auto", "status", *BOOKKEEPING}
PATTERN_KEYS = {"name", "when", "trigger", "intents", "words", "max_chars", "unless_intents", *BOOKKEEPING}
# What entering a state does to the conversation's status: "waiting" puts it in the counselors' queue
# (keeping its place); leaving the queue is an action (stop_waiting) or a counselor's release.
STATE_STATUSES = {"waiting"}
STAY = "="  # a transition's dest that keeps the current state (transitions' reflexive transition)
TRANSITION_KEYS = {"trigger", "source", "dest", "conditions", "unless", "after", *BOOKKEEPING}
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


@dataclass
class Pattern:
    """A behaviour that cuts across every step (crisis, stop, thanks…): when it matches, its trigger fires."""

    name: str
    when: str  # a matcher registered in handlers (registry.MATCHERS)
    triggers: tuple[str, ...]  # the first one that can fire in the current state is used
    intents: dict = field(default_factory=dict)  # for `when: intent`: triage intent -> trigger
    words: tuple[str, ...] = ()  # for `when: words`: what the resident may write (folded, contained)
    max_chars: int = 0  # match only messages at most this long (0: any length)
    unless_intents: tuple[str, ...] = ()  # not when the classifier reads one of these (「いいえ、やめます」 is a no)
    line: int = 0


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

    def bad(node, reason):
        line = node if isinstance(node, int) else line_of(node, line_of(doc))
        problems.append(f"{name}:{line}: {reason}")

    if not isinstance(doc, dict):
        raise DataError([f"{name}:1: a script is a mapping with 'initial', 'states' and 'transitions'"])
    states_node = doc.get("states") or {}
    if not isinstance(states_node, dict) or len(states_node) <= 1:
        bad(doc, "'states' must list the states of the conversation")
        states_node = {}
    states: dict[str, StateSpec] = {}
    for sname, spec in states_node.items():
        if sname in BOOKKEEPING:
            continue
        spec = dict(spec or {})
        spec["__line__"] = key_line(states_node, sname, line_of(states_node))
        for key in set(spec) - STATE_KEYS:
            bad(spec, f"state '{sname}': unknown key '{key}' (allowed: {', '.join(sorted(STATE_KEYS - set(BOOKKEEPING)))})")
        st = StateSpec(sname, spec.get("prompt"), _as_list(spec.get("options")), spec.get("dynamic"),
                       spec.get("on_text", "text"), spec.get("on_location"), bool(spec.get("auto")),
                       spec.get("status"), line_of(spec))
        if st.status is not None and st.status not in STATE_STATUSES:
            bad(spec, f"state '{sname}': status must be one of {sorted(STATE_STATUSES)}")
        if st.prompt and not known_message(st.prompt):
            bad(key_line(spec, "prompt", st.line), f"state '{sname}': prompt '{st.prompt}' is not a message id in the catalog")
        if not st.auto and not st.prompt:
            bad(spec, f"state '{sname}' says nothing: give it a 'prompt' (or mark it 'auto: true')")
        if st.dynamic and st.dynamic not in registry.PROVIDERS:
            bad(spec, f"state '{sname}': unknown provider '{st.dynamic}'")
        for opt in st.options:
            _check_option(opt, f"state '{sname}'", bad, known_message)
        states[sname] = st

    initial = doc.get("initial")
    if initial not in states:
        bad(doc, f"initial state '{initial}' is not defined in 'states'")

    transitions = []
    for t in _as_list(doc.get("transitions")):
        if not isinstance(t, dict):
            bad(doc, f"a transition must be a mapping, got {t!r}")
            continue
        for key in set(t) - TRANSITION_KEYS:
            bad(t, f"transition: unknown key '{key}'")
        if not t.get("trigger"):
            bad(t, "transition without a trigger")
            continue
        source, dest = t.get("source"), t.get("dest")
        if source != "*" and source not in states:
            bad(t, f"transition '{t['trigger']}': unknown source state '{source}'")
        if dest not in states and dest != STAY:
            bad(t, f"transition '{t['trigger']}': unknown destination state '{dest}'")
        for cname in _as_list(t.get("conditions")) + _as_list(t.get("unless")):
            if cname not in registry.CONDITIONS:
                bad(t, f"transition '{t['trigger']}': unknown condition '{cname}'")
        for aname in _as_list(t.get("after")):
            if aname not in registry.ACTIONS:
                bad(t, f"transition '{t['trigger']}': unknown action '{aname}'")
        transitions.append({"trigger": t["trigger"], "source": source, "dest": dest,
                            "conditions": _as_list(t.get("conditions")), "unless": _as_list(t.get("unless")),
                            "after": _as_list(t.get("after")), "line": line_of(t)})

    global_options = _as_list(doc.get("global_options"))
    for opt in global_options:
        _check_option(opt, "global option", bad, known_message)

    patterns = _parse_patterns(doc, bad)
    _check_patterns(patterns, transitions, bad)
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


def _parse_patterns(doc, bad) -> list[Pattern]:
    """The cross-cutting behaviours, in the order they are checked."""
    patterns = []
    for p in _as_list(doc.get("patterns")):
        if not isinstance(p, dict) or not p.get("name") or not p.get("when"):
            bad(p if isinstance(p, dict) else doc, "a pattern needs a 'name' and a 'when' (a matcher)")
            continue
        for key in set(p) - PATTERN_KEYS:
            bad(p, f"pattern '{p['name']}': unknown key '{key}'")
        if p["when"] not in registry.MATCHERS:
            bad(p, f"pattern '{p['name']}': unknown matcher '{p['when']}' (known: {', '.join(sorted(registry.MATCHERS))})")
        intents = {k: v for k, v in dict(p.get("intents") or {}).items() if k not in BOOKKEEPING}
        if not p.get("trigger") and not intents:
            bad(p, f"pattern '{p['name']}' fires nothing: give it a 'trigger' (or 'intents' for when: intent)")
        words = tuple(str(w) for w in _as_list(p.get("words")))
        if p["when"] == "words" and not words:
            bad(p, f"pattern '{p['name']}': when: words needs a list of 'words'")
        patterns.append(Pattern(str(p["name"]), str(p["when"]), tuple(str(t) for t in _as_list(p.get("trigger"))),
                                {str(k): str(v) for k, v in intents.items()}, words, int(p.get("max_chars") or 0),
                                tuple(str(i) for i in _as_list(p.get("unless_intents"))), line_of(p)))
    return patterns


def _check_patterns(patterns: list[Pattern], transitions: list[dict], bad) -> None:
    """Each pattern fires triggers that exist, and one of them can fire from every state."""
    triggers = {t["trigger"] for t in transitions}
    for pattern in patterns:
        for trigger in list(pattern.triggers) + list(pattern.intents.values()):
            if trigger not in triggers:
                bad(pattern.line, f"pattern '{pattern.name}' fires '{trigger}', but no transition has that trigger")
        if pattern.triggers and not any(t["source"] == "*" and t["trigger"] in pattern.triggers
                                        for t in transitions):
            bad(pattern.line, f"pattern '{pattern.name}' must be answerable in every state: one of its triggers "
                              f"{list(pattern.triggers)} needs a transition from \"*\"")


def _check_option(opt, where, bad, known_message) -> None:
    if not isinstance(opt, dict) or not opt.get("label"):
        bad(opt, f"{where}: an option needs a 'label' (a message id)")
        return
    for key in set(opt) - OPTION_KEYS:
        bad(opt, f"{where}: option '{opt['label']}': unknown key '{key}'")
    if not known_message(opt["label"]):
        bad(opt, f"{where}: option label '{opt['label']}' is not a message id in the catalog")
    kind = opt.get("kind", "postback")
    if kind not in OPTION_KINDS:
        bad(opt, f"{where}: option '{opt['label']}': kind must be one of {sorted(OPTION_KINDS)}")
    if kind != "location" and not opt.get("trigger"):
        bad(opt, f"{where}: option '{opt['label']}' has no trigger")


def _check_graph(script: Script, bad, doc) -> None:
    """Options must lead somewhere, every state must be reachable, and no state may be a dead end."""
    for st in script.states.values():
        node = st.line
        own = {t["trigger"] for t in script.transitions if t["source"] == st.name}
        if not own:
            bad(node, f"state '{st.name}' is a dead end: no transition leaves it (add one, e.g. 'back')")
        if st.auto and "next" not in own:
            bad(node, f"state '{st.name}' is automatic but has no 'next' transition")
        for opt in st.options:
            if opt.get("trigger") and opt["trigger"] not in script.triggers_from(st.name):
                bad(node, f"state '{st.name}': option '{opt['label']}' fires '{opt['trigger']}', "
                          f"but no transition for it leaves this state")
        if st.on_location and st.on_location not in script.triggers_from(st.name):
            bad(node, f"state '{st.name}': on_location '{st.on_location}' has no transition")
    for opt in script.global_options:
        if opt.get("trigger") and not any(t["source"] == "*" and t["trigger"] == opt["trigger"]
                                          for t in script.transitions):
            bad(doc, f"global option '{opt['label']}' fires '{opt['trigger']}', which needs a transition from \"*\"")
    seen, queue = {script.initial}, deque([script.initial])
    while queue:
        current = queue.popleft()
        for t in script.transitions:
            if t["source"] in (current, "*") and t["dest"] != STAY and t["dest"] not in seen:
                seen.add(t["dest"])
                queue.append(t["dest"])
    for st in script.states.values():
        if st.name not in seen:
            bad(st.line, f"state '{st.name}' can never be reached from '{script.initial}'")


def _check_program_names(script: Script, bad, doc) -> None:
    """Every state and trigger the program names is declared in the script."""
    triggers = {t["trigger"] for t in script.transitions}
    for state in sorted(registry.STATES_USED):
        if state not in script.states:
            bad(doc, f"state '{state}' is used by the program ({registry.STATES_USED[state]}) but not declared in 'states'")
    for trigger in sorted(registry.TRIGGERS_USED):
        if trigger not in triggers:
            bad(doc, f"trigger '{trigger}' is used by the program ({registry.TRIGGERS_USED[trigger]}) but no transition has it")


def load(path: Path, known_message) -> Script:
    """Read and validate the script file the bot runs."""
    return parse(path.read_text(encoding="utf-8"), path.name, known_message, whole=True)
