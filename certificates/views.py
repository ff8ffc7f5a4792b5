"""The certificate as a download: learners get their own, their teachers get it for them."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import formats
from django.utils.http import content_disposition_header

from accounts.models import User
from certificates.pdf import certificate_pdf
from progress.models import CourseProgress
from progress.standing import danish_course
from teaching.access import teacher_pages, visible_classes


@login_required
def certificate(request):
    """The logged-in learner's certificate, or what they still miss for it."""
    return _certificate_or_explanation(request, request.user, learner_class=None)


@teacher_pages
def teacher_certificate(request, class_id, learner_id):
    """The certificate of a learner in one of the classes the teacher (or coordinator) sees."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    learner = get_object_or_404(learner_class.learners.filter(role=User.Role.LEARNER), pk=learner_id)
    return _certificate_or_explanation(request, learner, learner_class=learner_class)


def course_progress(learner):
    """The Danish course (whose rules hold in every language) and the learner's progress in it."""
    course = danish_course()
    progress = (
        CourseProgress.objects.filter(learner=learner, course_key=course.translation_key).first()
        if course
        else None
    )
    return course, progress


def earned_certificate(learner):
    """The learner's certificate as PDF bytes, or None while they have not met the requirement."""
    course, progress = course_progress(learner)
    if progress is None or progress.satisfied_at is None:
        return None
    return certificate_pdf(learner, course, progress)


def _certificate_or_explanation(request, learner, learner_class):
    course, progress = course_progress(learner)
    if progress is None or progress.satisfied_at is None:
        return _not_available(request, learner, course, progress, learner_class)
    response = HttpResponse(certificate_pdf(learner, course, progress), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"samfund-certificate-{learner.username}.pdf"
    )
    response["Cache-Control"] = "no-store, private"
    return response


def _not_available(request, learner, course, progress, learner_class):
    """A page, not a bare 404: the certificate is not there yet, and this is what is missing."""
    missing_hours = missing_modules = 0
    if course is not None and progress is None:
        missing_hours, missing_modules = course.required_hours, len(course.mandatory_modules())
    elif course is not None:
        missing_hours = max(0, course.required_hours * 3600 - progress.credited_seconds) / 3600
        missing_modules = progress.mandatory_modules_total - progress.mandatory_modules_done
    context = {
        "course": course,
        "learner_name": learner.get_full_name() or learner.username,
        "own": learner_class is None,
        "learner_class": learner_class,
        "missing_hours": formats.number_format(missing_hours, 1) if missing_hours else None,
        "missing_modules": max(0, missing_modules),
    }
    return render(request, "certificates/certificate_unavailable.html", context, status=404)
