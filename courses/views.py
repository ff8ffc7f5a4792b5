"""Front-end views: page serving with the Danish fallback, the language chooser, the sitemap."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import re_path
from django.utils.translation import get_language, get_language_info
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from courses.sitemaps import TranslatedPagesSitemap


def serve(request, path):
    """Wagtail's page view, with a fallback to the default language.

    `/ar/<path>` is routed in the Arabic tree first, then (if nothing is there) the same path in
    the default (Danish) tree. Whenever the page found is not in the requested language (Wagtail
    itself routes from the Danish home when a language has no home page yet), it is either
    redirected to its translation under another path or served in Danish under the requested
    language's interface with a notice (`request.fallback_from`): never a dead end.
    """
    route = Page.route_for_request(request, path) or _route_in_default_locale(request, path)
    if route is None:
        raise Http404
    page = route[0]
    active = Locale.get_active()
    if page.locale_id != active.pk:
        translation = page.get_translation_or_none(active)
        if translation is not None and translation.live:
            return redirect(translation.get_url(request))
        request.fallback_from = get_language()
        # Wagtail's serve reuses the route cached on the request.
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


def _route_in_default_locale(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page.get_translation_or_none(Locale.get_default())
    if root is None:
        return None
    try:
        return root.specific.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None


def serve_pattern():
    """Our serve view on Wagtail's URL pattern and name, so `Page.url` reverses to it."""
    return re_path(r"^((?:[\w\-]+/)*)$", serve, name="wagtail_serve")


def choose_language(request):
    """The first screen: every language in its own name. A chosen language is remembered."""
    remembered = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if remembered in dict(settings.LANGUAGES) and "choose" not in request.GET:
        return redirect(f"/{remembered}/")
    languages = [get_language_info(code) for code, _name in settings.LANGUAGES]
    return render(request, "choose_language.html", {"choices": languages})


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": TranslatedPagesSitemap(request)})
