"""Statements with attachments: multipart/mixed requests and responses, and signed statements.

xAPI-Communication 1.5.2 / xAPI-Data 2.4.11: the first part holds the statement(s) as JSON; every
other part is one attachment's raw content, named by its SHA-2 hash in `X-Experience-API-Hash`.
Each attachment declared without a `fileUrl` must arrive as a part, and every part must be
declared. A signature attachment (xAPI-Data 2.6) is a JWS whose payload is the statement.
"""

import base64
import binascii
import hashlib
import json
import re
import secrets

from django.db import IntegrityError, transaction
from django.db.models import Q

from lrs import jsonio
from lrs.errors import LRSError
from lrs.models import Attachment

SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"
SIGNATURE_ALGORITHMS = {"RS256": "SHA256", "RS384": "SHA384", "RS512": "SHA512"}
HASHES = {64: hashlib.sha256, 96: hashlib.sha384, 128: hashlib.sha512}
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)


def parse_multipart(body, content_type):
    """(statement JSON, {sha2: (content type, bytes)}) from a multipart/mixed request body."""
    match = _BOUNDARY.search(content_type)
    if not match:
        raise LRSError(400, "multipart/mixed needs a boundary parameter", "Content-Type")
    delimiter = b"--" + match.group(1).encode()
    pieces = body.split(delimiter)
    if len(pieces) < 3 or pieces[0].strip():
        raise LRSError(400, "the body must start with the boundary and end with the closing boundary")
    if not pieces[-1].startswith(b"--"):
        raise LRSError(400, "the multipart body has no closing boundary")
    parts = [_part(piece) for piece in pieces[1:-1]]
    if not parts:
        raise LRSError(400, "the multipart body has no parts")
    first_headers, first_body = parts[0]
    if _type(first_headers) != "application/json":
        raise LRSError(400, "the first part must be the statements, as application/json")
    try:
        statements = jsonio.read(first_body)
    except jsonio.Refused as refused:
        raise LRSError(400, f"the first part: {refused}") from None
    except (ValueError, UnicodeDecodeError):
        raise LRSError(400, "the first part is not valid JSON") from None
    contents = {}
    for headers, content in parts[1:]:
        digest = headers.get("x-experience-api-hash")
        if _type(headers) == "application/json" and not digest:
            raise LRSError(400, "statements must be in the first part only")
        if not digest:
            raise LRSError(400, "every attachment part needs an X-Experience-API-Hash header")
        encoding = headers.get("content-transfer-encoding", "binary").strip().lower()
        if encoding != "binary":
            raise LRSError(400, "attachment parts must use Content-Transfer-Encoding: binary")
        digest = digest.strip().lower()
        hasher = HASHES.get(len(digest))
        if hasher is None or hasher(content).hexdigest() != digest:
            raise LRSError(400, "an attachment part's content does not match its X-Experience-API-Hash")
        contents[digest] = (headers.get("content-type", "application/octet-stream"), content)
    return statements, contents


def _type(headers):
    return headers.get("content-type", "").split(";")[0].strip().lower()


def _part(piece):
    # Tolerate what clients send: a CRLF or LF after the delimiter, headers without a space after
    # the colon, and no CRLF before the next delimiter.
    piece = piece[2:] if piece.startswith(b"\r\n") else piece[1:] if piece.startswith(b"\n") else piece
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, content = piece.partition(separator)
        if found:
            break
    else:
        raise LRSError(400, "a multipart part has no blank line between its headers and its content")
    if content.endswith(b"\r\n"):
        content = content[:-2]
    elif content.endswith(b"\n"):
        content = content[:-1]
    headers = {}
    for line in head.decode("latin-1").splitlines():
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return headers, content


def check_attachments(statements, contents):
    """Every declared attachment without fileUrl has its part; every part is declared; signatures hold."""
    declared = set()
    for index, statement in enumerate(statements):
        declarations = statement.get("attachments") if isinstance(statement, dict) else None
        for attachment in declarations if isinstance(declarations, list) else ():
            if not isinstance(attachment, dict) or not isinstance(attachment.get("sha2"), str):
                continue  # the statement validator reports it (and anything else malformed here)
            sha2 = attachment["sha2"].lower()
            declared.add(sha2)
            if sha2 not in contents and "fileUrl" not in attachment:
                raise LRSError(
                    400, "an attachment without fileUrl has no part in the request", f"[{index}].attachments"
                )
            if attachment.get("usageType") == SIGNATURE and sha2 in contents:
                check_signature(statement, attachment, contents[sha2][1], index)
    for sha2 in contents:
        if sha2 not in declared:
            raise LRSError(400, "the request has an attachment part no statement declares")


