"""URLs of the teachers' pages: overview."""

from django.urls import path

from progress import overview_views

urlpatterns = [
    path("teach/overview/", overview_views.overview, name="overview"),
    path("teach/overview/export.<str:fmt>", overview_views.overview_export, name="overview_export"),
    path("teach/overview/sites/<int:site_id>/", overview_views.overview_site, name="overview_site"),
    path(
        "teach/overview/sites/<int:site_id>/export.<str:fmt>",
        overview_views.overview_site_export,
        name="overview_site_export",
    ),
]
