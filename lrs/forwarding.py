"""Forwarding stored statements to external LRSs through an outbox (DESIGN.md rule 4).

How a statement travels:

1. `enqueue`, called by `services._store` inside the storing transaction, writes one `OutboxEntry`
   per active target whose filters match, and asks for a drain once the transaction has committed.
   Asking never fails ingestion: an unreachable broker is logged, and the sweeper finds the rows.
2. `deliver` claims a batch (`claim_batch`: one conditional UPDATE, so two workers never send the
   same row), POSTs it and records every row's outcome (`mark_results`):
   - 2xx: delivered.
   - connection error, timeout, 5xx, 408, 429: pending again after an exponential backoff.
   - 401, 403, 404, 3xx: dead at once, in one request. Refused credentials or a wrong endpoint
     concern every statement; fix the target, then retry its dead letters.
   - any other 4xx (400, 409, 413...): the batch is sent again one statement at a time with
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
target's version header (tincan knows xAPI 1.0.0 to 1.0.3 only and refuses "2.0.0"). That part is
`lrs.forwarding_client`.
"""

import functools
import hashlib
import logging
import random
import threading
import time
from collections import Counter, defaultdict
from datetime import timedelta

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Exists, F, Min, OuterRef, Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from lrs import conf, tasks
from lrs.forwarding_client import retry_later, send
from lrs.models import ForwardingTarget, OutboxEntry

logger = logging.getLogger(__name__)
State = OutboxEntry.State

