"""Lesson blocks: the shared content blocks plus glossary, help, reflection and quiz."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from courses.blocks import ContentStreamBlock


class HelpBlock(blocks.StructBlock):
    """ "Where to get help": links to community resources near the topic of the lesson."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    resources = blocks.ListBlock(
        SnippetChooserBlock("lessons.CommunityResource", label=_("Resource")), label=_("Resources"), min_num=1
    )

    class Meta:
        icon = "help"
        label = _("Where to get help")
        template = "blocks/help.html"


class ReflectionBlock(blocks.StructBlock):
    """A question to think about or discuss in class; nothing is recorded."""

    question = blocks.TextBlock(label=_("Question"))
    hint = blocks.TextBlock(label=_("Hint"), required=False)

    class Meta:
        icon = "pick"
        label = _("Reflection question")
        template = "blocks/reflection.html"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=400)
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Answers"), min_num=2, max_num=8)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=_("Shown after answering: why the answer is right.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one answer as correct."))}
            )
        return value


class QuizBlock(blocks.StructBlock):
    """A multiple-choice quiz. Each question has at least one correct answer."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Quiz")
        template = "blocks/quiz.html"


class LessonStreamBlock(ContentStreamBlock):
    glossary_term = SnippetChooserBlock(
        "lessons.GlossaryTerm", label=_("Glossary term"), template="blocks/glossary_term.html"
    )
    help = HelpBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()