def check_signature(statement, attachment, jws, index):
    """xAPI-Data 2.6: a signature is a JWS (RS256/384/512) whose payload is the statement."""
    where = f"[{index}].attachments"
    content_type = attachment.get("contentType")
    if not isinstance(content_type, str) or content_type.split(";")[0].strip() != "application/octet-stream":
        raise LRSError(400, "a signature attachment's contentType must be application/octet-stream", where)
    try:
        header_b64, payload_b64, signature_b64 = jws.decode("ascii").strip().split(".")
        header = json.loads(_b64(header_b64))
        payload = json.loads(_b64(payload_b64))
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise LRSError(
            400, "the signature is not a JWS with a JSON header and a JSON payload", where
        ) from None
    if not isinstance(header, dict) or header.get("alg") not in SIGNATURE_ALGORITHMS:
        raise LRSError(400, "a statement signature must use RS256, RS384 or RS512", where)
    if not isinstance(payload, dict) or any(
        key in payload and payload[key] != statement.get(key) for key in ("actor", "verb", "object")
    ):
        raise LRSError(400, "the signature's payload is not this statement", where)
    if "x5c" in header:
        _verify_with_certificate(header, f"{header_b64}.{payload_b64}".encode(), _b64(signature_b64), where)


def _verify_with_certificate(header, signed, signature, where):
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(header["x5c"][0]))
        algorithm = getattr(hashes, SIGNATURE_ALGORITHMS[header["alg"]])()
        certificate.public_key().verify(signature, signed, padding.PKCS1v15(), algorithm)
    except InvalidSignature:
        raise LRSError(
            400, "the statement's signature does not verify with its x5c certificate", where
        ) from None
    except (ValueError, TypeError, IndexError, KeyError, binascii.Error):
        raise LRSError(400, "the signature's x5c certificate cannot be read", where) from None


def _b64(value):
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def store_contents(contents, organisation):
    """Keep attachment contents by hash, as `organisation`'s (the same content sent twice by one
    organisation is stored once)."""
    for sha2, (content_type, _content) in contents.items():
        if len(content_type) > 255 or len(sha2) > 128:
            raise LRSError(400, "an attachment's Content-Type or hash is too long")
    for sha2, (content_type, content) in contents.items():
        if Attachment.objects.filter(sha2=sha2, organisation=organisation).exists():
            continue
        try:
            with transaction.atomic():
                Attachment.objects.create(
                    sha2=sha2, organisation=organisation, content_type=content_type, content=content
                )
        except IntegrityError:
            pass  # stored by a concurrent request: same hash, same content


def multipart_response(result, statements):
    """A statement result with the attachment contents the LRS has, as multipart/mixed: for each
    stored statement (`Statement` rows), its organisation's content of each attachment it declares."""
    boundary = secrets.token_hex(16)
    wanted = Q()
    for statement in statements:
        hashes = {attachment.get("sha2", "").lower() for attachment in statement.data.get("attachments", [])}
        if hashes - {""}:
            wanted |= Q(organisation=statement.organisation, sha2__in=hashes - {""})
    chunks = [
        f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode(),
        json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode(),
        b"\r\n",
    ]
    found = Attachment.objects.filter(wanted) if wanted else Attachment.objects.none()
    sent = set()
    for attachment in found.order_by("sha2"):
        if attachment.sha2 in sent:
            continue  # the same content of two organisations (a reader of every organisation)
        sent.add(attachment.sha2)
        chunks += [
            f"--{boundary}\r\nContent-Type: {attachment.content_type}\r\n"
            f"Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {attachment.sha2}\r\n\r\n".encode(),
            bytes(attachment.content),
            b"\r\n",
        ]
    chunks.append(f"--{boundary}--".encode())
    return b"".join(chunks), f"multipart/mixed; boundary={boundary}"
