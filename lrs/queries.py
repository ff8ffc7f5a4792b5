"""GET /xapi/statements: parameters, filters, formats and paging (xAPI-Communication 2.1.3)."""

import uuid
from datetime import UTC, datetime

from django.core import signing
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from lrs import conf, jsonio
from lrs.agents import agent_key, only_identifier
from lrs.errors import LRSError
from lrs.models import Statement, StatementActivity, StatementAgent
from lrs.xapi import XAPIValidationError, validate_statement

SINGLE_PARAMETERS = {"statementId", "voidedStatementId"}
QUERY_PARAMETERS = {
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "format",
    "attachments",
    "ascending",
}
FORMATS = ("exact", "ids", "canonical")
# Statements that target a statement (StatementRef) meet a filter when their target does; we
# follow such chains this deep.
STATEMENT_REF_DEPTH = 3
MORE_SALT = "lrs.statements.more"


def max_limit():
    return conf.get("LRS_MAX_LIMIT")


def parse_parameters(params, version):
    """The query parameters, validated; LRSError(400) names the first bad one."""
    unknown = set(params) - SINGLE_PARAMETERS - QUERY_PARAMETERS - {"more"}
    if unknown:
        raise LRSError(400, f"unknown parameter {sorted(unknown)[0]!r}", sorted(unknown)[0])
    single = SINGLE_PARAMETERS & set(params)
    if len(single) > 1:
        raise LRSError(400, "statementId and voidedStatementId cannot be used together", "statementId")
    if single and set(params) - single - {"format", "attachments"}:
        other = sorted(set(params) - single - {"format", "attachments"})[0]
        raise LRSError(400, f"{other} cannot be used with {next(iter(single))}", other)
    query = {}
    for name in ("statementId", "voidedStatementId", "registration"):
        if name in params:
            query[name] = _uuid(params[name], name)
    for name in ("verb", "activity"):
        if name in params:
            query[name] = _iri(params[name], name)
    if "agent" in params:
        query["agent"] = parse_agent(params["agent"], version)
    for name in ("related_activities", "related_agents", "attachments", "ascending"):
        query[name] = _boolean(params.get(name, "false"), name)
    for name in ("since", "until"):
        if name in params:
            query[name] = parse_timestamp(params[name], name)
    query["limit"] = _limit(params.get("limit", "0"))
    query["format"] = params.get("format", "exact")
    if query["format"] not in FORMATS:
        raise LRSError(400, "format must be exact, ids or canonical", "format")
    return query


def parse_agent(raw, version, name="agent"):
    """An Agent or identified Group given as JSON in a parameter, validated like a statement's actor."""
    try:
        agent = jsonio.read(raw)
    except ValueError:
        raise LRSError(400, f"{name} must be a JSON Agent or Group", name) from None
    probe = {
        "actor": agent,
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "urn:x"},
    }
    try:
        validate_statement(probe, version)
    except XAPIValidationError as error:
        raise LRSError(400, f"{name} is not a valid Agent or Group: {error.message}", name) from None
    key = agent_key(agent)
    if not key:
        raise LRSError(400, f"{name} must be identified (an anonymous Group cannot be looked up)", name)
    return bounded(key, name)


def parse_timestamp(raw, name):
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise LRSError(400, f"{name} must be an ISO 8601 timestamp", name) from None
    if timezone.is_naive(moment):
        # xAPI timestamps without an offset are UTC (as the LRS stores them).
        moment = moment.replace(tzinfo=UTC)
    try:
        moment.astimezone(UTC)
    except OverflowError:
        raise LRSError(400, f"{name} is out of range", name) from None
    return moment


def _uuid(raw, name):
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise LRSError(400, f"{name} must be a UUID", name) from None


# Parameters the LRS keeps in indexed columns: no longer than those (see services.MAX_IDENTIFIER).
MAX_PARAMETER = 512


def _iri(raw, name):
    if ":" not in raw or raw.startswith(":"):
        raise LRSError(400, f"{name} must be an IRI", name)
    return bounded(raw, name)


def bounded(raw, name, limit=MAX_PARAMETER):
    """`raw`, refused with 400 when it is longer than the LRS keeps."""
    if len(raw) > limit:
        raise LRSError(400, f"{name} is longer than {limit} characters", name)
    return raw


