"""The teachers' notices."""

from django.urls import path

from reminders import views

urlpatterns = [
    path("teach/notices/", views.notices, name="notices"),
    path("teach/notices/read/", views.notices_read, name="notices_read"),
]
