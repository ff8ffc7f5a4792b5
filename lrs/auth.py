"""Who is calling: HTTP Basic with an issued credential, or a logged-in learner's session (read only).

Secrets are stored with Django's password hasher, deliberately slow. A verified (key, secret)
pair is remembered in this process for `LRS_CREDENTIAL_CACHE_SECONDS` (60 by default) as a SHA-256
digest, so a client sending the same Basic header on every request pays the slow hash once a
minute, not per request. Changing or deleting a credential forgets it at once in every process
(`credentials_changed`, through the shared cache).
"""

import base64
import binascii
import functools
import hashlib
import hmac
import secrets
import time

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from config import fallback_cache
from lrs import conf
from lrs.errors import LRSError
from lrs.models import Credential

_verified = {}
GENERATION_KEY = "lrs:credentials:generation"


def create_credential(
    name,
    *,
    key=None,
    secret=None,
    scopes=("all",),
    organisation="",
    all_organisations=False,
    trusted=False,
):
    """A new credential; returns it with the plain secret (shown once, stored hashed).

    It belongs to `organisation`, or reads every organisation (`all_organisations`): one of the two
    must be said, so nobody makes a reader of everyone's statements by leaving a field empty.
    """
    unknown = set(scopes) - set(Credential.SCOPES)
    if unknown:
        raise ValueError(
            f"unknown scopes: {', '.join(sorted(unknown))} (known: {', '.join(Credential.SCOPES)})"
        )
    if not organisation and not all_organisations:
        raise ValueError("a credential belongs to an organisation, or explicitly reads every organisation")
    key = key or secrets.token_urlsafe(18)
    secret = secret or secrets.token_urlsafe(32)
    credential = Credential.objects.create(
        name=name,
        key=key,
        secret_hash=make_password(secret),
        scopes=list(scopes),
        organisation=organisation,
        all_organisations=all_organisations,
        trusted=trusted,
    )
    return credential, secret


def basic_credential(header, address=""):
    """The active credential named by an `Authorization: Basic` header; LRSError(401) otherwise, and
    429 once a key or an address has failed too often (`FAILURES_*`)."""
    try:
        decoded = base64.b64decode(header.split(" ", 1)[1].strip(), validate=True).decode()
        key, secret = decoded.split(":", 1)
    except (IndexError, ValueError, UnicodeDecodeError, binascii.Error):
        raise _unauthorised("the Authorization header is not valid HTTP Basic") from None
    digest = hashlib.sha256(secret.encode()).digest()
    generation = fallback_cache.call("get", GENERATION_KEY, 0)
    remembered = _verified.get(key)
    if (
        remembered
        and remembered[2] > time.monotonic()
        and remembered[3] == generation
        and hmac.compare_digest(remembered[0], digest)
    ):
        return remembered[1]
    _refuse_if_failing(key, address)
    credential = Credential.objects.filter(key=key, is_active=True).first()
    # An unknown key costs the same hash as a known one: the answer's time tells nothing.
    if not check_password(secret, credential.secret_hash if credential else _DUMMY_HASH()) or not credential:
        _count_failure(key, address)
        raise _unauthorised("unknown key or wrong secret")
    lifetime = conf.get("LRS_CREDENTIAL_CACHE_SECONDS")
    _verified[key] = (digest, credential, time.monotonic() + lifetime, generation)
    return credential


# Failed Basic checks: after this many for one key, or from one address, within the window, further
# checks are refused with 429 (no hashing) until the window ends. A client whose secret this process
# has verified goes on working: only new verifications are refused.
FAILURES_PER_KEY = 10
FAILURES_PER_ADDRESS = 30
FAILURE_WINDOW_SECONDS = 600


@functools.cache
def _DUMMY_HASH():  # noqa: N802 (a constant, made once when first needed)
    return make_password(secrets.token_urlsafe(32))


def _failure_keys(key, address):
    digest = hashlib.sha256(key.encode()).hexdigest()
    return [
        (f"lrs:auth-failures:key:{digest}", FAILURES_PER_KEY),
        (f"lrs:auth-failures:ip:{address}", FAILURES_PER_ADDRESS),
    ]


def _refuse_if_failing(key, address):
    for cache_key, limit in _failure_keys(key, address):
        count, started = fallback_cache.call("get", cache_key, (0, 0.0))
        if count >= limit:
            retry_after = max(1, int(started + FAILURE_WINDOW_SECONDS - time.time()))
            raise LRSError(
                429,
                "too many failed attempts: try again later",
                headers={"Retry-After": str(retry_after)},
            )


def _count_failure(key, address):
    for cache_key, _limit in _failure_keys(key, address):
        count, started = fallback_cache.call("get", cache_key, (0, time.time()))
        remaining = max(1, int(started + FAILURE_WINDOW_SECONDS - time.time()))
        fallback_cache.call("set", cache_key, (count + 1, started), timeout=remaining)


def _unauthorised(message):
    return LRSError(401, message, headers={"WWW-Authenticate": 'Basic realm="xAPI"'})


@receiver(post_save, sender=Credential)
@receiver(post_delete, sender=Credential)
def forget_credential(sender, instance, **kwargs):
    _verified.pop(instance.key, None)
    credentials_changed()


def credentials_changed():
    """Tell every process that a credential changed: they verify secrets again at their next request.

    A counter in the shared cache (Redis in production), read on each request: a deactivated or
    deleted credential stops working at once everywhere, not when each process's memory expires.
    """
    fallback_cache.call("set", GENERATION_KEY, time.time_ns(), timeout=None)


def authority_for(credential):
    """The authority the LRS puts on statements a credential stores (xAPI-Data 2.4.9)."""
    return {
        "objectType": "Agent",
        "name": credential.name,
        "account": {"homePage": settings.XAPI_ACCOUNT_HOMEPAGE, "name": credential.key},
    }


def platform_authority():
    """The authority of the statements the platform makes itself (`services.record_platform_statements`)."""
    return {
        "objectType": "Agent",
        "name": "Samfund",
        "account": {"homePage": settings.XAPI_ACCOUNT_HOMEPAGE, "name": "samfund"},
    }
