"""System checks: a player origin of its own (lessons.player_origin) that would not keep packages
apart from the platform shows at start-up."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning, register

from lessons import player_origin


@register()
def separate_player_origin(app_configs, **kwargs):
    configured = settings.H5P_PLAYER_ORIGIN
    if not configured:
        return []
    parts = urlsplit(configured)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query:
        return [
            Error(
                f"H5P_PLAYER_ORIGIN is {configured!r}, not an origin",
                hint="Give a scheme and a host only, e.g. https://h5p.samfund-usercontent.dk.",
                id="lessons.E001",
            )
        ]
    origin = player_origin.player_origin()
    platform = {player_origin.origin_of(settings.SITE_BASE_URL)} | {
        player_origin.origin_of(url) for url in settings.CSRF_TRUSTED_ORIGINS
    }
    errors = []
    if origin in platform:
        errors.append(
            Error(
                f"H5P_PLAYER_ORIGIN {origin} is the platform's own origin: packages' code would run "
                "with the learners' session",
                hint="Use a host name of its own for the player, or leave H5P_PLAYER_ORIGIN empty.",
                id="lessons.E002",
            )
        )
    host = parts.hostname.lower()
    for name in ("SESSION_COOKIE_DOMAIN", "CSRF_COOKIE_DOMAIN"):
        domain = (getattr(settings, name) or "").lower().lstrip(".")
        if domain and (host == domain or host.endswith("." + domain)):
            errors.append(
                Error(
                    f"{name} ({domain}) covers the player's host {host}: its pages would get the "
                    "platform's cookies",
                    hint="Put the player on a host the platform's cookies do not reach.",
                    id="lessons.E003",
                )
            )
    allowed = settings.ALLOWED_HOSTS
    if "*" not in allowed and not any(
        host == entry.lower() or (entry.startswith(".") and host.endswith(entry.lower())) for entry in allowed
    ):
        errors.append(
            Warning(
                f"the player's host {host} is not in ALLOWED_HOSTS: every activity would fail to load",
                hint=f"Add {host} to ALLOWED_HOSTS.",
                id="lessons.W001",
            )
        )
    return errors
