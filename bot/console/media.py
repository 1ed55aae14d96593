"""/console/media/<id> — a picture or file a resident sent, for signed-in counselors only; each view is audited.

Pictures the browser can show are served inline (the page's thumbnail and viewer), everything else (PDFs,
HEIC) as a download. The type served is the one recognised from the bytes when they were stored, never what
the sender claimed; the security headers of every staff page apply (nosniff, no-store, img-src 'self')."""
from flask import Response, abort, g, request, url_for

from bot.app.current import current_runtime
from bot.console.views import WORKERS, bp
from bot.staff import security
from bot.staff.labels import MEDIA_STATES
from handlers import media as rules
from handlers import thumbnails
from storage import clock, repo_console, repo_media


def media_row(row) -> dict:
    """How a history line shows its picture or file: a thumbnail, a download, or why there is none."""
    stored = row.status == "stored"
    return {"id": row.id, "message_id": row.message_id, "state": "stored" if stored else (row.reason or row.status),
            "viewable": stored and row.content_type in rules.VIEWABLE,
            "url": url_for("console.media", aid=row.id) if stored else None,
            "kind_label": "PDF" if row.content_type == "application/pdf" else "写真",
            "size": _size(row.size) if stored else None,
            "note": None if stored else MEDIA_STATES.get(row.reason or row.status, MEDIA_STATES["gave_up"])}


def _size(n: int | None) -> str:
    n = n or 0
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def attach(session, messages: list[dict]) -> None:
    """Give each history line that carries a picture or file its `media` (in place)."""
    found = repo_media.of_messages(session, [m["id"] for m in messages])
    for message in messages:
        row = found.get(message["id"])
        message["media"] = media_row(row) if row is not None else None


def of_conversation(session, conversation_id: int) -> list[dict]:
    """Every picture or file of a conversation that has its history line (the page updates their state)."""
    return [media_row(row) for row in repo_media.of_conversation(session, conversation_id) if row.message_id]


def read_stored(rt, aid: int, who: str, ip: str | None, via: str = "console") -> tuple[bytes, str] | None:
    """The bytes and type of one stored picture or file, the view written to the audit log; None if not kept."""
    with rt.db.session() as session:
        row = repo_media.by_id(session, aid, with_data=True)
        if row is None or row.status != "stored" or row.data is None:
            return None
        repo_console.audit(session, who, "read_media", clock.now(), row.conversation_id,
                           detail=f"attachment {aid}", via=via, ip=ip)
        return row.data, row.content_type or "application/octet-stream"


def file_response(aid: int, data: bytes, content_type: str, inline: bool) -> Response:
    """The file as the staff member's browser or script gets it: never cached, named by its recognised type."""
    response = Response(data, mimetype=content_type)
    response.headers["Content-Disposition"] = (f'{"inline" if inline else "attachment"}; '
                                               f'filename="{rules.filename(aid, content_type)}"')
    response.headers["Cache-Control"] = "private, no-store"  # never in a shared cache, nor kept by the browser
    return response


@bp.get("/media/<int:aid>")
@security.login_required(*WORKERS)
def media(aid: int):
    """The bytes of one stored picture or file (?download=1: always as a download; ?size=thumb: a preview)."""
    found = read_stored(current_runtime(), aid, g.staff.name, request.remote_addr)
    if found is None:
        abort(404, description="この写真・ファイルはありません（保存期間を過ぎたか、削除されました）。")
    data, content_type = found
    if request.args.get("size") == "thumb" and content_type in rules.VIEWABLE:
        data, content_type = thumbnails.thumbnail(data) or (data, content_type)
    return file_response(aid, data, content_type,
                         inline=content_type in rules.VIEWABLE and request.args.get("download") != "1")
