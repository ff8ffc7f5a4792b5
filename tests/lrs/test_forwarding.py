"""Forwarding statements to external LRSs through the outbox (lrs.forwarding, DESIGN.md rule 4).

The target LRS is faked at the network edge only: `http.client` connections answered from a script.
tests/lrs/test_forwarding_integration.py runs the same path for real (two LRS processes, Redis and a
Celery worker).
"""

import http.client
import io
import json
import re
import socket
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from http import HTTPStatus
from unittest import mock
from urllib.parse import parse_qsl

import pytest
from django.contrib.auth.hashers import check_password
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django_celery_beat.models import PeriodicTask
from kombu.exceptions import OperationalError

from lrs import forwarding, forwarding_client, signals, tasks
from lrs.auth import authority_for
from lrs.models import Credential, ForwardingTarget, OutboxEntry, Statement
from lrs.services import record_statements
from tests.lrs.builders import activity, valid_statement, verb

pytestmark = pytest.mark.django_db
State = OutboxEntry.State


# --- The network edge ---------------------------------------------------------------------------


@dataclass
class SentRequest:
    method: str
    host: str
    path: str
    query: dict
    headers: dict
    body: object
    timeout: float | None


@dataclass
class FakeTarget:
    """A target LRS at the socket: http.client really formats each request and parses each answer;
    `answer(request)` returns (status, JSON-able body or bytes), or raises (TimeoutError...).
    """

    requests: list = field(default_factory=list)
    answer: object = staticmethod(lambda request: (200, []))

    def create_connection(self, address, timeout=None, *args, **kwargs):
        return FakeSocket(self, address, timeout)


class FakeSocket:
    def __init__(self, target, address, timeout):
        self.target, self.address, self.timeout = target, address, timeout
        self.received = b""

    def setsockopt(self, *args):
        pass

    def sendall(self, data):
        self.received += data

    def makefile(self, mode, *args, **kwargs):
        head, _, body = self.received.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode().split("\r\n")
        method, url, _version = request_line.split(" ")
        path, _, query = url.partition("?")
        headers = dict(line.split(": ", 1) for line in header_lines)
        request = SentRequest(
            method,
            self.address[0],
            path,
            dict(parse_qsl(query)),
            headers,
            json.loads(body) if body else None,
            self.timeout,
        )
        self.target.requests.append(request)
        status, content = self.target.answer(request)
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        answer = f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\nContent-Length: {len(data)}\r\n\r\n"
        return io.BytesIO(answer.encode() + data)

    def close(self):
        pass


@pytest.fixture
def remote(monkeypatch):
    fake = FakeTarget()
    monkeypatch.setattr(socket, "create_connection", fake.create_connection)
    return fake


# --- Fixtures and helpers -----------------------------------------------------------------------


@pytest.fixture(autouse=True)
def forget_cached_targets():
    """Targets are cached per process; a rolled-back test must not leave its own for the next."""
    forwarding.forget_targets()
    yield
    forwarding.forget_targets()


@pytest.fixture(autouse=True)
def drains_inline(monkeypatch):
    """Without a broker a drain runs in a thread of its own (tests/lrs/test_forwarding_background.py
    runs one for real); here it runs at once, in the test's transaction. Returns the (target, delay)
    of each drain asked for; one with a delay (a scheduled retry) is only recorded."""
    asked = []

    def inline(target_id, delay=0.0):
        asked.append((target_id, delay))
        if not delay:
            forwarding.drain(target_id)

    monkeypatch.setattr(forwarding, "in_background", inline)
    return asked


@pytest.fixture
def broker(settings):
    """A broker is configured (its tasks are mocked where a test needs them to run)."""
    settings.CELERY_TASK_ALWAYS_EAGER = False


@pytest.fixture
def target(db):
    return ForwardingTarget.objects.create(
        name="Kommunens LRS",
        endpoint="http://lrs.example.dk/xapi/",
        username="samfund",
        password="their-secret",
    )


def statement(verb_name="completed", path="lesson/ab12", **overrides):
    return valid_statement(id=str(uuid.uuid4()), verb=verb(verb_name), object=activity(path), **overrides)


def store(credential, *statements):
    _ids, rows = record_statements(
        list(statements), version="1.0.3", authority=authority_for(credential), credential=credential
    )
    return rows


def entries(target):
    return list(OutboxEntry.objects.filter(target=target).order_by("statement_id"))


def states(target):
    return [entry.state for entry in entries(target)]


# --- Into the outbox ----------------------------------------------------------------------------


