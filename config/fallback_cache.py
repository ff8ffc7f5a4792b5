"""The shared cache, or this process's own memory while the shared cache (Redis) cannot be reached.

Limits kept in the cache (failed logins, failed LRS secrets) must neither answer 500 nor lock
everyone out when Redis is down: they go on counting in the process, which is weaker (each process
counts for itself) but still a limit, and return to the shared cache as soon as it answers.
"""

import logging
import time

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)
_local = LocMemCache("samfund-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})
_warned = {"at": 0.0}
WARN_EVERY_SECONDS = 60


def call(method, *args, **kwargs):
    """`cache.<method>(...)`, or the same on this process's memory when the shared cache fails."""
    try:
        return getattr(cache, method)(*args, **kwargs)
    except Exception:
        if time.monotonic() - _warned["at"] > WARN_EVERY_SECONDS:
            _warned["at"] = time.monotonic()
            logger.warning("the shared cache cannot be reached; counting in this process", exc_info=True)
        return getattr(_local, method)(*args, **kwargs)
