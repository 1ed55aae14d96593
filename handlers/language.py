"""Choosing the language: reachable from every step, remembered, and the way back to where one was."""
from handlers import language_names, languages, postback, registry
from handlers.registry import action, condition, provider, uses_state
from handlers.replies import Option
from handlers.turn import Turn

uses_state("language", "handlers.language (the next page of languages)")
uses_state("start", "handlers.language (where to come back to when nothing was saved)")
uses_state("language_check", "handlers.language (which language, asked once)")

PAGE = 10
LABEL_MAX = 20  # LINE's quick reply label limit


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
    """One button per language, each named in its own script, in pages that fit LINE's 13 buttons; after a typed
    answer that chose none, the question becomes "tap a button" (and only the languages it named, if several)."""
    page = int(turn.data.get("lang_page", 0))
    langs = languages.languages()
    typed = turn.data.pop("language_typed", None)
    offered = [languages.get(code) for code in (typed or {}).get("offer", ())]
    shown = offered or langs[page * PAGE:(page + 1) * PAGE]
    options = [Option(lang.native, postback.encode("pick", lang.code, "language"), display=lang.native,
                      in_sentence=False) for lang in shown]
    prompt: tuple = (None, {})
    if typed is not None:
        prompt = _tap_a_button(turn, typed.get("lang") or None)
    if len(langs) > PAGE and not offered:
        nxt = 0 if (page + 1) * PAGE >= len(langs) else page + 1
        label = _more_label([lang.native for lang in langs[nxt * PAGE:(nxt + 1) * PAGE]])
        options.append(Option(label, postback.encode("pick", f"page:{nxt}", "language"), display="…"))
    return prompt[0], prompt[1], options


def _more_label(names: list[str]) -> str:
    """The next page's button: '…' and as many of its languages' names as fit LINE's label whole, never a name cut
    ('…नेपाली / Bahasa Ind' was one)."""
    label = "…"
    for name in names:
        longer = f"{label} / {name}" if label != "…" else f"…{name}"
        if len(longer) > LABEL_MAX:
            break
        label = longer
    return label


def _tap_a_button(turn: Turn, seems: str | None) -> tuple:
    """"Please tap a button" in the language the message seems to be in (and the resident's, when another), or in
    Easy Japanese and English when that is unknown."""
    if seems == turn.lang:
        return "language.tap_button", {}
    first, second = (seems, turn.lang) if seems else ("ja-easy", "en")
    said = [turn.services.translate(code, "language.tap_button") for code in (first, second)]
    return "companion.language.both", {"first": said[0], "second": said[1]}


def _typed_choice(turn: Turn) -> tuple[str | None, tuple[str, ...], str | None]:
    """(the language a typed answer chooses, the languages to offer when it names several, the language it seems
    to be written in): a named language wins; else one the words are clearly written in, unless said no to."""
    if turn.inbound.kind != "text":
        return None, (), None
    naming = language_names.named_in(turn.inbound.text)
    triage = turn.triage
    written = (languages.from_triage_tag(triage.lang, turn.inbound.text)
               if triage is not None and triage.lang_sure else None)
    if written and written.split("-")[0] == turn.lang.split("-")[0]:
        written = turn.lang  # Japanese written by someone reading Easy Japanese keeps Easy Japanese
    if written in naming.refused:
        written = None  # 「日本語わからない」 is written in Japanese, and says Japanese will not do
    wanted = naming.wanted
    if len(wanted) == 1:
        return wanted[0], (), written
    if not wanted and written:
        return written, (), written
    return None, wanted, written


@condition("typed_a_language")
def typed_a_language(turn: Turn) -> bool:
    """True when a typed answer names one language or is clearly written in one."""
    return _typed_choice(turn)[0] is not None


@action("take_typed_language")
def take_typed_language(turn: Turn) -> None:
    """A typed answer where the language is asked: choose the language it names or is written in, and go back;
    else ask, in its language, to tap a button (offering only the languages it named, when several)."""
    chosen, offer, written = _typed_choice(turn)
    if chosen is None:
        _ask_to_tap(turn, written, offer)
        return
    turn.resident.lang, turn.resident.lang_source = chosen, "chosen"
    turn.say("language.changed")
    if not language_names.named_in(turn.inbound.text).named:
        registry.ACTIONS["classify_text"](turn)  # a message written, not a language named: kept as any other
        if turn.data.get("return_to") in (None, "start") and turn.triage is not None and turn.triage.topics:
            # a worry told in its own language (「ya no tengo dinero」) is the first message: said back, not asked for
            turn.data.pop("return_to", None)
            turn.goto = "topics"
    return_to_saved_state(turn)


@action("ask_to_tap_language")
def ask_to_tap_language(turn: Turn) -> None:
    """「わからない」 where the language is asked: say, in the language it is written in, to tap a button."""
    _ask_to_tap(turn, _typed_choice(turn)[2], ())


def _ask_to_tap(turn: Turn, written: str | None, offer: tuple[str, ...]) -> None:
    turn.data["language_typed"] = {"lang": written or "", "offer": list(offer)}
    if turn.previous_state != "language":
        turn.data["lang_page"] = 0
    turn.goto = "language"


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
                      display=languages.get(code).native, in_sentence=False) for code in (maybe, current)]
    return "companion.language.both", {"first": said[maybe], "second": said[current]}, options
