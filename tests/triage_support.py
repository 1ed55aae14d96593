"""What the triage test modules share: a result's labels (the shipped classifier is the `classify` fixture in
conftest.py)."""
from dialogs.triage import TriageResult


def labels(result: TriageResult) -> tuple[set, set]:
    """A result's topics and crisis labels, as sets."""
    return set(result.topics), set(result.crisis)
