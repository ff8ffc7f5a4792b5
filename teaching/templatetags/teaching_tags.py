"""Teaching's part of pages other apps render: a learner's assignments on "My course".

`progress` shows the learner's page and does not import teaching (dependencies point one way); the
page includes this tag, which reads the learner's classes' assignments.
"""

from django import template

from teaching.queries import assignments_of

register = template.Library()


@register.inclusion_tag("teaching/learner_assignments.html", takes_context=True)
def learner_assignments(context):
    """`modules` is "My course"'s list of (module, its progress, lesson count)."""
    learner = context["request"].user
    entries = context.get("modules") or []
    modules = [module for module, _progress, _count in entries]
    progress = {str(module.translation_key): row for module, row, _count in entries if row is not None}
    return {"assignments": assignments_of(learner, modules, progress)}
