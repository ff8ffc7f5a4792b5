"""Where people are sent: the login link printed on login cards, and the page after logging in."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from accounts.models import User


def login_link(user, language_code=None):
    """The path of `user`'s login page with the user name filled in, e.g. `/ar/login/amal.h/`.

    Teachers print it (as a QR code, after the site's base URL) on login cards. Without a language,
    or with one the platform no longer offers, it uses the learner's preferred language, then the
    default language.
    """
    offered = dict(settings.LANGUAGES)
    for code in (language_code, user.preferred_language, settings.LANGUAGE_CODE):
        if code in offered:
            break
    with translation.override(code):
        return reverse("login_link", kwargs={"username": user.get_username()})


def home_after_login(user):
    """Where someone lands after logging in without a `next`, in the active language.

    Teachers and coordinators go to their classes, editors to the Wagtail admin.
    """
    if user.role in (User.Role.TEACHER, User.Role.COORDINATOR):
        return reverse("teacher_classes")
    if user.is_superuser or user.role == User.Role.EDITOR:
        return reverse("wagtailadmin_home")
    return reverse("learner_home")


def url_after_login(request, user, next_url):
    """A safe `next` moved into the language chosen on the login page, else `home_after_login`."""
    safe = url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not next_url or not safe:
        return home_after_login(user)
    chosen = translation.get_language()
    # translate_url resolves the URL in the active language: activate the one `next` is in.
    with translation.override(translation.get_language_from_path(urlsplit(next_url).path) or chosen):
        return translate_url(next_url, chosen)
