"""The learner's own pages: "My course" and the endpoint their lesson pages report to."""

from django.urls import path

from progress import views

urlpatterns = [
    path("my-course/", views.learner_home, name="learner_home"),
    path("my-course/lessons/<uuid:lesson_key>/events", views.track, name="track_lesson"),
]
