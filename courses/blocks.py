"""Content blocks shared by lessons and role-model stories.

Lesson-only blocks (glossary, help, reflection, quiz) extend these in `lessons/blocks.py`.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ImageWithAltTextBlock(blocks.StructBlock):
    """An image with the alternative text screen-reader users hear (required: WCAG 1.1.1)."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class VideoBlock(blocks.StructBlock):
    """A video, uploaded as a document or embedded, with captions and a transcript."""

    video_file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file. Or give an embed URL.")
    )
    embed = EmbedBlock(
        label=_("Embed URL"), required=False, help_text=_("For example a YouTube or Vimeo link.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"), required=False, help_text=_("A WebVTT (.vtt) file, for an uploaded video.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything that is said."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("video_file")) == bool(value.get("embed")):
            message = _("Choose a video file or give an embed URL, not both and not neither.")
            raise StructBlockValidationError(
                block_errors={"video_file": ValidationError(message), "embed": ValidationError(message)}
            )
        return value


class AudioBlock(blocks.StructBlock):
    """Spoken text for learners who read little, with its transcript."""

    audio_file = DocumentChooserBlock(label=_("Audio file"), help_text=_("An MP3, OGG, M4A or WAV file."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "blocks/audio.html"


class KeyFactsBlock(blocks.StructBlock):
    """A short box of facts to remember."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    facts = blocks.ListBlock(blocks.CharBlock(label=_("Fact"), max_length=300), label=_("Facts"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key facts")
        template = "blocks/key_facts.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class ContentStreamBlock(blocks.StreamBlock):
    """The blocks every content page can use."""

    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/text.html")
    image = ImageWithAltTextBlock()
    video = VideoBlock()
    audio = AudioBlock()
    key_facts = KeyFactsBlock()
    quote = QuoteBlock()


class MilestoneBlock(blocks.StructBlock):
    """One step of a role model's path."""

    year = blocks.IntegerBlock(label=_("Year"), min_value=1900, max_value=2100)
    text = blocks.CharBlock(label=_("What happened"), max_length=300)

    class Meta:
        icon = "date"
        label = _("Milestone")
