"""Everything the platform holds about one learner, walked from the model graph (GDPR Art. 15, 20).

Every model that points to a user is either exported (`ABOUT_THE_LEARNER`: the rows where that field
is the learner) or said not to hold learners' data (`NOT_ABOUT_LEARNERS`, with the reason); a test
walks the model graph so that a new model pointing to users fails until it is one or the other.
"""

import io
import json
import zipfile

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone, translation

from lrs import records

# (model label, field name) -> file name in the archive: rows where the field is the learner.
ABOUT_THE_LEARNER = {
    ("progress.LessonProgress", "learner"): "lesson_progress",
    ("progress.ModuleProgress", "learner"): "module_progress",
    ("progress.CourseProgress", "learner"): "course_progress",
    ("progress.StatusChange", "learner"): "status_history",
    ("progress.StudyClock", "learner"): "study_clock",
    ("teaching.LearnerClass", "learners"): "classes",
    ("teaching.ClassMembership", "learner"): "class_memberships",
    ("teaching.ClassroomSession", "attendees"): "classroom_sessions_attended",
    ("reminders.Notice", "learner"): "notices_about_you",
    ("reminders.Nudge", "learner"): "reminders_sent_to_you",
    ("privacy.AccessRecord", "learner"): "who_looked_at_your_data",
    ("accounts.Invitation", "accepted_by"): "invitation",
}
# Relations to users that never hold a learner's data, and why.
STAFF_ONLY = "an action of staff (teachers, coordinators, editors), which learners cannot take"
NOT_ABOUT_LEARNERS = {
    ("accounts.Invitation", "invited_by"): STAFF_ONLY,
    ("teaching.LearnerClass", "teachers"): "the class's teachers",
    ("teaching.Assignment", "created_by"): STAFF_ONLY,
    ("teaching.ClassroomSession", "recorded_by"): STAFF_ONLY,
    ("teaching.ClassroomSessionChange", "changed_by"): STAFF_ONLY,
    ("teaching.ClassMembership", "added_by"): STAFF_ONLY,
    ("teaching.ClassMembership", "ended_by"): STAFF_ONLY,
    ("reminders.Notice", "recipient"): "notices go to teachers",
    ("lessons.H5PPackage", "uploaded_by"): STAFF_ONLY,
    ("translations.LanguageReview", "updated_by"): STAFF_ONLY,
    ("privacy.AccessRecord", "viewer"): "the staff member who looked",
}
# Apps whose relations to users are the Wagtail and Django admins' own: only staff use them.
ADMIN_APPS = {"admin", "auth", "wagtailcore", "wagtailadmin", "wagtailimages", "wagtaildocs", "wagtailusers"}
ADMIN_APPS |= {"wagtail_localize", "wagtailforms", "wagtailredirects", "taggit", "django_celery_beat"}
# The user's own row: what is shown of it (never the password, the PIN, or the PIN's copy).
PROFILE_FIELDS = (
    "username",
    "first_name",
    "last_name",
    "email",
    "phone",
    "role",
    "preferred_language",
    "arrival_date",
    "residence_permit_date",
    "programme_start",
    "external_reference",
    "pseudonym",
    "date_joined",
    "last_login",
)
SECRET_FIELDS = {"password", "card_pin", "card_pin_encrypted"}


def relations_to_users():
    """(model label, field name, many-to-many) of every field in the project that points to a user."""
    user_model = apps.get_model("accounts", "User")
    found = []
    for model in apps.get_models():
        if model._meta.auto_created:  # the through tables of many-to-many fields
            continue
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is user_model:
                # An inherited field (a page type's `owner`) counts once, for the model declaring it.
                found.append((field.model._meta.label, field.name, field.many_to_many))
    return sorted(set(found))


def _rows(model, field, learner):
    rows = model._default_manager.filter(**{field: learner}).order_by("pk")
    return [_plain(row) for row in rows]


def _plain(instance):
    """A row's own fields. Not its many-to-many lists: a class's or a session's would name the
    other learners in it, whose data this copy must not carry."""
    return {
        field.name: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if field.name not in SECRET_FIELDS
    }


def profile(learner):
    data = {name: getattr(learner, name, None) for name in PROFILE_FIELDS if hasattr(learner, name)}
    data["municipality"] = learner.municipality.name if learner.municipality_id else None
    data["sites"] = list(learner.sites.values_list("name", flat=True))
    return data


def everything(learner):
    """{file name: rows} for every model that holds this learner's data, and the profile."""
    held = {"profile": profile(learner)}
    for (label, field), name in ABOUT_THE_LEARNER.items():
        held[name] = _rows(apps.get_model(label), field, learner)
    return held


def statements(learner):
    return [
        {"stored": stored, "voided": voided, "statement": data}
        for stored, voided, data in records.held_about(learner.xapi_actor()).iterator(chunk_size=1000)
    ]


def archive(learner, *, certificate=None):
    """The learner's data as one ZIP: a summary in their language, each kind of data as JSON, their
    xAPI statements as stored, and their certificate if they have one."""
    held = everything(learner)
    statement_list = statements(learner)
    made = timezone.now()
    language = learner.preferred_language or translation.get_language()
    with translation.override(language):
        summary = render_to_string(
            "privacy/data_summary.html",
            {
                "learner": learner,
                "held": held,
                "counts": {name: len(rows) for name, rows in held.items() if name != "profile"},
                "statement_count": len(statement_list),
                "made": made,
                "language": language,
                "has_certificate": certificate is not None,
            },
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("summary.html", summary)
        for name, rows in held.items():
            book.writestr(f"data/{name}.json", _json(rows))
        book.writestr("data/xapi_statements.json", _json(statement_list))
        if certificate is not None:
            book.writestr("certificate.pdf", certificate)
    return buffer.getvalue()


def _json(value):
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
