"""The one orchestrator: one resident action in, replies out. Knows no dialog by name."""
import logging
from datetime import timedelta

from dialogs import machine, repeats
from dialogs.script import Script, StateSpec
from handlers import languages, postback, registry
from handlers.aftercrisis import word_for_location, word_for_sticker
from handlers.companion import varied_id
from handlers.inbound import MEDIA_KINDS
from handlers.media import KEPT_KINDS, RESIDENT_NOTICE
from handlers.replies import Choices, Option, Text
from handlers.turn import Turn
from handlers.waiting import start_waiting
from handlers.word_sets import fold
from handlers.wording import wording
from storage import repo

log = logging.getLogger(__name__)

MAX_QUICK_REPLIES = 13
LANGUAGE_SURE_CHARS = 12  # shorter messages ("ok") do not change the language
CRISIS = "crisis"
GREETED = "greeted"  # the conversation's data key that says the resident has heard from us (no welcome again)
MEDIA_KEPT = {True: "common.media_kept", False: "companion.media_kept"}
NOT_KEPT = RESIDENT_NOTICE["type"]
NOT_AN_ANSWER_VARIANTS = 2  # companion.not_an_answer.1…2
registry.uses_trigger(CRISIS, "dialogs.engine: a crisis sign raised by an action")


_fold = fold  # one normalisation wherever words are read (curly apostrophes made straight)


