"""LINE's content API answering an error: the error's body is read before the connection is used again, so the
next download on that connection gets its own answer (a flaky retry in the pictures tests came from this)."""
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bot.line.client import LineApi

PICTURE = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


class SlowBodyHandler(BaseHTTPRequestHandler):
    """The first download fails with a 500 whose body arrives a moment after its headers; later ones succeed."""
    protocol_version = "HTTP/1.1"
    served = 0

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        type(self).served += 1
        if type(self).served == 1:
            body = b'{"message": "temporarily unavailable"}'
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.flush()
            time.sleep(0.3)  # a busy server: the body follows the headers later
            self.wfile.write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(PICTURE)))
        self.end_headers()
        self.wfile.write(PICTURE)


def test_a_download_after_a_failed_one_reads_its_own_answer_not_the_failures_leftovers():
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowBodyHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        api = LineApi(url, "token", data_endpoint=url)
        failed = api.content("123", 10_000)
        assert (failed.outcome.ok, failed.outcome.status, failed.outcome.retryable) == (False, 500, True)
        again = api.content("123", 10_000)
        assert again.outcome.ok, again.outcome.error
        assert again.data == PICTURE and not again.too_big
    finally:
        server.shutdown()
        server.server_close()
