"""Pictures and files residents send: which are kept (images and PDFs up to a size), recognised by their bytes.

The type is read from the first bytes, never taken from what the sender or the channel says, so a file
served back to staff is exactly of the type it is shown as."""
from dataclasses import dataclass

KEPT_KINDS = ("image", "file")  # videos and sound recordings are never kept
VIEWABLE = ("image/jpeg", "image/png", "image/gif", "image/webp")  # shown in the page; the others are downloads
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp",
              "image/heic": "heic", "application/pdf": "pdf"}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def sniff(head: bytes) -> str | None:
    """The content type of a kept kind, from the first bytes; None for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None


@dataclass(frozen=True)
class Verdict:
    """Whether a fetched content is kept: its type, or why not ('too_big', 'type')."""

    content_type: str | None
    reason: str | None = None

    @property
    def kept(self) -> bool:
        """True when the content is stored."""
        return self.reason is None


def judge(kind: str, data: bytes, too_big: bool) -> Verdict:
    """Keep images and PDFs within the size limit; *too_big*: the content went past the limit while read."""
    if kind not in KEPT_KINDS:
        return Verdict(None, "type")
    if too_big:
        return Verdict(sniff(data[:16]), "too_big")
    found = sniff(data[:16])
    return Verdict(found) if found else Verdict(None, "type")


# What the resident is told when what they sent is not kept (catalog ids, messages.po); nothing when it is.
RESIDENT_NOTICE = {"too_big": "media.too_big", "type": "media.not_kept"}


def filename(attachment_id: int, content_type: str | None) -> str:
    """The name a download gets: no word of the resident's in it."""
    return f"madoguchi-{attachment_id}.{EXTENSIONS.get(content_type or '', 'bin')}"
