"""Talking to a forwarding target: tincan's RemoteLRS sending stored statement JSON as it is.

Why tincan is used this way (see `lrs.forwarding` for the outbox around it): tincan 1.0.0's
`Statement` model cannot carry a stored statement faithfully, so the stored JSON is sent through
`RemoteLRS`'s request machinery, with a socket timeout and the target's version header added.
"""

import http.client
import json
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlparse

from tincan import HTTPRequest, LRSResponse, RemoteLRS

from lrs import conf, services
from lrs.models import OutboxEntry

State = OutboxEntry.State
# Answers that concern the target, not one statement: splitting the batch would not help.
# 403 too: a target that forbids our credential forbids every statement (it once turned 135 batch
# POSTs into 6,191 single PUTs, all dead letters).
TARGET_REFUSALS = {401, 403, 404}
ERROR_TEXT_LIMIT = 2000


@dataclass(frozen=True)
class Outcome:
    """What became of one row: delivered, pending again (with the reason) or dead (with the reason)."""

    state: str
    error: str = ""


DELIVERED = Outcome(State.DELIVERED)


def retry_later(error):
    return Outcome(State.PENDING, error)


def _dead(error):
    return Outcome(State.DEAD, error)


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


def send(target, entries, budget=None):
    """Each claimed entry's Outcome, by entry id: the batch in one POST, or one statement at a time
    when the target refused the batch, for at most `budget` seconds (the rest waits for a next try).
    """
    deadline = time.monotonic() + budget if budget is not None else None
    lrs = ForwardingLRS(target, conf.get("LRS_FORWARD_TIMEOUT_SECONDS"))
    try:
        response = lrs.post_statements([entry.statement.data for entry in entries])
    except TargetUnavailable as unavailable:
        return dict.fromkeys((entry.id for entry in entries), retry_later(str(unavailable)))
    status = response.response.status
    if response.success:
        return dict.fromkeys((entry.id for entry in entries), DELIVERED)
    if status in TARGET_REFUSALS or 300 <= status < 400:
        return dict.fromkeys((entry.id for entry in entries), _dead(_describe_response(response)))
    return _one_by_one(lrs, entries, deadline)


def _one_by_one(lrs, entries, deadline=None):
    outcomes = {}
    for position, entry in enumerate(entries):
        if deadline is not None and time.monotonic() > deadline:
            later = retry_later(
                "not sent yet: the batch was sent one statement at a time and its time ran out"
            )
            outcomes.update(dict.fromkeys((rest.id for rest in entries[position:]), later))
            break
        try:
            outcomes[entry.id] = _put(lrs, entry.statement.data)
        except TargetUnavailable as unavailable:
            # The target is failing, not this statement: the rest waits for the next try as well.
            later = retry_later(str(unavailable))
            outcomes.update(dict.fromkeys((rest.id for rest in entries[position:]), later))
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
