"""Every setting of the LRS in one place: its name, default and meaning.

Each is read from the environment variable of the same name when Django's settings load
(`config/settings.py` takes `from_environment()`), and at use from Django's settings through `get`, so
a test can change one with the settings fixture. The README's configuration table lists them.
"""

from config.env import env_int, env_list

SETTINGS = {
    "LRS_MAX_BODY_BYTES": (10 * 1024 * 1024, "largest request body (statements with attachments); 413 above"),
    "LRS_MAX_LIMIT": (500, "most statements one GET returns (a larger or zero `limit` gets this many)"),
    "LRS_CREDENTIAL_CACHE_SECONDS": (60, "how long a verified secret is remembered in a process"),
    "LRS_FORWARD_BATCH_SIZE": (100, "statements sent to a forwarding target in one request"),
    "LRS_FORWARD_TIMEOUT_SECONDS": (10, "how long a forwarding request may take"),
    "LRS_FORWARD_RETRY_BASE_SECONDS": (10, "first wait after a failed forwarding, doubled each time"),
    "LRS_FORWARD_RETRY_CAP_SECONDS": (3600, "longest wait between forwarding tries"),
    "LRS_FORWARD_STUCK_SECONDS": (
        120,
        "lease of a claimed row: 'sending' this long (its worker died) it is tried again; a live "
        "worker sending one statement at a time stops at half of it",
    ),
    "LRS_FORWARD_DRAIN_SECONDS": (60, "how long one drain task sends before it hands over"),
    "LRS_FORWARD_TARGET_CACHE_SECONDS": (10, "how long a process remembers the active targets"),
    "LRS_FORWARD_DRAIN_REQUEST_SECONDS": (10, "a queued drain of a target is not queued again within this"),
    "LRS_FORWARD_KEEP_DELIVERED_DAYS": (30, "delivered outbox rows are deleted after this many days"),
    "LRS_PROXY_HOPS": (
        0,
        "reverse proxies in front of the LRS that append to X-Forwarded-For; the client address for "
        "the failed-login limit is the one the outermost of them saw (0: the connection's address)",
    ),
}


# Browser origins (scheme://host[:port]) whose pages may call the LRS with the user's cookies. Any
# other origin may call it too, with Basic credentials, but never with cookies.
LISTS = {"LRS_CORS_ORIGINS": ((), "origins allowed to send cookies (credentials) to the LRS")}


def from_environment():
    """{name: value} of every LRS setting: its environment variable, else its default."""
    values = {name: env_int(name, default) for name, (default, _meaning) in SETTINGS.items()}
    values.update({name: tuple(env_list(name, default)) for name, (default, _meaning) in LISTS.items()})
    return values


def get(name):
    """A setting's value now (Django's settings, which `from_environment` filled)."""
    from django.conf import settings

    return getattr(settings, name, {**SETTINGS, **LISTS}[name][0])
