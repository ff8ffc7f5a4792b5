"""Read-side queries for the coordinators' overview: the course requirement per site, class and language.

Who counts where (`teaching.access.learners_at`):

- a learner counts at a site when they are in a class there; a learner in no class at all counts at
  the sites of their `User.sites` (enrolled, not yet placed in a class);
- a learner in classes at two sites counts at both, so site rows may add up to more than the total,
  which counts every learner once (likewise classes on a site's page);
- a learner's language group is their preferred language;
- only the learners the user may see are counted: a teacher's sites, a coordinator's municipality.

The figures (the page shows these definitions):

- **status** today by the class dashboard's rule (`progress.standing.standing`), from the same
  inputs as its rows (`progress.standing.learner_rows`), so a learner has one status on every page;
- **completed within the deadline**: of the learners whose result is decided (they have a deadline,
  and they have met the requirement or the deadline has passed), the share who met the requirement
  on or before the deadline: the local date of `satisfied_at` is on or before it. Learners without a
  programme start date have no deadline and are left out of this figure (and only of this one);
- **trend**: on each of the last `TREND_WEEKS` weeks, the share of the group's learners who were at
  risk or overdue, and the share who had completed, among those with a recorded status that day, from
  the status history (`StatusChange`). It follows today's members of a group back in time.

A fixed number of queries however many learners, sites and classes: learners, memberships, progress
and history are each read once, filtered by subqueries (no list of ids in the SQL, which SQLite
limits), and aggregated here in Python.
"""

import itertools
from operator import itemgetter

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import LearningSite, User
from config.languages import language_name
from progress.history import weeks_back
from progress.models import CourseProgress, StatusChange
from progress.standing import assess, danish_course, start_field
from reports.figures import Figures, LearnerFacts, MunicipalityFigures, Overview, SiteLearner, SiteOverview
from teaching.access import learners_at, visible_sites
from teaching.models import LearnerClass

TREND_WEEKS = 12
# What the figures and the export need of a learner: read as plain values, not as ten thousand models.
LEARNER_FIELDS = (
    "pk",
    "first_name",
    "last_name",
    "username",
    "external_reference",
    "preferred_language",
)  # and the date the course's deadline runs from (progress.standing.start_field)


def overview(user, today):
    """The figures of every site `user` may see, grouped by municipality, and by language group."""
    sites_query = visible_sites(user)
    sites = list(sites_query.order_by("municipality__name", "name"))
    course = danish_course()
    days, memberships, facts = _load(sites_query, today, course)
    by_site = {site.pk: Figures(site.name, site, days) for site in sites}
    by_municipality = {}
    for site in sites:
        by_municipality.setdefault(site.municipality_id, MunicipalityFigures(site.municipality, [], None))
        by_municipality[site.municipality_id].sites.append(by_site[site.pk])
    for section in by_municipality.values():
        section.total = Figures(_("Total"), section.municipality, days)
    total = Figures(_("Total"), None, days)
    languages = {}
    for learner_id, places in memberships.items():
        found = facts.get(learner_id)
        if found is None:  # enrolled since the learners were read
            continue
        total.add(found)
        _language_figures(languages, found, days).add(found)
        for site_id in places:
            by_site[site_id].add(found)
        for municipality_id in {by_site[site_id].item.municipality_id for site_id in places}:
            by_municipality[municipality_id].total.add(found)
    return Overview(today, course, days, list(by_municipality.values()), _largest_first(languages), total)


def site_overview(site, today):
    """The figures of each class at `site` (a site the user may see), and of its language groups."""
    classes = list(LearnerClass.objects.filter(site=site).order_by("name"))
    course = danish_course()
    days, memberships, facts = _load(LearningSite.objects.filter(pk=site.pk), today, course)
    by_class = {
        learner_class.pk: Figures(learner_class.name, learner_class, days) for learner_class in classes
    }
    unplaced = Figures(_("Not in a class"), None, days)
    total = Figures(_("Total"), site, days)
    languages = {}
    for learner_id, places in memberships.items():
        found = facts.get(learner_id)
        if found is None:
            continue
        total.add(found)
        _language_figures(languages, found, days).add(found)
        class_ids = places.get(site.pk) or ()
        for class_id in class_ids:
            if class_id in by_class:
                by_class[class_id].add(found)
        if not class_ids:
            unplaced.add(found)
    rows = list(by_class.values()) + ([unplaced] if unplaced.learners else [])
    return SiteOverview(site, today, course, days, rows, _largest_first(languages), total)


