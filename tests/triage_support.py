"""What the triage test modules share: a result's labels (the shipped classifier is the `classify` fixture in
conftest.py)."""
from dialogs.triage import TriageResult


def labels(result: TriageResult) -> tuple[set, set]:
    """A result's topics and crisis labels, as sets."""
    return set(result.topics), set(result.crisis)


def raised(result: TriageResult) -> set:
    """The crisis kinds the bot acts on: certain, or asked about with the gentle question."""
    return set(result.crisis) | set(result.possible)
