"""URLs of the lessons app, outside the language prefix: included as `h5p/` in config/urls.py."""

from django.urls import path

from lessons import views

urlpatterns = [
    path("libraries/<str:folder>/<path:path>", views.h5p_library_file, name="h5p_library_file"),
    path("<uuid:package_uuid>/play", views.h5p_player, name="h5p_player"),
    path("<uuid:package_uuid>/<path:path>", views.h5p_file, name="h5p_file"),
]
