"""URLs of the teachers' pages: reminders."""

from django.urls import path

from progress import reminder_views

urlpatterns = [
    path("teach/notices/", reminder_views.notices, name="notices"),
    path("teach/notices/read/", reminder_views.notices_read, name="notices_read"),
]
