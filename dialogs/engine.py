"""The one orchestrator: one resident action in, replies out. Knows no dialog by name."""
import logging
import unicodedata
from datetime import timedelta

from dialogs import machine
from handlers import postback
from dialogs.script import Script, StateSpec
from handlers import crisis, languages, registry
from handlers.inbound import MEDIA_KINDS, Inbound
from handlers.replies import Choices, Option, Text
from handlers.turn import Turn
from storage import repo

log = logging.getLogger(__name__)

MAX_QUICK_REPLIES = 13
RESUME = "_resume"
INTENT_TRIGGERS = {"human": "person", "restart": "restart", "language": "language",
                   "booking": "visit", "reschedule": "move", "cancel": "cancel_visit",
                   "data_request": "privacy"}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


class Engine:
    """Runs a resident's action through crisis checks, human mode and the dialog machine."""

    def __init__(self, script: Script, resume_after: timedelta = timedelta(hours=24)):
        self.script = script
        self.resume_after = resume_after

    # --- the turn -------------------------------------------------------------------------
    def handle(self, turn: Turn) -> None:
        """Handle one inbound action; replies are collected on *turn*."""
        conv, inbound = turn.conversation, turn.inbound
        if conv.state not in self.script.states:
            # A staff edit removed the state this resident was in: bring them back gently.
            conv.state = self.script.initial
            turn.say("common.flow_changed")
        if inbound.is_resident_text:
            turn.triage = turn.services.classify(inbound.text, turn.resident.lang)
            self._adopt_language(turn)
            if turn.triage.crisis:
                crisis.respond(turn, list(turn.triage.crisis))
                return
        if conv.status in ("waiting", "active") and not self._handoff_control(turn):
            registry.ACTIONS["note_while_waiting"](turn)
            return
        idle = turn.now - conv.last_activity_at
        if (idle > self.resume_after and conv.state != self.script.initial and inbound.kind != "postback"
                and inbound.kind != "follow"):
            self._offer_resume(turn)
            return
        trigger = self._trigger_for(turn)
        if trigger is None:
            return
        if trigger == RESUME:
            self.prompt(turn)
            return
        self._fire(turn, trigger)

    def _adopt_language(self, turn: Turn) -> None:
        if turn.resident.lang_source in ("chosen", "profile"):
            return
        code = languages.from_triage_tag(turn.triage.lang)
        if code and (turn.resident.lang is None or turn.resident.lang_source is None):
            turn.resident.lang, turn.resident.lang_source = code, "detected"

    def _handoff_control(self, turn: Turn) -> bool:
        """While a person is asked for, only the handoff step's own buttons reach the machine."""
        if turn.conversation.status != "waiting" or turn.inbound.kind != "postback":
            return False
        trigger, _value, _state = postback.decode(turn.inbound.data)
        return trigger in self.script.triggers_from(turn.conversation.state) and trigger != "person"

    def _offer_resume(self, turn: Turn) -> None:
        state = turn.conversation.state
        turn.ask("common.welcome_back", [
            Option(turn.t("opt.continue"), postback.encode(RESUME, state=state), display=turn.t("opt.continue")),
            Option(turn.t("opt.restart"), postback.encode("restart", state=state), display=turn.t("opt.restart")),
        ])

    # --- from what the resident did to a trigger -------------------------------------------
    def _trigger_for(self, turn: Turn) -> str | None:
        inbound, state = turn.inbound, self.script.states[turn.conversation.state]
        available = self.script.triggers_from(state.name)
        if inbound.kind == "follow":
            return "follow"
        if inbound.kind == "postback":
            trigger, value, offered_in = postback.decode(inbound.data)
            turn.value = value or inbound.params.get("datetime") or inbound.params.get("date") or ""
            if trigger == RESUME or trigger in available:
                return trigger
            if offered_in and offered_in != state.name:
                turn.say("common.stale_button")
            else:
                turn.say("common.not_understood")
            self.prompt(turn)
            return None
        if inbound.kind == "location":
            if state.on_location and state.on_location in available:
                return state.on_location
            turn.data["last_location"] = {"lat": inbound.latitude, "lon": inbound.longitude}
            turn.say("common.location_kept")
            self.prompt(turn)
            return None
        if inbound.kind == "sticker":
            turn.say("common.sticker")
            self.prompt(turn)
            return None
        if inbound.kind in MEDIA_KINDS:
            turn.say("common.media_kept")
            self.prompt(turn)
            return None
        if inbound.kind != "text":
            return None
        return self._trigger_for_text(turn, state, available)

    def _trigger_for_text(self, turn: Turn, state: StateSpec, available: set[str]) -> str | None:
        for intent in turn.triage.intents if turn.triage else ():
            trigger = INTENT_TRIGGERS.get(intent)
            if trigger in available and self.script.dest_of(trigger, state.name) != state.name:
                return trigger
        folded = _fold(turn.inbound.text)
        for option in self.options(turn, state):
            if option.kind == "postback" and _fold(option.label) == folded:
                trigger, value, _ = postback.decode(option.data)
                turn.value = value
                return trigger
        if turn.triage and "skip" in turn.triage.intents and "skip" in available:
            return "skip"
        if state.on_text in available:
            return state.on_text
        registry.ACTIONS["accept_text"](turn)
        self.prompt(turn)
        return None

    # --- running the machine ----------------------------------------------------------------
    def _fire(self, turn: Turn, trigger: str, depth: int = 0) -> None:
        turn.previous_state = turn.conversation.state
        model = machine.DialogModel(turn.conversation.state, turn)
        moved = machine.fire(self.script, model, trigger)
        if not moved:
            log.info("trigger %s had no passing transition in state %s", trigger, turn.conversation.state)
            turn.say("common.not_understood")
            self.prompt(turn)
            return
        turn.conversation.state = model.state
        if turn.goto and turn.goto in self.script.states:
            turn.conversation.state, turn.goto = turn.goto, None
        spec = self.script.states[turn.conversation.state]
        if spec.auto and depth < 10:
            self._fire(turn, "next", depth + 1)
            return
        self.prompt(turn)

    def enter(self, turn: Turn, state: str) -> None:
        """Move the conversation to *state* and show its prompt (scheduled follow-ups, reminders)."""
        if state not in self.script.states:
            raise KeyError(f"the script has no state {state!r}")
        turn.conversation.state = state
        self.prompt(turn)

    # --- what the resident sees -----------------------------------------------------------------
    def options(self, turn: Turn, state: StateSpec, provided: list[Option] | None = None) -> list[Option]:
        """The buttons of *state*: its provider's, its own, 'back', then the global ones."""
        opts: list[Option] = []
        if state.dynamic:
            if provided is None:
                _prompt, _params, provided = registry.PROVIDERS[state.dynamic](turn)
            opts.extend(provided)
        for spec in state.options:
            opts.append(self._option(turn, state, spec))
        if "back" in self.script.triggers_from(state.name):
            opts.append(self._option(turn, state, {"label": "opt.back", "trigger": "back"}))
        for spec in self.script.global_options:
            if self.script.dest_of(spec["trigger"], state.name) != state.name:
                opts.append(self._option(turn, state, spec))
        return opts[:MAX_QUICK_REPLIES]

    def _option(self, turn: Turn, state: StateSpec, spec: dict) -> Option:
        label_id = spec["label"]
        label = turn.t(label_id)
        kind = spec.get("kind", "postback")
        if kind == "location":
            return Option(label, kind="location")
        data = postback.encode(spec["trigger"], str(spec.get("value", "")), state.name)
        return Option(label, data, kind=kind, display=label)

    def prompt(self, turn: Turn) -> None:
        """Show the current state's question and buttons."""
        state = self.script.states[turn.conversation.state]
        if state.auto:
            return
        msg_id, params, provided = state.prompt, {}, None
        if state.dynamic:
            override, params, provided = registry.PROVIDERS[state.dynamic](turn)
            msg_id = override or msg_id
        text = turn.t(msg_id, **params)
        options = self.options(turn, state, provided)
        turn.replies.append(Choices(text, options) if options else Text(text))


    def describe(self, turn: Turn) -> str | None:
        """What the resident did, as a line of history a counselor can read (call before handle)."""
        inbound = turn.inbound
        if inbound.kind == "text":
            return inbound.text
        if inbound.kind == "postback":
            state = self.script.states.get(turn.conversation.state)
            for option in self.options(turn, state) if state else ():
                if option.data == inbound.data:
                    return f"[{option.label}]"
            trigger, value, _ = postback.decode(inbound.data)
            return f"[{trigger}{':' + value if value else ''}]"
        if inbound.kind == "location":
            return f"[位置情報] {inbound.address} ({inbound.latitude:.5f}, {inbound.longitude:.5f})".strip()
        if inbound.kind == "follow":
            return None
        return f"[{inbound.kind}]"


def open_conversation(session, resident, script: Script, now):
    """The resident's open conversation, or a new one at the script's start."""
    conv = repo.open_conversation(session, resident.id)
    if conv is None:
        conv = repo.new_conversation(session, resident.id, script.name, script.initial, now)
    return conv