def test_it_writes_one_outbox_entry_per_stored_statement_and_target(xapi, target):
    other = ForwardingTarget.objects.create(
        name="Other", endpoint="http://other/xapi/", username="u", password="p"
    )

    response = xapi.post("/xapi/statements", [statement(), statement()])

    assert response.status_code == 200
    stored = set(Statement.objects.filter(id__in=response.json()).values_list("seq", flat=True))
    for each in (target, other):
        assert {entry.statement_id for entry in entries(each)} == stored
        assert states(each) == [State.PENDING, State.PENDING]


def test_it_writes_no_entry_for_a_statement_already_stored(credential, target):
    first = statement()
    store(credential, first)

    store(credential, first)

    assert len(entries(target)) == 1


def test_it_rolls_the_entries_back_with_statements_that_fail_to_store(credential, target):
    def fail(**kwargs):
        raise RuntimeError("a projection failed")

    signals.statements_stored.connect(fail)
    try:
        with pytest.raises(RuntimeError):
            store(credential, statement())
    finally:
        signals.statements_stored.disconnect(fail)

    assert not Statement.objects.exists()
    assert not OutboxEntry.objects.exists()


def test_it_forwards_only_the_verb_a_target_asks_for(credential, target):
    target.verb_id = "http://adlnet.gov/expapi/verbs/passed"
    target.save()

    rows = store(credential, statement("completed"), statement("passed"), statement("failed"))

    assert [entry.statement_id for entry in entries(target)] == [rows[1].seq]


def test_it_forwards_only_activities_under_a_targets_prefix(credential, target):
    target.activity_id_prefix = "https://samfund.example.dk/xapi/lesson/"
    target.save()

    rows = store(
        credential, statement(path="lesson/1"), statement(path="module/2"), statement(path="lesson/3")
    )

    assert [entry.statement_id for entry in entries(target)] == [rows[0].seq, rows[2].seq]


def test_it_forwards_nothing_to_an_inactive_target(credential, target):
    target.is_active = False
    target.save()

    store(credential, statement())

    assert not OutboxEntry.objects.exists()


def test_it_costs_no_query_to_find_the_targets_of_a_second_batch(credential, target):
    store(credential, statement())

    with CaptureQueriesContext(connection) as queries:
        store(credential, statement())

    assert not [query for query in queries if "lrs_forwardingtarget" in query["sql"]]


# --- Claiming ------------------------------------------------------------------------------------


def test_it_claims_each_due_row_once(credential, target):
    store(credential, statement(), statement(), statement())

    _at, first = forwarding.claim_batch(target, 2)
    _at, second = forwarding.claim_batch(target, 2)
    _at, third = forwarding.claim_batch(target, 2)

    assert len(first) == 2
    assert len(second) == 1
    assert third == []
    assert {entry.id for entry in first}.isdisjoint(entry.id for entry in second)
    assert states(target) == [State.SENDING] * 3


def test_it_claims_neither_rows_not_yet_due_nor_another_targets(credential, target):
    other = ForwardingTarget.objects.create(
        name="Other", endpoint="http://other/xapi/", username="u", password="p"
    )
    store(credential, statement(), statement())
    later = entries(target)[0]
    later.next_attempt_at = timezone.now() + timedelta(minutes=5)
    later.save()

    _at, claimed = forwarding.claim_batch(target, 10)

    assert [entry.id for entry in claimed] == [entries(target)[1].id]
    assert states(other) == [State.PENDING, State.PENDING]


# --- Delivering and mapping the target's answers -------------------------------------------------


def test_it_posts_the_stored_json_as_it_is(credential, target, remote):
    target.version = ForwardingTarget.Version.V2_0_0
    target.save()
    rows = store(credential, statement(), statement(result={"duration": "PT1H", "completion": True}))

    assert forwarding.deliver(target.id) == 2

    sent = remote.requests[0]
    assert (sent.method, sent.host, sent.path) == ("POST", "lrs.example.dk", "/xapi/statements")
    assert sent.body == [row.data for row in Statement.objects.filter(seq__in=[r.seq for r in rows])]
    assert sent.body[1]["result"]["duration"] == "PT1H"
    assert sent.headers["X-Experience-API-Version"] == "2.0.0"
    assert sent.headers["Authorization"] == "Basic c2FtZnVuZDp0aGVpci1zZWNyZXQ="  # samfund:their-secret
    assert sent.timeout == 10
    assert states(target) == [State.DELIVERED, State.DELIVERED]
    assert all(entry.delivered_at and entry.attempts == 1 for entry in entries(target))


