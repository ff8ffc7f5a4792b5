"""Attachments in multipart/mixed requests and responses, and signed statements (xAPI-Data 2.4.11, 2.6)."""

import base64
import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from lrs.models import Attachment, Statement
from tests.lrs.builders import valid_statement

pytestmark = pytest.mark.django_db

BOUNDARY = "-------314159265358979323846"
MULTIPART = f"multipart/mixed; boundary={BOUNDARY}"
TEXT = b"here is a simple attachment"
SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"


def sha256(content):
    return hashlib.sha256(content).hexdigest()


def declared(content, content_type="text/plain", **extra):
    return {
        "usageType": "http://adlnet.gov/expapi/attachments/supporting_media",
        "display": {"en-US": "A text"},
        "contentType": content_type,
        "length": len(content),
        "sha2": sha256(content),
        **extra,
    }


def multipart(statements, parts, first_type="application/json"):
    body = f"--{BOUNDARY}\r\nContent-Type: {first_type}\r\n\r\n".encode()
    body += json.dumps(statements).encode() + b"\r\n"
    for headers, content in parts:
        body += f"--{BOUNDARY}\r\n".encode()
        body += "".join(f"{name}: {value}\r\n" for name, value in headers.items()).encode() + b"\r\n"
        body += content + b"\r\n"
    return body + f"--{BOUNDARY}--".encode()


def part(content, content_type="text/plain", **extra_headers):
    headers = {
        "Content-Type": content_type,
        "Content-Transfer-Encoding": "binary",
        "X-Experience-API-Hash": sha256(content),
    }
    headers.update(extra_headers)
    return headers, content


def post(xapi, body, content_type=MULTIPART):
    return xapi.post("/xapi/statements", body, content_type=content_type)


def statement_with(*attachments):
    return valid_statement(id=str(uuid.uuid4()), attachments=list(attachments))


def test_a_statement_with_its_attachment_is_stored_with_the_content(xapi):
    statement = statement_with(declared(TEXT))

    response = post(xapi, multipart(statement, [part(TEXT)]))

    assert response.status_code == 200, response.content
    assert Statement.objects.get().has_attachments
    assert bytes(Attachment.objects.get(sha2=sha256(TEXT)).content) == TEXT


def test_an_attachment_by_file_url_needs_no_part(xapi):
    statement = statement_with(declared(TEXT, fileUrl="https://samfund.example.dk/files/a.txt"))

    response = post(xapi, multipart(statement, []))

    assert response.status_code == 200


def test_a_declared_attachment_without_its_part_is_refused(xapi):
    response = post(xapi, multipart(statement_with(declared(TEXT)), []))

    assert response.status_code == 400
    assert not Statement.objects.exists()


@pytest.mark.parametrize("attachments", [12345, "should fail", {"sha2": "abc"}, True])
@pytest.mark.parametrize("as_multipart", [False, True])
def test_attachments_that_are_not_an_array_are_refused_with_400(xapi, attachments, as_multipart):
    """xAPI-Data 2.4.11: attachments is an array of Attachment Objects (the conformance suite sends a
    number; the attachment check must leave it to the validator, not fail on it)."""
    statement = valid_statement(id=str(uuid.uuid4()), attachments=attachments)
    body = multipart(statement, []) if as_multipart else statement

    response = post(xapi, body, MULTIPART if as_multipart else "application/json")

    assert response.status_code == 400
    assert response.json()["error"]["location"] == "attachments"
    assert not Statement.objects.exists()


def test_an_attachment_sent_as_plain_json_is_refused(xapi):
    response = xapi.post("/xapi/statements", statement_with(declared(TEXT)))

    assert response.status_code == 400


def test_a_part_no_statement_declares_is_refused(xapi):
    response = post(xapi, multipart(statement_with(declared(TEXT)), [part(TEXT), part(b"another file")]))

    assert response.status_code == 400
    assert not Attachment.objects.exists()


def test_a_part_whose_content_does_not_match_its_hash_is_refused(xapi):
    headers, _content = part(TEXT)

    response = post(xapi, multipart(statement_with(declared(TEXT)), [(headers, b"tampered")]))

    assert response.status_code == 400


def test_a_part_without_a_hash_header_is_refused(xapi):
    headers, content = part(TEXT)
    headers.pop("X-Experience-API-Hash")

    response = post(xapi, multipart(statement_with(declared(TEXT)), [(headers, content)]))

    assert response.status_code == 400


def test_base64_transfer_encoding_is_refused(xapi):
    base64_part = part(TEXT, **{"Content-Transfer-Encoding": "base64"})

    response = post(xapi, multipart(statement_with(declared(TEXT)), [base64_part]))

    assert response.status_code == 400


def test_a_first_part_that_is_not_json_is_refused(xapi):
    response = post(xapi, multipart(statement_with(declared(TEXT)), [part(TEXT)], first_type="text/plain"))

    assert response.status_code == 400


