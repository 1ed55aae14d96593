"""The label vocabulary shared by the data files, the classifier and the evaluation."""

TOPICS = ("work", "money", "housing", "family", "health", "isolation")
CRISIS = ("suicide", "violence", "no_food", "no_shelter", "lifeline")
INTENTS = (
    "human",
    "yes",
    "no",
    "skip",
    "places",
    "booking",
    "reschedule",
    "cancel",
    "language",
    "restart",
    "data_request",
)
LANGS = ("ja", "en", "zh", "ko", "vi", "tl", "pt", "es", "ne", "id", "th", "my")

# The three kinds of label a data file lists, in the order results are reported.
SECTIONS = {"topics": TOPICS, "crisis": CRISIS, "intents": INTENTS}
ALL_LABELS = {label: section for section, labels in SECTIONS.items() for label in labels}

# Writing systems the language detector can tell apart (see langdetect.py).
SCRIPTS = ("kana", "han", "hangul", "thai", "myanmar", "devanagari", "latin")