@pytest.mark.parametrize("status", [200, 204])
def test_it_counts_a_2xx_as_delivered(credential, target, remote, status):
    remote.answer = lambda request: (status, b"")
    store(credential, statement())

    forwarding.deliver(target.id)

    assert states(target) == [State.DELIVERED]


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        (lambda request: (500, {"error": "database down"}), "500 Internal Server Error"),
        (lambda request: (503, b""), "503 Service Unavailable"),
        (lambda request: (429, b""), "429 Too Many Requests"),
        (mock.Mock(side_effect=TimeoutError("timed out")), "TimeoutError: timed out"),
        (mock.Mock(side_effect=ConnectionRefusedError(111, "Connection refused")), "ConnectionRefusedError"),
        (mock.Mock(side_effect=http.client.RemoteDisconnected("closed")), "RemoteDisconnected"),
    ],
)
def test_it_retries_later_when_the_target_is_unavailable(credential, target, remote, failure, reason):
    remote.answer = failure
    store(credential, statement(), statement())
    before = timezone.now()

    forwarding.deliver(target.id)

    for entry in entries(target):
        assert entry.state == State.PENDING
        assert entry.attempts == 1
        assert entry.next_attempt_at >= before + timedelta(seconds=10)
        assert entry.claimed_at is None
        assert entry.last_error.startswith(reason)
    assert forwarding.deliver(target.id) == 0, "rows waiting for their retry are not claimed"


def test_it_waits_longer_after_each_failure_up_to_the_cap(settings):
    settings.LRS_FORWARD_RETRY_BASE_SECONDS = 10
    settings.LRS_FORWARD_RETRY_CAP_SECONDS = 300

    delays = [forwarding.backoff(attempts) for attempts in range(1, 9)]

    for delay, expected in zip(delays, [10, 20, 40, 80, 160, 300, 300, 300], strict=True):
        assert expected <= delay <= expected * 1.1
    assert forwarding.backoff(10_000) <= 330


def test_it_backs_off_further_on_each_failed_delivery(credential, target, remote):
    remote.answer = lambda request: (502, b"")
    store(credential, statement())
    waits = []
    for _attempt in range(3):
        OutboxEntry.objects.update(next_attempt_at=timezone.now())
        before = timezone.now()
        forwarding.deliver(target.id)
        waits.append((entries(target)[0].next_attempt_at - before).total_seconds())

    assert entries(target)[0].attempts == 3
    assert 10 <= waits[0] < 12 and 20 <= waits[1] < 23 and 40 <= waits[2] < 45


def test_it_delivers_the_rest_of_a_batch_and_kills_the_poison_statement(credential, target, remote):
    poison = statement()

    def answer(request):
        if request.method == "POST":
            return 400, {"error": "refused", "message": "[1].actor is not valid"}
        if request.query["statementId"] == poison["id"]:
            return 400, {"error": "refused", "message": "actor is not valid"}
        return 204, b""

    remote.answer = answer
    store(credential, statement(), poison, statement())

    forwarding.deliver(target.id)

    assert states(target) == [State.DELIVERED, State.DEAD, State.DELIVERED]
    dead = entries(target)[1]
    assert dead.last_error == '400 Bad Request: {"error": "refused", "message": "actor is not valid"}'
    puts = [request for request in remote.requests if request.method == "PUT"]
    assert [request.body["id"] for request in puts] == [
        row.data["id"] for row in Statement.objects.order_by("seq")
    ]


def test_it_counts_a_conflict_over_the_same_statement_as_delivered(credential, target, remote):
    rows = store(credential, statement())

    def answer(request):
        if request.method in ("POST", "PUT"):
            return 409, {"message": "already stored"}
        # The target's copy: its own stored, authority and version, otherwise the same statement.
        return 200, {
            **rows[0].data,
            "stored": "2030-01-01T00:00:00.000Z",
            "authority": {"mbox": "mailto:x@y"},
        }

    remote.answer = answer

    forwarding.deliver(target.id)

    assert states(target) == [State.DELIVERED]
    assert [request.method for request in remote.requests] == ["POST", "PUT", "GET"]
    assert remote.requests[2].query == {"statementId": rows[0].data["id"]}


def test_it_kills_a_statement_whose_id_the_target_holds_with_other_content(credential, target, remote):
    rows = store(credential, statement())
    different = {**rows[0].data, "verb": verb("failed")}

    def answer(request):
        if request.method in ("POST", "PUT"):
            return 409, {"message": "a different statement with this id is already stored"}
        return 200, different

    remote.answer = answer

    forwarding.deliver(target.id)

    dead = entries(target)[0]
    assert dead.state == State.DEAD
    assert dead.last_error.startswith(
        "a different statement with this id is already stored at the target: 409"
    )


