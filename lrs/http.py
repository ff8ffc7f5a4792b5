"""What every LRS resource does before and after its own work (xAPI-Communication 1.x, 3.x).

`@xapi_resource(...)` answers CORS preflights, unpacks 1.0.3's alternate request syntax, negotiates
the version from `X-Experience-API-Version`, authenticates (Basic credential, or a learner's
session for reading their own statements), checks scopes, and turns every `LRSError` into the
spec's status with a JSON body saying what was wrong and where. Views receive an `XAPIRequest`
context and return data.
"""

import functools
import json
import logging
from dataclasses import dataclass, field

from django.core.exceptions import RequestDataTooBig
from django.db import OperationalError
from django.http import HttpResponse, JsonResponse, QueryDict
from django.views.decorators.csrf import csrf_exempt

from lrs import conf, jsonio
from lrs.agents import agent_key
from lrs.auth import basic_credential
from lrs.errors import LRSError
from lrs.xapi import negotiate_version

logger = logging.getLogger(__name__)
VERSION_HEADER = "X-Experience-API-Version"
ALLOWED_HEADERS = (
    "Authorization, Content-Type, Content-Length, If-Match, If-None-Match, X-Experience-API-Version, "
    "X-Requested-With, Accept-Language"
)
EXPOSED_HEADERS = (
    "ETag, Last-Modified, Content-Type, X-Experience-API-Consistent-Through, X-Experience-API-Version"
)
ALTERNATE_HEADERS = {
    "authorization": "HTTP_AUTHORIZATION",
    "x-experience-api-version": "HTTP_X_EXPERIENCE_API_VERSION",
    "content-type": "CONTENT_TYPE",
    "content-length": "CONTENT_LENGTH",
    "if-match": "HTTP_IF_MATCH",
    "if-none-match": "HTTP_IF_NONE_MATCH",
}


@dataclass
class XAPIRequest:
    """The negotiated version and who is calling, for a resource view."""

    version: str
    credential: object = None
    session_actor: dict | None = None
    scopes: frozenset = field(default_factory=frozenset)

    @property
    def session_actor_key(self):
        return agent_key(self.session_actor) if self.session_actor else None


def xapi_resource(scopes, *, versioned=True, session_methods=("GET", "HEAD")):
    """Decorate a view `view(request, xapi, *args)`; `scopes` maps a method to the scopes any of
    which allows it ("all" always does; "all/read" allows reads). Unlisted methods answer 405.

    A learner's session may only read (`session_methods`): a browser never writes statements or
    documents itself; what a lesson page reports goes through the platform's own endpoints, which
    check it and write under the platform's authority (DESIGN.md, rule 3).
    """

    def decorate(view):
        @csrf_exempt
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                if request.method == "OPTIONS":
                    return _with_cors(HttpResponse(status=200), request)
                _unpack_alternate_syntax(request)
                _refuse_nul(request)
                if request.method not in scopes:
                    raise LRSError(405, f"{request.method} is not allowed on this resource")
                credential = _basic_credential(request)
                version = _negotiate(request) if versioned else "2.0.0"
                xapi = _authenticate(request, credential, version, scopes[request.method], session_methods)
                response = view(request, xapi, *args, **kwargs)
            except LRSError as error:
                response = JsonResponse(
                    error.as_json(), status=error.status, json_dumps_params={"ensure_ascii": False}
                )
                for name, value in error.headers.items():
                    response[name] = value
                if error.status == 405:
                    response["Allow"] = ", ".join(["OPTIONS", *scopes])
            except Exception as error:
                response = _unexpected(request, error)
            if request.method == "HEAD":
                response.content = b""  # a HEAD answer has no body, an error's neither
            # The request's version family; 1.0.3 when it named none (the conformance suites expect it).
            response[VERSION_HEADER] = getattr(request, "xapi_version", None) or "1.0.3"
            return _with_cors(response, request)

        return wrapper

    return decorate


def _unexpected(request, error):
    """The JSON answer to an error that is not the client's."""
    if isinstance(error, OperationalError) and "locked" in str(error):
        # The embedded SQLite stayed busy past its timeout: nothing was stored (the transaction
        # rolled back), and the same request may simply be sent again.
        logger.warning("LRS request met a busy database: %s %s", request.method, request.path)
        busy = LRSError(503, "the LRS is busy: nothing was stored; send the request again")
        return JsonResponse(busy.as_json(), status=503, headers={"Retry-After": "1"})
    # A bug, not the client: logged for us, and the documented JSON error for the client.
    logger.exception("LRS request failed: %s %s", request.method, request.path)
    failed = LRSError(500, "the LRS failed to complete this request; try again later")
    return JsonResponse(failed.as_json(), status=500)


def _refuse_nul(request):
    """NUL cannot be kept in text (PostgreSQL refuses it): a parameter with one is refused."""
    for name, values in request.GET.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise LRSError(400, f"the {name.replace(chr(0), '')} parameter contains a NUL character", name)


def _with_cors(response, request):
    """Any origin may call the LRS with Basic credentials; only the configured ones
    (`LRS_CORS_ORIGINS`) with the user's cookies, so another site's page cannot read a learner's
    statements through their session."""
    origin = request.headers.get("Origin")
    if origin and origin in conf.get("LRS_CORS_ORIGINS"):
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
    else:
        response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "HEAD, GET, POST, PUT, DELETE, OPTIONS"
    response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    response["Vary"] = "Origin"
    return response


