from django.urls import path

from progress import views

urlpatterns = [
    path("my-course/", views.learner_home, name="learner_home"),
]
