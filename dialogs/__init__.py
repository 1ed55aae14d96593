"""The conversation: dialog scripts, their engine, and the triage classifier."""
