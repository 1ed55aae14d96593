"""The context every action and condition receives: who, which conversation, what they did, how to speak."""
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable

from sqlalchemy.orm import Session

from handlers.inbound import Inbound
from handlers.replies import Choices, Option, Reply, Text, bubble_key
from storage.models import Conversation, Resident


@dataclass
class Services:
    """What handlers may use besides the database: texts, the classifier, office data, notifications."""

    translate: Callable[..., str]  # (lang, msg_id, **params) -> str
    classify: Callable[..., Any]  # (text, lang) -> dialogs.triage.TriageResult
    office: Any  # handlers.office.Office
    hotlines: Any  # handlers.hotlines.HotlineBook
    questions: Any = None  # handlers.questions.QuestionBook
    places: Any = None  # handlers.directory.PlacesConfig
    notify: Callable[[dict], None] = lambda payload: None
    destinations: Any = None  # handlers.destinations.DestinationBook
    settings: dict = field(default_factory=dict)
    wording: Callable[[str, str], str] = lambda lang, msg_id: msg_id  # the unformatted template (consent versions)
    retention: Any = None  # handlers.retention_policy.RetentionPolicy
    dates: Any = None  # handlers.typed_dates.DateWords
    dialog_version: int = 0  # the published dialog version these services were built from


@dataclass
class Turn:
    """One resident action being handled: the state of the world plus the replies collected so far."""

    session: Session
    resident: Resident
    conversation: Conversation
    inbound: Inbound
    services: Services
    now: datetime
    replies: list[Reply] = field(default_factory=list)
    value: str = ""  # the value carried by the button pressed, if any
    goto: str | None = None  # an action may send the dialog to another state after its transition
    previous_state: str = ""  # the state before the transition being run
    noted: bool = False  # the resident's words of this turn are kept already (note_words)
    triage: Any = None  # the classifier's reading of this message, when it was text
    effects: list[Callable[[], None]] = field(default_factory=list)  # run after commit (notifications)
    enter: Callable[[str], None] | None = None  # move the dialog to a state and show its prompt (jobs)
    signals: list[str] = field(default_factory=list)  # crisis signs this turn raised (the crisis path follows)
    answered_sign: str = ""  # a follow-up question's answer that is a crisis sign (「今夜、寝る場所は？」「ない」)
    pattern: str = ""  # the name of the script pattern that handled this turn, if any
    quiet: bool = False  # a quiet transition: its answer ends the turn, the step's buttons go under it
    again_as: str = ""  # the answer says itself why it comes (an old button): repeated, its first bubble says this
    prompt_text: str = ""  # the step's own question as shown this turn (a repeat of it is asked shortly)
    answered: bool = False  # the resident's own question was answered this turn: no "a counselor can answer that"
    question_after: bool = False  # the step's question follows this answer even in the queue (how the wait stands)

    @property
    def lang(self) -> str:
        """The resident's language code."""
        return self.resident.lang or "ja"

    @property
    def data(self) -> dict:
        """The conversation's working data (mutate, then it is saved with the turn)."""
        return self.conversation.data

    def t(self, msg_id: str, **params) -> str:
        """The text of *msg_id* in the resident's language."""
        return self.services.translate(self.lang, msg_id, **params)

    def say(self, msg_id: str, **params) -> None:
        """Queue a plain message."""
        self.replies.append(Text(self.t(msg_id, **params)))

    def say_fresh(self, msg_id: str, **params) -> None:
        """Queue *msg_id*, or its other wording (``msg_id.again``) when the previous answer said it: never the same
        bubble twice in a row (a second sticker, image or location)."""
        self.say(f"{msg_id}.again" if self.said_last(self.t(msg_id, **params)) else msg_id, **params)

    def said_last(self, text: str) -> bool:
        """The previous answer held a bubble with exactly this text."""
        return bubble_key(text) in (self.data.get("last_bubbles") or ())

    def ask(self, msg_id: str, options: list[Option], **params) -> None:
        """Queue a message with options under it."""
        self.replies.append(Choices(self.t(msg_id, **params), options))
