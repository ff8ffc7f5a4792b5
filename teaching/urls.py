"""The teachers' pages: classes, the dashboard, sessions, assignments, enrolment, a learner's page."""

from django.urls import path

from teaching import organisation_views as organisation
from teaching import people_views as people
from teaching import views
from teaching.enrolment import views as enrolment

CLASS = "teach/classes/<int:class_id>/"
LEARNER = CLASS + "learners/<int:learner_id>/"

urlpatterns = [
    path("teach/", views.classes, name="teacher_classes"),
    path("teach/classes/new/", organisation.new_class, name="new_class"),
    path(CLASS + "settings/", organisation.edit_class, name="edit_class"),
    path(CLASS + "archive/", organisation.archive_class, name="archive_class"),
    path("teach/sites/", organisation.sites, name="sites"),
    path("teach/people/", people.staff, name="staff"),
    path("teach/people/invite/", people.invite, name="invite"),
    path("teach/people/<int:person_id>/", people.person, name="person"),
    path("teach/invitations/<int:invitation_id>/", people.invitation, name="invitation"),
    path("teach/invitations/<int:invitation_id>/change/", people.change_invitation, name="change_invitation"),
    path("teach/learners/", organisation.find_learner, name="find_learner"),
    path("teach/learners/<int:learner_id>/place/", organisation.place_learner, name="place_learner"),
    path("teach/sites/new/", organisation.new_site, name="new_site"),
    path("teach/sites/<int:site_id>/", organisation.edit_site, name="edit_site"),
    path(CLASS, views.class_dashboard, name="class_dashboard"),
    path(CLASS + "sessions/", views.class_sessions, name="class_sessions"),
    path(CLASS + "sessions/new/", views.record_session, name="record_session"),
    path(CLASS + "sessions/<int:session_id>/", views.edit_session, name="edit_session"),
    path(CLASS + "sessions/<int:session_id>/remove/", views.remove_session, name="remove_session"),
    path(CLASS + "assignments/", views.assignments, name="class_assignments"),
    path(LEARNER, views.learner_detail, name="learner_detail"),
    path(CLASS + "learners/new/", enrolment.enrol_learner, name="enrol_learner"),
    path(LEARNER + "edit/", enrolment.edit_learner, name="edit_learner"),
    path(LEARNER + "pin/", enrolment.reset_pin, name="reset_pin"),
    path(LEARNER + "move/", enrolment.move_learner, name="move_learner"),
    path(CLASS + "import/", enrolment.import_learners, name="import_learners"),
    path(CLASS + "cards/", enrolment.login_cards, name="login_cards"),
]
