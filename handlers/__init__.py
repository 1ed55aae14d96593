"""What outcomes do: actions and conditions registered by name for the dialog scripts."""
