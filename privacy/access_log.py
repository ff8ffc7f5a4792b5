"""Recording every teacher's and coordinator's look at a learner's personal data, in one place.

A middleware reads the URL that answered: every teachers' page whose URL names a learner
(`learner_id`) is a look at that learner; the class exports and login card sheets are a look at each
learner of the class, a site's export at each learner it lists. Only successful reads (GET or HEAD
answered 200) are recorded; refused, failed and changing requests are not looks. The views stay as
they are: a new learner page is logged by having `learner_id` in its URL, which a test checks for
every such URL in the URL configuration.
"""

from urllib.parse import urlsplit

from accounts.models import LearningSite, User
from privacy.models import AccessRecord
from teaching.access import STAFF_ROLES, learners_at
from teaching.models import LearnerClass

What = AccessRecord.What
# URL name -> what it is, for the pages whose URL names one learner.
LEARNER_PAGES = {
    "learner_detail": What.LEARNER_PAGE,
    "learner_export": What.LEARNER_EXPORT,
    "teacher_certificate": What.CERTIFICATE,
    "learner_data": What.DATA_COPY,
}
# The pages that show many learners' personal data at once: URL name -> what, and whose.
CLASS_PAGES = {"class_export": What.CLASS_EXPORT, "login_cards": What.LOGIN_CARDS}
SITE_PAGES = {"overview_site_export": What.SITE_EXPORT}
BATCH = 1000


def looked_at(request, response):
    """The (what, learner ids, municipality id) a response showed, or None if it is not a look."""
    match = getattr(request, "resolver_match", None)
    user = getattr(request, "user", None)
    if match is None or request.method not in ("GET", "HEAD") or response.status_code != 200:
        return None
    if user is None or not user.is_authenticated or not (user.is_superuser or user.role in STAFF_ROLES):
        return None
    kwargs, name = match.kwargs, match.url_name
    if "learner_id" in kwargs:
        learner_id = kwargs["learner_id"]
        what = LEARNER_PAGES.get(name, What.LEARNER_DETAILS)
        return what, [learner_id], _municipality(kwargs, learner_id) or user.municipality_id
    if name in CLASS_PAGES:
        members = LearnerClass.learners.through.objects.filter(
            learnerclass_id=kwargs["class_id"], user__role=User.Role.LEARNER
        ).values_list("user_id", "learnerclass__site__municipality_id")
        chosen = request.GET.getlist("learner")
        if name == "login_cards" and chosen and all(value.isdigit() for value in chosen):
            members = members.filter(user_id__in=[int(value) for value in chosen])  # their cards only
        pairs = list(members)
        return CLASS_PAGES[name], [learner for learner, _m in pairs], pairs[0][1] if pairs else None
    if name in SITE_PAGES:
        site = LearningSite.objects.filter(pk=kwargs["site_id"])
        learners = list(learners_at(site).values_list("pk", flat=True))
        return SITE_PAGES[name], learners, site.values_list("municipality_id", flat=True).first()
    return None


def _municipality(kwargs, learner_id):
    if "class_id" in kwargs:
        return (
            LearnerClass.objects.filter(pk=kwargs["class_id"])
            .values_list("site__municipality", flat=True)
            .first()
        )
    return LearningSite.objects.filter(users__pk=learner_id).values_list("municipality", flat=True).first()


def record(request, response):
    found = looked_at(request, response)
    if not found:
        return
    what, learners, municipality = found
    user = request.user
    came_from = urlsplit(request.headers.get("Referer", "")).path[:500]
    rows = [
        AccessRecord(
            viewer=user,
            viewer_name=(user.get_full_name() or user.username)[:300],
            learner_id=learner,
            municipality_id=municipality,
            what=what,
            page=request.path[:500],
            came_from=came_from,
        )
        for learner in learners
    ]
    AccessRecord.objects.bulk_create(rows, batch_size=BATCH)


class AccessLogMiddleware:
    """Records each look after the view answered (privacy.access_log)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        record(request, response)
        return response
