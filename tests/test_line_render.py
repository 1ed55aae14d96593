"""The LINE messages we build as plain JSON are exactly what line-bot-sdk's own models would send."""
from linebot.v3.messaging import (
    DatetimePickerAction,
    FlexContainer,
    FlexMessage,
    LocationAction,
    PostbackAction,
    PushMessageRequest,
    QuickReply,
    QuickReplyItem,
    ReplyMessageRequest,
    TextMessage,
    URIAction,
)

from bot.line import render as line_render
from handlers.replies import Card, Cards, Choices, Option, Text


def sdk_action(option: Option):
    label = option.label[:20]
    if option.kind == "location":
        return LocationAction(label=label)
    if option.kind == "datetime":
        return DatetimePickerAction(label=label, data=option.data, mode="datetime")
    if option.kind == "uri":
        return URIAction(label=label, uri=option.uri)
    return PostbackAction(label=label, data=option.data, displayText=(option.display or option.label)[:300])


def sdk_message(reply):
    """The SDK model of one (already merged) reply, as the sender built it before it spoke JSON itself."""
    if isinstance(reply, Cards):
        carousel = line_render.render([reply])[0]["contents"]
        return FlexMessage(altText=reply.alt_text[:400], contents=FlexContainer.from_dict(carousel))
    if isinstance(reply, Choices) and reply.options:
        items = [QuickReplyItem(action=sdk_action(o)) for o in reply.options[:13]]
        return TextMessage(text=reply.text[:5000], quickReply=QuickReply(items=items))
    return TextMessage(text=reply.text[:5000])


REPLIES = [
    Text("こんにちは"),
    Choices("どれにしますか？", [Option("お仕事のこと", "t=topic&v=work&s=topics", display="お仕事のこと"),
                          Option("とても長いラベルはLINEの二十文字の上限で切られます", "t=x"),
                          Option("位置情報", kind="location"), Option("日時", "t=when", kind="datetime"),
                          Option("地図", kind="uri", uri="https://example.org/map")]),
    Choices("no buttons", []),
    Cards("places", [Card("窓口", ["市役所 2階", "9:00–17:00"], [Option("地図", kind="uri", uri="https://example.org"),
                                                           Option("予約", "t=book&v=1")]),
                     Card("Food bank", [], [])]),
]


def test_every_reply_shape_renders_to_the_json_of_the_sdk_models():
    for reply in REPLIES:
        assert line_render.render([reply]) == [sdk_message(reply).to_dict()], reply


def test_a_reply_and_a_push_body_match_the_sdk_requests():
    messages = line_render.render(REPLIES)
    sdk_messages = [sdk_message(r) for r in REPLIES]
    assert ReplyMessageRequest(replyToken="tok", messages=sdk_messages).to_dict() == \
        {"replyToken": "tok", "messages": messages, "notificationDisabled": False}
    assert PushMessageRequest(to="U1", messages=sdk_messages).to_dict() == \
        {"to": "U1", "messages": messages, "notificationDisabled": False}


def test_more_than_five_replies_are_folded_into_one_call():
    messages = line_render.render([Text(str(i)) for i in range(7)] + [Choices("q", [Option("a", "t=a")])])
    assert len(messages) == 5 and messages[-1]["quickReply"]["items"][0]["action"]["data"] == "t=a"


def test_the_outbox_form_of_a_reply_is_its_dataclass_fields_and_reads_back_the_same():
    from dataclasses import asdict

    from handlers.replies import from_dict, to_dict
    for reply in REPLIES:
        assert to_dict(reply) == asdict(reply)
        assert from_dict(to_dict(reply)) == reply


def test_a_text_message_read_without_the_sdk_is_read_as_the_sdk_reads_it():
    from bot.line import events as line_events
    from tests.line_platform import text_event
    for text in ("こんにちは", "", "家賃\nが払えない 🙏"):
        raw = text_event(text=text)
        quick = line_events._user_text(raw)
        assert quick is not None and quick == line_events.translate_with_sdk(raw)
    # anything unusual goes through the SDK
    assert line_events._user_text(text_event(mode="standby")) is None
    assert line_events._user_text({**text_event(), "timestamp": "soon"}) is None
