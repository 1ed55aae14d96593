"""/api/v1/conversations — the counselors' work as JSON, through the same service as the console."""
from flask import Blueprint, g, jsonify, request

from bot.api.auth import error, json_errors, optional_object, token_required
from bot.app.current import current_runtime
from bot.console import media
from bot.console.counsel import Counsel, CounselError
from bot.console.read_audit import BulkReader
from bot.staff.accounts import CONVERSATION_ROLES
from storage import repo_media

bp = Blueprint("api_conversations", __name__, url_prefix="/api/v1")
json_errors(bp)
STATUSES = ("waiting", "active", "closed", "bot")


def _counsel() -> Counsel:
    return Counsel(current_runtime())


def _fail(exc: CounselError):
    extra = {"holder": exc.holder} if exc.holder else {}
    return error(exc.status, exc.message, **extra)


@bp.get("/conversations")
@token_required(*CONVERSATION_ROLES)
def list_conversations():
    """Conversations by status (default: waiting and active), most urgent first."""
    wanted = [s for s in request.args.get("status", "waiting,active").split(",") if s]
    unknown = [s for s in wanted if s not in STATUSES]
    if unknown:
        return error(400, f"unknown status {unknown[0]!r}; use {'|'.join(STATUSES)}")
    reader = BulkReader(g.staff.name, "api", request.remote_addr)  # every API read is a line of its own
    return jsonify(_counsel().queue(tuple(wanted), reader=reader))


@bp.get("/conversations/<int:cid>")
@token_required(*CONVERSATION_ROLES)
def get_conversation(cid: int):
    """One conversation with its messages (the read is audited)."""
    try:
        conv = _counsel().detail(g.staff, cid, via="api", ip=request.remote_addr)
    except CounselError as exc:
        return _fail(exc)
    with current_runtime().db.session() as session:
        files = repo_media.of_messages(session, [m["id"] for m in conv["messages"]])
    conv["messages"] = [{"sender": m["sender"], "text": m["text"], "at": m["at"], "author": m["author"],
                         **({"attachment": _attachment(files[m["id"]])} if m["id"] in files else {})}
                        for m in conv["messages"]]
    return jsonify(conv)


def _attachment(row) -> dict:
    """A picture or file on a history line: its state, and where its bytes are while they are kept."""
    stored = row.status == "stored"
    return {"id": row.id, "state": "stored" if stored else (row.reason or row.status),
            "content_type": row.content_type if stored else None, "size": row.size if stored else None,
            "url": f"/api/v1/attachments/{row.id}" if stored else None}


@bp.get("/attachments/<int:aid>")
@token_required(*CONVERSATION_ROLES)
def get_attachment(aid: int):
    """The bytes of a picture or file a resident sent, as a download (the read is audited)."""
    found = media.read_stored(current_runtime(), aid, g.staff.name, request.remote_addr, via="api")
    if found is None:
        return error(404, "no such attachment (never kept, past its retention, or erased)")
    return media.file_response(aid, *found, inline=False)


@bp.post("/conversations/<int:cid>/claim")
@token_required(*CONVERSATION_ROLES)
def claim(cid: int):
    """Take the conversation: 200, or 409 naming the counselor who has it."""
    try:
        return jsonify(_counsel().claim(g.staff, cid, via="api"))
    except CounselError as exc:
        return _fail(exc)


@bp.post("/conversations/<int:cid>/messages")
@token_required(*CONVERSATION_ROLES)
def post_message(cid: int):
    """Send {"text"} to the resident (LINE push with X-Line-Retry-Key): 201."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        return error(400, 'send a JSON body {"text": "…"}')
    try:
        return jsonify(_counsel().send(g.staff, cid, body["text"], via="api")), 201
    except CounselError as exc:
        return _fail(exc)


@bp.post("/conversations/<int:cid>/notes")
@token_required(*CONVERSATION_ROLES)
def post_note(cid: int):
    """Add {"text"} as a note for colleagues (never sent): 201."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        return error(400, 'send a JSON body {"text": "…"}')
    try:
        return jsonify(_counsel().note(g.staff, cid, body["text"], via="api")), 201
    except CounselError as exc:
        return _fail(exc)


@bp.post("/conversations/<int:cid>/release")
@token_required(*CONVERSATION_ROLES)
def release(cid: int):
    """{"to": "bot"|"closed", "outcome"?}: hand back to the bot or close; 200."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return error(400, 'send a JSON body {"to": "bot"|"closed", "outcome": …}')
    try:
        return jsonify(_counsel().release(g.staff, cid, str(body.get("to", "")), body.get("outcome"), via="api"))
    except CounselError as exc:
        return _fail(exc)


@bp.post("/conversations/<int:cid>/transfer")
@token_required(*CONVERSATION_ROLES)
def transfer(cid: int):
    """{"to": NAME}: hand the conversation to another counselor; 200."""
    body = optional_object()
    try:
        return jsonify(_counsel().transfer(g.staff, cid, str(body.get("to", "")), via="api"))
    except CounselError as exc:
        return _fail(exc)
