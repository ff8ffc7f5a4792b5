"""The privacy pages under the language prefix."""

from django.urls import path

from privacy import views

urlpatterns = [
    path("teach/access-log/", views.access_log, name="access_log"),
    path("teach/access-log/export.<str:fmt>", views.access_log_export, name="access_log_export"),
    path("my-course/my-data.zip", views.my_data, name="my_data"),
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/data.zip",
        views.learner_data,
        name="learner_data",
    ),
]