def test_it_kills_the_whole_batch_at_once_when_the_target_refuses_our_credentials(credential, target, remote):
    remote.answer = lambda request: (401, {"message": "unknown key or wrong secret"})
    store(credential, statement(), statement())

    forwarding.deliver(target.id)

    assert states(target) == [State.DEAD, State.DEAD]
    assert entries(target)[0].last_error == '401 Unauthorized: {"message": "unknown key or wrong secret"}'
    assert len(remote.requests) == 1


def test_a_403_from_the_target_stops_the_batch_like_a_401(credential, target, remote):
    """A 403 once turned each batch POST into one PUT per statement, every one a dead letter."""
    remote.answer = lambda request: (403, {"message": "this credential may not write statements"})
    store(credential, statement(), statement(), statement())

    forwarding.deliver(target.id)

    assert states(target) == [State.DEAD, State.DEAD, State.DEAD]
    assert entries(target)[0].last_error.startswith("403 Forbidden")
    assert len(remote.requests) == 1


def test_it_keeps_the_rest_of_a_split_batch_for_later_when_the_target_goes_away(credential, target, remote):
    def answer(request):
        if request.method == "POST":
            return 400, {"message": "bad"}
        if len(remote.requests) == 2:
            return 204, b""
        raise ConnectionResetError("reset")

    remote.answer = answer
    store(credential, statement(), statement(), statement())

    forwarding.deliver(target.id)

    assert states(target) == [State.DELIVERED, State.PENDING, State.PENDING]
    assert len(remote.requests) == 3, "no PUT after the target went away"


def test_a_worker_sending_one_by_one_stops_within_its_lease(credential, target, remote, settings):
    """Rows are claimed for LRS_FORWARD_STUCK_SECONDS; sending one at a time stops at half of it, so
    the sweeper never gives a live worker's rows to another."""
    settings.LRS_FORWARD_STUCK_SECONDS = 0
    remote.answer = lambda request: (400, {"error": "one of them is bad"})
    store(credential, statement(), statement())

    forwarding.deliver(target.id)

    assert [request.method for request in remote.requests] == ["POST"]
    assert states(target) == [State.PENDING, State.PENDING]
    assert "time ran out" in entries(target)[0].last_error


def test_it_drains_every_batch_and_leaves_an_inactive_target_alone(credential, target, remote, settings):
    settings.LRS_FORWARD_BATCH_SIZE = 2
    paused = ForwardingTarget.objects.create(
        name="Paused", endpoint="http://p/xapi/", username="u", password="p"
    )
    store(credential, *[statement() for _ in range(5)])
    paused.is_active = False
    paused.save()

    tasks.drain_outbox.delay(target.id)
    tasks.drain_outbox.delay(paused.id)

    assert [len(request.body) for request in remote.requests] == [2, 2, 1]
    assert states(target) == [State.DELIVERED] * 5
    assert states(paused) == [State.PENDING] * 5


def test_it_marks_only_rows_still_held_by_the_claim(credential, target, remote):
    store(credential, statement())
    claimed_at, claimed = forwarding.claim_batch(target, 10)
    # The sweeper released the row meanwhile and another worker claimed it.
    OutboxEntry.objects.update(claimed_at=claimed_at + timedelta(minutes=11))

    forwarding.mark_results(claimed, {claimed[0].id: forwarding_client.DELIVERED}, claimed_at)

    assert states(target) == [State.SENDING]


# --- The sweeper, dead letters, counts -----------------------------------------------------------


def test_it_sweeps_rows_stuck_in_sending_back_to_pending_and_drains_them(credential, target, remote):
    store(credential, statement(), statement())
    stuck, recent = entries(target)
    OutboxEntry.objects.filter(pk=stuck.pk).update(
        state=State.SENDING, claimed_at=timezone.now() - timedelta(minutes=11)
    )
    OutboxEntry.objects.filter(pk=recent.pk).update(state=State.SENDING, claimed_at=timezone.now())

    tasks.sweep_outbox.delay()

    stuck.refresh_from_db()
    recent.refresh_from_db()
    assert stuck.state == State.DELIVERED
    assert stuck.attempts == 2, "the try its vanished worker made counts"
    assert recent.state == State.SENDING
    assert [request.body[0]["id"] for request in remote.requests] == [str(Statement.objects.first().id)]


