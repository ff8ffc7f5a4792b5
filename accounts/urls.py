"""Logging in and out; included inside `i18n_patterns`, so every URL carries the language."""

from django.urls import path

from accounts import invitation_views, views

urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("login/<str:username>/", views.login_view, name="login_link"),
    path("logout/", views.logout_view, name="logout"),
    path("session/", views.session_status, name="session_status"),
    path("invitation/<str:token>/", invitation_views.accept_invitation, name="accept_invitation"),
]
