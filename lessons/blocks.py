"""Lesson blocks: the shared content blocks plus glossary, help, reflection, quiz and H5P."""

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


class QuestionValue(blocks.StructValue):
    @property
    def multiple_answers(self):
        """More than one right answer: the learner ticks boxes instead of choosing one."""
        return sum(1 for choice in self["choices"] if choice["correct"]) > 1


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=400)
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Answers"), min_num=2, max_num=8)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=_("Shown after answering: why the answer is right.")
    )

    class Meta:
        value_class = QuestionValue

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


class H5PBlock(blocks.StructBlock):
    """An interactive H5P activity (an uploaded `H5PPackage`) played in the lesson.

    The player reports the learner's answers as xAPI statements; "required" says whether the
    lesson counts as completed only once this activity is.
    """

    package = SnippetChooserBlock("lessons.H5PPackage", label=_("H5P package"))
    required = blocks.BooleanBlock(
        label=_("Required to complete the lesson"),
        required=False,
        default=True,
        help_text=_("The lesson counts as completed only when the learner has completed this activity."),
    )

    class Meta:
        icon = "code"
        label = _("H5P activity")
        template = "blocks/h5p.html"

    def clean(self, value):
        """A required activity must be one a learner can finish: a ready package whose content type
        reports completion (`H5PPackage.why_not_requirable`)."""
        value = super().clean(value)
        package = value.get("package")
        reason = package.why_not_requirable() if package is not None and value.get("required") else ""
        if reason:
            raise StructBlockValidationError(block_errors={"required": ValidationError(reason)})
        return value


class LessonStreamBlock(ContentStreamBlock):
    glossary_term = SnippetChooserBlock(
        "lessons.GlossaryTerm", label=_("Glossary term"), template="blocks/glossary_term.html"
    )
    help = HelpBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()
    h5p = H5PBlock()
