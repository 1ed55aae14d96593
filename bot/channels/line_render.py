"""Neutral replies → LINE Messaging API message objects (quick replies, Flex carousels, ≤ 5 per call)."""
from linebot.v3.messaging import (DatetimePickerAction, FlexContainer, FlexMessage, LocationAction, Message,
                                  PostbackAction, QuickReply, QuickReplyItem, TextMessage, URIAction)

from handlers.replies import Cards, Choices, Option, Reply, Text

MAX_MESSAGES = 5
MAX_TEXT = 5000
MAX_LABEL = 20
MAX_BUBBLES = 12


def _action(option: Option):
    label = option.label[:MAX_LABEL]
    if option.kind == "location":
        return LocationAction(label=label)
    if option.kind == "datetime":
        return DatetimePickerAction(label=label, data=option.data, mode="datetime")
    if option.kind == "uri":
        return URIAction(label=label, uri=option.uri)
    return PostbackAction(label=label, data=option.data, displayText=(option.display or option.label)[:300])


def _bubble(card) -> dict:
    body = [{"type": "text", "text": card.title, "weight": "bold", "size": "md", "wrap": True}]
    body += [{"type": "text", "text": line, "size": "sm", "wrap": True, "color": "#555555"} for line in card.lines]
    bubble = {"type": "bubble", "size": "kilo", "body": {"type": "box", "layout": "vertical", "spacing": "sm",
                                                        "contents": body}}
    if card.actions:
        buttons = []
        for option in card.actions[:3]:
            act = _action(option).to_dict()
            buttons.append({"type": "button", "style": "link", "height": "sm", "action": act})
        bubble["footer"] = {"type": "box", "layout": "vertical", "contents": buttons}
    return bubble


def _merge(replies: list[Reply]) -> list[Reply]:
    """Fold plain texts together until the replies fit into one LINE call."""
    replies = list(replies)
    while len(replies) > MAX_MESSAGES:
        for i in range(len(replies) - 1):
            if isinstance(replies[i], Text) and isinstance(replies[i + 1], (Text, Choices)):
                nxt = replies[i + 1]
                joined = f"{replies[i].text}\n\n{nxt.text}"
                replies[i:i + 2] = [Choices(joined, nxt.options) if isinstance(nxt, Choices) else Text(joined)]
                break
        else:
            replies = replies[:MAX_MESSAGES]
    return replies


def render(replies: list[Reply]) -> list[Message]:
    """LINE messages for one reply or push call."""
    out: list[Message] = []
    for reply in _merge(replies):
        if isinstance(reply, Cards):
            carousel = {"type": "carousel", "contents": [_bubble(c) for c in reply.cards[:MAX_BUBBLES]]}
            out.append(FlexMessage(altText=reply.alt_text[:400], contents=FlexContainer.from_dict(carousel)))
        elif isinstance(reply, Choices) and reply.options:
            items = [QuickReplyItem(action=_action(o)) for o in reply.options[:13]]
            out.append(TextMessage(text=reply.text[:MAX_TEXT], quickReply=QuickReply(items=items)))
        else:
            out.append(TextMessage(text=reply.text[:MAX_TEXT]))
    return out