def _boolean(raw, name):
    """`true` or `false` in any letter case: the tincan client sends Python's `True` and `False`, and
    the reference LRS accepts them."""
    if raw.lower() not in ("true", "false"):
        raise LRSError(400, f"{name} must be true or false", name)
    return raw.lower() == "true"


def _limit(raw):
    try:
        limit = int(raw)
    except ValueError:
        raise LRSError(400, "limit must be a whole number", "limit") from None
    if limit < 0:
        raise LRSError(400, "limit must not be negative", "limit")
    return min(limit or max_limit(), max_limit())


def visible_to(credential, actor_key=None):
    """What a reader may see (README, "Organisations and scopes"): with statements/read, its
    organisation's statements, or every organisation's when the credential says so
    (`all_organisations`); with statements/read/mine, those it stored; a learner's session, the
    learner's own (as actor or object)."""
    if actor_key is not None:
        return Q(Exists(_agent_rows(actor_key, direct=True)))
    if credential is None:
        return Q()
    scopes = set(credential.scopes)
    if scopes & {"all", "all/read", "statements/read"}:
        return Q() if credential.all_organisations else Q(organisation=credential.organisation)
    return Q(credential=credential)


def _agent_rows(agent_key, direct):
    """The statement's index row for this agent; `stored` is given so the lookup is exact."""
    rows = StatementAgent.objects.filter(
        agent_key=agent_key, stored=OuterRef("stored"), statement_id=OuterRef("seq")
    )
    return rows.filter(direct=True) if direct else rows


def conditions(query, agent=True):
    """What a statement itself must be to meet the query's filters (xAPI-Communication 2.1.3).

    Agent and activity filters are correlated EXISTS lookups in the index tables, so PostgreSQL can
    either walk the statements by time and check each (a whole course) or start from the index
    (one learner), whichever is cheaper.
    """
    condition = Q()
    if "agent" in query and agent:
        condition &= Q(Exists(_agent_rows(query["agent"], direct=not query["related_agents"])))
    if "activity" in query:
        if query["related_activities"]:
            activities = StatementActivity.objects.filter(
                statement_id=OuterRef("seq"), activity_id=query["activity"]
            )
            condition &= Q(Exists(activities))
        else:
            condition &= Q(object_activity_id=query["activity"])
    if "verb" in query:
        condition &= Q(verb_id=query["verb"])
    if "registration" in query:
        condition &= Q(registration=query["registration"])
    return condition


def _targeting(condition, depth):
    """Statements whose StatementRef target meets `condition`, or targets one that does, `depth` deep."""
    # A StatementRef names a statement of its own organisation (ids are unique within one).
    target = Statement.objects.filter(
        id=OuterRef("object_statement_id"), organisation=OuterRef("organisation")
    )
    matches = condition
    if depth > 1:
        matches = condition | _targeting(condition, depth - 1)
    return Q(object_statement_id__isnull=False) & Q(Exists(target.filter(matches)))


def find_statements(query, visibility, cursor=None):
    """One page of statements for the query, and the cursor of the next page (or None).

    Statements that target a statement meeting the filters meet them too; they are few, so they are
    found by a second, small query and merged into the page in stored order.
    """
    statements = Statement.objects.filter(visibility, voided=False)
    page_filter, time, seq = _page_filter(query, cursor)
    order = (time, seq) if query["ascending"] else (f"-{time}", f"-{seq}")
    size = query["limit"] + 1
    page = list(
        statements.filter(page_filter & conditions(query, agent=False))
        .order_by(*order)
        .only("seq", "stored", "data", "organisation")[:size]
    )
    condition = conditions(query)
    if condition:
        referring = statements.filter(_page_filter(query, cursor, by_agent=False)[0])
        referring = referring.filter(_targeting(condition, STATEMENT_REF_DEPTH))
        found = {statement.seq for statement in page}
        order = ("stored", "seq") if query["ascending"] else ("-stored", "-seq")
        extra = [
            s
            for s in referring.order_by(*order).only("seq", "stored", "data", "organisation")[:size]
            if s.seq not in found
        ]
        if extra:
            merged = sorted(page + extra, key=lambda s: (s.stored, s.seq), reverse=not query["ascending"])
            page = merged[:size]
    following = None
    if len(page) > query["limit"]:
        page = page[: query["limit"]]
        following = (page[-1].stored.isoformat(), page[-1].seq)
    return page, following


