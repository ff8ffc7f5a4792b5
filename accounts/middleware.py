"""Public-computer behaviour for every request: idle sessions end, personal pages are not kept."""

import time

from django.contrib.auth import logout

from accounts import sessions


class SharedComputerSessionMiddleware:
    """Ends a session idle for `SESSION_IDLE_MINUTES` and keeps logged-in pages out of caches.

    Goes after AuthenticationMiddleware. A page request on an idle session is answered with the
    login page (and Clear-Site-Data) instead of the page, so the next person at a library computer
    never sees the previous person's; any other request simply goes on without the login.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        ended = self._end_if_idle(request)
        if ended is not None:
            return ended
        response = self.get_response(request)
        if _is_logged_in(request):
            # No copy in the browser's cache, nor in a shared proxy's: after logging out, "Back"
            # must not show the page again.
            response["Cache-Control"] = "no-store, private"
        return response

    def _end_if_idle(self, request):
        if not sessions.is_logged_in_session(request):
            return None
        now = time.time()
        passive = sessions.is_passive(request)
        if not sessions.is_idle(request, now):
            if not passive:
                sessions.note_activity(request, now)
            return None
        if passive or request.method not in ("GET", "HEAD"):
            # Not a page the person asked for: it goes on without the login, and its own answer
            # (401, a refused form) tells the page.
            logout(request)
            return None
        return sessions.end_session(request, "idle", _next_path(request))


def _is_logged_in(request):
    # Asking the lazy user of a request without a session cookie would touch the session for
    # nothing (and add "Vary: Cookie"); a request that has just logged in has modified it.
    if not (sessions.is_logged_in_session(request) or request.session.modified):
        return False
    return request.user.is_authenticated


def _next_path(request):
    """Where the same person returns after logging in again; never back to the login page."""
    return "" if sessions.is_login_path(request.path_info) else request.get_full_path()
