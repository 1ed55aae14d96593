"""A LibreTranslate-compatible server on loopback for the tests: POST /translate answers from a small phrase
book (and marks anything else as translated), records every call, and can be told to fail."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PHRASES = {
    ("en", "ja"): {"I lost my job and I have no money": "仕事を失い、お金がありません"},
    ("ja", "en"): {"明日の10時に窓口でお待ちしています。": "We will wait for you at the counter tomorrow at 10."},
}


class TranslateServer:
    """Start with .start(); .url is its address; .calls the bodies received; .failing makes it answer 500."""

    def __init__(self, api_key: str | None = None):
        self.api_key, self.calls, self.failing = api_key, [], False
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802 - the http.server API
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                owner.calls.append(body)
                if owner.failing:
                    return self._send(500, {"error": "down"})
                if owner.api_key and body.get("api_key") != owner.api_key:
                    return self._send(403, {"error": "Invalid API key"})
                book = PHRASES.get((body.get("source"), body.get("target")), {})
                texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
                out = [book.get(t, f"〔{body.get('target')}〕{t}") for t in texts]
                return self._send(200, {"translatedText": out if isinstance(body["q"], list) else out[0]})

            def _send(self, status, payload):
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> "TranslateServer":
        """Serve in a daemon thread."""
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()
