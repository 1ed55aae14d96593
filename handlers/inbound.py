"""What a resident did, independent of the channel it came through."""
from dataclasses import dataclass, field

MEDIA_KINDS = ("image", "video", "audio", "file")


@dataclass
class Inbound:
    """One resident action: a text, a button press, a sticker, a location, a follow…"""

    kind: str  # text | postback | sticker | image | video | audio | file | location | follow | unfollow | unsend
    text: str = ""
    data: str = ""
    params: dict = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    address: str = ""
    message_id: str | None = None

    @property
    def is_resident_text(self) -> bool:
        """True for anything the resident typed (where crisis signs can appear)."""
        return self.kind == "text" and bool(self.text.strip())
