"""A lesson requires only what a learner can do: a ready H5P package whose content type reports
completion. Broken, deleted or silent packages require nothing; translations that lack the Danish
lesson's activities show them; and the lesson says which activities are left."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from lessons import h5p
from lessons.blocks import H5PBlock
from lessons.models import H5PPackage
from progress import activities, structure
from progress.models import LessonProgress
from tests.fixtures.h5p import ready_package
from tests.learning import track
from tests.progress.test_h5p_relay import h5p_statement

pytestmark = pytest.mark.django_db

BLOCK = "h5p-required"


def as_type(package, main_library):
    package.main_library = main_library
    package.save()
    return package


def clean(package, required=True):
    """The block's own check, as the lesson editor runs it (in English here)."""
    block = H5PBlock()
    with translation.override("en"):
        return block.clean(block.to_python({"package": package.pk, "required": required}))


def test_a_content_type_that_never_reports_completion_cannot_be_required():
    cards = as_type(ready_package(), "H5P.Dialogcards 1.9")

    with pytest.raises(ValidationError) as refused:
        clean(cards)

    assert "H5P.Dialogcards does not report when a learner has finished it" in str(refused.value.block_errors)
    assert clean(cards, required=False)["required"] is False
    assert clean(as_type(ready_package(), "H5P.MultiChoice 1.16"))["required"] is True


def test_a_package_that_failed_or_is_still_unpacking_cannot_be_required():
    failed = ready_package()
    H5PPackage.objects.filter(pk=failed.pk).update(status="failed", failure_reason="no content.json")
    failed.refresh_from_db()
    waiting = ready_package()
    H5PPackage.objects.filter(pk=waiting.pk).update(status="processing")
    waiting.refresh_from_db()

    for package, reason in (
        (failed, "could not be unpacked: no content.json"),
        (waiting, "still being unpacked"),
    ):
        with pytest.raises(ValidationError) as refused:
            clean(package)
        assert reason in str(refused.value.block_errors)


def lesson_requiring(lesson, package):
    body = [dict(block) for block in lesson.body.raw_data if block["type"] != "quiz"]
    lesson.body = [*body, {"type": "h5p", "id": BLOCK, "value": {"package": package.pk, "required": True}}]
    lesson.save_revision().publish()
    return structure.current().lessons[str(lesson.translation_key)]


def test_a_required_block_whose_package_is_deleted_broken_or_silent_requires_nothing(quiz_lesson):
    package = ready_package()
    activity = activities.h5p_id(quiz_lesson.translation_key, BLOCK)
    assert lesson_requiring(quiz_lesson, package).required == {activity}

    as_type(package, "H5P.Accordion 1.0")
    assert structure.current().lessons[str(quiz_lesson.translation_key)].required == frozenset()

    as_type(package, "H5P.SamfundCheck 1.0")
    package.status = H5PPackage.Status.PROCESSING  # a new file, being unpacked
    package.save()
    assert structure.current().lessons[str(quiz_lesson.translation_key)].required == frozenset()
    h5p.record_outcome(package, H5PPackage.Status.READY)  # unpacked: required again
    assert structure.current().lessons[str(quiz_lesson.translation_key)].required == {activity}
    package.status = H5PPackage.Status.PROCESSING
    package.save()
    h5p.record_outcome(package, H5PPackage.Status.FAILED, failure_reason="broken")
    assert structure.current().lessons[str(quiz_lesson.translation_key)].required == frozenset()

    package.delete()
    assert structure.current().lessons[str(quiz_lesson.translation_key)].required == frozenset()


def test_a_translation_without_the_activity_shows_the_danish_one_and_it_counts(client, learner, quiz_lesson):
    arabic = quiz_lesson.get_translation(Locale.objects.get(language_code="ar"))
    lesson = lesson_requiring(quiz_lesson, ready_package())  # the Arabic page is not synced: no block
    assert BLOCK not in {block.id for block in arabic.body}
    client.force_login(learner)

    page = client.get(arabic.url).content.decode()
    relayed = track(client, quiz_lesson, {"type": "h5p", "block": BLOCK, "statement": h5p_statement()}, "ar")

    assert 'data-h5p-block="h5p-required"' in page and 'lang="da" dir="ltr"' in page
    assert "Samfund check" in page  # the activity still to do, by name
    assert relayed.status_code == 200 and relayed.json()["lesson"]["required_left"] == []
    done = LessonProgress.objects.get(learner=learner, lesson_key=lesson.key)
    assert done.activities_done == [activities.h5p_id(quiz_lesson.translation_key, BLOCK)]


def test_the_lesson_lists_the_activities_left_by_name(client, learner, quiz_lesson):
    lesson_requiring(quiz_lesson, ready_package(title="Hvem bestemmer i kommunen?"))
    client.force_login(learner)

    before = client.get(quiz_lesson.url).content.decode()
    track(client, quiz_lesson, {"type": "h5p", "block": BLOCK, "statement": h5p_statement()})
    after = client.get(quiz_lesson.url).content.decode()

    activity = activities.h5p_id(quiz_lesson.translation_key, BLOCK)
    assert "Mangler:" in before
    assert f'data-required-activity="{activity}"' in before and "Hvem bestemmer i kommunen?" in before
    assert f'data-required-activity="{activity}"' not in after
