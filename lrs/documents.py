"""State, Activity Profile and Agent Profile documents (xAPI-Communication 2.3-2.6).

One model for the three: a document is addressed by (kind, activity id, agent, registration,
document id), carries its content type and an ETag (the SHA-1 of its content), and is changed
only when the request's preconditions (If-Match / If-None-Match) hold.
"""

import hashlib
import json

from django.db import IntegrityError, transaction
from django.utils import timezone

from lrs import jsonio
from lrs.errors import LRSError
from lrs.models import Document


def etag_of(content):
    return hashlib.sha1(content).hexdigest()


def address_of(kind, activity_id="", agent_key="", registration=None, organisation=""):
    """Where a document is: its kind and keys, within the organisation whose client wrote it (each
    organisation has its own documents; "" is the platform's own)."""
    return {
        "organisation": organisation,
        "kind": kind,
        "activity_id": activity_id,
        "agent_key": agent_key,
        "registration": registration,
    }


def find(address, document_id):
    return Document.objects.filter(**address, document_id=document_id).first()


def list_ids(address, since=None):
    documents = Document.objects.filter(**address)
    if since is not None:
        documents = documents.filter(updated__gt=since)
    return list(documents.order_by("updated", "document_id").values_list("document_id", flat=True))


def check_preconditions(existing, if_match, if_none_match, *, required, required_to_create=False):
    """xAPI-Communication 3.1: 412 when a precondition fails; 409 when a document would be replaced
    without either header (`required`, for PUT); 400 when one would be created without either header
    (`required_to_create`: profiles, as ADL's conformance suite and reference LRS have it, XAPI-00273).
    """
    if required_to_create and existing is None and if_match is None and if_none_match is None:
        raise LRSError(
            400,
            "a PUT to a profile needs If-None-Match: * to create it (or If-Match to replace it)",
            "If-Match",
        )
    if if_match is not None:
        tags = _tags(if_match)
        if existing is None or ("*" not in tags and existing.etag not in tags):
            raise LRSError(412, "If-Match does not match the document's current ETag", "If-Match")
    if if_none_match is not None:
        tags = _tags(if_none_match)
        if existing is not None and ("*" in tags or existing.etag in tags):
            raise LRSError(412, "If-None-Match: the document already exists", "If-None-Match")
    if required and existing is not None and if_match is None and if_none_match is None:
        raise LRSError(
            409, "the document exists: send If-Match (or If-None-Match: *) to change it", "If-Match"
        )


def _tags(header):
    """The entity tags of an If-Match / If-None-Match header, without quotes or weakness marks."""
    return {tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")}


@transaction.atomic
def put_document(
    address,
    document_id,
    content,
    content_type,
    *,
    if_match=None,
    if_none_match=None,
    required=True,
    required_to_create=False,
):
    existing = Document.objects.select_for_update().filter(**address, document_id=document_id).first()
    check_preconditions(
        existing, if_match, if_none_match, required=required, required_to_create=required_to_create
    )
    return _save(existing, address, document_id, content, content_type)


@transaction.atomic
def post_document(address, document_id, content, content_type, *, if_match=None, if_none_match=None):
    """Store, or merge a JSON object into the stored JSON object (xAPI-Communication 2.3 POST)."""
    existing = Document.objects.select_for_update().filter(**address, document_id=document_id).first()
    check_preconditions(existing, if_match, if_none_match, required=False)
    if _is_json(content_type) and _json_value(content) is _INVALID:
        # XAPI-00314: a POST that says it is JSON and is not is refused, whether or not it would merge.
        raise LRSError(400, "the document's Content-Type is application/json but it is not valid JSON")
    if existing is None:
        return _save(None, address, document_id, content, content_type)
    stored_json = _json_object(bytes(existing.content), existing.content_type)
    new_json = _json_object(content, content_type)
    if stored_json is None or new_json is None:
        raise LRSError(
            400, "POST merges JSON objects: the stored and the new document must both be JSON objects"
        )
    merged = json.dumps({**stored_json, **new_json}, ensure_ascii=False, separators=(",", ":")).encode()
    return _save(existing, address, document_id, merged, "application/json")


_INVALID = object()


def _is_json(content_type):
    return content_type.split(";")[0].strip().lower() == "application/json"


def _json_value(content):
    """A document's JSON, or _INVALID: for a merge, JSON the LRS would refuse from a client (nested
    too deeply, NUL, lone surrogates) is as good as no JSON, and is refused with 400, not a 500."""
    try:
        return jsonio.read(content)
    except (ValueError, UnicodeDecodeError):
        return _INVALID


def _json_object(content, content_type):
    if not _is_json(content_type):
        return None
    value = _json_value(content)
    return value if isinstance(value, dict) else None


def _save(existing, address, document_id, content, content_type):
    now = timezone.now()
    if existing is None:
        try:
            with transaction.atomic():
                return Document.objects.create(
                    **address,
                    document_id=document_id,
                    content=content,
                    content_type=content_type,
                    etag=etag_of(content),
                    updated=now,
                )
        except IntegrityError:
            raise LRSError(
                409, "the document was created by another request at the same time; retry"
            ) from None
    existing.content = content
    existing.content_type = content_type
    existing.etag = etag_of(content)
    existing.updated = now
    existing.save(update_fields=["content", "content_type", "etag", "updated"])
    return existing


@transaction.atomic
def delete_documents(address, document_id=None, *, if_match=None, if_none_match=None):
    documents = Document.objects.filter(**address)
    if document_id is not None:
        existing = documents.select_for_update().filter(document_id=document_id).first()
        check_preconditions(existing, if_match, if_none_match, required=False)
        documents = documents.filter(document_id=document_id)
    documents.delete()
