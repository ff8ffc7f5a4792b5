"""The LRS's resources under /xapi/ (xAPI-Communication 2.x). Views validate, call, answer."""

from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from lrs import attachments, queries
from lrs.auth import authority_for
from lrs.errors import LRSError
from lrs.http import json_response, read_body, read_json, xapi_resource
from lrs.models import Statement
from lrs.services import iso_now, record_statements
from lrs.xapi import negotiate_version

READ_STATEMENTS = ("statements/read", "statements/read/mine")
WRITE_STATEMENTS = ("statements/write",)
CONSISTENCY_MARGIN_SECONDS = 1


@xapi_resource(
    {"GET": READ_STATEMENTS, "HEAD": READ_STATEMENTS, "PUT": WRITE_STATEMENTS, "POST": WRITE_STATEMENTS}
)
def statements(request, xapi):
    if request.method in ("GET", "HEAD"):
        return get_statements(request, xapi)
    if request.method == "PUT":
        return put_statement(request, xapi)
    return post_statements(request, xapi)


def put_statement(request, xapi):
    if "statementId" not in request.GET:
        raise LRSError(400, "PUT needs the statementId parameter", "statementId")
    if set(request.GET) != {"statementId"}:
        raise LRSError(400, "PUT takes only the statementId parameter", "statementId")
    statement_id = queries._uuid(request.GET["statementId"], "statementId")
    statement, contents = _read_statements(request)
    if not isinstance(statement, dict):
        raise LRSError(400, "PUT takes one statement, a JSON object")
    _store(request, xapi, [statement], contents, statement_id=statement_id)
    return HttpResponse(status=204)


def post_statements(request, xapi):
    if request.GET:
        raise LRSError(
            400, f"POST takes no parameters (got {sorted(request.GET)[0]})", sorted(request.GET)[0]
        )
    body, contents = _read_statements(request)
    batch = body if isinstance(body, list) else [body]
    if not batch:
        raise LRSError(400, "the batch is empty")
    ids = _store(request, xapi, batch, contents, is_batch=isinstance(body, list))
    return json_response(ids)


def _read_statements(request):
    """The statement JSON and the attachment contents, by the request's content type."""
    content_type = request.META.get("CONTENT_TYPE", "")
    kind = content_type.split(";")[0].strip().lower()
    if kind == "multipart/mixed":
        return attachments.parse_multipart(read_body(request), content_type)
    if kind in ("application/json", ""):
        return read_json(request), {}
    raise LRSError(400, "statements are sent as application/json or multipart/mixed", "Content-Type")


@transaction.atomic
def _store(request, xapi, batch, contents, statement_id=None, is_batch=False):
    authority = authority_for(xapi.credential)
    attachments.check_attachments(batch, contents)
    attachments.store_contents(contents, xapi.credential.organisation)
    ids, _rows = record_statements(
        batch,
        version=xapi.version,
        authority=authority,
        credential=xapi.credential,
        statement_id=statement_id,
        batch=is_batch,
    )
    return ids


def get_statements(request, xapi):
    consistent_through = iso_now(timezone.now() - timezone.timedelta(seconds=CONSISTENCY_MARGIN_SECONDS))
    try:
        return _get_statements(request, xapi, consistent_through)
    except LRSError as error:
        error.headers["X-Experience-API-Consistent-Through"] = consistent_through
        raise


def _get_statements(request, xapi, consistent_through):
    params = request.GET.dict()
    cursor = None
    if "more" in params:
        if len(params) > 1:
            raise LRSError(400, "more cannot be combined with other parameters", "more")
        saved = queries.read_more_token(params["more"])
        params, cursor = saved["params"], saved["cursor"]
    query = queries.parse_parameters(params, xapi.version)
    visibility = queries.visible_to(xapi.credential, xapi.session_actor_key)
    headers = {"X-Experience-API-Consistent-Through": consistent_through}
    languages = _accepted_languages(request)
    if "statementId" in query or "voidedStatementId" in query:
        statement = _single(query, visibility)
        headers["Last-Modified"] = http_date(statement.stored.timestamp())
        data = queries.formatted(statement.data, query["format"], languages)
        if query["attachments"]:
            return _multipart(request, data, [statement], headers)
        return _answer(request, data, headers)
    page, following = queries.find_statements(query, visibility, cursor)
    more = ""
    if following is not None:
        more = "/xapi/statements?more=" + queries.more_token(params, following, consistent_through)
    if page:
        headers["Last-Modified"] = http_date(max(statement.stored for statement in page).timestamp())
    result = {
        "statements": [queries.formatted(statement.data, query["format"], languages) for statement in page],
        "more": more,
    }
    if query["attachments"]:
        return _multipart(request, result, page, headers)
    return _answer(request, result, headers)


def _multipart(request, result, statements, headers):
    body, content_type = attachments.multipart_response(result, statements)
    response = HttpResponse(b"" if request.method == "HEAD" else body, content_type=content_type)
    for name, value in headers.items():
        response[name] = value
    return response


def _single(query, visibility):
    # A reader of every organisation may see two organisations' statements with one id: the first
    # stored answers.
    if "statementId" in query:
        found = Statement.objects.filter(visibility, id=query["statementId"], voided=False)
    else:
        found = Statement.objects.filter(visibility, id=query["voidedStatementId"], voided=True)
    found = found.order_by("seq").first()
    if found is None:
        raise LRSError(404, "no such statement")
    return found


def _answer(request, data, headers):
    response = json_response(data, headers=headers)
    if request.method == "HEAD":
        response.content = b""
    return response


def _accepted_languages(request):
    header = request.headers.get("Accept-Language", "")
    weighted = []
    for part in header.split(","):
        pieces = part.strip().split(";q=")
        if pieces[0]:
            try:
                weight = float(pieces[1]) if len(pieces) > 1 else 1.0
            except ValueError:
                weight = 0.0
            weighted.append((weight, pieces[0].strip()))
    return [language for _weight, language in sorted(weighted, key=lambda item: -item[0])]


@csrf_exempt
def about(request):
    """GET /xapi/about: the versions this LRS speaks. Open to everyone, no version header needed.

    A 1.0.x client is told only of 1.0.3: xAPI 1.0.3 clients treat a version outside 1.0.x as
    unknown, and the 1.0.3 conformance tests refuse one (see lrs/CONFORMANCE.md 9.3).
    """
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        response = json_response(LRSError(405, f"{request.method} is not allowed on about").as_json(), 405)
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response
    version = negotiate_version(request.headers.get("X-Experience-API-Version", ""))
    versions = ["1.0.3"] if version == "1.0.3" else ["1.0.3", "2.0.0"]
    response = json_response({"version": versions, "extensions": {}})
    response["X-Experience-API-Version"] = version or "1.0.3"
    response["Access-Control-Allow-Origin"] = "*"
    if request.method == "HEAD":
        response.content = b""
    return response
