"""transitions Machines built from a Script; one per script per thread, fired on a light model per turn."""
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


_local = threading.local()


def fire(script: Script, model: DialogModel, trigger: str) -> bool:
    """Fire *trigger* on *model*; True when a transition was taken (its conditions passed)."""
    cache = getattr(_local, "machines", None)
    if cache is None:
        cache = _local.machines = {}
    machine = cache.get(id(script))
    if machine is None or machine[0] is not script:
        machine = cache[id(script)] = (script, build(script))
    # The model is not added to the machine: add_model binds a method per trigger and state to it, which
    # costs more than the turn itself. An Event only needs the model's `state` attribute to fire.
    return bool(machine[1].events[trigger].trigger(model))
