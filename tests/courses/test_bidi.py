"""Phone numbers and Latin runs inside right-to-left text keep their order: each is isolated in a
`<bdi dir="ltr">`, and a resource or glossary term shown in another language than the page says so."""

import pytest
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from courses.bidi import isolate_ltr_runs
from lessons.models import CommunityResource, LessonPage
from tests.course import UNTRANSLATED


def test_a_phone_number_and_latin_names_in_arabic_are_isolated_and_the_sentence_keeps_its_full_stop():
    html = isolate_ltr_runs("اتصل بالرقم 70 201 201 أو بـ Borgerservice.", "ar")

    assert html == 'اتصل بالرقم <bdi dir="ltr">70 201 201</bdi> أو بـ <bdi dir="ltr">Borgerservice</bdi>.'


def test_tags_attributes_and_text_that_has_its_own_direction_are_left_alone():
    html = mark_safe(
        '<p>راجع <a href="https://www.borger.dk/a-1">موقع borger.dk</a> <span dir="ltr">1 2 3</span></p>'
    )

    assert isolate_ltr_runs(html, "fa") == (
        '<p>راجع <a href="https://www.borger.dk/a-1">موقع <bdi dir="ltr">borger.dk</bdi></a> '
        '<span dir="ltr">1 2 3</span></p>'
    )


def test_left_to_right_text_and_lone_numbers_are_not_touched_and_plain_text_is_escaped():
    assert isolate_ltr_runs("Ring 70 201 201", "da") == "Ring 70 201 201"
    assert isolate_ltr_runs("اتصل بالرقم 112", "ar") == "اتصل بالرقم 112"
    assert isolate_ltr_runs("<script>x</script> 70 20", "ar") == (
        '&lt;<bdi dir="ltr">script</bdi>&gt;<bdi dir="ltr">x</bdi>&lt;/<bdi dir="ltr">script</bdi>&gt; '
        '<bdi dir="ltr">70 20</bdi>'
    )


@pytest.mark.django_db
def test_a_danish_fallback_lesson_marks_the_arabic_resource_text_and_isolates_its_phone_number(client):
    lesson = next(
        page
        for page in LessonPage.objects.live().filter(locale=Locale.get_default())
        if page.get_parent().slug == UNTRANSLATED and any(b.block_type == "help" for b in page.body)
    )
    help_block = next(block for block in lesson.body if block.block_type == "help")
    resource = CommunityResource.objects.get(pk=help_block.value["resources"][0].pk)
    resource.set_current_language("ar")
    resource.description = "اتصل بالرقم 70 201 201 من الاثنين إلى الجمعة."
    resource.save()
    arabic_url = lesson.url.replace("/da/", "/ar/", 1)

    html = client.get(arabic_url).content.decode()

    assert '<main id="main" lang="da" dir="ltr">' in html  # the Danish page inside the Arabic layout
    assert '<li lang="ar" dir="rtl">' in html
    assert 'اتصل بالرقم <bdi dir="ltr">70 201 201</bdi> من الاثنين إلى الجمعة.' in html