def _page_filter(query, cursor, by_agent=True):
    """The time window, the cursor and (for an agent query) the agent, as one filter.

    An agent's statements are read through its own index rows, which carry `stored`: ordering and
    bounding by those columns lets PostgreSQL read just one page of the agent's timeline. It is one
    Q so the agent join is made once (each `filter()` on a multi-valued relation joins again).
    """
    time, seq, condition = "stored", "seq", Q()
    if by_agent and "agent" in query:
        time, seq = "agents__stored", "agents__statement_id"
        condition = Q(agents__agent_key=query["agent"])
        if not query["related_agents"]:
            condition &= Q(agents__direct=True)
    if "since" in query:
        condition &= Q(**{f"{time}__gt": query["since"]})
    if "until" in query:
        condition &= Q(**{f"{time}__lte": query["until"]})
    if cursor is not None:
        stored, last = datetime.fromisoformat(cursor[0]), cursor[1]
        after = "gt" if query["ascending"] else "lt"
        condition &= Q(**{f"{time}__{after}": stored}) | Q(**{time: stored, f"{seq}__{after}": last})
    return condition, time, seq


def more_token(params, cursor, consistent_through):
    return signing.dumps({"params": params, "cursor": cursor, "through": consistent_through}, salt=MORE_SALT)


def read_more_token(token):
    try:
        return signing.loads(token, salt=MORE_SALT, max_age=24 * 60 * 60)
    except signing.BadSignature:
        raise LRSError(400, "the more link is not valid (or older than a day)", "more") from None


def formatted(statement, fmt, languages):
    """A stored statement in the requested format (xAPI-Communication 2.1.3 "format")."""
    if fmt == "exact":
        return statement
    result = _copied(statement)
    if fmt == "ids":
        _reduce_to_ids(result)
    else:
        _canonical(result, languages)
    return result


def _copied(value):
    """A copy of a statement for a format to change: its own dicts and lists, but extension values
    shared (neither format changes them, and a stored extension may be nested deeper than Python's
    recursion allows: statements stored before the LRS refused deep JSON had them)."""
    if isinstance(value, dict):
        return {key: child if key == "extensions" else _copied(child) for key, child in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    return value


def _reduce_to_ids(statement):
    for name in ("actor", "authority"):
        if name in statement:
            statement[name] = only_identifier(statement[name])
    statement["verb"] = {"id": statement["verb"]["id"]}
    statement_object = statement["object"]
    object_type = statement_object.get("objectType", "Activity")
    if object_type == "Activity":
        statement["object"] = {"id": statement_object["id"]}
    elif object_type in ("Agent", "Group"):
        statement["object"] = only_identifier(statement_object)
    elif object_type == "SubStatement":
        _reduce_to_ids(statement_object)
    context = statement.get("context", {})
    for name in ("instructor", "team"):
        if name in context:
            context[name] = only_identifier(context[name])
    for activities in context.get("contextActivities", {}).values():
        for activity in activities if isinstance(activities, list) else [activities]:
            for key in list(activity):
                if key != "id":
                    del activity[key]


def _canonical(value, languages):
    """Language maps reduced to the one language the client prefers (Accept-Language)."""
    if isinstance(value, dict):
        for key, child in value.items():
            if key == "extensions":
                continue  # extension values are the extension's own business
            if key in ("display", "name", "description") and _is_language_map(child):
                value[key] = _one_language(child, languages)
            else:
                _canonical(child, languages)
    elif isinstance(value, list):
        for item in value:
            _canonical(item, languages)


def _is_language_map(value):
    return isinstance(value, dict) and bool(value) and all(isinstance(text, str) for text in value.values())


def _one_language(language_map, languages):
    for wanted in languages:
        for tag, text in language_map.items():
            if tag.lower() == wanted.lower() or tag.lower().split("-")[0] == wanted.lower():
                return {tag: text}
    tag = next(iter(language_map))
    return {tag: language_map[tag]}
