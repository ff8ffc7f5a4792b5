"""Demo people and places. Only ever created with DEBUG on (see the load_demo command)."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from accounts.models import LearningSite, Municipality, User
from courses.models import ModulePage
from teaching.models import Assignment, LearnerClass

# Known on purpose: they are printed by `make run` and listed in the README. Demo only.
DEMO_USERS = [
    # (username, password, role, what they can do)
    ("admin", "samfund-admin", None, "superuser: everything, including the Wagtail admin"),
    ("editor", "samfund-editor", User.Role.EDITOR, "writes and translates pages, sends them for moderation"),
    ("moderator", "samfund-moderator", User.Role.EDITOR, "reviews and publishes pages and translations"),
    ("teacher", "samfund-teacher", User.Role.TEACHER, "teacher at Sprogcenter Vejle"),
    ("coordinator", "samfund-coordinator", User.Role.COORDINATOR, "integration coordinator, Vejle Kommune"),
    ("learner", "2468", User.Role.LEARNER, "a learner at Sprogcenter Vejle (PIN)"),
]

# The editors' Wagtail groups: editors write and submit for moderation, moderators publish.
WAGTAIL_GROUPS = {"editor": "Editors", "moderator": "Moderators"}


def ensure_demo_people():
    municipality, _created = Municipality.objects.get_or_create(name="Vejle Kommune")
    school, _created = LearningSite.objects.get_or_create(
        municipality=municipality,
        name="Sprogcenter Vejle",
        defaults={"kind": LearningSite.Kind.LANGUAGE_SCHOOL},
    )
    LearningSite.objects.get_or_create(
        municipality=municipality, name="Vejle Bibliotekerne", defaults={"kind": LearningSite.Kind.LIBRARY}
    )
    users = []
    for username, password, role, _description in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, municipality=municipality)
            if role is None:
                user.is_superuser = user.is_staff = True
                user.role = User.Role.EDITOR
            else:
                user.role = role
            user.set_password(password)
            user.save()
            if role in (User.Role.TEACHER, User.Role.LEARNER):
                user.sites.add(school)
            if role == User.Role.EDITOR:
                user.groups.add(Group.objects.get(name=WAGTAIL_GROUPS[username]))
        users.append(user)
    ensure_demo_class(school, users)
    return users


def ensure_demo_class(school, users):
    """The demo teacher's class with the demo learner in it, and two modules assigned."""
    by_role = {user.role: user for user in users if not user.is_superuser}
    learner, teacher = by_role[User.Role.LEARNER], by_role[User.Role.TEACHER]
    today = timezone.localdate()
    if learner.programme_start is None:
        learner.programme_start = today - datetime.timedelta(days=30)
        learner.arrival_date = learner.programme_start - datetime.timedelta(days=24)
        learner.save(update_fields=["programme_start", "arrival_date"])
    learner_class, _created = LearnerClass.objects.get_or_create(site=school, name="Dansk 1, hold A")
    learner_class.teachers.add(teacher)
    learner_class.learners.add(learner)
    modules = ModulePage.objects.live().filter(locale=Locale.get_default()).order_by("path")[:2]
    for weeks, module in enumerate(modules, start=2):
        Assignment.objects.get_or_create(
            learner_class=learner_class,
            module_key=module.translation_key,
            defaults={"due_date": today + datetime.timedelta(weeks=weeks * 2), "created_by": teacher},
        )
