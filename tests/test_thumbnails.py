"""Previews of residents' pictures on the conversation page: small, upright, and never a failure — a picture
that cannot be previewed is shown whole."""
import io

from PIL import Image

from handlers.thumbnails import EDGE, thumbnail
from tests.pictures_support import attachment, png, send_content


def _image(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def _photo_on_its_side(width: int, height: int) -> bytes:
    """A phone photo stored sideways with EXIF orientation 6 ("turn 90° clockwise to view")."""
    img = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_a_big_phone_photo_becomes_a_small_upright_jpeg():
    data, kind = thumbnail(_photo_on_its_side(2000, 1000))
    img = _image(data)
    assert kind == "image/jpeg" and img.format == "JPEG"
    assert img.size == (EDGE // 2, EDGE)  # turned upright: taller than wide, longest side EDGE


def test_a_picture_with_transparency_stays_a_png():
    img = Image.new("RGBA", (1000, 500), (0, 0, 0, 0))
    out = io.BytesIO()
    img.save(out, "PNG")
    data, kind = thumbnail(out.getvalue())
    assert kind == "image/png" and _image(data).size == (EDGE, EDGE // 2)


def test_a_small_picture_is_not_enlarged_and_broken_bytes_have_no_preview():
    data, _ = thumbnail(png(40, 30))
    assert _image(data).size == (40, 30)
    assert thumbnail(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50) is None
    assert thumbnail(b"not a picture") is None


def test_a_picture_too_large_to_decode_safely_has_no_preview():
    img = Image.new("1", (9000, 9000))  # 81 million pixels, a few kilobytes as PNG
    out = io.BytesIO()
    img.save(out, "PNG")
    assert thumbnail(out.getvalue()) is None


def test_the_console_serves_the_preview_and_the_whole_picture(waiting, counselor_client, runtime):
    resident, _ = waiting
    client, _ = counselor_client
    whole = png(1600, 1200, noise=True)
    row = attachment(runtime, send_content(resident, whole))
    preview = client.get(f"/console/media/{row.id}?size=thumb")
    assert preview.status_code == 200 and preview.mimetype == "image/jpeg"
    assert _image(preview.data).size == (EDGE, EDGE * 3 // 4) and len(preview.data) < len(whole) // 10
    assert "no-store" in preview.headers["Cache-Control"]
    assert client.get(f"/console/media/{row.id}").data == whole
