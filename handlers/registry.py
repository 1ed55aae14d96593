"""Named actions, conditions and option providers that dialog scripts may refer to (never code from YAML)."""
import importlib
from typing import Callable

# Every module that registers something here (an action, condition, provider, matcher, job or a used state or
# trigger), by name, in the order load_all() imports them. The modules import this registry to register
# themselves; the registry imports none of them in return, it loads them by name at load_all(). A new module
# that registers something is added here (tests/test_layers.py checks that the list is complete).
HANDLER_MODULES = (
    "handlers.crisis",
    "handlers.handoff",
    "handlers.intake",
    "handlers.language",
    "handlers.language_request",
    "handlers.places",
    "handlers.food_places",
    "handlers.privacy",
    "handlers.referral",
    "handlers.retention",
    "handlers.service_questions",
    "handlers.service_asks",
    "handlers.service_terms",
    "handlers.greeting",
    "handlers.visit",
    "handlers.visit_typed",
    "handlers.visit_confirm",
    "handlers.visit_booked",
    "handlers.waiting",
    "handlers.aftercrisis",
    "handlers.companion",
    "handlers.pending",
    "handlers.choice_answers",
    "handlers.topic_corrections",
    "handlers.safety",
    "handlers.safety_now",
    "handlers.safety_held",
    "handlers.followup_answers",
    "handlers.question_meaning",
    "handlers.person_offer",
    "handlers.still_waiting",
    "handlers.returns",
    "handlers.stop_check",
    "handlers.tonight",
    "handlers.anger",
    "handlers.patterns",
)

ACTIONS: dict[str, Callable] = {}
CONDITIONS: dict[str, Callable] = {}
PROVIDERS: dict[str, Callable] = {}
JOBS: dict[str, Callable] = {}
SYSTEM_JOBS: dict[str, Callable] = {}
MATCHERS: dict[str, Callable] = {}
# Conditions that read a typed answer to the step's question (a yes, a no, 「大丈夫」): a step whose text
# transitions test one asks something, and words that answer it win over a courtesy after them (「大丈夫、ありがとう」)
ANSWER_CONDITIONS: set[str] = set()
# States and triggers the program names (module that uses them): a script missing one is refused at load.
STATES_USED: dict[str, str] = {}
TRIGGERS_USED: dict[str, str] = {}


def _register(table: dict, name: str) -> Callable:
    def decorator(func: Callable) -> Callable:
        if name in table:
            raise ValueError(f"{name!r} is registered twice")
        table[name] = func
        return func
    return decorator


def action(name: str) -> Callable:
    """Register func(turn) as an action scripts call by *name*."""
    return _register(ACTIONS, name)


def condition(name: str, answer: bool = False) -> Callable:
    """Register func(turn) -> bool as a condition scripts test by *name* (*answer*: it reads a typed answer)."""
    if answer:
        ANSWER_CONDITIONS.add(name)
    return _register(CONDITIONS, name)


def provider(name: str) -> Callable:
    """Register func(turn) -> (prompt_params, options) used by a state's `dynamic:` key."""
    return _register(PROVIDERS, name)


def matcher(name: str) -> Callable:
    """Register func(turn, pattern) -> bool, which tells whether a script pattern applies to this turn."""
    return _register(MATCHERS, name)


def uses_state(name: str, by: str) -> None:
    """Declare that the program names state *name* (checked against every script at load)."""
    STATES_USED[name] = by


def uses_trigger(name: str, by: str) -> None:
    """Declare that the program fires trigger *name* (checked against every script at load)."""
    TRIGGERS_USED[name] = by


def job(kind: str) -> Callable:
    """Register func(turn, payload) as the handler of scheduled jobs of *kind* (reminders, follow-ups)."""
    return _register(JOBS, kind)


def system_job(kind: str) -> Callable:
    """Register func(session, bundle, now, payload) -> dict as the handler of resident-less jobs (the purge)."""
    return _register(SYSTEM_JOBS, kind)


def load_all() -> None:
    """Import every module of HANDLER_MODULES (once; Python caches modules) so its registrations take effect."""
    for name in HANDLER_MODULES:
        importlib.import_module(name)
