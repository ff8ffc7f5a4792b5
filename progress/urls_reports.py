"""URLs of the teachers' pages: reports (a learner's page, and exports of a class and a learner)."""

from django.urls import path

from progress import report_views

urlpatterns = [
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/",
        report_views.learner_detail,
        name="learner_detail",
    ),
    path("teach/classes/<int:class_id>/export.<str:fmt>", report_views.class_export, name="class_export"),
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/export.<str:fmt>",
        report_views.learner_export,
        name="learner_export",
    ),
]
