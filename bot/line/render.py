"""Neutral replies → LINE Messaging API message objects (quick replies, Flex carousels, ≤ 5 per call).

The objects are the JSON the Messaging API takes, built as plain dicts: the SDK's pydantic models
would validate and re-serialise the same few shapes on every reply, which cost more CPU than the rest of
the delivery (tests/test_line_render.py checks these dicts against the SDK's own models)."""
from bot.line.limits import (
    DISPLAY_TEXT_UNITS,
    LABEL_GRAPHEMES,
    TEXT_UNITS,
    cut_graphemes,
    cut_units,
)
from handlers.replies import Cards, Choices, Option, Reply, Text

MAX_MESSAGES = 5
MAX_TEXT = TEXT_UNITS
MAX_LABEL = LABEL_GRAPHEMES
MAX_BUBBLES = 12
MAX_QUICK_REPLIES = 13
MAX_SENDER_NAME = 20  # LINE: a message's sender.name is at most 20 characters


def _action(option: Option) -> dict:
    label = cut_graphemes(option.label, MAX_LABEL)
    if option.kind == "location":
        return {"type": "location", "label": label}
    if option.kind == "datetime":
        return {"type": "datetimepicker", "label": label, "data": option.data, "mode": "datetime"}
    if option.kind == "uri":
        return {"type": "uri", "label": label, "uri": option.uri}
    return {"type": "postback", "label": label, "data": option.data,
            "displayText": cut_units(option.display or option.label, DISPLAY_TEXT_UNITS)}


def _bubble(card) -> dict:
    body = [{"type": "text", "text": card.title, "weight": "bold", "size": "md", "wrap": True}]
    body += [{"type": "text", "text": line, "size": "sm", "wrap": True, "color": "#555555"} for line in card.lines]
    bubble = {"type": "bubble", "size": "kilo", "body": {"type": "box", "layout": "vertical", "spacing": "sm",
                                                        "contents": body}}
    if card.actions:
        buttons = [{"type": "button", "style": "link", "height": "sm", "action": _action(option)}
                   for option in card.actions[:3]]
        bubble["footer"] = {"type": "box", "layout": "vertical", "contents": buttons}
    return bubble


def _merge(replies: list[Reply]) -> list[Reply]:
    """Fold plain texts together until the replies fit into one LINE call."""
    replies = list(replies)
    while len(replies) > MAX_MESSAGES:
        for i in range(len(replies) - 1):
            if isinstance(replies[i], Text) and isinstance(replies[i + 1], (Text, Choices)) \
                    and not replies[i].sender and not getattr(replies[i + 1], "sender", ""):  # never merge a person's words
                nxt = replies[i + 1]
                joined = f"{replies[i].text}\n\n{nxt.text}"
                replies[i:i + 2] = [Choices(joined, nxt.options) if isinstance(nxt, Choices) else Text(joined)]
                break
        else:
            replies = replies[:MAX_MESSAGES]
    return replies


def render(replies: list[Reply]) -> list[dict]:
    """LINE message objects for one reply or push call."""
    out: list[dict] = []
    for reply in _merge(replies):
        if isinstance(reply, Cards):
            carousel = {"type": "carousel", "contents": [_bubble(c) for c in reply.cards[:MAX_BUBBLES]]}
            out.append({"type": "flex", "altText": cut_units(reply.alt_text, 400), "contents": carousel})
        elif isinstance(reply, Choices) and reply.options:
            items = [{"type": "action", "action": _action(o)} for o in reply.options[:MAX_QUICK_REPLIES]]
            out.append({"type": "text", "text": cut_units(reply.text, MAX_TEXT), "quickReply": {"items": items}})
        else:
            message = {"type": "text", "text": cut_units(reply.text, MAX_TEXT)}
            if getattr(reply, "sender", ""):
                message["sender"] = {"name": cut_units(reply.sender, MAX_SENDER_NAME)}  # 「相談員 佐藤」 above the bubble
            out.append(message)
    return out
