"""Channel-neutral reply types; channels in bot/ decide how they look on LINE, the kiosk or the simulator."""
import hashlib
from dataclasses import asdict, dataclass, field


@dataclass
class Option:
    """One choice offered to the resident (a quick-reply button on LINE)."""

    label: str
    data: str = ""
    kind: str = "postback"  # postback | location | datetime | uri
    display: str | None = None  # what the chat shows as the resident's answer
    uri: str | None = None
    # False: its label typed inside a sentence does not count as tapping it (the language buttons: 「やさしい日本語」
    # names Easy Japanese although 「日本語」 is in it — the step reads such sentences itself)
    in_sentence: bool = True


@dataclass
class Text:
    """A plain message; *sender* names the person who wrote it (a counselor), shown above it on LINE."""

    text: str
    type: str = "text"
    sender: str = ""


@dataclass
class Choices:
    """A message with options under it."""

    text: str
    options: list[Option] = field(default_factory=list)
    type: str = "choices"


@dataclass
class Card:
    """One card of a carousel (a place, a resource, a visit slot)."""

    title: str
    lines: list[str] = field(default_factory=list)
    actions: list[Option] = field(default_factory=list)


@dataclass
class Cards:
    """A carousel of cards with a text summary for channels that cannot show cards."""

    alt_text: str
    cards: list[Card] = field(default_factory=list)
    type: str = "cards"


Reply = Text | Choices | Cards


def _option_dict(option: Option) -> dict:
    return {"label": option.label, "data": option.data, "kind": option.kind, "display": option.display,
            "uri": option.uri, "in_sentence": option.in_sentence}


def to_dict(reply: Reply) -> dict:
    """Serialise a reply for the outbox (what dataclasses.asdict gives, written out: asdict deep-copies
    field by field and cost more than the rest of queueing a reply)."""
    if isinstance(reply, Text):
        return {"text": reply.text, "type": reply.type, "sender": reply.sender}
    if isinstance(reply, Choices):
        return {"text": reply.text, "options": [_option_dict(o) for o in reply.options], "type": reply.type}
    if isinstance(reply, Cards):
        return {"alt_text": reply.alt_text,
                "cards": [{"title": c.title, "lines": list(c.lines), "actions": [_option_dict(a) for a in c.actions]}
                          for c in reply.cards], "type": reply.type}
    return asdict(reply)


def from_dict(data: dict) -> Reply:
    """Rebuild a reply from its outbox form."""
    kind = data.get("type")
    if kind == "choices":
        return Choices(data["text"], [Option(**o) for o in data.get("options", [])])
    if kind == "cards":
        cards = [Card(c["title"], list(c.get("lines", [])), [Option(**a) for a in c.get("actions", [])])
                 for c in data.get("cards", [])]
        return Cards(data["alt_text"], cards)
    return Text(data["text"], sender=str(data.get("sender") or ""))


def plain_text(reply: Reply) -> str:
    """The reply as one plain text, for the conversation history and text-only channels."""
    if isinstance(reply, Cards):
        return "\n".join([reply.alt_text] + [f"・{c.title}" for c in reply.cards])
    return reply.text


def bubble_key(text: str) -> str:
    """A short fingerprint of a bubble's text, to know whether the previous answer said it (never twice)."""
    return hashlib.sha1(text.encode()).hexdigest()[:16]
