"""The sitemap: every live public page in every language, each with its hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


def page_location(page, request):
    """The page's public address: SITE_BASE_URL and its path. The Wagtail site's own host name is
    the one it was created with ("localhost" in a fresh installation), not the public one."""
    parts = page.get_url_parts(request)
    return settings.SITE_BASE_URL + parts[2] if parts else page.get_full_url(request)


class TranslatedPagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_any_tree)
            .order_by("path")
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        default_language = Locale.get_default().language_code
        locations = {item.pk: page_location(item, self.request) for item in pages}
        by_key = defaultdict(list)
        for item in pages:
            by_key[item.translation_key].append(item)
        urls = []
        for item in pages:
            translations = by_key[item.translation_key]
            alternates = [
                {"lang_code": translation.locale.language_code, "location": locations[translation.pk]}
                for translation in translations
            ]
            alternates += [
                {"lang_code": "x-default", "location": locations[translation.pk]}
                for translation in translations
                if translation.locale.language_code == default_language
            ]
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(translations) > 1 else [],
                }
            )
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls
