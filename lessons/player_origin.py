"""Where the H5P player is served: the platform's own origin, or an origin of its own.

By default each activity plays in a frame of the platform's origin whose sandbox leaves out
allow-same-origin: the package's code runs in an opaque origin, with no cookies, storage or pages of
the platform. Browsers then keep no shared cache for those frames, so every activity of a lesson
loads the player and its libraries again.

With `H5P_PLAYER_ORIGIN` set (e.g. https://h5p.samfund-usercontent.dk, a name that points at the
same server), the frames come from that origin and their sandbox may allow it: the package's code
runs as that origin, which has no session and serves nothing but the player, its files and static
files, and the frames share one cache, so a lesson loads each library once. Best a site of its own
(another registrable domain than the platform's), as H5P.com and others keep user content apart.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotFound

SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"
# What the player's own origin may serve: the player, the packages' and libraries' files, static files.
PLAYER_PATHS = ("/h5p/", "/static/")


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def player_origin():
    """The separate origin the player is served from, or "" for the platform's own."""
    return origin_of(settings.H5P_PLAYER_ORIGIN or "")


def page_origins():
    """The platform's origins: the pages that may frame the player when it has an origin of its own."""
    origins = [origin_of(settings.SITE_BASE_URL), *(origin_of(url) for url in settings.CSRF_TRUSTED_ORIGINS)]
    return [origin for origin in dict.fromkeys(origins) if origin and origin != player_origin()]


def request_origin(request):
    return f"{request.scheme}://{request.get_host()}".lower()


def is_player_request(request):
    """Whether the request came to the player's own origin (never when it has none)."""
    separate = player_origin()
    return bool(separate) and request_origin(request) == separate


def frame_sandbox():
    """The sandbox of the player's frames on the platform's pages: allow-same-origin only when the
    frames come from the player's own origin."""
    return SANDBOX + " allow-same-origin" if player_origin() else SANDBOX


def document_sandbox(request):
    """The sandbox of the player's document: allow-same-origin only on the player's own origin, never
    on the platform's, where the package's code (scripts allowed) could lift its own sandbox and act
    with the learner's session."""
    return SANDBOX + " allow-same-origin" if is_player_request(request) else SANDBOX


class PlayerOriginMiddleware:
    """On the player's own origin, only the player and its files are served: no page, no login,
    no session of the platform is ever reachable there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_player_request(request):
            return self.get_response(request)
        if not request.path_info.startswith(PLAYER_PATHS):
            return HttpResponseNotFound(b"Not found", content_type="text/plain")
        response = self.get_response(request)
        # Nor a way into the platform's pages: a missing player is not redirected to a page.
        if response.status_code == 404 or (300 <= response.status_code < 400 and response.status_code != 304):
            return HttpResponseNotFound(b"Not found", content_type="text/plain")
        return response
