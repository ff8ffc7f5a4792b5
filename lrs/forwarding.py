"""Forwarding stored statements to external LRSs through an outbox (DESIGN.md rule 4).

How a statement travels:

1. `enqueue`, called by `services._store` inside the storing transaction, writes one `OutboxEntry`
   per active target whose filters match, and asks for a drain once the transaction has committed.
   Asking never fails ingestion: an unreachable broker is logged, and the sweeper finds the rows.
2. `deliver` claims a batch (`claim_batch`: one conditional UPDATE, so two workers never send the
   same row), POSTs it and records every row's outcome (`mark_results`):
   - 2xx: delivered.
   - connection error, timeout, 5xx, 408, 429: pending again after an exponential backoff.
   - 401, 404, 3xx: dead at once. Wrong credentials or a wrong endpoint concern every statement;
     fix the target, then retry its dead letters.
   - any other 4xx (400, 403, 409, 413...): the batch is sent again one statement at a time with
     PUT, so one poison statement does not hold back the others. A statement answered 409 counts as
     delivered if the target holds an equivalent one (xAPI's comparison rules, fetched by id), and is
     dead otherwise; any other 4xx makes it dead with the target's answer.
3. `sweep`, run every minute by beat, releases rows stuck in `sending` (their worker died) and asks
   for a drain of every target with due rows.

Re-sending a statement is harmless: xAPI identifies statements by id, so a target stores it once.

Why tincan is used this way: tincan 1.0.0's `Statement` model cannot carry a stored statement
faithfully. It refuses xAPI 2.0 properties (`contextAgents`), and rewrites durations (PT1H becomes
PT01H00M00S) and timestamps. So the stored JSON is sent as it is, through `RemoteLRS`'s request
machinery (`HTTPRequest`, `_send_request`, `LRSResponse`). `_send_request` is overridden for two
things tincan lacks: a socket timeout (without one a silent target holds a worker forever) and the
target's version header (tincan knows xAPI 1.0.0 to 1.0.3 only and refuses "2.0.0").
"""

import functools
import http.client
import json
import logging
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode, urlparse

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from tincan import HTTPRequest, LRSResponse, RemoteLRS

from lrs import conf, services, tasks
from lrs.models import ForwardingTarget, OutboxEntry

logger = logging.getLogger(__name__)
State = OutboxEntry.State

# Answers that concern the target, not one statement: splitting the batch would not help.
TARGET_REFUSALS = {401, 404}
ERROR_TEXT_LIMIT = 2000
# The cache key that says a drain of a target is queued (see request_drain).
DRAIN_REQUESTED = "lrs:forwarding:drain-requested:{}"
# Publish once and give up: with the broker down this fails in milliseconds. (retry=False is not
# that: it leaves redis-py's own connection retries in charge, some 6 seconds of backoff.)
ONE_TRY = {"max_retries": 0}


# --- Into the outbox (the ingestion hot path) -------------------------------------------------

_active = {"expires": 0.0, "targets": []}


def active_targets():
    """The active targets, remembered in this process for a few seconds: `enqueue` runs for every
    stored batch and must not cost a query each time. A change made here is seen at once; other
    processes see it within LRS_FORWARD_TARGET_CACHE_SECONDS.
    """
    now = time.monotonic()
    if _active["expires"] <= now:
        _active["targets"] = list(
            ForwardingTarget.objects.filter(is_active=True).only("id", "verb_id", "activity_id_prefix")
        )
        _active["expires"] = now + conf.get("LRS_FORWARD_TARGET_CACHE_SECONDS")
    return _active["targets"]


@receiver(post_save, sender=ForwardingTarget)
@receiver(post_delete, sender=ForwardingTarget)
def forget_targets(**kwargs):
    _active["expires"] = 0.0


def enqueue(rows):
    """Outbox entries for `rows`, the `Statement`s being stored; call it inside their transaction."""
    targets = active_targets()
    if not targets:
        return
    now = timezone.now()
    entries = OutboxEntry.objects.bulk_create(
        OutboxEntry(target_id=target.id, statement_id=row.seq, next_attempt_at=now)
        for row in rows
        for target in targets
        if target.matches(row.verb_id, row.object_activity_id)
    )
    for target_id in {entry.target_id for entry in entries}:
        transaction.on_commit(functools.partial(request_drain, target_id), robust=True)