def site_learners(site, today):
    """Every learner who counts at `site`, by name, with their classes there: the site's full export."""
    names = dict(LearnerClass.objects.filter(site=site).values_list("pk", "name"))
    _days, memberships, facts = _load(
        LearningSite.objects.filter(pk=site.pk), today, danish_course(), trend=False
    )
    return [
        SiteLearner(
            found, sorted(names[pk] for pk in memberships[learner_id].get(site.pk, ()) if pk in names)
        )
        for learner_id, found in facts.items()
        if learner_id in memberships
    ]


def _language_figures(languages, facts, days):
    code = facts.language or settings.LANGUAGE_CODE
    if code not in languages:
        languages[code] = Figures(language_name(code), code, days)
    return languages[code]


def _largest_first(groups):
    return sorted(groups.values(), key=lambda figures: (-figures.learners, figures.label.lower()))


def _load(sites, today, course, trend=True):
    """(trend days, memberships, {learner id: LearnerFacts}) for the learners who count at `sites`.

    Five queries, whatever the number of learners; four without the trend. Learners follow their
    names' order.
    """
    days = weeks_back(today, TREND_WEEKS) if trend else []
    memberships = _memberships(sites)
    learners = learners_at(sites)
    progress = {}
    if course is not None:
        progress = {
            values[0]: values[1:]
            for values in CourseProgress.objects.filter(
                learner_id__in=learners.values("pk"), course_key=course.translation_key
            ).values_list(
                "learner_id", "elearning_seconds", "classroom_seconds", "satisfied_at", "last_activity_at"
            )
        }
    timelines = _timelines(learners, days) if trend else {}
    none_yet = (None,) * len(days)
    people = learners.order_by("first_name", "last_name", "username").values_list(
        *LEARNER_FIELDS, start_field(course)
    )
    facts = {
        person[0]: _facts(person, progress.get(person[0]), timelines.get(person[0], none_yet), course, today)
        for person in people
    }
    return days, memberships, facts


def _facts(person, progress, timeline, course, today):
    """A learner's facts from their values, by the rule the class dashboard's rows use (`assess`)."""
    pk, first_name, last_name, username, reference, language, start = person
    elearning, classroom, satisfied_at, last_activity_at = progress or (0, 0, None, None)
    assessed = assess(
        start=start,
        credited_seconds=elearning + classroom,
        satisfied_at=satisfied_at,
        last_activity_at=last_activity_at,
        course=course,
        today=today,
    )
    due, required, last_activity = assessed.deadline, assessed.required_hours, assessed.last_activity
    satisfied_on = timezone.localdate(satisfied_at) if satisfied_at else None
    on_time = None
    if due is not None and satisfied_on is not None:
        on_time = satisfied_on <= due
    elif due is not None and due < today:
        on_time = False
    return LearnerFacts(
        pk=pk,
        first_name=first_name,
        last_name=last_name,
        username=username,
        external_reference=reference,
        language=language,
        programme_start=start,
        deadline=due,
        elearning_seconds=elearning,
        classroom_seconds=classroom,
        required_hours=required,
        last_activity=last_activity,
        satisfied_on=satisfied_on,
        status=assessed.standing.status,
        on_time=on_time,
        timeline=timeline,
    )


def _memberships(sites):
    """{learner id: {site id: {class ids}}} at `sites`: by class, else (no class at all) by `User.sites`."""
    memberships = {}
    in_classes = LearnerClass.learners.through.objects.filter(
        learnerclass__site__in=sites, user__role=User.Role.LEARNER
    ).values_list("user_id", "learnerclass__site_id", "learnerclass_id")
    for learner_id, site_id, class_id in in_classes:
        memberships.setdefault(learner_id, {}).setdefault(site_id, set()).add(class_id)
    unplaced = User.sites.through.objects.filter(
        learningsite__in=sites, user__role=User.Role.LEARNER, user__learner_classes__isnull=True
    ).values_list("user_id", "learningsite_id")
    for learner_id, site_id in unplaced:
        memberships.setdefault(learner_id, {}).setdefault(site_id, set())
    return memberships


def _timelines(learners, days):
    """{learner id: (status on each of `days`, None before the first recorded one)} from the history."""
    changes = (
        StatusChange.objects.filter(learner_id__in=learners.values("pk"), date__lte=days[-1])
        .order_by("learner_id", "date")
        .values_list("learner_id", "date", "status")
    )
    timelines = {}
    for learner_id, history in itertools.groupby(changes.iterator(), key=itemgetter(0)):
        history = list(history)
        timeline, current, index = [], None, 0
        for day in days:
            while index < len(history) and history[index][1] <= day:
                current = history[index][2]
                index += 1
            timeline.append(current)
        timelines[learner_id] = tuple(timeline)
    return timelines
