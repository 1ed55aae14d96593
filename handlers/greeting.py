"""A bare greeting (「おはよう」「こんにちは」 "hello" "xin chào") is greeted back, never read as a topic; after a crisis
sign it also asks gently how the resident is now, with the 24-hour lines that fit the sign (found by a tester: the
morning after a crisis at night, 「おはよう」 got 「体や心のことですね」)."""
from handlers import registry
from handlers.aftercrisis import lines_for_the_sign
from handlers.companion import local_hour, message_language
from handlers.registry import action, matcher
from handlers.turn import Turn
from handlers.word_sets import fold, folded_word_set

SPACED_ENDS = (".", "!", "।", "။")  # sentence ends a space follows (not 。)
MORNING_UNTIL, EVENING_FROM = 11, 18  # local hours: おはようございます before 11, こんばんは from 18


@matcher("greeting")
def greeting(turn: Turn, pattern, engine) -> str | None:
    """A short message that greets and names nothing, in the resident's own language (a greeting in another
    language is the language question's: 「Xin chào」 from a Japanese reader)."""
    triage = turn.triage
    if turn.inbound.kind != "text" or triage is None or triage.crisis or triage.topics or triage.possible:
        return None
    if message_language(turn) or not folded_word_set(pattern.words).found_in(fold(turn.inbound.text)):
        return None
    return engine.pick(turn, pattern.triggers)


def hello(turn: Turn) -> str:
    """Good morning, hello or good evening by the local hour, in the resident's language."""
    hour = local_hour(turn)
    part = "morning" if hour < MORNING_UNTIL else "evening" if hour >= EVENING_FROM else "day"
    said = turn.t(f"companion.hello.{part}")
    # in a language with spaces between sentences the next one follows after a space ("Good evening. Thank you…")
    return f"{said} " if said.endswith(SPACED_ENDS) else said


@action("greet_back")
def greet_back(turn: Turn) -> None:
    """The greeting returned; after a crisis sign, a gentle word about it, how are you now, and the lines."""
    said_hello = ""
    if turn.data.get("greeted"):
        said_hello = hello(turn)
    else:
        registry.ACTIONS["greet_first_contact"](turn)  # who we are comes first to someone new
    if turn.conversation.crisis:
        turn.say("companion.greeting_after_crisis", hello=said_hello, lines=lines_for_the_sign(turn))
    else:
        turn.say("companion.greeting_plain", hello=said_hello)
