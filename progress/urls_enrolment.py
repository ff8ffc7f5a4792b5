"""URLs of the teachers' pages: enrolment."""

from django.urls import path

from progress import enrolment_views

urlpatterns = [
    path(
        "teach/classes/<int:class_id>/learners/new/",
        enrolment_views.enrol_learner,
        name="enrol_learner",
    ),
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/edit/",
        enrolment_views.edit_learner,
        name="edit_learner",
    ),
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/pin/",
        enrolment_views.reset_pin,
        name="reset_pin",
    ),
    path("teach/classes/<int:class_id>/import/", enrolment_views.import_learners, name="import_learners"),
    path("teach/classes/<int:class_id>/cards/", enrolment_views.login_cards, name="login_cards"),
]
