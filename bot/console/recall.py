"""What the console recalls of a resident beyond the conversation at hand: a pseudonym for staff pages and the
previous conversation (its summary and notes) when they come back."""
from bot.console.rows import conversation_row
from storage import repo_history


def pseudonym(resident_id: int) -> str:
    """How staff pages name a resident without their LINE id: 「R-000123」."""
    return f"R-{resident_id:06d}"


def previous_for(session, conv_id: int, resident_id: int) -> dict | None:
    """The resident's conversation before this one, as the conversation page recalls it: when, how it ended,
    its summary and its notes."""
    before = repo_history.previous_conversation(session, resident_id, conv_id)
    if before is None:
        return None
    row = conversation_row(before)
    row.update(created_at=before.created_at, closed_at=before.closed_at,
               notes=[{"author": n.author, "text": n.text, "at": n.created_at}
                      for n in repo_history.notes_on(session, [before.id])],
               count=repo_history.count_conversations(session, resident_id))
    return row