def request_drain(target_id):
    """Ask a worker to drain a target's outbox. Never raises: the statements are committed, and an
    unreachable broker (or cache) only delays them until the sweeper's next round.

    While a drain is queued (the cache key is set; the drain removes it when it starts) nothing more
    is queued, so thousands of stored batches a second do not become thousands of tasks.
    """
    lifetime = conf.get("LRS_FORWARD_DRAIN_REQUEST_SECONDS")
    try:
        if cache.add(DRAIN_REQUESTED.format(target_id), True, lifetime):
            tasks.drain_outbox.apply_async((target_id,), retry=True, retry_policy=ONE_TRY)
    except Exception:
        logger.warning(
            "could not queue a drain of forwarding target %s; the sweeper will", target_id, exc_info=True
        )


# --- Out of the outbox (Celery workers) --------------------------------------------------------


def drain(target_id=None):
    """Deliver the due rows of a target (or of every active one) until none are due or the time
    budget (LRS_FORWARD_DRAIN_SECONDS) is spent. Returns the targets that may have rows left.
    """
    deadline = time.monotonic() + conf.get("LRS_FORWARD_DRAIN_SECONDS")
    if target_id is None:
        target_ids = list(ForwardingTarget.objects.filter(is_active=True).values_list("id", flat=True))
    else:
        target_ids = [target_id]
    unfinished = []
    for target in target_ids:
        _forget_drain_request(target)
        while deliver(target):
            if time.monotonic() > deadline:
                unfinished.append(target)
                break
    return unfinished


def _forget_drain_request(target_id):
    try:
        cache.delete(DRAIN_REQUESTED.format(target_id))
    except Exception:
        logger.warning("could not reach the cache; a drain request waits for its expiry", exc_info=True)


def deliver(target_id):
    """Claim one batch of a target's due rows, send it and record the outcomes; returns the number
    of rows handled (0 when none were due or the target is inactive).
    """
    target = ForwardingTarget.objects.filter(pk=target_id, is_active=True).first()
    if target is None:
        return 0
    claimed_at, entries = claim_batch(target, conf.get("LRS_FORWARD_BATCH_SIZE"))
    if not entries:
        return 0
    try:
        outcomes = send(target, entries)
    except Exception as error:
        # A bug, not the target: retry later rather than leave the rows to the sweeper.
        mark_results(entries, dict.fromkeys((e.id for e in entries), _retry(repr(error))), claimed_at)
        raise
    mark_results(entries, outcomes, claimed_at)
    return len(entries)


def claim_batch(target, size):
    """Switch up to `size` due pending rows of `target` to `sending`; returns the claim's time and
    the rows, with their statements, in the order they were stored.

    One UPDATE choosing its rows in a subquery: on PostgreSQL `FOR UPDATE SKIP LOCKED` makes a
    concurrent worker pass over rows being claimed; SQLite runs one writing statement at a time.
    """
    claimed_at = timezone.now()
    table = OutboxEntry._meta.db_table
    lock = "FOR UPDATE SKIP LOCKED" if connection.features.has_select_for_update_skip_locked else ""
    sql = f"""
        UPDATE {table} SET state = %s, claimed_at = %s
        WHERE id IN (
            SELECT id FROM {table}
            WHERE target_id = %s AND state = %s AND next_attempt_at <= %s
            ORDER BY next_attempt_at, id LIMIT %s {lock}
        )
        RETURNING id
    """
    moment = connection.ops.adapt_datetimefield_value(claimed_at)
    with connection.cursor() as cursor:
        cursor.execute(sql, [State.SENDING, moment, target.pk, State.PENDING, moment, size])
        ids = [row[0] for row in cursor.fetchall()]
    entries = OutboxEntry.objects.filter(id__in=ids).select_related("statement").order_by("statement_id")
    return claimed_at, list(entries)


@dataclass(frozen=True)
class Outcome:
    """What became of one row: delivered, pending again (with the reason) or dead (with the reason)."""

    state: str
    error: str = ""


DELIVERED = Outcome(State.DELIVERED)


def _retry(error):
    return Outcome(State.PENDING, error)


def _dead(error):
    return Outcome(State.DEAD, error)


