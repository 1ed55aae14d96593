"""Choosing the language: reachable from every step, remembered, and the way back to where one was."""
from handlers import languages, postback, registry
from handlers.registry import action, provider, uses_state
from handlers.replies import Option
from handlers.turn import Turn

uses_state("language", "handlers.language (the next page of languages)")
uses_state("start", "handlers.language (where to come back to when nothing was saved)")
uses_state("language_check", "handlers.language (which language, asked once)")

PAGE = 10


@action("remember_return_state")
def remember_return_state(turn: Turn) -> None:
    """Remember where the resident was, to come back after choosing a language."""
    from handlers.companion import (
        RETURNING,  # steps one only visits are never where one comes back to
    )
    if turn.previous_state and turn.previous_state not in RETURNING:
        turn.data["return_to"] = turn.previous_state
    turn.data["lang_page"] = 0


@provider("language_options")
def language_options(turn: Turn):
    """One button per language, each named in its own script, in pages that fit LINE's 13 buttons."""
    page = int(turn.data.get("lang_page", 0))
    langs = languages.languages()
    shown = langs[page * PAGE:(page + 1) * PAGE]
    options = [Option(lang.native, postback.encode("pick", lang.code, "language"), display=lang.native)
               for lang in shown]
    if len(langs) > PAGE:
        nxt = 0 if (page + 1) * PAGE >= len(langs) else page + 1
        label = "…" + " / ".join(lang.native for lang in langs[nxt * PAGE:(nxt + 1) * PAGE][:2])
        options.append(Option(label[:20], postback.encode("pick", f"page:{nxt}", "language"), display="…"))
    return None, {}, options


@action("set_language")
def set_language(turn: Turn) -> None:
    """Use the chosen language from now on (or turn the page of the language list)."""
    if turn.value.startswith("page:"):
        turn.data["lang_page"] = int(turn.value.split(":", 1)[1] or 0)
        turn.goto = "language"
        return
    if turn.value in languages.codes():
        turn.resident.lang, turn.resident.lang_source = turn.value, "chosen"
        turn.say("language.changed")


@action("return_to_saved_state")
def return_to_saved_state(turn: Turn) -> None:
    """Go back to the step the resident was on before the language menu."""
    if turn.goto:
        return
    turn.goto = turn.data.pop("return_to", None) or "start"


@action("note_language_asked")
def note_language_asked(turn: Turn) -> None:
    """Which language to use is asked once per conversation; the message is kept as any other."""
    turn.data["language_asked"] = turn.now.isoformat()
    registry.ACTIONS["classify_text"](turn)


@provider("language_check_options")
def language_check_options(turn: Turn):
    """The question in both languages, and one button for each."""
    maybe = turn.data.get("language_maybe") or languages.SOURCE
    current = turn.resident.lang or languages.SOURCE
    said = {code: turn.services.translate(code, "companion.language.ask", language=languages.get(code).native)
            for code in (maybe, current)}
    options = [Option(languages.get(code).native, postback.encode("pick", code, "language_check"),
                      display=languages.get(code).native) for code in (maybe, current)]
    return "companion.language.both", {"first": said[maybe], "second": said[current]}, options
