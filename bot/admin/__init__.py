"""Staff administration: dialog data, the directory of places, reports, staff accounts."""