def mark_results(entries, outcomes, claimed_at):
    """Record each claimed row's outcome (`outcomes` maps entry id to Outcome).

    Only rows still held by this claim change: a row the sweeper released, and another worker may
    have claimed since, is no longer this worker's to mark.
    """
    now = timezone.now()
    groups = defaultdict(list)
    for entry in entries:
        outcome = outcomes[entry.id]
        attempts = entry.attempts + 1 if outcome.state == State.PENDING else None
        groups[outcome, attempts].append(entry.id)
    held = OutboxEntry.objects.filter(state=State.SENDING, claimed_at=claimed_at)
    for (outcome, attempts), ids in groups.items():
        changes = {"state": outcome.state, "attempts": F("attempts") + 1, "last_error": outcome.error}
        if outcome.state == State.DELIVERED:
            changes["delivered_at"] = now
        if outcome.state == State.PENDING:
            changes["next_attempt_at"] = now + timedelta(seconds=backoff(attempts))
            changes["claimed_at"] = None
        held.filter(id__in=ids).update(**changes)
    tally = Counter(outcomes[entry.id].state for entry in entries)
    logger.info(
        "forwarding target %s: %s delivered, %s to retry, %s dead",
        entries[0].target_id,
        tally[State.DELIVERED],
        tally[State.PENDING],
        tally[State.DEAD],
    )


def backoff(attempts):
    """Seconds to wait after `attempts` failed tries: doubling from LRS_FORWARD_RETRY_BASE_SECONDS up
    to LRS_FORWARD_RETRY_CAP_SECONDS, plus up to 10% jitter so that the rows of a target coming back
    are not all sent at the same instant.
    """
    base = conf.get("LRS_FORWARD_RETRY_BASE_SECONDS")
    cap = conf.get("LRS_FORWARD_RETRY_CAP_SECONDS")
    delay = min(cap, base * 2 ** min(attempts - 1, 32))
    return delay + random.uniform(0, delay / 10)


def sweep():
    """Release rows stuck in `sending` for LRS_FORWARD_STUCK_SECONDS (their worker died or hung) and
    ask for a drain of every active target with due rows. Returns (rows released, targets asked).
    """
    now = timezone.now()
    stuck_for = conf.get("LRS_FORWARD_STUCK_SECONDS")
    released = OutboxEntry.objects.filter(
        state=State.SENDING, claimed_at__lt=now - timedelta(seconds=stuck_for)
    ).update(
        state=State.PENDING,
        next_attempt_at=now,
        claimed_at=None,
        last_error=f"released by the sweeper after {stuck_for} s in sending",
    )
    if released:
        logger.warning("the forwarding sweeper released %s rows stuck in sending", released)
    due = OutboxEntry.objects.filter(target=OuterRef("pk"), state=State.PENDING, next_attempt_at__lte=now)
    target_ids = list(
        ForwardingTarget.objects.filter(Exists(due), is_active=True).values_list("id", flat=True)
    )
    for target_id in target_ids:
        request_drain(target_id)
    return released, target_ids


def prune_delivered(batch=10_000):
    """Delete delivered rows older than LRS_FORWARD_KEEP_DELIVERED_DAYS, a batch at a time, so the
    outbox holds recent history, not every statement ever forwarded. Returns how many went.
    """
    cutoff = timezone.now() - timedelta(days=conf.get("LRS_FORWARD_KEEP_DELIVERED_DAYS"))
    old = OutboxEntry.objects.filter(state=State.DELIVERED, delivered_at__lt=cutoff)
    deleted, _by_model = OutboxEntry.objects.filter(
        pk__in=list(old.values_list("pk", flat=True)[:batch])
    ).delete()
    return deleted


# --- Administration ---------------------------------------------------------------------------


