"""Follow-up questions after triage: which to ask for which topics, validated from data."""
from dataclasses import dataclass, field
from pathlib import Path

from handlers.datafile import DataError, line_of, load_file
from handlers.problems import Problem
from handlers.word_sets import fold, folded_word_set

TOPICS = ("work", "money", "housing", "family", "health", "isolation")
CRISIS_SIGNS = ("suicide", "violence", "no_food", "no_shelter", "lifeline")


@dataclass(frozen=True)
class Question:
    """One short follow-up question with its answer buttons."""

    id: str
    prompt: str  # message id
    ask_when: frozenset[str]  # topics, or {"always"}
    options: tuple[tuple[str, str], ...]  # (label message id, stored value)
    crisis: tuple[tuple[str, str], ...] = ()  # (value, crisis sign): this answer is a crisis sign of its kind
    means: tuple[tuple[str, str], ...] = ()  # (yes|no, value): a typed yes or no answers with this value
    words: tuple[tuple[str, str], ...] = ()  # (word, value): a message containing the word answers the question
    replies: tuple[tuple[str, str], ...] = ()  # (word, value): a reply at any follow-up question containing it
    intents: tuple[tuple[str, str], ...] = ()  # (intent, value): a message the classifier reads so answers it
    about: tuple[str, ...] = ()  # words naming what is asked (今夜, 収入): a yes or no said with them answers this one
    explain: str = ""  # message id: the question in plainer words, for 「どういう意味？」 "what do you mean?"

    def value_for_words(self, text: str) -> str | None:
        """The answer a message gives to this question by its words, if it gives one."""
        folded = fold(text)
        return next((value for word, value in self.words if fold(word) in folded), None)

    def value_for_reply(self, text: str, intents) -> str | None:
        """The answer a reply at a follow-up question (maybe another one) gives to this question by its words or by
        the intents read in it (「子ども二人とわしや」: with children; has_shelter: has a place)."""
        folded = fold(text)
        for value in dict.fromkeys(value for _w, value in self.replies):
            if folded_word_set(tuple(w for w, v in self.replies if v == value), True).found_in(folded):
                return value
        return next((value for intent, value in self.intents if intent in intents), None)

    def is_about(self, text: str) -> bool:
        """The message names what this question asks (「今夜」「収入」 "income")."""
        return bool(self.about) and folded_word_set(self.about, True).found_in(fold(text))

    def crisis_of(self, value: str) -> str | None:
        """The crisis sign an answer is (no place to sleep tonight), or None."""
        return dict(self.crisis).get(value)


@dataclass
class QuestionBook:
    """All follow-up questions in priority order."""

    questions: list[Question]
    max_questions: int = 4
    by_id: dict[str, Question] = field(default_factory=dict)

    def __post_init__(self):
        self.by_id = {q.id: q for q in self.questions}

    @classmethod
    def from_data(cls, data, name: str, known_message=lambda m: True) -> "QuestionBook":
        """Build from parsed YAML, listing every problem with its line."""
        if not isinstance(data, dict) or not isinstance(data.get("questions") or [], list):
            raise DataError([Problem("questions.shape", where=name, line=1)])
        problems, questions = [], []
        for q in data.get("questions") or []:
            try:
                question = Question(str(q["id"]), str(q["prompt"]), frozenset(q["ask_when"]),
                                    tuple((str(o["label"]), str(o["value"])) for o in q["options"]),
                                    tuple((str(o["value"]), str(o["crisis"])) for o in q["options"] if o.get("crisis")),
                                    tuple((str(o["means"]), str(o["value"])) for o in q["options"] if o.get("means")),
                                    tuple((str(w), str(o["value"])) for o in q["options"] for w in o.get("words") or ()),
                                    tuple((str(w), str(o["value"])) for o in q["options"] for w in o.get("replies") or ()),
                                    tuple((str(i), str(o["value"])) for o in q["options"] for i in o.get("intents") or ()),
                                    tuple(str(w) for w in q.get("about") or ()), str(q.get("explain") or ""))
            except (KeyError, TypeError) as exc:
                problems.append(Problem("questions.incomplete", where=name, line=line_of(q), missing=exc))
                continue
            for value, sign in question.crisis:
                if sign not in CRISIS_SIGNS:
                    problems.append(Problem("questions.unknown_sign", where=name, line=line_of(q), id=question.id, value=value, sign=sign))
            for meaning, value in question.means:
                if meaning not in ("yes", "no"):
                    problems.append(Problem("questions.means", where=name, line=line_of(q), id=question.id, value=value))
            unknown = question.ask_when - set(TOPICS) - {"always"}
            if unknown:
                problems.append(Problem("questions.unknown_topics", where=name, line=line_of(q), id=question.id, unknown=sorted(unknown)))
            for msg_id in [question.prompt] + [label for label, _ in question.options] + [question.explain] * bool(question.explain):
                if not known_message(msg_id):
                    problems.append(Problem("data.message_unknown", where=name, line=line_of(q), owner=question.id, id=msg_id))
            questions.append(question)
        if len({q.id for q in questions}) != len(questions):
            problems.append(Problem("questions.same_id", where=name, line=1))
        maximum = data.get("max_questions", 4)
        if not isinstance(maximum, int) or not 1 <= maximum <= 6:
            problems.append(Problem("questions.max", where=name, line=line_of(data)))
        if problems:
            raise DataError(problems)
        return cls(questions, maximum)

    @classmethod
    def load(cls, path: Path, known_message=lambda m: True) -> "QuestionBook":
        """Read and validate the follow-up questions file."""
        return cls.from_data(load_file(path), path.name, known_message)

    def plan(self, topics: list[str], answered=()) -> list[str]:
        """The ids of the questions to ask for these topics, most important first (none already answered)."""
        chosen = [q.id for q in self.questions if q.ask_when & (set(topics) | {"always"}) and q.id not in answered]
        return chosen[: self.max_questions]

    def area_options(self) -> tuple[tuple[str, str], ...]:
        """The answer buttons of the 'area' question (the city's areas), if there is one."""
        return self.by_id["area"].options if "area" in self.by_id else ()
