"""The xAPI resources, at the paths the specification writes (no trailing slash)."""

from django.urls import path

from lrs import document_views, views

app_name = "lrs"
urlpatterns = [
    path("statements", views.statements, name="statements"),
    path("about", views.about, name="about"),
    path("activities/state", document_views.state, name="state"),
    path("activities/profile", document_views.activity_profile, name="activity-profile"),
    path("activities", document_views.activities, name="activities"),
    path("agents/profile", document_views.agent_profile, name="agent-profile"),
    path("agents", document_views.agents, name="agents"),
]