def retry_dead(target):
    """Give a target's dead letters another try, once their cause is fixed; returns how many."""
    count = OutboxEntry.objects.filter(target=target, state=State.DEAD).update(
        state=State.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
    if count:
        transaction.on_commit(functools.partial(request_drain, target.pk), robust=True)
    return count


def dead_reasons(target, limit=5):
    """The commonest reasons a target's dead letters died, as (reason, count), commonest first."""
    reasons = OutboxEntry.objects.filter(target=target, state=State.DEAD).values("last_error")
    return list(
        reasons.annotate(count=Count("id")).order_by("-count").values_list("last_error", "count")[:limit]
    )


def with_counts(targets):
    """`targets` annotated with `pending` (sending included), `delivered` and `dead`: one query."""

    def count(*states):
        return Count("outbox", filter=Q(outbox__state__in=states))

    return targets.annotate(
        pending=count(State.PENDING, State.SENDING), delivered=count(State.DELIVERED), dead=count(State.DEAD)
    )


def counts_by_target():
    """{target id: {"pending": n, "delivered": n, "dead": n}} for every target."""
    return {
        target.pk: {"pending": target.pending, "delivered": target.delivered, "dead": target.dead}
        for target in with_counts(ForwardingTarget.objects.all())
    }


# --- Talking to the target --------------------------------------------------------------------


class TargetUnavailable(Exception):
    """The target did not answer usefully now (connection, timeout, 5xx, 408, 429): try later."""


class ForwardingLRS(RemoteLRS):
    """tincan's RemoteLRS (endpoint, Basic auth, requests and responses) sending stored statement
    JSON as it is, with a timeout and the target's xAPI version (see the module docstring).
    """

    _props = [*RemoteLRS._props, "timeout", "xapi_version"]

    def __init__(self, target, timeout):
        super().__init__(
            endpoint=target.endpoint,
            username=target.username,
            password=target.password,
            timeout=timeout,
            xapi_version=target.version,
        )

    def post_statements(self, statements):
        return self._send_request(_json_request("POST", statements))

    def put_statement(self, statement):
        return self._send_request(_json_request("PUT", statement, statementId=statement["id"]))

    def stored_statement(self, statement_id):
        """The target's statement with this id, voided or not; None when it has none it shows us."""
        for parameter in ("statementId", "voidedStatementId"):
            request = HTTPRequest(method="GET", resource="statements", query_params={parameter: statement_id})
            response = self._send_request(request)
            if response.success:
                return json.loads(response.data)
        return None

    def _send_request(self, request):
        url = urlparse(self.endpoint + request.resource)
        if url.scheme == "https":
            target = http.client.HTTPSConnection(url.hostname, url.port, timeout=self.timeout)
        else:
            target = http.client.HTTPConnection(url.hostname, url.port, timeout=self.timeout)
        headers = {"X-Experience-API-Version": self.xapi_version, "Authorization": self.auth}
        headers.update(request.headers)
        path = url.path + (f"?{urlencode(request.query_params)}" if request.query_params else "")
        body = request.content.encode() if request.content is not None else None
        try:
            target.request(request.method, path, body=body, headers=headers)
            response = target.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            raise TargetUnavailable(f"{type(error).__name__}: {error}") from error
        finally:
            target.close()
        if response.status >= 500 or response.status in (408, 429):
            raise TargetUnavailable(_describe(response.status, response.reason, data))
        success = 200 <= response.status < 300
        return LRSResponse(success=success, request=request, response=response, data=data)


def _json_request(method, content, **query_params):
    return HTTPRequest(
        method=method,
        resource="statements",
        headers={"Content-Type": "application/json"},
        query_params=query_params,
        content=json.dumps(content),
    )


def _describe(status, reason, data):
    # LRSResponse keeps the body decoded; a raw http.client body is bytes.
    text = (data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data).strip()
    return f"{status} {reason}: {text}"[:ERROR_TEXT_LIMIT]


def _describe_response(response):
    return _describe(response.response.status, response.response.reason, response.data)


def send(target, entries):
    """Each claimed entry's Outcome, by entry id: the batch in one POST, or one statement at a time
    when the target refused the batch.
    """
    lrs = ForwardingLRS(target, conf.get("LRS_FORWARD_TIMEOUT_SECONDS"))
    try:
        response = lrs.post_statements([entry.statement.data for entry in entries])
    except TargetUnavailable as unavailable:
        return dict.fromkeys((entry.id for entry in entries), _retry(str(unavailable)))
    status = response.response.status
    if response.success:
        return dict.fromkeys((entry.id for entry in entries), DELIVERED)
    if status in TARGET_REFUSALS or 300 <= status < 400:
        return dict.fromkeys((entry.id for entry in entries), _dead(_describe_response(response)))
    return _one_by_one(lrs, entries)


def _one_by_one(lrs, entries):
    outcomes = {}
    for position, entry in enumerate(entries):
        try:
            outcomes[entry.id] = _put(lrs, entry.statement.data)
        except TargetUnavailable as unavailable:
            # The target is failing, not this statement: the rest waits for the next try as well.
            outcomes.update(dict.fromkeys((rest.id for rest in entries[position:]), _retry(str(unavailable))))
            break
    return outcomes


def _put(lrs, statement):
    response = lrs.put_statement(statement)
    if response.success:
        return DELIVERED
    if response.response.status == 409:
        # xAPI-Communication 2.1.1: 409 when the id is stored with different content. Some LRSs say
        # 409 for the same content too, so look at what the target holds.
        stored = lrs.stored_statement(statement["id"])
        if stored is not None and services.equivalent(stored, statement):
            return DELIVERED
        return _dead(
            "a different statement with this id is already stored at the target: "
            + _describe_response(response)
        )
    return _dead(_describe_response(response))
