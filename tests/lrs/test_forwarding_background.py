"""Without a broker (Celery eager, the embedded default) forwarding runs in a thread of the process,
never in the request that stores the statements: a hanging target once held a POST for 19 s.

Transactional: the thread works on its own database connection, so it sees only committed rows.
"""

import threading
import time
import uuid

import pytest

from lrs import forwarding
from lrs.models import ForwardingTarget, OutboxEntry
from tests.lrs.builders import valid_statement
from tests.lrs.test_forwarding import remote  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db(transaction=True)
State = OutboxEntry.State


def test_a_hanging_target_does_not_hold_the_request_that_stores(xapi, remote, settings):  # noqa: F811
    settings.CELERY_TASK_ALWAYS_EAGER = True
    forwarding.forget_targets()
    target = ForwardingTarget.objects.create(
        name="Slow", endpoint="http://slow.example.dk/xapi/", username="u", password="p"
    )
    release = threading.Event()

    def hang(request):
        release.wait(timeout=60)
        return 200, []

    remote.answer = hang
    try:
        response = xapi.post("/xapi/statements", valid_statement(id=str(uuid.uuid4())))

        # The answer came while the target still hangs: the delivery is not part of the request.
        assert response.status_code == 200
        assert not release.is_set()
        assert OutboxEntry.objects.get(target=target).state in (State.PENDING, State.SENDING)
    finally:
        release.set()
    assert _delivered_soon(target)
    forwarding.forget_targets()


def _delivered_soon(target, seconds=30):
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        if OutboxEntry.objects.get(target=target).state == State.DELIVERED:
            return True
        time.sleep(0.05)
    return False
