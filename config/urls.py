from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.views import healthz
from courses import views as course_views
from operations import views as operations_views

urlpatterns = [
    path("", course_views.choose_language, name="choose_language"),
    path("healthz", healthz, name="healthz"),
    path("healthz/background", operations_views.background, name="healthz-background"),
    path("xapi/", include("lrs.urls")),
    path("h5p/", include("lessons.urls")),
    path("sitemap.xml", course_views.sitemap, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += [re_path(r"^media/(?P<path>.+)$", operations_views.media, name="media")]

urlpatterns += i18n_patterns(
    # Our serve view (named like Wagtail's, so page URLs reverse to it) adds the Danish fallback.
    path("", include("progress.urls")),
    path("", include("teaching.urls")),
    path("", include("reports.urls")),
    path("", include("reminders.urls")),
    path("", include("certificates.urls")),
    path("", include("accounts.urls")),
    path("", include("lessons.reference_urls")),
    path("", include("privacy.urls")),
    course_views.serve_pattern(),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
