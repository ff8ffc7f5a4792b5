"""Django's LocaleMiddleware, kept away from what is not a page.

On a 404 for a path without a language prefix, LocaleMiddleware redirects to `/<language>/<path>/`
when that would match a URL, and Wagtail's page pattern matches every path. An xAPI client asking
for a statement that does not exist must get the LRS's own 404, not a redirect to a web page.
"""

from django.middleware.locale import LocaleMiddleware

NOT_PAGES = (
    "/xapi/",
    "/healthz",
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/i18n/",
)


class PageLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(NOT_PAGES):
            return response
        return super().process_response(request, response)
