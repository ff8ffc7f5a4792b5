import pytest
from wagtail.models import Locale, Page

from courses.models import CoursePage, HomePage, ModulePage, RoleModelIndexPage, RoleModelStoryPage
from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


def danish(model):
    return model.objects.filter(locale=Locale.get_default()).first()


def test_it_allows_each_page_type_only_under_its_parent():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert CoursePage.allowed_parent_page_models() == [HomePage]
    assert ModulePage.allowed_parent_page_models() == [CoursePage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert RoleModelIndexPage.allowed_parent_page_models() == [HomePage]
    assert RoleModelStoryPage.allowed_parent_page_models() == [RoleModelIndexPage]


def test_it_refuses_lessons_outside_modules_and_children_under_lessons():
    assert not LessonPage.can_create_at(danish(CoursePage))
    assert not LessonPage.can_create_at(danish(HomePage))
    assert LessonPage.can_create_at(danish(ModulePage))
    assert LessonPage.allowed_subpage_models() == []
    assert RoleModelStoryPage.allowed_subpage_models() == []


def test_it_refuses_modules_directly_under_home_and_stories_under_the_course():
    assert not ModulePage.can_create_at(danish(HomePage))
    assert not RoleModelStoryPage.can_create_at(danish(CoursePage))
    assert set(HomePage.allowed_subpage_models()) == {CoursePage, RoleModelIndexPage}


def test_module_time_is_the_sum_of_its_lessons():
    module = danish(ModulePage)
    lessons = LessonPage.objects.child_of(module).live()
    assert module.estimated_minutes == sum(lesson.estimated_minutes for lesson in lessons) > 0
