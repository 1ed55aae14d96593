"""Talking to the LINE Messaging API (or the fake one at LINE_API_ENDPOINT).

Reply, push and profile — the calls made for every resident — are plain JSON over one pooled urllib3
connection manager; everything else (rich menus, uploads) goes through line-bot-sdk v3, loaded on first
use. The SDK's messaging package costs ~20 MB per worker and its pydantic validation more CPU than
the rest of a delivery, which matters on the per-message path and nowhere else."""
import json
import logging
from urllib.parse import quote

import urllib3

log = logging.getLogger(__name__)
TIMEOUT = (2, 5)  # connect, read (seconds)
LINE_DATA_HOST = "https://api-data.line.me"  # where the SDK sends uploads (rich-menu images, content)
USER_AGENT = "madoguchi (line-bot-sdk-python v3 compatible)"


class Delivery:
    """The outcome of one call: sent, or failed with whether trying again could help."""

    def __init__(self, ok: bool, retryable: bool = False, status: int | None = None, error: str = ""):
        self.ok, self.retryable, self.status, self.error = ok, retryable, status, error


class Content:
    """A content download: the outcome, the bytes read, and whether it went past the size limit."""

    def __init__(self, outcome: Delivery, data: bytes = b"", too_big: bool = False):
        self.outcome, self.data, self.too_big = outcome, data, too_big


MONTHLY_LIMIT = "monthly limit"  # the error a push refused for the month's quota is recorded with


def _failed(status: int | None, kind: str, body: bytes = b"") -> Delivery:
    if status == 429 and b"monthly limit" in body:
        # The month's push quota is used up: trying again before next month cannot help, and staff must see it.
        return Delivery(False, False, status, MONTHLY_LIMIT)
    retryable = status is None or status == 429 or status >= 500
    return Delivery(False, retryable, status, f"{kind} {status or ''}".strip())


class Quota:
    """This month's push messages: the limit (None when LINE sets none) and how many were sent."""

    def __init__(self, limit: int | None, used: int):
        self.limit, self.used = limit, used

    @property
    def left(self) -> int | None:
        """How many more pushes LINE will take this month (None: no limit)."""
        return None if self.limit is None else max(0, self.limit - self.used)


