"""Storing statements: validate, complete as the LRS must, keep, index, void and announce.

`record_statements` is the one way statements enter the LRS (PUT, POST, the learner's browser,
the platform's own services). It is all or nothing: a batch is stored completely in one
transaction or not at all, and nothing is acknowledged before it is committed.
"""

import functools
import uuid
from datetime import UTC, datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from lrs import activities, forwarding, jsonio, signals, storage
from lrs.agents import agent_keys
from lrs.errors import LRSError
from lrs.models import Statement, StatementActivity, StatementAgent
from lrs.xapi import XAPIValidationError, validate_statement

VOIDED = "http://adlnet.gov/expapi/verbs/voided"
# xAPI-Data 2.4.10: the version an LRS gives a statement that has none, per request version.
DEFAULT_VERSION = {"1.0.3": "1.0.0", "2.0.0": "2.0.0"}
# xAPI Statement comparison: properties that do not make two statements different.
IGNORED_IN_COMPARISON = ("authority", "stored", "timestamp", "version")


# A statement's id is read as a UUID in several places of one request: parse each string once.
as_uuid = functools.lru_cache(maxsize=4096)(uuid.UUID)


def iso_now(moment):
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_timestamp(value):
    """A statement timestamp in UTC with exactly three fractional digits (xAPI 2.0 4.2.6.1: the LRS
    converts timestamps to UTC; clients parse milliseconds). A timestamp without an offset (allowed
    by 1.0.3) is taken as UTC.
    """
    moment = datetime.fromisoformat(value.replace(" ", "T"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return iso_now(moment)


def prepare(raw_statements, *, version, authority, statement_id=None, batch=False):
    """Validated statements with id, stored, timestamp, authority and version set by the LRS.

    Errors name the statement's place in a `batch` (`[3].actor.mbox`), or just the path.
    """
    now = timezone.now()
    # Milliseconds, as in the JSON: the column and the statement's "stored" must be the same instant.
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    stored = iso_now(now)
    prepared = []
    seen = set()
    for index, raw in enumerate(raw_statements):
        try:
            statement = validate_statement(raw, version)
        except XAPIValidationError as error:
            location = error.location if error.location != "$" else ""
            if batch:
                location = f"[{index}].{location}" if location else f"[{index}]"
            raise LRSError(400, error.message, location=location or None) from error
        if statement_id is not None:
            if "id" in statement and uuid.UUID(statement["id"]) != statement_id:
                raise LRSError(400, "the statement's id differs from the statementId parameter", "id")
            statement["id"] = str(statement_id)
        statement.setdefault("id", str(uuid.uuid4()))
        statement_uuid = as_uuid(statement["id"])
        if statement_uuid in seen:
            raise LRSError(400, "the batch contains two statements with the same id", f"[{index}].id")
        seen.add(statement_uuid)
        statement["stored"] = stored
        try:
            statement["timestamp"] = (
                utc_timestamp(statement["timestamp"]) if "timestamp" in statement else stored
            )
        except (OverflowError, ValueError):
            where = f"[{index}].timestamp" if batch else "timestamp"
            raise LRSError(400, "the timestamp is out of range in UTC", where) from None
        statement["authority"] = {**authority, "account": dict(authority["account"])}
        statement.setdefault("version", DEFAULT_VERSION[version])
        _context_activity_lists(statement)
        prepared.append(statement)
    return now, prepared


def _context_activity_lists(statement):
    """A single context activity becomes a list of one (xAPI-Data 2.4.6.2.s4.b3: "The LRS MUST return
    single Activity Objects as an array of length one containing the same Activity"), in the statement
    and in a SubStatement. The objects inside the statement are shared with the caller's: replace the
    dicts on the way down rather than change them."""
    if "context" in statement:
        statement["context"] = _listed(statement["context"])
    statement_object = statement["object"]
    if statement_object.get("objectType") == "SubStatement" and "context" in statement_object:
        statement["object"] = {**statement_object, "context": _listed(statement_object["context"])}


def _listed(context):
    activities = context.get("contextActivities")
    if not activities or all(type(value) is list for value in activities.values()):
        return context
    return {**context, "contextActivities": _as_lists(activities)}


def _as_lists(context_activities):
    return {kind: value if isinstance(value, list) else [value] for kind, value in context_activities.items()}


def record_statements(raw_statements, *, version, authority, credential=None, statement_id=None, batch=False):
    """Store a client's statements and return their ids, in order. Raises LRSError (400, 403, 409).

    A statement whose id is already stored with the same content is accepted and not stored again
    (xAPI-Communication 2.1.2); with different content the whole request is refused with 409.
    """
    return _record(raw_statements, version, authority, Source(credential), statement_id, batch)


def check_keepable(value):
    """LRSError(400) for JSON the LRS could not keep or serve (too deep, NUL, lone surrogates,
    non-finite numbers): for what a platform endpoint received from a browser and passes on."""
    try:
        jsonio.check(value)
    except jsonio.Refused as refused:
        raise LRSError(400, str(refused)) from None


def record_platform_statements(raw_statements):
    """Store statements the platform itself makes, under its own authority (`auth.platform_authority`).

    Only these, and those of credentials marked trusted, are evidence the rest of the platform may
    act on (`evidence`); only the platform may void them.
    """
    from lrs.auth import platform_authority

    authority = platform_authority()
    return _record(raw_statements, "1.0.3", authority, Source(None, from_platform=True), None, True)


class Source:
    """Who stores a statement: a client's credential, or the platform itself; and the organisation
    the statement belongs to (the credential's, or "" for the platform's own)."""

    def __init__(self, credential, *, from_platform=False):
        self.credential = credential
        self.from_platform = from_platform
        self.credential_id = credential.pk if credential is not None else None
        self.organisation = credential.organisation if credential is not None else ""

    @property
    def may_define(self):
        """Whether this source's activity definitions may change the canonical ones (the define scope)."""
        return self.from_platform or bool({"all", "define"} & set(self.credential.scopes))

    def may_void(self, credential_id, from_platform):
        """Whether this source may void a statement stored with `credential_id` and `from_platform`."""
        return may_void(self.credential_id, self.from_platform, credential_id, from_platform)


def may_void(voider_credential_id, voider_from_platform, target_credential_id, target_from_platform):
    """Only the client that made a statement may void it; the platform, as administrator, any."""
    if voider_from_platform:
        return True
    return (
        not target_from_platform
        and target_credential_id is not None
        and (target_credential_id == voider_credential_id)
    )


def _record(raw_statements, version, authority, source, statement_id, batch):
    now, statements = prepare(
        raw_statements, version=version, authority=authority, statement_id=statement_id, batch=batch
    )
    try:
        with transaction.atomic():
            rows = _store_new(statements, now, source)
    except IntegrityError:
        # Another request stored one of these ids between our check and our insert: compare again.
        with transaction.atomic():
            rows = _store_new(statements, now, source)
    return [statement["id"] for statement in statements], rows


def _store_new(statements, now, source):
    new, voided_already = _only_new(statements, source)
    _check_voiding(new, source)
    return _store(new, now, source, voided_already)


def _only_new(statements, source):
    """The statements not stored yet, and the ids among them that stored statements already void.

    One query answers both: the stored statements with these ids, and the voiding statements that
    target them (a statement voided before it arrived is stored voided, when whoever voided it
    could have voided it once stored).
    """
    ids = {as_uuid(statement["id"]) for statement in statements}
    existing, voided_already = {}, set()
    stored = storage.stored_or_voided(ids, source.organisation)
    for statement_id, data, target, is_voiding, credential_id, from_platform in stored:
        if statement_id in ids:
            existing[statement_id] = data
        if (
            is_voiding
            and target in ids
            and may_void(credential_id, from_platform, source.credential_id, source.from_platform)
        ):
            voided_already.add(target)
    new = []
    for statement in statements:
        stored = existing.get(as_uuid(statement["id"]))
        if stored is None:
            new.append(statement)
        elif not equivalent(stored, statement):
            raise LRSError(409, f"a different statement with id {statement['id']} is already stored", "id")
    return new, voided_already


def equivalent(first, second):
    """The same statement by xAPI's comparison rules (LRS-set properties and member order ignored)."""
    return _comparable(first) == _comparable(second)


def _comparable(value, key=None):
    if key == "contextActivities" and isinstance(value, dict):
        # A single context activity and a list of just that one are the same (see _listed).
        value = _as_lists(value)
    if isinstance(value, dict):
        return {k: _comparable(v, k) for k, v in value.items() if k not in IGNORED_IN_COMPARISON or key}
    if isinstance(value, list):
        items = [_comparable(item) for item in value]
        if key == "member":
            return sorted(items, key=repr)
        return items
    return value


def _check_voiding(statements, source):
    """A voiding statement cannot target another voiding statement (xAPI-Data 2.3.2), nor a statement
    its source did not make: only the client that stored a statement (or the platform) may void it.
    """
    targets = {
        uuid.UUID(statement["object"]["id"]): statement for statement in statements if _is_voiding(statement)
    }
    if not targets:
        return
    in_batch = {uuid.UUID(s["id"]) for s in statements if _is_voiding(s)}
    columns = ("is_voiding", "credential_id", "from_platform")
    # A statement of another organisation is not there for this source: its voiding voids nothing.
    stored = Statement.objects.filter(id__in=targets, organisation=source.organisation).values_list(*columns)
    for is_voiding, credential_id, from_platform in stored:
        if is_voiding:
            raise LRSError(400, "a voiding statement cannot void another voiding statement", "object.id")
        if not source.may_void(credential_id, from_platform):
            raise LRSError(403, "only the client that stored a statement can void it", "object.id")
    if in_batch & set(targets):
        raise LRSError(400, "a voiding statement cannot void another voiding statement", "object.id")


def _is_voiding(statement):
    return statement["verb"]["id"] == VOIDED and statement["object"].get("objectType") == "StatementRef"


def _store(statements, now, source, voided_already=frozenset()):
    if not statements:
        return []
    rows = [_row(statement, now, source) for statement in statements]
    for row in rows:
        row.voided = row.id in voided_already and not row.is_voiding
    agents = [list(_agents(statement)) for statement in statements]
    activities_named = [list(_activities(statement)) for statement in statements]
    _check_identifier_lengths(rows, agents, activities_named)
    storage.reserve_statement_keys(rows)
    storage.insert(Statement, rows, STATEMENT_COLUMNS)
    if rows[0].seq is None:
        # SQLite's bulk_create gave no keys back: read them by id.
        seqs = dict(Statement.objects.filter(id__in=[row.id for row in rows]).values_list("id", "seq"))
        for row in rows:
            row.seq = seqs[row.id]
    agent_rows = [
        (row.seq, key, direct, row.stored)
        for row, found in zip(rows, agents, strict=True)
        for key, direct in found
    ]
    activity_rows = [
        (row.seq, activity, direct)
        for row, found in zip(rows, activities_named, strict=True)
        for activity, direct in found
    ]
    storage.insert_values(StatementAgent, ["statement_id", "agent_key", "direct", "stored"], agent_rows)
    storage.insert_values(StatementActivity, ["statement_id", "activity_id", "direct"], activity_rows)
    if source.may_define:
        activities.remember_definitions(statements, platform=source.from_platform)
    forwarding.enqueue(rows)
    voided = [row.object_statement_id for row in rows if row.is_voiding]
    if voided:
        Statement.objects.filter(id__in=voided, organisation=source.organisation, is_voiding=False).update(
            voided=True
        )
    signals.statements_stored.send(sender=Statement, statements=rows)
    return rows


# Identifiers the LRS indexes (verb, activity ids, agents) are kept whole up to this length; xAPI
# sets no limit, but an index entry must fit a database page, and no real IRI comes near it.
MAX_IDENTIFIER = 512


def _check_identifier_lengths(rows, agents, activities_named):
    """Refuse (400) an identifier too long to index, before the database would (a 500)."""
    for row in rows:
        if len(row.verb_id) > MAX_IDENTIFIER:
            raise LRSError(400, f"the verb id is longer than {MAX_IDENTIFIER} characters", "verb.id")
    if any(len(key) > MAX_IDENTIFIER for found in agents for key, _direct in found):
        raise LRSError(400, f"an agent's identifier is longer than {MAX_IDENTIFIER} characters")
    if any(len(activity) > MAX_IDENTIFIER for found in activities_named for activity, _direct in found):
        raise LRSError(400, f"an activity id is longer than {MAX_IDENTIFIER} characters")


STATEMENT_COLUMNS = [
    "seq",
    "id",
    "stored",
    "data",
    "version",
    "verb_id",
    "object_activity_id",
    "object_statement_id",
    "registration",
    "is_voiding",
    "voided",
    "credential",
    "organisation",
    "has_attachments",
    "from_platform",
]


def _row(statement, now, source):
    """The Statement row, built positionally (Django's keyword path cost more than the rest of it)."""
    statement_object = statement["object"]
    object_type = statement_object.get("objectType", "Activity")
    context = statement.get("context", {})
    credential = source.credential
    row = Statement(
        None,  # seq: reserved or assigned when inserted
        as_uuid(statement["id"]),
        now,
        statement,
        statement["version"],
        statement["verb"]["id"],
        statement_object["id"] if object_type == "Activity" else "",
        as_uuid(statement_object["id"]) if object_type == "StatementRef" else None,
        as_uuid(context["registration"]) if "registration" in context else None,
        _is_voiding(statement),
        False,  # voided
        credential.pk if credential else None,
        source.organisation,
        bool(statement.get("attachments")),
        source.from_platform,
    )
    if credential is not None:
        row._state.fields_cache["credential"] = credential
    return row


def _agents(statement):
    """(key, direct) pairs: actor and object directly, everything else as related."""
    found = {}

    def add(agent, direct):
        for key in agent_keys(agent):
            found[key] = found.get(key, False) or direct

    add(statement["actor"], True)
    statement_object = statement["object"]
    if statement_object.get("objectType") in ("Agent", "Group"):
        add(statement_object, True)
    add(statement.get("authority"), False)
    _context_agents(statement.get("context", {}), add)
    if statement_object.get("objectType") == "SubStatement":
        add(statement_object["actor"], False)
        if statement_object["object"].get("objectType") in ("Agent", "Group"):
            add(statement_object["object"], False)
        _context_agents(statement_object.get("context", {}), add)
    return found.items()


def _context_agents(context, add):
    add(context.get("instructor"), False)
    add(context.get("team"), False)
    for entry in context.get("contextAgents", []):
        add(entry.get("agent"), False)
    for entry in context.get("contextGroups", []):
        add(entry.get("group"), False)


def _activities(statement):
    """(activity id, direct) pairs, each activity once (direct wins)."""
    found = {}
    for activity, direct in activities.activities_in(statement):
        found[activity["id"]] = found.get(activity["id"], False) or direct
    return found.items()


def outbox_backlog():
    """{target name: {"waiting": n, "being_sent": n, "dead": n, "most_overdue_seconds": s}} for each
    active forwarding target: what a monitor watches (a stopped worker makes "waiting" grow)."""
    return forwarding.backlog()
