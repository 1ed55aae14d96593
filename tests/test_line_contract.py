"""Everything the bot sends LINE, in every language, is a request LINE's own schema accepts (the SDK's models,
generated from line/line-openapi) and within LINE's documented limits as LINE counts them: at most 5 messages,
text ≤ 5,000 UTF-16 units, ≤ 13 quick replies, labels ≤ 20 characters, postback data ≤ 300 bytes,
display text ≤ 300, at most 12 bubbles in a carousel."""
import pytest
from linebot.v3.messaging import PushMessageRequest, ReplyMessageRequest

from bot.line.limits import graphemes, utf16_units
from handlers import languages


def problems_of(body: dict) -> list[str]:
    """What in one request body breaks LINE's documented limits."""
    found = []
    messages = body.get("messages") or []
    if not 1 <= len(messages) <= 5:
        found.append(f"{len(messages)} messages")
    for m in messages:
        if m.get("type") == "text" and utf16_units(m["text"]) > 5000:
            found.append(f"text of {utf16_units(m['text'])} UTF-16 units")
        items = (m.get("quickReply") or {}).get("items") or []
        if len(items) > 13:
            found.append(f"{len(items)} quick replies")
        actions = [i["action"] for i in items]
        if m.get("type") == "flex":
            bubbles = m["contents"].get("contents", [m["contents"]])
            if len(bubbles) > 12:
                found.append(f"{len(bubbles)} bubbles")
            actions += [b["action"] for bubble in bubbles for b in (bubble.get("footer") or {}).get("contents", [])]
            if len(m.get("altText", "")) == 0 or utf16_units(m["altText"]) > 1500:
                found.append("altText")
        for action in actions:
            if graphemes(action.get("label", "")) > 20:
                found.append(f"label {action['label']!r}")
            if len(action.get("data", "").encode()) > 300:
                found.append("postback data over 300 bytes")
            if utf16_units(action.get("displayText", "")) > 300:
                found.append("displayText over 300")
    return found


def walk(resident, steps: int = 6) -> None:
    """Follow, then tap the first few buttons of each answer, as a resident finding their way would."""
    resident.follow()
    for i in range(steps):
        labels = [label for label in resident.buttons() if label]
        if not labels:
            break
        resident.tap(labels[min(i, len(labels) - 1)])


@pytest.mark.parametrize("code", [lang.code for lang in languages.languages()])
def test_every_request_in_every_language_is_one_lines_schema_and_limits_accept(new_resident, fake_line, code):
    lang = languages.get(code)
    resident = new_resident(f"Ucontract{code.replace('-', '')}")
    fake_line.state.languages[resident.user] = lang.line[0] if lang.line else None
    if not lang.line:  # a language LINE's profile cannot say (やさしい日本語): chosen from the menu
        resident.follow()
        resident.tap("Language / 言語")
        if lang.native not in resident.buttons():
            resident.tap("…")
        resident.tap(lang.native)
    walk(resident)
    resident.say("死にたい")  # the crisis answer, with its lines and buttons
    walk_after = [label for label in resident.buttons() if label][:3]
    for label in walk_after:
        resident.tap(label)
    calls = fake_line.calls("/v2/bot/message/")
    assert calls
    for call in calls:
        body = call["body"]
        model = ReplyMessageRequest if call["path"].endswith("/reply") else PushMessageRequest
        assert model.from_dict(body) is not None  # pydantic validation against the schema's models
        assert not problems_of(body), (code, problems_of(body))
