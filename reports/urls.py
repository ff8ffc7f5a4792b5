"""Reports: the coordinator's overview, and downloads of a class, a learner and a site."""

from django.urls import path

from reports import downloads, views

urlpatterns = [
    path("teach/classes/<int:class_id>/export.<str:fmt>", downloads.class_export, name="class_export"),
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/export.<str:fmt>",
        downloads.learner_export,
        name="learner_export",
    ),
    path("teach/overview/", views.overview, name="overview"),
    path("teach/overview/export.<str:fmt>", views.overview_export, name="overview_export"),
    path("teach/overview/sites/<int:site_id>/", views.overview_site, name="overview_site"),
    path(
        "teach/overview/sites/<int:site_id>/export.<str:fmt>",
        views.overview_site_export,
        name="overview_site_export",
    ),
]
