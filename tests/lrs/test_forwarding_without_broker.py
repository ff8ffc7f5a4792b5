"""Without a broker (Celery eager) forwarding runs in a thread of the server process, never in the
request that stores the statements: a hanging target once held a POST for 19 s.

A real server (gunicorn on a SQLite file, no CELERY_BROKER_URL) and a target that hangs until the
test lets it answer. Starts real processes: runs with the integration tests (SAMFUND_INTEGRATION=1).
"""

import http.server
import json
import threading
import uuid

from tests.live import CLIENT, integration, live_lrs, processes, wait_for, xapi
from tests.lrs.builders import valid_statement

pytestmark = integration("starts a server")
__all__ = ["processes"]  # the fixture, imported for this module's test

CONFIGURE = """
from lrs.models import ForwardingTarget
endpoint = "http://127.0.0.1:{port}/xapi/"
ForwardingTarget.objects.create(name="slow", endpoint=endpoint, username="u", password="p")
"""


class HangingTarget(http.server.BaseHTTPRequestHandler):
    """An LRS that takes statements only once `release` is set."""

    release = threading.Event()
    received = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.release.wait(timeout=60)
        self.received.extend(statement["id"] for statement in body)
        answer = json.dumps([statement["id"] for statement in body]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def test_a_hanging_target_does_not_hold_the_request_that_stores(tmp_path, processes):  # noqa: F811
    target = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HangingTarget)
    threading.Thread(target=target.serve_forever, daemon=True).start()
    port = live_lrs(processes, tmp_path, configure=CONFIGURE.format(port=target.server_address[1]))
    try:
        status, ids = xapi(port, "POST", "statements", CLIENT, [valid_statement(id=str(uuid.uuid4()))])

        # The answer came while the target still hangs: delivery is not part of the request.
        assert status == 200
        assert not HangingTarget.release.is_set() and HangingTarget.received == []
    finally:
        HangingTarget.release.set()
    wait_for(lambda: HangingTarget.received == ids, 30, "the statement was not delivered afterwards")
    target.shutdown()
