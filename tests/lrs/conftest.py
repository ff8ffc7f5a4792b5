import base64
import json
from urllib.parse import urlencode

import pytest

from lrs.auth import create_credential


class XAPIClient:
    """Django's test client speaking xAPI: Basic auth and the version header on every request."""

    def __init__(self, client, key, secret, version="1.0.3"):
        self.client = client
        self.version = version
        self.auth = "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()

    def headers(self, extra=None):
        headers = {"HTTP_AUTHORIZATION": self.auth, "HTTP_X_EXPERIENCE_API_VERSION": self.version}
        for name, value in (extra or {}).items():
            headers["HTTP_" + name.upper().replace("-", "_")] = value
        return headers

    def get(self, path, params=None, headers=None):
        return self.client.get(path, params or {}, **self.headers(headers))

    def head(self, path, params=None, headers=None):
        return self.client.head(path, params or {}, **self.headers(headers))

    def post(self, path, data, params=None, content_type="application/json", headers=None):
        return self._send(self.client.post, path, data, params, content_type, headers)

    def put(self, path, data, params=None, content_type="application/json", headers=None):
        return self._send(self.client.put, path, data, params, content_type, headers)

    def _send(self, method, path, data, params, content_type, headers):
        """A body: Python data as JSON when the content type is JSON, anything else as given."""
        encode = content_type == "application/json" and not isinstance(data, (str, bytes))
        body = json.dumps(data) if encode else data
        return method(_with_query(path, params), body, content_type=content_type, **self.headers(headers))

    def delete(self, path, params=None, headers=None):
        return self.client.delete(_with_query(path, params), **self.headers(headers))


def _with_query(path, params):
    return f"{path}?{urlencode(params)}" if params else path


@pytest.fixture
def credential(db):
    credential, secret = create_credential(
        "Test client", key="test-key", secret="test-secret", scopes=["all"], all_organisations=True
    )
    return credential


@pytest.fixture
def xapi(client, credential):
    return XAPIClient(client, "test-key", "test-secret")


@pytest.fixture
def xapi2(client, credential):
    return XAPIClient(client, "test-key", "test-secret", version="2.0.0")


@pytest.fixture
def reader_of_own(client, db):
    create_credential(
        "Own reader",
        key="mine-key",
        secret="mine-secret",
        scopes=["statements/read/mine", "statements/write"],
        all_organisations=True,
    )
    return XAPIClient(client, "mine-key", "mine-secret")


@pytest.fixture
def read_only(client, db):
    create_credential(
        "Reader", key="read-key", secret="read-secret", scopes=["statements/read"], all_organisations=True
    )
    return XAPIClient(client, "read-key", "read-secret")
