"""Unmet needs noticed during a conversation, kept as codes in its data so the reports can count them."""
from handlers.turn import Turn

VISIT_NO_LANGUAGE = "visit_language"  # open slots were offered, none with a counselor or interpreter in the language
VISIT_NO_SLOT = "visit_none"  # the resident wanted to book a visit and no slot was open at all
CODES = (VISIT_NO_LANGUAGE, VISIT_NO_SLOT)


def note(turn: Turn, code: str) -> None:
    """Remember that this conversation met *code* (once per conversation)."""
    if code not in CODES:
        raise ValueError(f"unknown unmet need {code!r}; use one of {', '.join(CODES)}")
    turn.data["unmet"] = sorted(set(turn.data.get("unmet") or []) | {code})
