import pytest
from django.contrib.auth.models import Group

from accounts.models import User
from tests.factories import UserFactory


@pytest.fixture
def moderator(db):
    """An editor in Wagtail's Moderators group: may publish pages and translations."""
    user = UserFactory(role=User.Role.EDITOR)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user
