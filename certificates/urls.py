"""The certificate: the learner's own, and a learner's for their teachers."""

from django.urls import path

from certificates import views

urlpatterns = [
    path("my-course/certificate.pdf", views.certificate, name="certificate"),
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/certificate.pdf",
        views.teacher_certificate,
        name="teacher_certificate",
    ),
]
