"""Small previews of the pictures residents send, so a conversation page does not load every photo whole.

Made with Pillow when asked for (nothing more is stored): turned upright by the photo's EXIF orientation
(a phone photo of a notice is otherwise often on its side), scaled to fit a square, written as JPEG (PNG
when the picture has transparency). A picture Pillow cannot read, or one too large to decode safely, has
no preview: the page then shows the picture itself."""
import io
import warnings

from PIL import Image, ImageOps

EDGE = 480  # pixels: the longest side of a preview (sharp at twice the page's 240 px)
MAX_PIXELS = 40_000_000  # larger pictures are not decoded for a preview (a "decompression bomb" guard)


def thumbnail(data: bytes, edge: int = EDGE) -> tuple[bytes, str] | None:
    """A preview of a picture (its bytes and type), or None when there is none to make."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PIXELS:
                    return None
                img.draft("RGB", (edge, edge))  # JPEG: decode at a smaller scale straight away
                small = ImageOps.exif_transpose(img)
                small.thumbnail((edge, edge))
                out = io.BytesIO()
                if small.mode in ("RGBA", "LA", "P") and _has_transparency(small):
                    small.convert("RGBA").save(out, "PNG", optimize=True)
                    return out.getvalue(), "image/png"
                small.convert("RGB").save(out, "JPEG", quality=80, optimize=True)
                return out.getvalue(), "image/jpeg"
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None


def _has_transparency(img: Image.Image) -> bool:
    if img.mode == "P":
        return "transparency" in img.info
    return img.getextrema()[-1][0] < 255  # the alpha band's smallest value
