"""The header's account area and the idle refresh, for base.html."""

from django import template
from django.utils.translation import gettext as _

from accounts import links, sessions
from accounts.models import User

register = template.Library()

# How long before the session ends the page warns and offers to stay logged in (WCAG 2.2.1).
WARNING_SECONDS = 60
# Without JavaScript the page reloads a moment after the server's limit, when the session has ended.
SLACK_SECONDS = 2


@register.inclusion_tag("accounts/account_menu.html", takes_context=True)
def account_menu(context):
    """Who is logged in, the way back to their own start page (a learner's "My course") and the
    log-out button; a log-in link for everyone else."""
    request = context.get("request")
    user = context.get("user")
    logged_in = bool(request and user and user.is_authenticated)
    return {
        "request": request,
        "user": user,
        "logged_in": logged_in,
        "home": _home(user) if logged_in else None,
        "on_login_page": bool(request) and sessions.is_login_path(request.path_info),
        "seconds_left": sessions.seconds_left(request) if logged_in else None,
        "warning_seconds": WARNING_SECONDS,
        "idle_login_url": sessions.login_url_after("idle") if logged_in else "",
    }


@register.inclusion_tag("accounts/idle_refresh.html", takes_context=True)
def idle_refresh(context):
    """Without JavaScript, a logged-in page reloads into the login screen when the session ends."""
    request = context.get("request")
    user = context.get("user")
    if not (request and user and user.is_authenticated):
        return {}
    return {
        "seconds_left": sessions.seconds_left(request) + SLACK_SECONDS,
        "idle_login_url": sessions.login_url_after("idle"),
    }


def _home(user):
    """(url, label) of the page a user works from: "My course", "My classes" or the admin."""
    url = links.home_after_login(user)
    if user.role in (User.Role.TEACHER, User.Role.COORDINATOR):
        return url, _("My classes")
    if user.is_superuser or user.role == User.Role.EDITOR:
        return url, _("Editing")
    return url, _("My course")
