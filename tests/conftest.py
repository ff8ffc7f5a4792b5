"""Shared fixtures: the demo platform, loaded once per test session, and personas.

The demo is loaded outside any test transaction (wagtail-localize publishes translations in
on-commit hooks, which a test transaction would never run); every test then runs in a
transaction on top of it that is rolled back.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from accounts.models import User
from tests.factories import LearningSiteFactory, UserFactory

# The fixtures of demo lessons, the course and a class, for every app's tests.
pytest_plugins = ["tests.learning"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from demo.services import load_demo
    from tests.course import small_course

    with django_db_blocker.unblock():
        load_demo(with_people=False, content=small_course())


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """A real HTTP server over the test database (demo committed), for browsers and HTTP clients.

    What tests do through it is committed, not rolled back: they clean up after themselves.
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer("127.0.0.1:0")
        yield server.url
        server.stop()


@pytest.fixture(autouse=True)
def empty_cache():
    """Parler caches translations, the LRS remembers activity definitions and forwarding targets,
    progress the course structure: a rolled-back test must not leave any of them for the next one."""
    from config import fallback_cache
    from lrs import activities, forwarding
    from progress import structure

    cache.clear()
    fallback_cache._local.clear()
    activities.forget()
    forwarding.forget_targets()
    structure.forget()
    yield
    cache.clear()
    fallback_cache._local.clear()
    activities.forget()
    forwarding.forget_targets()
    structure.forget()


@pytest.fixture
def site_a(db):
    return LearningSiteFactory(name="Sprogcenter A")


@pytest.fixture
def learner(site_a):
    return UserFactory(role=User.Role.LEARNER, sites=[site_a])


@pytest.fixture
def teacher(site_a):
    return UserFactory(role=User.Role.TEACHER, sites=[site_a], municipality=site_a.municipality)


@pytest.fixture
def other_site_teacher(db):
    return UserFactory(role=User.Role.TEACHER, sites=[LearningSiteFactory(name="Bibliotek B")])


@pytest.fixture
def coordinator(site_a):
    return UserFactory(role=User.Role.COORDINATOR, municipality=site_a.municipality)


@pytest.fixture
def editor(db):
    user = UserFactory(role=User.Role.EDITOR)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(role=User.Role.EDITOR, is_staff=True, is_superuser=True)
