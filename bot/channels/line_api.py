"""Talking to the LINE Messaging API (or the fake one at LINE_API_ENDPOINT) through line-bot-sdk v3."""
import logging

from linebot.v3.messaging import ApiClient, ApiException, Configuration, MessagingApi, MessagingApiBlob, \
    PushMessageRequest, ReplyMessageRequest

log = logging.getLogger(__name__)
TIMEOUT = (2, 5)  # connect, read (seconds)
LINE_DATA_HOST = "https://api-data.line.me"  # where the SDK sends uploads (rich-menu images, content)


class _DataHostClient(ApiClient):
    """An ApiClient that sends calls meant for api-data.line.me to a configurable host (the fake in tests)."""

    def __init__(self, config: Configuration, data_endpoint: str):
        super().__init__(config)
        self._data_endpoint = data_endpoint.rstrip("/")

    def request(self, method, url, *args, **kwargs):
        """Rewrite the SDK's fixed data host, then send as usual."""
        if url.startswith(LINE_DATA_HOST):
            url = self._data_endpoint + url[len(LINE_DATA_HOST):]
        return super().request(method, url, *args, **kwargs)


class Delivery:
    """The outcome of one call: sent, or failed with whether trying again could help."""

    def __init__(self, ok: bool, retryable: bool = False, status: int | None = None, error: str = ""):
        self.ok, self.retryable, self.status, self.error = ok, retryable, status, error


class LineApi:
    """Reply, push (with X-Line-Retry-Key) and profile look-ups."""

    def __init__(self, endpoint: str, access_token: str | None, data_endpoint: str = LINE_DATA_HOST):
        config = Configuration(host=endpoint, access_token=access_token or "unset")
        self._client = ApiClient(config)
        self._api = MessagingApi(self._client)
        self._blob = MessagingApiBlob(_DataHostClient(
            Configuration(host=data_endpoint, access_token=access_token or "unset"), data_endpoint))

    @staticmethod
    def _failed(exc: Exception) -> Delivery:
        status = getattr(exc, "status", None)
        retryable = status is None or status == 429 or status >= 500
        return Delivery(False, retryable, status, f"{type(exc).__name__} {status or ''}".strip())

    def reply(self, reply_token: str, messages) -> Delivery:
        """Answer with a reply token (free, single use, short-lived)."""
        try:
            self._api.reply_message(ReplyMessageRequest(replyToken=reply_token, messages=messages),
                                    _request_timeout=TIMEOUT)
            return Delivery(True)
        except ApiException as exc:
            return self._failed(exc)
        except Exception as exc:  # noqa: BLE001 - network errors of every kind are retryable
            return self._failed(exc)

    def push(self, user_id: str, messages, retry_key: str) -> Delivery:
        """Push; the same retry key on every attempt so LINE delivers it once."""
        try:
            self._api.push_message(PushMessageRequest(to=user_id, messages=messages),
                                   x_line_retry_key=retry_key, _request_timeout=TIMEOUT)
            return Delivery(True)
        except ApiException as exc:
            if exc.status == 409:  # LINE already accepted this retry key: delivered before
                return Delivery(True, status=409)
            return self._failed(exc)
        except Exception as exc:  # noqa: BLE001
            return self._failed(exc)

    def profile_language(self, user_id: str) -> str | None:
        """The user's LINE language tag, or None when not shared or not reachable."""
        try:
            profile = self._api.get_profile(user_id, _request_timeout=TIMEOUT)
            return getattr(profile, "language", None)
        except Exception as exc:  # noqa: BLE001 - no profile is an ordinary answer
            log.info("profile look-up failed: %s", type(exc).__name__)
            return None

    def call(self, method: str, *args, **kwargs):
        """Call any other MessagingApi method (rich menus and the like)."""
        return getattr(self._api, method)(*args, **kwargs)

    def call_blob(self, method: str, *args, **kwargs):
        """Call a MessagingApiBlob method (uploads such as a rich-menu image go to the data host)."""
        return getattr(self._blob, method)(*args, **kwargs)