class Engine:
    """Runs a resident's action through the script's patterns (crisis, stop, a person…) and its dialog machine."""

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
        state_before = conv.state
        trigger = self._matching_pattern(turn)
        if trigger is None:
            trigger = self._trigger_for(turn)
        if trigger is not None:
            self._fire(turn, trigger)
        repeats.never_twice(turn, stayed=not turn.pattern and conv.state == state_before)
        if turn.replies:
            # the bot has spoken in this conversation: no later step greets as if it were the first contact
            turn.data[GREETED] = True

    def _adopt_language(self, turn: Turn) -> None:
        """The language a message is written in wins over the LINE profile's; over a chosen one only when the
        message tells a crisis (it is answered in the language it is written in)."""
        resident = turn.resident
        code = languages.from_triage_tag(turn.triage.lang, turn.inbound.text)
        if code == "ja" and languages.written_in_easy_japanese(turn.inbound.text):
            code = "ja-easy"  # written as a learner writes (わかち書き, mostly kana): answered in Easy Japanese
        # long enough, or in letters only one of our languages writes (죽고 싶어요): a crisis then is answered in its language
        told = bool(turn.triage.lang_decisive) or len(turn.inbound.text.strip()) >= LANGUAGE_SURE_CHARS
        crisis_elsewhere = bool(turn.triage.crisis) and told
        if not code or (resident.lang_source == "chosen" and not crisis_elsewhere) or (
                resident.lang and not turn.triage.lang_sure):
            return
        if resident.lang is None or resident.lang_source in (None, languages.GUESSED):
            resident.lang, resident.lang_source = code, "detected" if turn.triage.lang_sure or told else languages.GUESSED
            return
        same_language = code.split("-")[0] == (resident.lang or "").split("-")[0] and code != "ja-easy"
        # a cry for help (socorro, 살려주세요) is short but unmistakable: the question about it must be readable
        if not same_language and (told or "help_cry" in (getattr(turn.triage, "situations", ()) or ())):
            resident.lang, resident.lang_source = code, "detected"

    # --- the script's patterns, in their order ----------------------------------------------
    def _matching_pattern(self, turn: Turn) -> str | None:
        """The trigger of the first pattern that applies to this turn (and can fire where the resident is)."""
        text = turn.inbound.text.strip() if turn.inbound.kind == "text" else ""
        for pattern in self.script.patterns:
            if pattern.skipped(text, turn.conversation.state):
                continue
            if pattern.unless_intents and turn.triage is not None and set(pattern.unless_intents) & set(turn.triage.intents):
                continue
            trigger = registry.MATCHERS[pattern.when](turn, pattern, self)
            if trigger:
                turn.pattern = pattern.name
                return trigger
        return None

    def pick(self, turn: Turn, triggers, moving: bool = False) -> str | None:
        """The first of *triggers* that can fire in the current state (that leaves it, when *moving*)."""
        state = turn.conversation.state
        for trigger in triggers:
            if trigger in self.script.triggers_from(state):
                if moving and self.script.dest_of(trigger, state) == state:
                    continue
                return trigger
        return None

    # --- from what the resident did to a trigger -------------------------------------------
    def _trigger_for(self, turn: Turn) -> str | None:
        inbound, state = turn.inbound, self.script.states[turn.conversation.state]
        available = self.script.triggers_from(state.name)
        if inbound.kind == "follow":
            return "follow"
        if inbound.kind == "postback":
            trigger, value, offered_in = postback.decode(inbound.data)
            turn.value = value or inbound.params.get("datetime") or inbound.params.get("date") or ""
            if trigger in available:
                return trigger
            turn.say("common.not_understood")
            self.prompt(turn)
            return None
        if inbound.kind == "location":
            if state.on_location and state.on_location in available:
                return state.on_location
            turn.data["last_location"] = {"lat": inbound.latitude, "lon": inbound.longitude, "at": turn.now.isoformat()}
            turn.say_fresh(word_for_location(turn))
            return self._not_an_answer(turn, state, available)
        if inbound.kind == "sticker":
            turn.say_fresh(word_for_sticker(turn))
            return self._not_an_answer(turn, state, available)
        if inbound.kind in MEDIA_KINDS:
            # 「相談員が確認します」 only when a counselor will see the conversation; a video or a recording is never
            # kept, and saying so now spares the resident a second message after the fetch
            turn.say_fresh(MEDIA_KEPT[turn.conversation.status in ("waiting", "active")] if inbound.kind in KEPT_KINDS
                     else NOT_KEPT)
            return self._not_an_answer(turn, state, available)
        if inbound.kind != "text":
            return None
        return self._trigger_for_text(turn, state, available)

    def _not_an_answer(self, turn: Turn, state: StateSpec, available) -> str | None:
        """A sticker, photo or location where the step asks something else: its `on_other` trigger (a question
        that must not come a third time), else the step's question again."""
        if state.on_other and state.on_other in available:
            return state.on_other
        self.prompt(turn)
        return None

    def _trigger_for_text(self, turn: Turn, state: StateSpec, available: frozenset[str] | set[str]) -> str | None:
        folded = _fold(turn.inbound.text)
        options = [o for o in self.options(turn, state) if o.kind == "postback"]
        # The button's own words typed (also inside a short sentence: 「近くの居場所を教えてください」, but not one
        # that denies what it names: "Bukan keluarga, hanya uang" is no tap of 「Keluarga」, nor a question about it:
        # 「これ全部答えないとだめ？」 asks about 「答えない」, it does not choose it)
        denies = any(denied for _clause, denied in wording().clauses(turn.inbound.text, wording().corrections))
        asks = wording().is_question(turn.inbound.text)
        for exact in (True, False) if not (denies or asks) else (True,):
            for option in options:
                label = _fold(option.label).lstrip("✓ ").strip()
                if (label == folded) if exact else (option.in_sentence and len(label) >= 3 and label in folded
                                                    and len(folded) <= 3 * len(label) + 8):
                    trigger, value, _ = postback.decode(option.data)
                    if trigger in available:
                        turn.value = value
                        return trigger
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
            if turn.inbound.kind != "text":
                turn.say("common.not_understood")
            self.prompt(turn)
            # typed words that answer nothing here (not a question of one's own: repeats.py): the question in one bubble
            if turn.inbound.kind == "text" and isinstance(turn.replies[-1], (Text, Choices)) and not wording().is_question(
                    turn.inbound.text):
                sorry = turn.t(varied_id(turn, "companion.not_an_answer", NOT_AN_ANSWER_VARIANTS))
                turn.replies[-1].text = f"{sorry}\n{turn.replies[-1].text}"
            return
        turn.conversation.state = model.state
        if turn.goto:
            if turn.goto in self.script.states:
                turn.conversation.state = turn.goto
            else:
                log.warning("an action asked for state %r, which the script does not declare", turn.goto)
            turn.goto = None
        spec = self.script.states[turn.conversation.state]
        if spec.status == "waiting":
            start_waiting(turn)
        if turn.signals and trigger != CRISIS and depth < 10:
            # an answer was a crisis sign of its kind (no place to sleep tonight): the crisis path, at once
            self._fire(turn, CRISIS, depth + 1)
            return
        if spec.auto and depth < 10:
            self._fire(turn, "next", depth + 1)
            return
        if turn.conversation.status == "active":
            return  # a counselor holds the conversation: the bot says nothing more
        if turn.quiet and self._buttons_under_answer(turn, spec):
            return
        self.prompt(turn)

    def _buttons_under_answer(self, turn: Turn, state: StateSpec) -> bool:
        """A quiet transition's answer (a thank-you, a goodbye) carries the step's buttons instead of its question
        coming again; False when there is no plain answer to carry them."""
        last = turn.replies[-1] if turn.replies else None
        if state.auto or not isinstance(last, (Text, Choices)) or getattr(last, "sender", None):
            return False
        options = self.options(turn, state)
        if isinstance(last, Choices):  # the answer's own buttons first (「記録について」), then the step's
            offered = {o.data for o in last.options}
            options = list(last.options) + [o for o in options if o.data not in offered]
        if options:
            turn.replies[-1] = Choices(last.text, options[:MAX_QUICK_REPLIES])
        return True

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
        offered = {postback.decode(o.data)[0] for o in opts if o.data}
        for spec in self.script.global_options:
            # a global button is left out where the step has its own for the same thing (「相談員と話す」)
            if self.script.dest_of(spec["trigger"], state.name) != state.name and spec["trigger"] not in offered:
                opts.append(self._option(turn, state, spec))
        return opts[:MAX_QUICK_REPLIES]

    def _option(self, turn: Turn, state: StateSpec, spec: dict) -> Option:
        label = turn.t(spec["label"])
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
        text = turn.t(msg_id or "", **params)
        turn.prompt_text = text
        options = self.options(turn, state, provided)
        last = turn.replies[-1] if turn.replies else None
        if isinstance(last, Text) and not last.sender and text and text in last.text:  # asked already in this answer
            turn.replies[-1] = Choices(last.text, options) if options else last
        else:
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
        return None if inbound.kind == "follow" else f"[{inbound.kind}]"


def open_conversation(session, resident, script: Script, now):
    """The resident's open conversation, or a new one at the script's start."""
    conv = repo.open_conversation(session, resident.id)
    if conv is None:
        conv = repo.new_conversation(session, resident.id, script.name, script.initial, now)
    return conv