def test_multipart_without_a_boundary_is_refused(xapi):
    body = multipart(statement_with(declared(TEXT)), [part(TEXT)])

    assert post(xapi, body, content_type="multipart/mixed;").status_code == 400


def test_form_data_is_refused(xapi):
    body = multipart(statement_with(declared(TEXT)), [part(TEXT)])

    assert post(xapi, body, content_type=f"multipart/form-data; boundary={BOUNDARY}").status_code == 400


def test_a_body_in_the_shape_some_clients_send_is_read(xapi):
    """Leading CRLF, no space after header colons, no CRLF after the closing boundary."""
    statement = statement_with(declared(TEXT))
    body = (
        (
            f"\r\n--{BOUNDARY}\r\nContent-Type:application/json\r\n\r\n{json.dumps(statement)}\r\n"
            f"--{BOUNDARY}\r\nContent-Type:text/plain\r\nX-Experience-API-Hash:{sha256(TEXT)}\r\n\r\n"
        ).encode()
        + TEXT
        + f"\r\n--{BOUNDARY}--".encode()
    )

    assert post(xapi, body).status_code == 200


def test_statements_come_back_with_their_attachments_as_multipart(xapi):
    post(xapi, multipart(statement_with(declared(TEXT)), [part(TEXT)]))

    response = xapi.get("/xapi/statements", {"attachments": "true"})

    body = response.content
    boundary = response["Content-Type"].split("boundary=")[1]
    assert response.status_code == 200
    assert response["Content-Type"] == f"multipart/mixed; boundary={boundary}"
    assert boundary.isalnum()
    assert TEXT in body
    assert body.count(sha256(TEXT).encode()) == 2
    assert body.endswith(f"--{boundary}--".encode())


# --- Signed statements --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def jws(payload, key, alg="RS256", x5c=None):
    header = {"alg": alg, **({"x5c": x5c} if x5c else {})}
    signing_input = b64(json.dumps(header).encode()) + b"." + b64(json.dumps(payload).encode())
    algorithm = {"RS384": hashes.SHA384(), "RS512": hashes.SHA512()}.get(alg, hashes.SHA256())
    return signing_input + b"." + b64(key.sign(signing_input, padding.PKCS1v15(), algorithm))


def signed(statement, token, content_type="application/octet-stream"):
    statement = {
        **statement,
        "attachments": [declared(token, content_type=content_type, usageType=SIGNATURE)],
    }
    return multipart(statement, [part(token, content_type)])


@pytest.mark.parametrize("alg", ["RS256", "RS384", "RS512"])
def test_a_signed_statement_is_accepted(xapi, key, alg):
    statement = valid_statement(id=str(uuid.uuid4()))

    response = post(xapi, signed(statement, jws(statement, key, alg)))

    assert response.status_code == 200, response.content


def test_a_signature_with_an_hmac_algorithm_is_refused(xapi, key):
    statement = valid_statement(id=str(uuid.uuid4()))
    _header, payload, signature = jws(statement, key).split(b".")
    token = b".".join([b64(json.dumps({"alg": "HS256"}).encode()), payload, signature])

    response = post(xapi, signed(statement, token))

    assert response.status_code == 400
    assert "RS256" in response.json()["error"]["message"]


def test_a_signature_whose_payload_is_another_statement_is_refused(xapi, key):
    statement = valid_statement(id=str(uuid.uuid4()))
    other = {**statement, "verb": {"id": "http://adlnet.gov/expapi/verbs/failed"}}

    response = post(xapi, signed(statement, jws(other, key)))

    assert response.status_code == 400


def test_a_signature_attachment_must_be_octet_stream(xapi, key):
    statement = valid_statement(id=str(uuid.uuid4()))

    response = post(xapi, signed(statement, jws(statement, key), content_type="text/plain"))

    assert response.status_code == 400


def certificate_for(key):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Samfund test")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()


def test_a_signature_is_verified_against_its_x5c_certificate(xapi, key):
    statement = valid_statement(id=str(uuid.uuid4()))
    second = {**statement, "id": str(uuid.uuid4())}
    impostor = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    good = post(xapi, signed(statement, jws(statement, key, x5c=[certificate_for(key)])))
    forged = post(xapi, signed(second, jws(second, impostor, x5c=[certificate_for(key)])))

    assert good.status_code == 200
    assert forged.status_code == 400
    assert "does not verify" in forged.json()["error"]["message"]


def test_a_signature_whose_content_type_is_not_a_string_is_refused(xapi, key):
    statement = valid_statement(id=str(uuid.uuid4()))
    token = jws(statement, key)
    statement["attachments"] = [declared(token, content_type=5, usageType=SIGNATURE)]

    response = post(xapi, multipart(statement, [part(token, "application/octet-stream")]))

    assert response.status_code == 400
    assert not Statement.objects.exists()