def test_the_sweeper_deletes_delivered_rows_older_than_the_days_kept(credential, target, settings):
    settings.LRS_FORWARD_KEEP_DELIVERED_DAYS = 30
    store(credential, statement(), statement(), statement())
    old, recent, pending = entries(target)
    now = timezone.now()
    OutboxEntry.objects.filter(pk=old.pk).update(state=State.DELIVERED, delivered_at=now - timedelta(days=31))
    OutboxEntry.objects.filter(pk=recent.pk).update(
        state=State.DELIVERED, delivered_at=now - timedelta(days=29)
    )
    OutboxEntry.objects.filter(pk=pending.pk).update(next_attempt_at=now + timedelta(days=1))

    assert forwarding.prune_delivered() == 1

    assert [entry.pk for entry in entries(target)] == [recent.pk, pending.pk]
    assert Statement.objects.count() == 3


def test_it_asks_for_drains_only_of_active_targets_with_due_rows(credential, target, broker):
    idle = ForwardingTarget.objects.create(name="Idle", endpoint="http://i/xapi/", username="u", password="p")
    store(credential, statement())
    OutboxEntry.objects.filter(target=idle).update(state=State.DELIVERED)

    with mock.patch.object(tasks.drain_outbox, "apply_async") as apply_async:
        released, asked = forwarding.sweep()

    assert (released, asked) == (0, [target.id])
    apply_async.assert_called_once_with((target.id,), retry=True, retry_policy={"max_retries": 0})


def test_it_queues_one_drain_while_one_is_queued(target, broker):
    with mock.patch.object(tasks.drain_outbox, "apply_async") as apply_async:
        forwarding.request_drain(target.id)
        forwarding.request_drain(target.id)
        forwarding.drain(target.id)  # the drain starting lets the next request through
        forwarding.request_drain(target.id)

    assert apply_async.call_count == 2


def test_it_retries_dead_letters(credential, target, remote, django_capture_on_commit_callbacks):
    store(credential, statement(), statement())
    OutboxEntry.objects.update(state=State.DEAD, attempts=3, last_error="400 Bad Request: no")

    with django_capture_on_commit_callbacks(execute=True):
        assert forwarding.retry_dead(target) == 2

    assert states(target) == [State.DELIVERED, State.DELIVERED]
    assert [entry.attempts for entry in entries(target)] == [1, 1]


def test_it_counts_rows_per_target_and_state(credential, target):
    other = ForwardingTarget.objects.create(
        name="Other", endpoint="http://o/xapi/", username="u", password="p"
    )
    store(credential, *[statement() for _ in range(4)])
    first, second, third, _fourth = entries(target)
    OutboxEntry.objects.filter(pk=first.pk).update(state=State.DELIVERED)
    OutboxEntry.objects.filter(pk=second.pk).update(state=State.DEAD)
    OutboxEntry.objects.filter(pk=third.pk).update(state=State.SENDING)

    with CaptureQueriesContext(connection) as queries:
        counts = forwarding.counts_by_target()

    assert counts == {
        target.id: {"pending": 1, "sending": 1, "delivered": 1, "dead": 1, "discarded": 0},
        other.id: {"pending": 4, "sending": 0, "delivered": 0, "dead": 0, "discarded": 0},
    }
    assert len(queries) == 1


def test_it_schedules_the_sweeper_every_minute_in_the_database():
    sweeper = PeriodicTask.objects.get(task="lrs.tasks.sweep_outbox")

    assert (sweeper.enabled, sweeper.interval.every, sweeper.interval.period) == (True, 60, "seconds")


# --- A broker outage never blocks ingestion -----------------------------------------------------


