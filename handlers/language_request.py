"""A language asked for in words from any step (「やさしい にほんご で おねがいします」 "English na lang po"
「Có ai nói tiếng Việt không?」): the bot switches to it and says who speaks it at the centre (languages.yaml
`staff`); a message naming several is offered just those. Words that say the bot's words are hard
(「意味がわからない」 "I don't understand") are offered simpler words or another language, and a person."""
import re

from handlers import formatting, language_names, languages
from handlers.language import remember_return_state
from handlers.registry import action, condition, matcher, uses_state
from handlers.turn import Turn

uses_state("language", "handlers.language_request (several languages named: just those offered)")

SHORT_ASK = 16  # a language request this short ("language", 「英語」) opens the language menu
# 「フランス語」「ウルドゥー語」「中国語」: a language named in Japanese (not 「言語」 itself, "language", which opens the menu)
A_LANGUAGE_NAMED = re.compile(r"[ァ-ヶー]{2,}語|[一-龠々]{2,}語")
STORY_CHARS = 24  # a longer message that names topics is a story mentioning a language, not a request


@matcher("language_named")
def language_named(turn: Turn, pattern, engine) -> str | None:
    """The message asks for a language it names (the classifier reads a language request), not a story that
    mentions one (「英語の仕事を探していますが…」 names a topic)."""
    triage, text = turn.triage, turn.inbound.text.strip()
    if turn.inbound.kind != "text" or triage is None or triage.crisis or (triage.topics and len(text) > STORY_CHARS):
        return None
    if "language" not in triage.intents:
        return None
    if language_names.named_in(turn.inbound.text).wanted:
        return engine.pick(turn, pattern.triggers[:1])
    # a language asked for that the bot does not write (「フランス語を話せる人は？」 "an interpreter for Urdu"): what
    # there is; a short one (「言語」 "language") is the language menu (the next pattern)
    if len(text) > SHORT_ASK or triage.topics or A_LANGUAGE_NAMED.search(text):
        return engine.pick(turn, pattern.triggers[1:])
    return None


@action("switch_named_language")
def switch_named_language(turn: Turn) -> None:
    """Use the language the message asks for (said in it), and say who speaks it at the centre; several named:
    the language menu with just those."""
    wanted = language_names.named_in(turn.inbound.text).wanted
    if len(wanted) != 1:
        remember_return_state(turn)
        turn.data["language_typed"] = {"lang": "", "offer": list(wanted)}
        turn.goto = "language"
        return
    language, resident = languages.get(wanted[0]), turn.resident
    if language.code != turn.lang or resident.lang_source != "chosen":
        resident.lang, resident.lang_source = language.code, "chosen"
        turn.say("language.changed")
    else:
        turn.say("language.already", language=language.native)  # asked again: not the switch said once more
    staff = turn.t(f"language.staff.{language.staff}", language=language.native)
    if not turn.said_last(staff):  # who speaks it: told once, not again
        turn.say(f"language.staff.{language.staff}", language=language.native)


@action("say_languages_available")
def say_languages_available(turn: Turn) -> None:
    """A language asked for that the bot does not write: the languages it does, and who speaks what at the centre
    (languages.yaml `staff`)."""
    langs = languages.languages()
    staff = [lang.native for lang in langs if lang.staff == "speaks"]
    interpreted = [lang.native for lang in langs if lang.staff == "interpreter"]
    turn.say("language.available", languages=" / ".join(lang.native for lang in langs),
             staff=formatting.listing(staff, turn.lang), interpreted=formatting.listing(interpreted, turn.lang))


@action("offer_simpler_words")
def offer_simpler_words(turn: Turn) -> None:
    """The bot's words were hard: sorry, and what makes them easier (Easy Japanese or another language, a person);
    once per conversation."""
    turn.data["simpler_offered"] = turn.now.isoformat()
    turn.say("companion.simpler")


@condition("simpler_not_offered")
def simpler_not_offered(turn: Turn) -> bool:
    """Simpler words were not offered yet in this conversation."""
    return not turn.data.get("simpler_offered")
