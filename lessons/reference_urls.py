"""The learners' glossary and directory of places to get help, under the language prefix."""

from django.urls import path

from lessons import views

urlpatterns = [
    path("glossary/", views.glossary_page, name="glossary"),
    path("help/", views.resource_directory, name="resource_directory"),
]
