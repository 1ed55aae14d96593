"""What the simulator's photo button sends: a made-up notice (督促状), drawn once, as a resident would photograph it."""
import io
from functools import lru_cache

from PIL import Image, ImageDraw

from bot.line.richmenu_draw import _font


@lru_cache(maxsize=1)
def notice_photo() -> bytes:
    """A JPEG of a fictional rent-arrears notice (no real name, address or number on it)."""
    image = Image.new("RGB", (900, 1200), (236, 232, 224))
    draw = ImageDraw.Draw(image)
    draw.rectangle((90, 80, 810, 1120), fill=(255, 255, 252), outline=(200, 196, 188), width=3)
    draw.text((450, 190), "督 促 状", font=_font("cjk", 72), fill=(20, 20, 20), anchor="mm")
    body = ["みどりが丘ハイツ 101号室 様", "", "家賃が3か月分 未納となっています。", "期日までにお支払いがない場合、",
            "賃貸借契約を解除し、退去を求めます。", "", "支払期日  〇月〇日", "未納額    ¥ 195,000"]
    for i, line in enumerate(body):
        draw.text((150, 320 + i * 70), line, font=_font("cjk", 36), fill=(40, 40, 40))
    draw.ellipse((620, 900, 760, 1040), outline=(200, 30, 30), width=6)
    draw.text((690, 970), "管理", font=_font("cjk", 40), fill=(200, 30, 30), anchor="mm")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()