def test_it_stores_and_answers_when_the_broker_is_down(
    xapi, target, caplog, django_capture_on_commit_callbacks, broker
):
    down = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with (
        mock.patch.object(tasks.drain_outbox, "apply_async", side_effect=down),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = xapi.post("/xapi/statements", statement())

    assert response.status_code == 200
    assert Statement.objects.filter(id=response.json()[0]).exists()
    assert states(target) == [State.PENDING]
    assert "could not queue a drain of forwarding target" in caplog.text


def test_it_forwards_right_after_the_commit_when_the_broker_is_up(
    xapi, target, remote, django_capture_on_commit_callbacks, broker
):
    def worker(args, **options):
        tasks.drain_outbox.run(*args)

    with (
        mock.patch.object(tasks.drain_outbox, "apply_async", side_effect=worker) as apply_async,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = xapi.post("/xapi/statements", statement())

    assert response.status_code == 200
    apply_async.assert_called_once()
    assert [request.body[0]["id"] for request in remote.requests] == response.json()
    assert states(target) == [State.DELIVERED]


def test_without_a_broker_it_forwards_in_the_background_never_in_the_request(
    xapi, target, remote, django_capture_on_commit_callbacks, drains_inline
):
    with django_capture_on_commit_callbacks(execute=True):
        response = xapi.post("/xapi/statements", statement())

    assert response.status_code == 200
    assert drains_inline == [(target.id, 0.0)]
    assert states(target) == [State.DELIVERED]


def test_it_wakes_the_drain_when_the_backoff_of_a_failed_delivery_ends(
    credential, target, remote, django_capture_on_commit_callbacks, drains_inline, settings
):
    settings.LRS_FORWARD_RETRY_BASE_SECONDS = 10
    remote.answer = lambda request: (503, {"error": "maintenance"})
    store(credential, statement())

    with django_capture_on_commit_callbacks(execute=True):
        forwarding.deliver(target.id)

    [(woken, delay)] = drains_inline
    due = entries(target)[0].next_attempt_at
    assert woken == target.id
    assert 9 <= delay <= 11 and abs(delay - (due - timezone.now()).total_seconds()) < 2


def test_with_a_broker_the_wake_is_a_task_counted_down_to_the_backoffs_end(
    credential, target, remote, django_capture_on_commit_callbacks, broker
):
    remote.answer = lambda request: (503, {"error": "maintenance"})
    store(credential, statement())

    with mock.patch.object(tasks.drain_outbox, "apply_async") as apply_async:
        with django_capture_on_commit_callbacks(execute=True):
            forwarding.deliver(target.id)
        forwarding.wake_when_due(target.id, entries(target)[0].next_attempt_at + timedelta(seconds=30))

    # One wake: a later one is not scheduled while an earlier one is.
    [call] = apply_async.call_args_list
    assert call.args == ((target.id,),) and 9 <= call.kwargs["countdown"] <= 11


# --- The admin ------------------------------------------------------------------------------------

TARGETS = "/admin/snippets/lrs/forwardingtarget/"
CREDENTIALS = "/admin/snippets/lrs/credential/"


def dead_letters_url(target):
    return reverse("wagtailsnippets_lrs_forwardingtarget:dead_letters", args=[target.pk])


def test_it_lists_each_targets_counts(client, superuser, credential, target):
    store(credential, statement(), statement(), statement())
    OutboxEntry.objects.filter(pk=entries(target)[0].pk).update(state=State.DEAD)
    client.force_login(superuser)

    response = client.get(TARGETS)

    assert response.status_code == 200
    listed = response.context["object_list"]
    assert [(t.name, t.pending, t.sending, t.delivered, t.dead) for t in listed] == [
        ("Kommunens LRS", 2, 0, 0, 1)
    ]
    assert dead_letters_url(target) in response.content.decode()
    assert client.get(TARGETS, {"ordering": "-dead"}).status_code == 200


def test_it_lists_targets_in_the_same_number_of_queries_however_many(client, superuser, target):
    client.force_login(superuser)
    client.get(TARGETS)
    with CaptureQueriesContext(connection) as one:
        client.get(TARGETS)
    for number in range(5):
        ForwardingTarget.objects.create(
            name=f"T{number}", endpoint="http://t/xapi/", username="u", password="p"
        )

    with CaptureQueriesContext(connection) as six:
        client.get(TARGETS)

    assert len(six) == len(one)


@pytest.mark.parametrize("persona", ["editor", "learner", "teacher"])
@pytest.mark.parametrize("url", [TARGETS, CREDENTIALS])
def test_it_refuses_the_lrs_admin_to_people_without_its_permissions(client, request, persona, url):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(url)

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] in ("/admin/", "/admin/login/?next=" + url)


def test_it_shows_why_letters_died_before_retrying_them(client, superuser, credential, target):
    store(credential, statement(), statement())
    OutboxEntry.objects.update(state=State.DEAD, last_error="400 Bad Request: actor is not valid")
    client.force_login(superuser)

    shown = client.get(dead_letters_url(target))
    retried = client.post(dead_letters_url(target), {"action": "retry", "scope": "all"})

    assert shown.status_code == 200
    assert "400 Bad Request: actor is not valid" in shown.content.decode()
    assert retried.status_code == 302
    assert states(target) == [State.PENDING, State.PENDING]


def _die(rows, reason):
    OutboxEntry.objects.filter(statement__in=rows).update(state=State.DEAD, last_error=reason)


def test_it_groups_dead_letters_by_every_reason_with_totals(client, superuser, credential, target):
    rows = store(credential, *(statement() for _ in range(9)))
    for number, row in enumerate(rows):
        _die([row], f"400 Bad Request: reason {number % 7}")
    client.force_login(superuser)

    html = client.get(dead_letters_url(target)).content.decode()

    # Seven reasons (more than the five the page once showed), the commonest first, with totals.
    assert [forwarding.reason_key_of(f"400 Bad Request: reason {n}") in html for n in range(7)] == [True] * 7
    assert [count for _reason, count in forwarding.dead_reasons(target)] == [2, 2, 1, 1, 1, 1, 1]


def test_it_tells_the_admin_when_the_target_refuses_our_credentials(client, superuser, credential, target):
    _die(store(credential, statement()), '403 Forbidden: {"error": "not allowed"}')
    client.force_login(superuser)

    html = client.get(dead_letters_url(target)).content.decode()

    with translation.override("da"):
        hint = translation.gettext(
            "The target refuses our credentials: check the username and password (or their "
            "permissions at the target) in this target's settings, then retry."
        )
    assert escape(hint) in html


def test_it_retries_the_dead_letters_of_one_reason_only(client, superuser, credential, target):
    refused, invalid = store(credential, statement()), store(credential, statement())
    _die(refused, "403 Forbidden: credentials refused")
    _die(invalid, "400 Bad Request: actor is not valid")
    client.force_login(superuser)

    key = forwarding.reason_key_of("403 Forbidden: credentials refused")
    response = client.post(dead_letters_url(target), {"action": "retry", "reason": key})

    assert response.status_code == 302
    assert OutboxEntry.objects.get(statement=refused[0]).state == State.PENDING
    assert OutboxEntry.objects.get(statement=invalid[0]).state == State.DEAD


def test_it_discards_selected_dead_letters_and_keeps_them_as_a_record(client, superuser, credential, target):
    first, second = store(credential, statement(), statement())
    _die([first, second], "400 Bad Request: actor is not valid")
    other_target = ForwardingTarget.objects.create(
        name="Other", endpoint="http://other/xapi/", username="u", password="p"
    )
    elsewhere = OutboxEntry.objects.create(
        target=other_target, statement=first, state=State.DEAD, next_attempt_at=timezone.now()
    )
    client.force_login(superuser)
    chosen = OutboxEntry.objects.get(target=target, statement=first)

    client.post(dead_letters_url(target), {"action": "discard", "entry": [chosen.pk, elsewhere.pk, "x"]})

    assert OutboxEntry.objects.get(pk=chosen.pk).state == State.DISCARDED
    assert OutboxEntry.objects.get(target=target, statement=second).state == State.DEAD
    # Another target's row is not this page's to change, whatever id is posted.
    assert OutboxEntry.objects.get(pk=elsewhere.pk).state == State.DEAD
    assert forwarding.counts_by_target()[target.pk]["discarded"] == 1


def test_it_asks_what_to_do_with_dead_letters_when_nothing_is_chosen(client, superuser, credential, target):
    _die(store(credential, statement()), "400 Bad Request")
    client.force_login(superuser)

    nothing = client.post(dead_letters_url(target), {"action": "retry"}, follow=True)
    nonsense = client.post(dead_letters_url(target), {"action": "delete-everything", "scope": "all"})

    assert nothing.status_code == 200 and nonsense.status_code == 302
    assert states(target) == [State.DEAD]


def test_it_refuses_to_retry_dead_letters_for_an_editor(client, editor, credential, target):
    store(credential, statement())
    OutboxEntry.objects.update(state=State.DEAD)
    client.force_login(editor)

    response = client.post(dead_letters_url(target), {"action": "retry", "scope": "all"})

    assert response.status_code in (302, 403)
    assert states(target) == [State.DEAD]


def test_it_shows_rows_in_flight_and_how_long_the_oldest_has_been(client, superuser, credential, target):
    store(credential, statement(), statement())
    OutboxEntry.objects.update(state=State.SENDING, claimed_at=timezone.now() - timedelta(seconds=95))
    client.force_login(superuser)

    html = client.get(TARGETS).content.decode()

    with translation.override("da"):
        shown = translation.gettext("%(count)s, the oldest for %(seconds)s s")
    assert any(shown % {"count": 2, "seconds": seconds} in html for seconds in range(95, 125))
    assert forwarding.counts_by_target()[target.pk]["sending"] == 2


def test_it_keeps_a_targets_secret_when_edited_without_one(client, superuser, target):
    client.force_login(superuser)
    url = reverse("wagtailsnippets_lrs_forwardingtarget:edit", args=[target.pk])

    page = client.get(url)
    response = client.post(
        url,
        {
            "name": "Renamed",
            "endpoint": target.endpoint,
            "username": target.username,
            "password": "",
            "version": "1.0.3",
            "verb_id": "",
            "activity_id_prefix": "",
            "is_active": "on",
        },
    )

    assert "their-secret" not in page.content.decode()
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.name, target.password) == ("Renamed", "their-secret")