# The cache key that says a drain of a target is queued (see request_drain), and the one that holds
# when the next scheduled retry of a target wakes (see wake_when_due).
DRAIN_REQUESTED = "lrs:forwarding:drain-requested:{}"
WAKE_SCHEDULED = "lrs:forwarding:wake:{}"
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
    is queued, so thousands of stored batches a second do not become thousands of tasks. Without a
    broker (Celery eager, the embedded default) the drain runs in a thread of this process: never in
    the request that stored the statements, which answers at once however slow the target is.
    """
    lifetime = conf.get("LRS_FORWARD_DRAIN_REQUEST_SECONDS")
    try:
        if cache.add(DRAIN_REQUESTED.format(target_id), True, lifetime):
            if _without_broker():
                in_background(target_id)
            else:
                tasks.drain_outbox.apply_async((target_id,), retry=True, retry_policy=ONE_TRY)
    except Exception:
        logger.warning(
            "could not queue a drain of forwarding target %s; the sweeper will", target_id, exc_info=True
        )


def _without_broker():
    from django.conf import settings

    return getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False)


def in_background(target_id, delay=0.0):
    """Drain a target in a daemon thread of this process, after `delay` seconds (no broker)."""
    thread = threading.Timer(delay, _drain_here, args=(target_id,))
    thread.name = f"lrs-forwarding-{target_id}"
    thread.daemon = True
    thread.start()


def _drain_here(target_id):
    try:
        for unfinished in drain(target_id):
            request_drain(unfinished)
    except Exception:
        logger.exception("forwarding to target %s failed in the background; the sweeper retries", target_id)
    finally:
        connection.close()


def wake_when_due(target_id, due):
    """Drain the target again when its first row waiting for a retry is due (`due`, a datetime),
    rather than at the sweeper's next round. One wake is kept per target: a later one is not asked
    for while an earlier one is scheduled."""
    key = WAKE_SCHEDULED.format(target_id)
    delay = max(0.0, (due - timezone.now()).total_seconds())
    try:
        scheduled = cache.get(key)
        if scheduled is not None and scheduled <= due.timestamp() + 1:
            return
        cache.set(key, due.timestamp(), timeout=int(delay) + 5)
        if _without_broker():
            in_background(target_id, delay)
        else:
            tasks.drain_outbox.apply_async((target_id,), countdown=delay, retry=True, retry_policy=ONE_TRY)
    except Exception:
        logger.warning("could not schedule a retry of forwarding target %s; the sweeper will", target_id)


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
        # A live worker finishes well inside the lease (LRS_FORWARD_STUCK_SECONDS), after which the
        # sweeper gives its rows to another: statement-by-statement sending stops at half of it.
        outcomes = send(target, entries, budget=conf.get("LRS_FORWARD_STUCK_SECONDS") / 2)
    except Exception as error:
        # A bug, not the target: retry later rather than leave the rows to the sweeper.
        mark_results(entries, dict.fromkeys((e.id for e in entries), retry_later(repr(error))), claimed_at)
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
    first_due = None
    for (outcome, attempts), ids in groups.items():
        changes = {"state": outcome.state, "attempts": F("attempts") + 1, "last_error": outcome.error}
        if outcome.state == State.DELIVERED:
            changes["delivered_at"] = now
        if outcome.state == State.PENDING:
            changes["next_attempt_at"] = now + timedelta(seconds=backoff(attempts))
            changes["claimed_at"] = None
            first_due = min(first_due or changes["next_attempt_at"], changes["next_attempt_at"])
        held.filter(id__in=ids).update(**changes)
    if first_due is not None:
        transaction.on_commit(functools.partial(wake_when_due, entries[0].target_id, first_due), robust=True)
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
    # The try that vanished counts: a statement that kills its workers shows it in its attempts.
    released = OutboxEntry.objects.filter(
        state=State.SENDING, claimed_at__lt=now - timedelta(seconds=stuck_for)
    ).update(
        state=State.PENDING,
        next_attempt_at=now,
        claimed_at=None,
        attempts=F("attempts") + 1,
        last_error=f"released by the sweeper after {stuck_for} s in sending (its worker stopped)",
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


def dead_letters(target, *, reason_key=None, entry_ids=None):
    """A target's dead rows: all, those that died of one reason (`reason_key`, see `reason_key_of`),
    or those of `entry_ids` (others' ids are ignored)."""
    rows = OutboxEntry.objects.filter(target=target, state=State.DEAD)
    if entry_ids is not None:
        rows = rows.filter(id__in=entry_ids)
    if reason_key is not None:
        reasons = [reason for reason, _count in dead_reasons(target) if reason_key_of(reason) == reason_key]
        rows = rows.filter(last_error__in=reasons)
    return rows


def retry_dead(target, **which):
    """Give a target's dead letters (or some of them, see `dead_letters`) another try, once their
    cause is fixed; returns how many."""
    count = dead_letters(target, **which).update(
        state=State.PENDING, attempts=0, next_attempt_at=timezone.now(), claimed_at=None
    )
    if count:
        transaction.on_commit(functools.partial(request_drain, target.pk), robust=True)
    return count


def discard_dead(target, **which):
    """Give up on a target's dead letters (or some of them): they stay in the outbox as discarded,
    never sent, so what the target lacks stays known. Returns how many."""
    return dead_letters(target, **which).update(state=State.DISCARDED)


def dead_reasons(target):
    """Every reason a target's dead letters died, as (reason, count), commonest first."""
    reasons = OutboxEntry.objects.filter(target=target, state=State.DEAD).values("last_error")
    return list(
        reasons.annotate(count=Count("id"))
        .order_by("-count", "last_error")
        .values_list("last_error", "count")
    )


def reason_key_of(reason):
    """A short stable name for a reason (they run to 2,000 characters), for forms and links."""
    return hashlib.sha1(reason.encode()).hexdigest()[:16]


def with_counts(targets):
    """`targets` annotated with `pending`, `sending` (in flight) and the oldest claim in flight
    (`oldest_claim`), `delivered`, `dead` and `discarded`: one query."""

    def count(*states):
        return Count("outbox", filter=Q(outbox__state__in=states))

    return targets.annotate(
        pending=count(State.PENDING),
        sending=count(State.SENDING),
        oldest_claim=Min("outbox__claimed_at", filter=Q(outbox__state=State.SENDING)),
        delivered=count(State.DELIVERED),
        dead=count(State.DEAD),
        discarded=count(State.DISCARDED),
    )


def backlog():
    """What waits per active target: see `services.outbox_backlog`."""
    now = timezone.now()
    waiting = Min("outbox__next_attempt_at", filter=Q(outbox__state=State.PENDING))
    targets = with_counts(ForwardingTarget.objects.filter(is_active=True)).annotate(first_waiting=waiting)
    return {
        target.name: {
            "waiting": target.pending,
            "being_sent": target.sending,
            "dead": target.dead,
            "most_overdue_seconds": max(0, int((now - target.first_waiting).total_seconds()))
            if target.first_waiting
            else 0,
        }
        for target in targets.order_by("name")
    }


def counts_by_target():
    """{target id: {"pending": n, "sending": n, "delivered": n, "dead": n, "discarded": n}}."""
    names = ("pending", "sending", "delivered", "dead", "discarded")
    return {
        target.pk: {name: getattr(target, name) for name in names}
        for target in with_counts(ForwardingTarget.objects.all())
    }
