"""line-bot-sdk v3 clients for the Messaging API calls other than reply, push and profile."""
from linebot.v3.messaging import (
    ApiClient,
    Configuration,
    MessagingApi,
    MessagingApiBlob,
)


class _DataHostClient(ApiClient):
    """An ApiClient that sends calls meant for api-data.line.me to a configurable host (the fake in tests)."""

    def __init__(self, config: Configuration, data_endpoint: str, data_host: str):
        super().__init__(config)
        self._data_endpoint = data_endpoint.rstrip("/")
        self._data_host = data_host

    def request(self, method, url, *args, **kwargs):
        """Rewrite the SDK's fixed data host, then send as usual."""
        if url.startswith(self._data_host):
            url = self._data_endpoint + url[len(self._data_host):]
        return super().request(method, url, *args, **kwargs)


def clients(endpoint: str, token: str, data_endpoint: str, data_host: str) -> tuple[MessagingApi, MessagingApiBlob]:
    """The SDK's MessagingApi and MessagingApiBlob for this endpoint (uploads to *data_endpoint*)."""
    api = MessagingApi(ApiClient(Configuration(host=endpoint, access_token=token)))
    blob = MessagingApiBlob(_DataHostClient(Configuration(host=data_endpoint, access_token=token),
                                            data_endpoint, data_host))
    return api, blob
