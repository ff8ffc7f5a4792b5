from django import template

from reminders import services

register = template.Library()

LATEST = 3


@register.inclusion_tag("reminders/notices_summary.html", takes_context=True)
def notices_summary(context):
    """How many new notices the user has, and the latest few.

    Use: `{% load notice_tags %}{% notices_summary %}` (needs `request` in the context).
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread": 0, "latest": []}
    unread = services.unread_notices(user)
    return {
        "unread": unread.count(),
        "latest": list(unread.select_related("learner", "learner_class")[:LATEST]),
    }
