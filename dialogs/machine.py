"""transitions Machines built from a Script; one per script per process, fired on a light model per turn."""
import threading

from transitions import Machine

from dialogs.script import Script
from handlers import registry


class DialogModel:
    """The object the machine moves: the conversation's state plus the turn being handled."""

    def __init__(self, state: str, turn):
        self.state = state
        self.turn = turn


def _condition(name: str):
    return lambda event: bool(registry.CONDITIONS[name](event.model.turn))


def _action(name: str):
    return lambda event: registry.ACTIONS[name](event.model.turn)


def _be_quiet(event) -> None:
    event.model.turn.quiet = True


def build(script: Script) -> Machine:
    """A transitions Machine with the script's states and transitions, actions bound by name."""
    machine = Machine(model=None, states=list(script.states), initial=script.initial,
                      auto_transitions=False, send_event=True, ignore_invalid_triggers=False)
    for t in script.transitions:
        machine.add_transition(t["trigger"], t["source"], t["dest"],
                               conditions=[_condition(c) for c in t["conditions"]],
                               unless=[_condition(c) for c in t["unless"]],
                               after=[_action(a) for a in t["after"]] + ([_be_quiet] if t.get("quiet") else []))
    return machine


KEPT_MACHINES = 8
_machines: dict[int, tuple[Script, Machine]] = {}
_building = threading.Lock()


def machine_for(script: Script) -> Machine:
    """The process's Machine for *script*, built the first time it is asked for (by the start-up rehearsal)."""
    # One for all threads: a Machine without models and without a queue keeps nothing of a trigger (each has its
    # own EventData and model), and building one costs ~20 ms, which every request thread paid on its first turn.
    found = _machines.get(id(script))
    if found is None or found[0] is not script:
        with _building:
            found = _machines.get(id(script))
            if found is None or found[0] is not script:
                if len(_machines) >= KEPT_MACHINES:  # old published versions and editor previews: the oldest goes
                    del _machines[next(iter(_machines))]
                found = _machines[id(script)] = (script, build(script))
    return found[1]


def fire(script: Script, model: DialogModel, trigger: str) -> bool:
    """Fire *trigger* on *model*; True when a transition was taken (its conditions passed)."""
    # The model is not added to the machine: add_model binds a method per trigger and state to it, which
    # costs more than the turn itself. An Event only needs the model's `state` attribute to fire.
    return bool(machine_for(script).events[trigger].trigger(model))
