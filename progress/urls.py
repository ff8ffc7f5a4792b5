from django.urls import path

from progress import (
    teacher_views,
    urls_certificate,
    urls_enrolment,
    urls_overview,
    urls_reminders,
    urls_reports,
    views,
)

urlpatterns = [
    path("my-course/", views.learner_home, name="learner_home"),
    path("my-course/lessons/<uuid:lesson_key>/events", views.track, name="track_lesson"),
    path("teach/", teacher_views.classes, name="teacher_classes"),
    path("teach/classes/<int:class_id>/", teacher_views.class_dashboard, name="class_dashboard"),
    path("teach/classes/<int:class_id>/sessions/", teacher_views.class_sessions, name="class_sessions"),
    path("teach/classes/<int:class_id>/sessions/new/", teacher_views.record_session, name="record_session"),
    path(
        "teach/classes/<int:class_id>/sessions/<int:session_id>/",
        teacher_views.edit_session,
        name="edit_session",
    ),
    path(
        "teach/classes/<int:class_id>/sessions/<int:session_id>/remove/",
        teacher_views.remove_session,
        name="remove_session",
    ),
    path("teach/classes/<int:class_id>/assignments/", teacher_views.assignments, name="class_assignments"),
]

# Each area of the teachers' pages keeps its own list.
for area in (urls_enrolment, urls_reports, urls_overview, urls_reminders, urls_certificate):
    urlpatterns += area.urlpatterns
