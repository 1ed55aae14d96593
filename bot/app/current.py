"""The one way to reach the Runtime a request is served by (the app keeps it under one extension key)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from flask import current_app

if TYPE_CHECKING:
    from bot.app.runtime import Runtime

EXTENSION = "madoguchi"


def current_runtime() -> Runtime:
    """The Runtime of the app serving the current request (or app context)."""
    return current_app.extensions[EXTENSION]
