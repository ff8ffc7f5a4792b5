"""Failed logins, counted per account and per address in Django's cache (in the process's own
memory while the shared cache is down: `config.fallback_cache`).

Learners log in with short PINs, so guessing must be slow. After `LOGIN_FAILURES_PER_ACCOUNT`
failures for one user name, or `LOGIN_FAILURES_PER_ADDRESS` from one address, within
`LOGIN_THROTTLE_MINUTES`, further attempts are refused until that window (counted from the first
failure) has passed. Counting is by the user name as typed, whether or not such a user exists, so
the throttle itself never tells anyone which user names are real.

A whole class at a language school or a library often shares one public address: the address
limit is deliberately much higher than the account limit.
"""

import hashlib
import ipaddress
import math
import time

from django.conf import settings

from config import fallback_cache

KEY_PREFIX = "login-failures"


def client_address(request):
    """The address the attempt came from, as the throttle counts it.

    Behind `LOGIN_THROTTLE_PROXY_COUNT` proxies, the address is the entry the outermost of our own
    proxies appended to X-Forwarded-For; anything further left is whatever the client claims. An
    IPv6 client gets a whole /64 from its provider, so the /64 is what counts.
    """
    proxies = settings.LOGIN_THROTTLE_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    raw = request.META.get("REMOTE_ADDR", "")
    if proxies and len(forwarded) >= proxies:
        raw = forwarded[-proxies]
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def seconds_to_wait(username, address):
    """How long before another attempt may be made for this user name from this address (0: now)."""
    return max(
        _seconds_blocked(_account_key(username), settings.LOGIN_FAILURES_PER_ACCOUNT),
        _seconds_blocked(_address_key(address), settings.LOGIN_FAILURES_PER_ADDRESS),
    )


def record_failure(username, address):
    _count_failure(_account_key(username))
    _count_failure(_address_key(address))


def forget_account_failures(username):
    """A successful login clears the account's count; the address's stays, it may be an attacker's."""
    key = _account_key(username)
    fallback_cache.call("delete_many", [f"{key}:count", f"{key}:until"])


def _window_seconds():
    return settings.LOGIN_THROTTLE_MINUTES * 60


def _account_key(username):
    # Hashed: a cache key must not depend on which characters a user name may contain, and the
    # cache should not hold a list of names people tried.
    normalised = username.strip().casefold().encode()
    return f"{KEY_PREFIX}:account:{hashlib.sha256(normalised).hexdigest()}"


def _address_key(address):
    return f"{KEY_PREFIX}:address:{address}"


def _count_failure(key):
    window = _window_seconds()
    # The first failure opens the window; `add` and `incr` are atomic in the locmem and Redis
    # caches, so simultaneous guesses cannot slip past the limit by overwriting each other's count.
    fallback_cache.call("add", f"{key}:until", time.time() + window, timeout=window)
    if fallback_cache.call("add", f"{key}:count", 1, timeout=window):
        return
    try:
        fallback_cache.call("incr", f"{key}:count")
    except ValueError:  # the window closed between `add` and `incr`
        fallback_cache.call("add", f"{key}:count", 1, timeout=window)


def _seconds_blocked(key, limit):
    values = fallback_cache.call("get_many", [f"{key}:count", f"{key}:until"])
    if values.get(f"{key}:count", 0) < limit:
        return 0
    until = values.get(f"{key}:until", time.time() + _window_seconds())
    return max(1, math.ceil(until - time.time()))