def _unpack_alternate_syntax(request):
    """1.0.3's alternate request syntax: POST ?method=X with headers and content as form fields
    (xAPI 1.0.3 Communication 1.3). Only `method` may be in the query string.
    """
    if "method" not in request.GET:
        return
    if request.method != "POST":
        raise LRSError(400, "the alternate request syntax must use POST", "method")
    if set(request.GET) != {"method"}:
        raise LRSError(
            400, "with the alternate request syntax only method may be in the query string", "method"
        )
    method = request.GET["method"].upper()
    if method not in ("GET", "HEAD", "PUT", "POST", "DELETE"):
        raise LRSError(400, "method must be GET, HEAD, PUT, POST or DELETE", "method")
    content_type = request.content_type or ""
    if content_type != "application/x-www-form-urlencoded":
        raise LRSError(400, "the alternate request syntax needs a form-encoded body", "Content-Type")
    form = QueryDict(request.body, encoding="utf-8")
    parameters = QueryDict(mutable=True)
    # The request's own Content-Type describes the form, not the content: the content's type is the
    # form's Content-Type field, or unknown (JSON for statements) when the form has none.
    request.META["CONTENT_TYPE"] = ""
    for name, values in form.lists():
        header = ALTERNATE_HEADERS.get(name.lower())
        if header:
            request.META[header] = values[-1]
        elif name != "content":
            parameters.setlist(name, values)
    content = form.get("content", "")
    request._body = content.encode("utf-8")
    request.META["CONTENT_LENGTH"] = str(len(request._body))
    request.GET = parameters
    request.method = method
    request.alternate_syntax = True


def _negotiate(request):
    header = request.headers.get(VERSION_HEADER)
    if not header:
        raise LRSError(400, f"the {VERSION_HEADER} header is required", VERSION_HEADER)
    version = negotiate_version(header)
    if version is None:
        raise LRSError(400, f"xAPI version {header} is not supported (use 1.0.3 or 2.0.0)", VERSION_HEADER)
    request.xapi_version = version
    if version == "2.0.0" and getattr(request, "alternate_syntax", False):
        raise LRSError(400, "xAPI 2.0 has no alternate request syntax", "method")
    return version


def _basic_credential(request):
    """The credential of a Basic header (401 when it is wrong), or None without one."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("basic"):
        return basic_credential(header, client_address(request))
    if header:
        raise LRSError(
            401,
            "only HTTP Basic authorization is accepted",
            headers={"WWW-Authenticate": 'Basic realm="xAPI"'},
        )
    return None


def client_address(request):
    """The client's address: the connection's, or, behind `LRS_PROXY_HOPS` proxies, the address the
    outermost of them saw (the Nth entry from the right of X-Forwarded-For; entries further left
    are the client's own to invent). Behind a proxy every client shares the connection's address,
    and a limit per address would lock all of them out together."""
    hops = conf.get("LRS_PROXY_HOPS")
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if hops and len(forwarded) >= hops and forwarded[-hops]:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def _authenticate(request, credential, version, allowed_scopes, session_methods):
    if credential is not None:
        granted = set(credential.scopes)
        reading = request.method in ("GET", "HEAD")
        if not ("all" in granted or (reading and "all/read" in granted) or granted & set(allowed_scopes)):
            raise LRSError(403, "this credential's scopes do not allow this request")
        return XAPIRequest(version=version, credential=credential, scopes=frozenset(granted))
    user = getattr(request, "user", None)
    actor = (
        user.xapi_actor()
        if user is not None and user.is_authenticated and hasattr(user, "xapi_actor")
        else None
    )
    if actor is None:
        raise LRSError(401, "authorization is required", headers={"WWW-Authenticate": 'Basic realm="xAPI"'})
    if request.method not in session_methods:
        raise LRSError(
            403,
            "a learner's session can only read their own statements; lesson pages report to the "
            "platform, which records them",
        )
    return XAPIRequest(version=version, session_actor=actor)


def read_body(request):
    """The request body, refused with 413 above `LRS_MAX_BODY_BYTES`."""
    limit = conf.get("LRS_MAX_BODY_BYTES")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise LRSError(400, "Content-Length is not a number") from None
    if length > limit:
        raise LRSError(413, f"the request is larger than {limit} bytes")
    try:
        body = request.body
    except RequestDataTooBig:
        raise LRSError(413, f"the request is larger than {limit} bytes") from None
    if len(body) > limit:
        raise LRSError(413, f"the request is larger than {limit} bytes")
    if len(body) < length:
        # The client went away (or lied): what arrived is not what it meant to send.
        raise LRSError(400, f"the body has {len(body)} of the {length} bytes its Content-Length announces")
    return body


def read_json(request):
    body = read_body(request)
    try:
        return jsonio.read(body)
    except jsonio.Refused as refused:
        raise LRSError(400, str(refused)) from None
    except (ValueError, UnicodeDecodeError):
        raise LRSError(400, "the body is not valid JSON") from None


def json_response(data, status=200, headers=None):
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        status=status,
        content_type="application/json",
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response