class LineApi:
    """Reply, push (with X-Line-Retry-Key) and profile look-ups; any other Messaging API call via `call`."""

    def __init__(self, endpoint: str, access_token: str | None, data_endpoint: str = LINE_DATA_HOST):
        self._endpoint = endpoint.rstrip("/")
        self._data_endpoint = data_endpoint
        self._token = access_token or "unset"
        self._headers = {"Authorization": f"Bearer {self._token}", "Content-Type": "application/json",
                         "User-Agent": USER_AGENT}
        timeout = urllib3.Timeout(connect=TIMEOUT[0], read=TIMEOUT[1])
        self._http = urllib3.PoolManager(num_pools=4, maxsize=16, retries=False, timeout=timeout)
        # Reply, push and profile go straight to the endpoint's own pool: the manager's look-up of the pool by
        # URL costs a fifth of a reply's CPU, on every message.
        self._api = urllib3.connection_from_url(self._endpoint, maxsize=16, retries=False, timeout=timeout)
        self._prefix = urllib3.util.parse_url(self._endpoint).path or ""
        self._sdk = None

    def _api_call(self, method: str, path: str, **kwargs):
        """One call to the Messaging API endpoint (*path* after its host), without retries or redirects."""
        return self._api.urlopen(method, self._prefix + path, retries=False, redirect=False, **kwargs)

    def _post(self, path: str, body: dict | None, headers: dict | None = None) -> Delivery:
        try:
            response = self._api_call("POST", path,
                                      body=b"" if body is None else json.dumps(body, ensure_ascii=False).encode(),
                                      headers={**self._headers, **headers} if headers else self._headers)
        except Exception as exc:  # noqa: BLE001 - network errors of every kind are retryable
            return _failed(None, type(exc).__name__)
        if 200 <= response.status < 300:
            return Delivery(True, status=response.status)
        return _failed(response.status, "ApiException", response.data or b"")

    def quota(self) -> Quota | None:
        """This month's push quota and use (GET /v2/bot/message/quota and …/consumption); None if unreachable."""
        try:
            quick = urllib3.Timeout(connect=1, read=2)  # asked while a staff page is being built
            limit = self._http.request("GET", self._endpoint + "/v2/bot/message/quota", headers=self._headers,
                                       timeout=quick)
            used = self._http.request("GET", self._endpoint + "/v2/bot/message/quota/consumption",
                                      headers=self._headers, timeout=quick)
            if limit.status != 200 or used.status != 200:
                return None
            kind = json.loads(limit.data)
            return Quota(int(kind["value"]) if kind.get("type") == "limited" else None,
                         int(json.loads(used.data).get("totalUsage", 0)))
        except Exception as exc:  # noqa: BLE001 - the banner is left out, nothing else depends on it
            log.info("quota look-up failed: %s", type(exc).__name__)
            return None

    def reply(self, reply_token: str, messages: list[dict]) -> Delivery:
        """Answer with a reply token (free, single use, short-lived)."""
        return self._post("/v2/bot/message/reply",
                          {"replyToken": reply_token, "messages": messages, "notificationDisabled": False})

    def push(self, user_id: str, messages: list[dict], retry_key: str) -> Delivery:
        """Push; the same retry key on every attempt so LINE delivers it once."""
        result = self._post("/v2/bot/message/push", {"to": user_id, "messages": messages,
                                                     "notificationDisabled": False},
                            {"X-Line-Retry-Key": retry_key})
        if result.status == 409:  # LINE already accepted this retry key: delivered before
            return Delivery(True, status=409)
        return result

    def link_rich_menu(self, user_id: str, menu_id: str) -> Delivery:
        """Show *user_id* the rich menu *menu_id* (the SDK's link_rich_menu_id_to_user, without its models)."""
        return self._post(f"/v2/bot/user/{quote(user_id, safe='')}/richmenu/{quote(menu_id, safe='')}", None)

    def profile_language(self, user_id: str) -> str | None:
        """The user's LINE language tag, or None when not shared or not reachable."""
        return self.profile_lookup(user_id)[1]

    def profile_lookup(self, user_id: str, timeout: float | None = None) -> tuple[bool, str | None]:
        """(answered, language tag): answered is False when LINE could not be asked (network, 5xx, timeout)."""
        try:
            response = self._api_call("GET", f"/v2/bot/profile/{quote(user_id, safe='')}", headers=self._headers,
                                      timeout=timeout or urllib3.Timeout(*TIMEOUT))
        except Exception as exc:  # noqa: BLE001 - no profile is an ordinary answer
            log.info("profile look-up failed: %s", type(exc).__name__)
            return False, None
        if response.status != 200:
            log.info("profile look-up failed: status %s", response.status)
            return response.status < 500 and response.status != 429, None
        try:
            language = json.loads(response.data).get("language")
        except (ValueError, AttributeError):
            return True, None
        return True, language if isinstance(language, str) else None

    def content(self, message_id: str, limit: int) -> "Content":
        """What a resident sent (GET {data host}/v2/bot/message/{id}/content), read up to *limit* bytes: past that
        the download stops and the result says too_big."""
        url = f"{self._data_endpoint.rstrip('/')}/v2/bot/message/{quote(message_id, safe='')}/content"
        try:
            response = self._http.request("GET", url, headers=self._headers, preload_content=False,
                                          timeout=urllib3.Timeout(connect=TIMEOUT[0], read=20))
        except Exception as exc:  # noqa: BLE001 - network errors of every kind are retryable
            return Content(_failed(None, type(exc).__name__))
        try:
            if response.status != 200:  # 202: a video still being prepared; 404: gone (or never there)
                # Read the error's body before the connection goes back to the pool: left unread, it would be
                # taken for the status line of the next request sent on that connection.
                response.drain_conn()
                return Content(_failed(response.status, "content") if response.status != 202
                               else Delivery(False, True, 202, "content 202"))
            data = bytearray()
            for chunk in response.stream(64 * 1024):
                data += chunk
                if len(data) > limit:
                    response.close()  # the rest is not read: this connection is not reused
                    return Content(Delivery(True, status=200), bytes(data[:64]), True)
            return Content(Delivery(True, status=200), bytes(data), False)
        except Exception as exc:  # noqa: BLE001 - the connection broke mid-way: try again later
            return Content(_failed(None, type(exc).__name__))
        finally:
            response.release_conn()

    def _clients(self):
        if self._sdk is None:
            from bot.line.sdk import (
                clients,  # the SDK's messaging package, only when needed
            )
            self._sdk = clients(self._endpoint, self._token, self._data_endpoint, LINE_DATA_HOST)
        return self._sdk

    def call(self, method: str, *args, **kwargs):
        """Call any other MessagingApi method (rich menus and the like)."""
        return getattr(self._clients()[0], method)(*args, **kwargs)

    def call_blob(self, method: str, *args, **kwargs):
        """Call a MessagingApiBlob method (uploads such as a rich-menu image go to the data host)."""
        return getattr(self._clients()[1], method)(*args, **kwargs)
