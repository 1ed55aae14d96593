"""What the centre learns: figures for the support coordination meeting (支援調整会議).

One small module per figure, listed in figures(); each asks storage.repo_reports for grouped
counts of distinct residents, and every table passes through suppress.protect before anyone sees it.
"""
from functools import cache
from typing import Callable

from handlers.reports.model import SUPPRESSED, WEEKDAYS, Cell, Context, Figure, Labels, show

__all__ = ["SUPPRESSED", "WEEKDAYS", "Cell", "Context", "Figure", "Labels", "figures", "show"]


@cache
def figures() -> dict[str, tuple[int, Callable[[Context], Figure]]]:
    """Every figure by id, with the order it is shown in: one module per figure, listed here (add yours)."""
    from handlers.reports import (
        after_hours,
        after_hours_bands,
        areas,
        channels,
        closing,
        crisis,
        languages,
        months,
        outcomes,
        places_gap,
        referrals,
        reply_time,
        topics,
        unmet,
    )

    return {
        "unmet": (5, unmet.unmet),
        "places_gap": (7, places_gap.places_gap),
        "months": (10, months.months),
        "topics": (20, topics.topics),
        "areas": (30, areas.areas),
        "languages": (40, languages.languages),
        "channels": (50, channels.channels),
        "crisis": (60, crisis.crisis),
        "outcomes": (70, outcomes.outcomes),
        "referrals": (75, referrals.referrals),
        "closing": (80, closing.closing),
        "after_hours_bands": (88, after_hours_bands.after_hours_bands),
        "reply_time": (89, reply_time.reply_time),
        "after_hours": (95, after_hours.after_hours),
    }
