"""A local stand-in for the LINE Messaging API: for the demo, the simulator and the tests.

It answers reply, push, profile, rich-menu and content (what residents send) calls the way LINE does, records every call with the
status it answered, refuses a reply token used twice, honours X-Line-Retry-Key (409 on a repeat), and can be told to fail or be slow.
"""
import json
import re
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLineState:
    """What the fake has seen and how it should behave."""

    def __init__(self, default_language: str | None = "ja"):
        self.lock = threading.Lock()
        self.calls: list[dict] = []
        self.used_tokens: set[str] = set()
        self.retry_keys: set[str] = set()
        self.languages: dict[str, str | None] = {}
        self.default_language = default_language
        self.failures: list[dict] = []  # {"path": regex, "status": int, "times": n}
        self.delay = 0.0
        self.rich_menus: dict[str, dict] = {}
        self.user_menus: dict[str, str] = {}
        self.default_menu: str | None = None
        self.menu_images: dict[str, bytes] = {}  # rich-menu id → uploaded image (api-data host)
        self.quota: int | None = None  # the month's push limit (None: no limit, as LINE's "type": "none")
        self.pushed = 0  # messages pushed this month (LINE counts each message object)
        self.contents: dict[str, tuple[bytes, str]] = {}  # message id → what the resident sent, and its type

    def clear_calls(self, everything: bool = False) -> None:
        """Forget recorded calls, used reply tokens, retry keys and injected failures or delay; *everything*
        also forgets profile languages and rich menus."""
        with self.lock:
            self.calls.clear()
            self.used_tokens.clear()
            self.retry_keys.clear()
            self.failures.clear()
            self.delay = 0.0
            if everything:
                self.quota, self.pushed = None, 0
                self.languages.clear()
                self.rich_menus.clear()
                self.user_menus.clear()
                self.default_menu = None
                self.menu_images.clear()
                self.contents.clear()

    def record(self, method: str, path: str, body, headers) -> dict:
        """Remember a call; its "status" is filled in when it is answered."""
        with self.lock:
            call = {"seq": len(self.calls) + 1, "t": time.time(), "method": method, "path": path, "body": body,
                    "retry_key": headers.get("X-Line-Retry-Key"), "auth": headers.get("Authorization", ""),
                    "status": None}
            self.calls.append(call)
            return call

    def failure_for(self, path: str) -> int | None:
        with self.lock:
            for f in self.failures:
                if f["times"] > 0 and re.search(f["path"], path):
                    f["times"] -= 1
                    return f["status"]
        return None