def test_it_shows_a_new_credentials_secret_once(client, superuser):
    client.force_login(superuser)

    response = client.post(
        CREDENTIALS + "add/",
        {"name": "Vejle LRS", "scopes": ["statements/write", "statements/read"], "organisation": "Vejle"},
        follow=True,
    )
    listing = client.get(CREDENTIALS)

    credential = Credential.objects.get(name="Vejle LRS")
    secret = _secret_in(response.content.decode(), credential)
    assert check_password(secret, credential.secret_hash)
    assert credential.scopes == ["statements/write", "statements/read"]
    assert (credential.organisation, credential.is_active) == ("Vejle", False)
    assert credential.key in listing.content.decode()
    assert secret not in listing.content.decode()
    assert credential.secret_hash not in listing.content.decode()


def test_an_administrator_marks_a_new_credential_trusted_for_progress(client, superuser):
    client.force_login(superuser)

    client.post(
        CREDENTIALS + "add/",
        {
            "name": "Fremmøde",
            "scopes": ["statements/write"],
            "organisation": "Vejle",
            "trusted": "on",
            "is_active": "on",
        },
        follow=True,
    )

    credential = Credential.objects.get(name="Fremmøde")
    assert (credential.trusted, credential.is_active) == (True, True)
    assert (credential.organisation, credential.all_organisations) == ("Vejle", False)


