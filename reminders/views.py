"""The teachers' in-app notices: learners who became at risk or overdue, and weekly summaries."""

from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from reminders import services
from teaching.access import teacher_pages

NOTICES_PER_PAGE = 50


@teacher_pages
def notices(request):
    """The user's own notices, newest first; the unread ones stand out."""
    found = services.users_notices(request.user)
    page = Paginator(found, NOTICES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "reminders/notices.html",
        {
            "page_obj": page,
            "notices": page.object_list,
            "unread": services.unread_notices(request.user).count(),
        },
    )


@teacher_pages
@require_POST
def notices_read(request):
    services.mark_notices_read(request.user)
    return redirect("notices")
