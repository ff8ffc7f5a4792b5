"""Deployment checks (`manage.py check --deploy`, run by `make serve` before it starts): what a
production server must have that the embedded default does without."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def public_base_url(app_configs, **kwargs):
    """Login cards, QR codes, reminder links and the sitemap use SITE_BASE_URL: a loopback one
    gives learners' phones dead links."""
    host = urlsplit(settings.SITE_BASE_URL).hostname or ""
    if host == "localhost" or host.endswith(".localhost") or _is_loopback(host):
        return [
            Error(
                f"SITE_BASE_URL is {settings.SITE_BASE_URL}: learners' phones cannot open it",
                hint="Set SITE_BASE_URL to the address learners use, e.g. https://samfund.kommune.dk.",
                id="operations.E001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def shared_cache(app_configs, **kwargs):
    """The login throttle and the LRS's failure limits and revocations count in the cache: with
    several server processes, each would count for itself."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith("LocMemCache") or backend.endswith("DummyCache"):
        return [
            Error(
                "the cache is this process's own memory: each server process would keep its own "
                "count of failed logins, and a revoked LRS credential would work on in the others",
                hint="Set REDIS_URL, e.g. redis://127.0.0.1:6379/0.",
                id="operations.E002",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def tls_proxy(app_configs, **kwargs):
    """Without a TLS proxy, X-Forwarded-For is whatever the client writes: the login throttle must
    not read it."""
    if not getattr(settings, "SECURE_SSL_REDIRECT", False) and getattr(
        settings, "SECURE_PROXY_SSL_HEADER", None
    ):
        return [
            Error(
                "SECURE_SSL_REDIRECT=false says no TLS proxy is in front, but BEHIND_TLS_PROXY is on: "
                "the login throttle would count the address a client writes in X-Forwarded-For",
                hint="Serving without a TLS proxy, set BEHIND_TLS_PROXY=false too.",
                id="operations.E003",
            )
        ]
    return []


@register(deploy=True)
def broker(app_configs, **kwargs):
    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        return [
            Warning(
                "no CELERY_BROKER_URL: status history, reminders, the weekly digest and LRS "
                "forwarding never run on schedule",
                hint="Set CELERY_BROKER_URL (Redis or RabbitMQ) and run a worker and beat (README).",
                id="operations.W001",
            )
        ]
    return []


def _is_loopback(host):
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