def test_a_credential_without_an_organisation_must_say_it_reads_every_organisation(client, superuser):
    client.force_login(superuser)
    fields = {"name": "Rapporter", "scopes": ["statements/read"], "is_active": "on"}

    refused = client.post(CREDENTIALS + "add/", fields)

    assert refused.status_code == 200
    assert not Credential.objects.filter(name="Rapporter").exists()
    message = (
        'Name the organisation this client belongs to, or choose "reads every organisation" for a '
        "credential that may see everyone's statements."
    )
    with translation.override("da"):
        assert escape(translation.gettext(message)) in refused.content.decode()

    client.post(CREDENTIALS + "add/", {**fields, "all_organisations": "on"}, follow=True)

    assert Credential.objects.get(name="Rapporter").all_organisations


def _secret_in(html, credential):
    """The secret in the success message, in whatever language the admin speaks (Danish here)."""
    message = (
        "Credential %(name)s created. Key: %(key)s  Secret: %(secret)s  Copy the secret now: "
        "it is stored hashed and cannot be shown again."
    )
    with translation.override("da"):
        translated = escape(translation.gettext(message))
    pattern = re.escape(translated).replace(re.escape("%(secret)s"), r"(\S+)")
    pattern = pattern.replace(re.escape("%(name)s"), re.escape(credential.name))
    pattern = pattern.replace(re.escape("%(key)s"), re.escape(credential.key))
    return re.search(pattern, html).group(1)


def test_it_edits_a_credential_without_touching_its_key_or_secret(client, superuser, credential):
    client.force_login(superuser)
    before = (credential.key, credential.secret_hash)

    response = client.post(
        reverse("wagtailsnippets_lrs_credential:edit", args=[credential.pk]),
        {
            "name": "Renamed",
            "scopes": ["statements/read"],
            "organisation": "",
            "all_organisations": "on",
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    credential.refresh_from_db()
    assert (credential.name, credential.scopes) == ("Renamed", ["statements/read"])
    assert (credential.key, credential.secret_hash) == before


def test_it_offers_the_scopes_as_checkboxes_and_never_the_secret_hash(client, superuser, credential):
    client.force_login(superuser)

    response = client.get(reverse("wagtailsnippets_lrs_credential:edit", args=[credential.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    for scope in Credential.SCOPES:
        assert f'type="checkbox" name="scopes" value="{scope}"' in html
    assert "secret_hash" not in html
    assert credential.secret_hash not in html
