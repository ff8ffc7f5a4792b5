"""A Content-Security-Policy on every response that has none of its own.

The platform's pages load scripts only from the platform ('self': no inline script, no event
handler attributes anywhere in the templates), frames only from the platform (the sandboxed H5P
player, lessons.views.h5p_player, also from its own origin if it has one: lessons.player_origin)
and the video sites `CSP_FRAME_HOSTS` names (embedded videos), and nothing as plugins. The Wagtail
and Django admins still carry inline scripts of their own, so their pages allow inline script;
everything else in their policy is the same. A view that sets its own policy (the H5P player's
sandbox) keeps it.
"""

from django.conf import settings

from lessons.player_origin import player_origin

ADMIN_PATHS = ("/admin/", "/django-admin/")


def policy(inline_scripts=False):
    script = "script-src 'self'" + (" 'unsafe-inline' 'unsafe-eval'" if inline_scripts else "")
    frames = " ".join(["'self'", *filter(None, [player_origin()]), *settings.CSP_FRAME_HOSTS])
    return "; ".join(
        [
            "default-src 'self'",
            script,
            # Style attributes (progress bars' widths, Wagtail's admin) need inline styles.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:" + (" https:" if inline_scripts else ""),
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            f"frame-src {frames}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith(ADMIN_PATHS)
            response["Content-Security-Policy"] = policy(inline_scripts=admin)
        return response
