import re

import pytest
from wagtail.models import Page

from demo.content import schema

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_every_live_page_in_every_language_at_the_public_address(client, settings):
    """It once listed http://localhost/..., the Wagtail site's host name, not the public address."""
    settings.SITE_BASE_URL = "https://samfund.vejle.dk"
    response = client.get("/sitemap.xml")

    xml = response.content.decode()
    locations = set(re.findall(r"<loc>(.*?)</loc>", xml))
    pages = Page.objects.live().public().filter(depth__gt=1)
    assert response.status_code == 200
    assert locations == {"https://samfund.vejle.dk" + page.url for page in pages}
    assert {"/da/", "/en/", "/ar/", "/uk/"} <= {
        re.search(r"https?://[^/]+(/\w+/)", loc).group(1) for loc in locations
    }


def test_every_translated_page_has_hreflang_alternates(client):
    response = client.get("/sitemap.xml")

    xml = response.content.decode()
    home_entry = re.search(r"<url><loc>[^<]*/ar/</loc>.*?</url>", xml, re.S).group(0)
    assert set(re.findall(r'hreflang="([\w-]+)"', home_entry)) == {*schema.ALL_LANGUAGES, "x-default"}
    assert re.search(r'hreflang="x-default" href="[^"]*/da/"', home_entry)


def test_unpublished_pages_are_left_out(client):
    page = Page.objects.live().filter(depth=5).first()
    page.unpublish()

    response = client.get("/sitemap.xml")

    assert page.full_url not in response.content.decode()
