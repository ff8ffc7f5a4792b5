"""`/healthz/background`: is the background work (broker, beat, workers) running?"""

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, JsonResponse
from django.views import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from operations import health


@never_cache
@require_GET
def background(request):
    """200 when the heartbeat is fresh and the broker answers, 503 otherwise, with what is wrong.

    Separate from `/healthz` (the web process and its database), so a load balancer does not take
    the web out of service because a worker stopped, while a monitor sees that it did.
    """
    healthy, details = health.report()
    return JsonResponse({"status": "ok" if healthy else "error", **details}, status=200 if healthy else 503)


@require_GET
def media(request, path):
    """An uploaded file from MEDIA_ROOT, when the platform serves its uploads (`SERVE_MEDIA`).

    Django's static file view: no directory listings, no path outside MEDIA_ROOT, Last-Modified
    and If-Modified-Since; the browser is told not to guess a file's type, and a file opened on its
    own is sandboxed.
    """
    if not settings.SERVE_MEDIA:
        raise Http404
    try:
        response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    except SuspiciousFileOperation:
        raise Http404 from None  # a path outside MEDIA_ROOT
    response["X-Content-Type-Options"] = "nosniff"
    # An uploaded SVG or HTML file opened on its own runs no script in our origin.
    response["Content-Security-Policy"] = "sandbox"
    return response
