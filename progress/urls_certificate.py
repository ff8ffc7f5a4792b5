"""URLs of the certificate: the learner's own, and a learner's for their teachers."""

from django.urls import path

from progress import certificate_views

urlpatterns = [
    path("my-course/certificate.pdf", certificate_views.certificate, name="certificate"),
    path(
        "teach/classes/<int:class_id>/learners/<int:learner_id>/certificate.pdf",
        certificate_views.teacher_certificate,
        name="teacher_certificate",
    ),
]
