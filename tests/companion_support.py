"""A resident's chat that checks every answer (companion tests and their browser twins)."""

TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"


class Chat:
    """A resident's chat that checks every answer: something said, a way forward, never the same twice."""

    def __init__(self, resident):
        self.resident, self.previous = resident, None

    def _check(self, messages, step) -> str:
        said = self.resident.texts(messages)
        assert messages, f"{step!r}: the bot said nothing"
        assert said != self.previous, f"{step!r}: the same answer twice in a row:\n{said}"
        assert self.resident.buttons(), f"{step!r}: no way forward (no buttons) after:\n{said}"
        self.previous = said
        return said

    def say(self, text: str) -> str:
        return self._check(self.resident.say(text), text)

    def tap(self, label: str) -> str:
        return self._check(self.resident.tap(label), f"[{label}]")

    def sticker(self) -> str:
        return self._check(self.resident.sticker(), "[sticker]")
