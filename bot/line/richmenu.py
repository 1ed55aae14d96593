"""Rich menus: one per language, drawn from the catalog, deployed through the Messaging API, and each
resident linked to the menu of their language whenever their language is set."""
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from handlers import languages, postback
from storage import clock, repo_i18n

log = logging.getLogger(__name__)
TRIGGERS = {"start": "restart", "person": "person", "places": "places", "visit": "myvisit", "language": "language"}
BULK_LINK_LIMIT = 500  # LINE accepts at most 500 user ids per bulk link


@dataclass
class Deployed:
    """What one language's deployment produced."""

    lang: str
    menu_id: str
    image: bytes
    note: str | None


def labels(catalog, lang: str) -> dict[str, str]:
    """The area labels in *lang* (from locales/<lang>/LC_MESSAGES/richmenu.po)."""
    return {key: catalog.text(lang, f"richmenu.{key}") for key in TRIGGERS}


def menu_request(catalog, lang: str):
    """The rich-menu definition for *lang*: five postback areas the dialog understands from any step."""
    # The SDK's messaging models and Pillow are loaded only here: deploying menus is rare, and every
    # web worker would otherwise carry them (~25 MB) for nothing.
    from linebot.v3.messaging import (
        PostbackAction,
        RichMenuArea,
        RichMenuBounds,
        RichMenuRequest,
        RichMenuSize,
    )

    from bot.line.richmenu_draw import AREAS, HEIGHT, WIDTH
    names = labels(catalog, lang)
    areas = [RichMenuArea(bounds=RichMenuBounds(x=a.x, y=a.y, width=a.width, height=a.height),
                          action=PostbackAction(data=postback.encode(TRIGGERS[a.key]),
                                                displayText=names[a.key][:300]))
             for a in AREAS]
    return RichMenuRequest(size=RichMenuSize(width=WIDTH, height=HEIGHT), selected=False,
                           name=f"madoguchi {lang}"[:300], chatBarText=catalog.text(lang, "richmenu.chat_bar")[:14],
                           areas=areas)


def deploy(runtime, langs: list[str] | None = None, image_dir: Path | None = None) -> list[Deployed]:
    """Create, illustrate and record one menu per language; make Japanese the default; relink residents."""
    from linebot.v3.messaging import RichMenuBulkLinkRequest

    from bot.line.richmenu_draw import draw_menu
    catalog, line = runtime.catalog, runtime.line
    done: list[Deployed] = []
    fallback = labels(catalog, "en")
    for lang in langs or languages.codes():
        image, note = draw_menu(labels(catalog, lang), fallback)
        menu_id = line.call("create_rich_menu", menu_request(catalog, lang)).rich_menu_id
        line.call_blob("set_rich_menu_image", menu_id, image, _headers={"Content-Type": "image/png"})
        with runtime.db.session() as session:
            replaced = repo_i18n.save_rich_menu(session, lang, menu_id, hashlib.sha256(image).hexdigest(), note,
                                                clock.now())
        if replaced:
            _delete_quietly(line, replaced)
        if image_dir:
            image_dir.mkdir(parents=True, exist_ok=True)
            (image_dir / f"richmenu-{lang}.png").write_bytes(image)
        done.append(Deployed(lang, menu_id, image, note))
    with runtime.db.session() as session:
        menus = repo_i18n.rich_menus(session)
        residents = repo_i18n.line_residents_by_language(session)
    runtime.rich_menus = menus  # this process links newcomers at once; the others learn it at their next check
    if languages.SOURCE in menus:
        line.call("set_default_rich_menu", menus[languages.SOURCE])
    for lang, user_ids in residents.items():
        menu_id = menus.get(lang)
        for start in range(0, len(user_ids) if menu_id else 0, BULK_LINK_LIMIT):
            line.call("link_rich_menu_id_to_users",
                      RichMenuBulkLinkRequest(richMenuId=menu_id, userIds=user_ids[start:start + BULK_LINK_LIMIT]))
    return done


def _delete_quietly(line, menu_id: str) -> None:
    try:
        line.call("delete_rich_menu", menu_id)
    except Exception as exc:  # noqa: BLE001 - an old menu left behind is harmless
        log.warning("could not delete old rich menu %s: %s", menu_id, type(exc).__name__)


def link_effects(runtime, user_id: str, lang: str) -> list:
    """After-commit effects that show *user_id* the rich menu of *lang*: none when no menu is deployed.
    The menus come from the process's copy (Runtime.rich_menus), so a turn that learns a language reads nothing."""
    return link_effect(runtime, user_id, runtime.rich_menus.get(lang))


def link_effect(runtime, user_id: str, menu_id: str | None) -> list:
    """The after-commit effect that links *menu_id* to *user_id*: none when there is no menu."""
    if not menu_id:
        return []

    def link() -> None:
        result = runtime.line.link_rich_menu(user_id, menu_id)
        if not result.ok:
            log.warning("could not link rich menu %s (%s)", menu_id, result.error)

    return [link]
