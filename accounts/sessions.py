"""Sessions on shared computers: they end after `SESSION_IDLE_MINUTES` without use, and ending one
leaves nothing of the person in the browser.

The server's clock decides: the time of the last request that counts as use is kept in the
session, and every page tells the browser how long is left (`seconds_left`), so the idle script and
the no-script refresh in base.html send the screen back to the login page when the server ends it.
"""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

LAST_ACTIVITY_KEY = "samfund_last_activity"
# Writing the session on every request would cost a database write per page view; recording use
# at most once a minute makes the idle limit at most a minute shorter than configured.
ACTIVITY_RESOLUTION_SECONDS = 60
# Requests a page makes by itself (an activity posting statements to the LRS, the idle script
# asking how long is left) are not a person using the computer: they never keep a session alive.
PASSIVE_PATHS = ("/xapi/",)
SESSION_URL_NAME = "session_status"
CLEAR_SITE_DATA = '"cache", "cookies", "storage"'
LOGIN_URL_NAMES = {"login", "login_link"}


def idle_limit_seconds():
    return settings.SESSION_IDLE_MINUTES * 60


def is_logged_in_session(request):
    """True when the request carries a logged-in session, without touching it otherwise.

    Reading the session of a visitor without a session cookie would mark every public page as
    varying by cookie.
    """
    return settings.SESSION_COOKIE_NAME in request.COOKIES and SESSION_KEY in request.session


def is_passive(request):
    if request.path_info.startswith(PASSIVE_PATHS):
        return True
    # Cheap test first: this runs on every request of a logged-in session.
    return (
        request.method in ("GET", "HEAD")
        and request.path_info.endswith("/session/")
        and _url_name(request.path_info) == SESSION_URL_NAME
    )


def is_idle(request, now):
    last = request.session.get(LAST_ACTIVITY_KEY)
    return last is not None and now - last >= idle_limit_seconds()


def note_activity(request, now, force=False):
    """Record use of the session, at most once per resolution unless `force`d (the keep-alive)."""
    last = request.session.get(LAST_ACTIVITY_KEY)
    if force or last is None or now - last >= ACTIVITY_RESOLUTION_SECONDS:
        request.session[LAST_ACTIVITY_KEY] = now


def seconds_left(request):
    """Seconds until the session ends for idleness, as the server counts."""
    last = request.session.get(LAST_ACTIVITY_KEY, time.time())
    return max(0, round(last + idle_limit_seconds() - time.time()))


def end_session(request, reason, next_path=""):
    """Log out and send the browser to the login page, telling it to forget this site's data.

    The answer is a redirect that sets no cookie: `Clear-Site-Data: "cookies"` would also wipe a
    cookie set in the same response (the login form's CSRF cookie).
    """
    logout(request)
    response = redirect(login_url_after(reason, next_path))
    response["Clear-Site-Data"] = CLEAR_SITE_DATA
    response["Cache-Control"] = "no-store, private"
    return response


def login_url_after(reason, next_path=""):
    """The login page in the active language, saying why the session ended."""
    query = {"ended": reason}
    if next_path:
        query["next"] = next_path
    return f"{reverse('login')}?{urlencode(query)}"


def is_login_path(path_info):
    return _url_name(path_info) in LOGIN_URL_NAMES


def _url_name(path_info):
    try:
        return resolve(path_info).url_name
    except Resolver404:
        return None