def _handler(state: FakeLineState):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle's algorithm the body then waits for the
        # client's delayed ACK (40 ms on Linux) on every keep-alive request.
        disable_nagle_algorithm = True

        def log_message(self, *args):  # quiet
            pass

        def _json(self, status: int, payload) -> None:
            if getattr(self, "_call", None) is not None:
                self._call["status"] = status  # what LINE answered: 200, or 400/409 for a refused repeat
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _body(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            self._raw = raw
            if self.headers.get("Content-Type", "").startswith("image/"):
                return {"_bytes": len(raw), "_type": self.headers.get("Content-Type")}
            try:
                return json.loads(raw or b"{}")
            except ValueError:
                return {"_raw": raw.decode("utf-8", "replace")}

        def do_GET(self):  # noqa: N802
            self._call = None  # one handler serves every request of a keep-alive connection
            path = self.path.split("?")[0]
            if path == "/_calls":
                since = int(re.search(r"since=(\d+)", self.path).group(1)) if "since=" in self.path else 0
                with state.lock:
                    return self._json(200, [c for c in state.calls if c["seq"] > since])
            content = re.fullmatch(r"/v2/bot/message/([^/]+)/content", path)
            if content:  # api-data.line.me in production
                self._call = state.record("GET", path, None, self.headers)
            failure = state.failure_for(path)
            if failure:
                return self._json(failure, {"message": "injected failure"})
            if content:
                return self._content(content.group(1))
            if path == "/v2/bot/message/quota":
                return self._json(200, {"type": "none"} if state.quota is None else
                                  {"type": "limited", "value": state.quota})
            if path == "/v2/bot/message/quota/consumption":
                return self._json(200, {"totalUsage": state.pushed})
            m = re.fullmatch(r"/v2/bot/profile/([^/]+)", path)
            if m:
                uid = m.group(1)
                lang = state.languages.get(uid, state.default_language)
                profile = {"userId": uid, "displayName": "テスト"}
                if lang:
                    profile["language"] = lang
                return self._json(200, profile)
            m = re.fullmatch(r"/v2/bot/user/([^/]+)/richmenu", path)
            if m:
                menu = state.user_menus.get(m.group(1)) or state.default_menu
                return self._json(200, {"richMenuId": menu}) if menu else self._json(404, {"message": "no menu"})
            if path == "/v2/bot/richmenu/list":
                return self._json(200, {"richmenus": list(state.rich_menus.values())})
            return self._json(404, {"message": "Not found"})

        def _content(self, message_id: str) -> None:
            """A message's content as LINE serves it: the bytes with their type, or 404 for an unknown id."""
            with state.lock:
                found = state.contents.get(message_id)
            if found is None:
                return self._json(404, {"message": "Not found"})
            data, kind = found
            self._call["status"] = 200
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_DELETE(self):  # noqa: N802
            path = self.path.split("?")[0]
            self._call = state.record("DELETE", path, None, self.headers)
            m = re.fullmatch(r"/v2/bot/richmenu/([^/]+)", path)
            if m:
                state.rich_menus.pop(m.group(1), None)
            return self._json(200, {})

        def do_POST(self):  # noqa: N802
            self._call = None
            path = self.path.split("?")[0]
            body = self._body()
            if path == "/_reset":
                state.clear_calls()
                return self._json(200, {})
            if path == "/_fail":
                with state.lock:
                    state.failures.append({"path": body.get("path", "."), "status": int(body.get("status", 500)),
                                           "times": int(body.get("times", 1))})
                return self._json(200, {})
            if path == "/_delay":
                state.delay = float(body.get("seconds", 0))
                return self._json(200, {})
            m = re.fullmatch(r"/_profiles/([^/]+)", path)
            if m:
                state.languages[m.group(1)] = body.get("language")
                return self._json(200, {})
            m = re.fullmatch(r"/_content/([^/]+)", path)
            if m:  # what a simulated resident sends (the simulator's photo button)
                with state.lock:
                    state.contents[m.group(1)] = (self._raw, self.headers.get("Content-Type", "application/octet-stream"))
                return self._json(200, {})
            if state.delay:
                time.sleep(state.delay)
            status = state.failure_for(path)
            self._call = state.record("POST", path, body, self.headers)
            if status:
                return self._json(status, {"message": "injected failure"})
            if path == "/v2/bot/message/reply":
                token = body.get("replyToken", "")
                with state.lock:
                    if token in state.used_tokens:
                        return self._json(400, {"message": "Invalid reply token"})
                    state.used_tokens.add(token)
                return self._json(200, {"sentMessages": [{"id": str(i)} for i, _ in enumerate(body.get("messages", []))]})
            if path == "/v2/bot/message/push":
                key = self.headers.get("X-Line-Retry-Key")
                with state.lock:
                    if key and key in state.retry_keys:
                        return self._json(409, {"message": "The retry key is already accepted"})
                    sending = len(body.get("messages", []))
                    if state.quota is not None and state.pushed + sending > state.quota:
                        return self._json(429, {"message": "You have reached your monthly limit."})
                    state.pushed += sending
                    if key:
                        state.retry_keys.add(key)
                return self._json(200, {"sentMessages": [{"id": str(i)} for i, _ in enumerate(body.get("messages", []))]})
            if path == "/v2/bot/richmenu":
                menu_id = f"richmenu-{uuid.uuid4().hex[:12]}"
                state.rich_menus[menu_id] = {"richMenuId": menu_id, **body}
                return self._json(200, {"richMenuId": menu_id})
            m = re.fullmatch(r"/v2/bot/richmenu/([^/]+)/content", path)
            if m:  # the image upload (api-data.line.me in production)
                if m.group(1) not in state.rich_menus:
                    return self._json(404, {"message": "Not found"})
                if not self.headers.get("Content-Type", "").startswith(("image/png", "image/jpeg")):
                    return self._json(415, {"message": "Unsupported Media Type"})
                state.menu_images[m.group(1)] = self._raw
                return self._json(200, {})
            m = re.fullmatch(r"/v2/bot/user/all/richmenu/([^/]+)", path)
            if m:
                if m.group(1) not in state.rich_menus:
                    return self._json(404, {"message": "richmenu not found"})
                state.default_menu = m.group(1)
                return self._json(200, {})
            m = re.fullmatch(r"/v2/bot/user/([^/]+)/richmenu/([^/]+)", path)
            if m:
                if m.group(2) not in state.rich_menus:
                    return self._json(404, {"message": "richmenu not found"})
                state.user_menus[m.group(1)] = m.group(2)
                return self._json(200, {})
            if path == "/v2/bot/richmenu/bulk/link":
                if body.get("richMenuId") not in state.rich_menus:
                    return self._json(404, {"message": "richmenu not found"})
                for uid in body.get("userIds", []):
                    state.user_menus[uid] = body["richMenuId"]
                return self._json(202, {})
            return self._json(200, {})

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that died mid-request (tests kill some)
            super().handle_error(request, client_address)


class FakeLine:
    """The fake LINE API running in a background thread on 127.0.0.1."""

    def __init__(self, port: int = 0, default_language: str | None = "ja"):
        self.state = FakeLineState(default_language)
        self.server = _Server(("127.0.0.1", port), _handler(self.state))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="fake-line", daemon=True)

    @property
    def url(self) -> str:
        """Base URL to use as LINE_API_ENDPOINT."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> "FakeLine":
        """Begin serving."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()

    def calls(self, path_part: str = "") -> list[dict]:
        """Recorded calls whose path contains *path_part*."""
        with self.state.lock:
            return [c for c in self.state.calls if path_part in c["path"]]

    def reset(self) -> None:
        """Forget calls and injected behaviour."""
        self.state.clear_calls(everything=True)
