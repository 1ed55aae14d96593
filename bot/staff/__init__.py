"""Staff accounts and signing in."""
