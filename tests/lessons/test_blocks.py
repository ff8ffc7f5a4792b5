"""Every lesson block renders, and editors get field errors for blocks they got wrong."""

import io
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Locale

from courses.blocks import ImageWithAltTextBlock, VideoBlock
from courses.models import ModulePage
from lessons.blocks import LessonStreamBlock, QuestionBlock
from lessons.models import CommunityResource, GlossaryTerm, LessonPage

pytestmark = pytest.mark.django_db


def document(name, content=b"data"):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


def image():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "#0b5cad").save(buffer, format="PNG")
    return get_image_model().objects.create(title="A map", file=ImageFile(buffer, name="map.png"))


def lesson_with_every_block():
    video, captions, audio = document("film.mp4"), document("film.vtt", b"WEBVTT"), document("lyd.mp3")
    body = [
        ("text", "<p>Velkommen til lektionen.</p>"),
        ("image", {"image": image(), "alt_text": "Et kort over Danmarks regioner", "caption": "Regionerne"}),
        (
            "video",
            {
                "video_file": video,
                "embed": None,
                "captions": captions,
                "title": "Film",
                "transcript": "<p>Tale</p>",
            },
        ),
        ("audio", {"audio_file": audio, "title": "Lyt", "transcript": "<p>Lydtekst</p>"}),
        ("key_facts", {"title": "Fakta", "facts": ["179 medlemmer", "Valg hvert 4. år"]}),
        ("quote", {"quote": "Sproget er nøglen.", "attribution": "Amina"}),
        ("glossary_term", GlossaryTerm.objects.get(key="mitid")),
        (
            "help",
            {
                "title": "Hjælp",
                "intro": "Her kan du få hjælp.",
                "resources": [CommunityResource.objects.get(key="borger-dk")],
            },
        ),
        ("reflection", {"question": "Hvad betyder tillid for dig?", "hint": "Tænk på din hverdag."}),
        (
            "quiz",
            {
                "title": "Quiz",
                "questions": [
                    {
                        "question": "Hvor mange medlemmer har Folketinget?",
                        "choices": [{"text": "179", "correct": True}, {"text": "98", "correct": False}],
                        "explanation": "Folketinget har 179 medlemmer.",
                    }
                ],
            },
        ),
    ]
    module = ModulePage.objects.filter(locale=Locale.get_default()).first()
    lesson = LessonPage(
        title="Alle blokke", slug="alle-blokke", intro="Test.", estimated_minutes=20, body=body
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson, video, captions, audio


def test_a_lesson_renders_every_block_type(client):
    lesson, video, captions, audio = lesson_with_every_block()

    response = client.get(lesson.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'alt="Et kort over Danmarks regioner"' in html
    assert f'<source src="{video.url}">' in html
    assert f'<track kind="captions" src="{captions.url}" srclang="da"' in html
    assert f'src="{audio.url}"' in html
    assert "Read the transcript" in html or "Læs teksten" in html
    assert "179 medlemmer" in html and "Sproget er nøglen." in html
    assert GlossaryTerm.objects.language("da").get(key="mitid").explanation in html
    assert 'href="https://www.borger.dk/"' in html
    assert "Hvad betyder tillid for dig?" in html
    assert 'type="radio" name="quiz10-question1"' in html
    # Answers and explanations come from the server after an attempt, not in the page before it.
    assert "Folketinget har 179 medlemmer." not in html
    assert "<strong>179</strong>" not in html


def test_an_embedded_video_is_rendered_through_the_embed_finder(client):
    module = ModulePage.objects.filter(locale=Locale.get_default()).first()
    body = [("video", {"video_file": None, "embed": "https://www.youtube.com/watch?v=abc", "title": "Film"})]
    lesson = LessonPage(title="Video", slug="video", intro="Test.", estimated_minutes=20, body=body)
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    embed = Embed(
        url="https://www.youtube.com/watch?v=abc", html='<iframe title="Film"></iframe>', type="video"
    )

    # The network edge: Wagtail would ask YouTube's oEmbed endpoint.
    with mock.patch("wagtail.embeds.embeds.get_embed", return_value=embed):
        response = client.get(lesson.url)

    assert response.status_code == 200
    assert '<iframe title="Film"></iframe>' in response.content.decode()


def test_a_video_needs_a_file_or_an_embed_but_not_both():
    block = VideoBlock()
    neither = block.to_python({"title": "Film"})

    with pytest.raises(ValidationError):
        block.clean(neither)


def test_an_image_without_alternative_text_is_refused():
    block = ImageWithAltTextBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image().pk, "alt_text": "", "caption": ""}))


def test_a_quiz_question_without_a_correct_answer_is_refused():
    block = QuestionBlock()
    value = block.to_python(
        {"question": "Hvad?", "choices": [{"text": "a", "correct": False}, {"text": "b", "correct": False}]}
    )

    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            block.clean(value)
        assert "Mark at least one answer as correct." in str(error.value.block_errors["choices"])


def test_the_lesson_stream_offers_every_block_the_course_needs():
    assert set(LessonStreamBlock.base_blocks) == {
        "text",
        "image",
        "video",
        "audio",
        "key_facts",
        "quote",
        "glossary_term",
        "help",
        "reflection",
        "quiz",
        "h5p",
    }
    assert isinstance(LessonPage().body, StreamValue)
