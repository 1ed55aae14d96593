"""Pictures residents send, for the tests: small real image bytes and a resident who sends one through LINE."""
import io
import uuid

from sqlalchemy import select

from storage.models import Attachment


def png(width: int = 40, height: int = 30, noise: bool = False) -> bytes:
    """A real PNG (noise: incompressible, to make it big)."""
    import os

    from PIL import Image
    image = (Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)) if noise
             else Image.new("RGB", (width, height), (250, 250, 240)))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def send_content(resident, data: bytes | None, content_type: str = "image/png", kind: str = "image") -> str:
    """The resident sends a picture (or file) whose content the fake LINE serves (None: LINE has none)."""
    mid = str(uuid.uuid4().int)[:18]
    if data is not None:
        resident.fake.state.contents[mid] = (data, content_type)
    extra = {"file_name": "notice.pdf", "file_size": len(data or b"")} if kind == "file" else {}
    resident._send(kind, id=mid, **extra)
    return mid


def attachment(runtime, mid: str) -> Attachment | None:
    """The attachment row of a LINE message id (bytes not loaded)."""
    with runtime.db.session() as session:
        row = session.scalars(select(Attachment).where(Attachment.external_id == mid)).first()
        if row is not None:
            session.expunge(row)
        return row
