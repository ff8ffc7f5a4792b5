"""Benchmark: the teachers' and coordinator's pages on a municipality-sized PostgreSQL database.

Run by hand, never as a test:

    createdb -h 127.0.0.1 -U postgres samfund_bench_dashboard
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samfund_bench_dashboard \
        .venv/bin/python bench/dashboard.py --seed

1. `--seed` migrates, loads the demo course, then adds (once) a municipality with `--sites` sites
   (20), `--learners` learners (10,000) in classes of 30, their course and lesson progress, a
   status history over 12 weeks, and `--statements` statements (2,000,000) written with COPY into
   the LRS's tables under the learners' own pseudonymous actors and the course's activity ids.
2. It then times, in this process through Django's test client (server time: URL routing,
   middleware, queries, templates; no network), each page `--repeat` times and prints p50/p95 and
   the number of SQL queries: a class dashboard (30 learners), a learner page, the coordinator
   overview, a site's overview, and a full export of a site as CSV and XLSX.

Targets (issue 5): class dashboard < 50 ms with a query count that does not grow with the class,
coordinator overview < 1 s, a site's full export < 5 s.
"""

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("STATIC_ROOT", "/tmp/samfund-bench-static")

MUNICIPALITY = "Bench Kommune"
LANGUAGES = ["da", "en", "ar", "uk", "ar", "uk"]  # more Arabic and Ukrainian speakers, as in classes
KINDS = ["language_school", "library", "workplace", "community_centre"]


def setup():
    import django

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("DATABASE_URL must point at a PostgreSQL database (see the docstring)")
    django.setup()
    from django.core.management import call_command

    # Pages render with production's static storage, which needs collectstatic's manifest.
    call_command("collectstatic", interactive=False, verbosity=0)


def seed(args):
    from django.core.management import call_command

    from accounts.models import Municipality

    call_command("migrate", verbosity=0)
    from courses.models import CoursePage

    if not CoursePage.objects.exists():
        print("seed: loading the demo course", flush=True)
        call_command("load_demo", "--content-only", verbosity=0)
    if Municipality.objects.filter(name=MUNICIPALITY).exists():
        print("seed: already seeded", flush=True)
        return
    began = time.monotonic()
    rng = random.Random(2026)
    learners = _people(args, rng)
    print(f"  people and classes: {time.monotonic() - began:.0f} s", flush=True)
    _progress(learners, rng)
    print(f"  progress and history: {time.monotonic() - began:.0f} s", flush=True)
    _statements(learners, args.statements, rng)
    print(f"  statements: {time.monotonic() - began:.0f} s", flush=True)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _people(args, rng):
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from accounts.models import LearningSite, Municipality, User
    from teaching.models import LearnerClass

    today = date.today()
    pin = make_password("2468")
    with transaction.atomic():
        municipality = Municipality.objects.create(name=MUNICIPALITY)
        sites = LearningSite.objects.bulk_create(
            LearningSite(municipality=municipality, name=f"Bench site {n:02d}", kind=KINDS[n % len(KINDS)])
            for n in range(args.sites)
        )
        User.objects.create(
            username="bench-coordinator", role=User.Role.COORDINATOR, municipality=municipality, password=pin
        )
        learners = User.objects.bulk_create(
            User(
                username=f"bench-{n:05d}",
                first_name=f"Learner {n:05d}",
                role=User.Role.LEARNER,
                municipality=municipality,
                preferred_language=rng.choice(LANGUAGES),
                programme_start=today - timedelta(days=rng.randint(0, 240)),
                password=pin,
            )
            for n in range(args.learners)
        )
        site_links, class_links, teacher_links = [], [], []
        per_site = len(learners) // len(sites)
        for number, site in enumerate(sites):
            teacher = User.objects.create(
                username=f"bench-teacher-{number:02d}", role=User.Role.TEACHER, password=pin
            )
            teacher.sites.add(site)
            members = learners[number * per_site : (number + 1) * per_site]
            for start in range(0, len(members), 30):
                learner_class = LearnerClass.objects.create(site=site, name=f"Hold {start // 30 + 1:02d}")
                teacher_links.append(LearnerClass.teachers.through(learnerclass=learner_class, user=teacher))
                for learner in members[start : start + 30]:
                    class_links.append(
                        LearnerClass.learners.through(learnerclass=learner_class, user=learner)
                    )
                    site_links.append(User.sites.through(user=learner, learningsite=site))
        User.sites.through.objects.bulk_create(site_links, batch_size=5000)
        LearnerClass.learners.through.objects.bulk_create(class_links, batch_size=5000)
        LearnerClass.teachers.through.objects.bulk_create(teacher_links)
    return learners


def _plan():
    from progress import structure
    from progress.standing import danish_course

    course = danish_course()
    plan = structure.current()
    found = plan.courses[str(course.translation_key)]
    lessons = [key for module in found.module_keys for key in plan.modules[module].lesson_keys]
    return course, found.module_keys, lessons


def _progress(learners, rng):
    from django.db import transaction

    from progress.models import CourseProgress, LessonProgress, StatusChange
    from progress.standing import Status

    course, _modules, lessons = _plan()
    now = datetime.now(UTC)
    today = now.date()
    course_rows, lesson_rows, history = [], [], []
    for learner in learners:
        hours = rng.choice([0, 0, 2, 5, 8, 12, 16, 19, 21, 24])
        done = lessons[: min(len(lessons), hours * 2)]
        last = now - timedelta(days=rng.randint(0, 30)) if hours else None
        course_rows.append(
            CourseProgress(
                learner=learner,
                course_key=course.translation_key,
                elearning_seconds=hours * 3600 * 3 // 4,
                classroom_seconds=hours * 3600 // 4,
                mandatory_modules_done=min(9, hours // 2),
                mandatory_modules_total=9,
                satisfied_at=last if hours >= 21 else None,
                last_activity_at=last,
                last_lesson_key=done[-1] if done else None,
            )
        )
        lesson_rows.extend(
            LessonProgress(
                learner=learner,
                lesson_key=key,
                seconds=1500,
                credited_seconds=1350,
                completed_at=last,
                last_activity_at=last,
                best_score=0.9,
            )
            for key in done
        )
        statuses = rng.sample([Status.NOT_STARTED, Status.ON_TRACK, Status.AT_RISK, Status.OVERDUE], 3)
        history.extend(
            StatusChange(learner=learner, date=today - timedelta(weeks=weeks), status=status)
            for weeks, status in zip((12, 6, 1), statuses, strict=True)
        )
    with transaction.atomic():
        CourseProgress.objects.bulk_create(course_rows, batch_size=5000)
        LessonProgress.objects.bulk_create(lesson_rows, batch_size=5000)
        StatusChange.objects.bulk_create(history, batch_size=5000)


def _statements(learners, total, rng):
    """`total` statements spread over the learners, written with COPY in chunks of 100,000."""
    from django.conf import settings
    from django.db import connection
    from lrs_ingest import copy_into_lrs  # bench/, this script's folder

    from progress import activities
    from progress.statements import VERBS

    course, _modules, lessons = _plan()
    course_id = activities.course_id(course.translation_key)
    lesson_ids = [activities.lesson_id(key) for key in lessons]
    verbs = [VERBS[name] for name in ("experienced", "answered", "completed")]
    start = datetime.now(UTC) - timedelta(days=180)
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(seq), 0) FROM lrs_statement")
        seq = cursor.fetchone()[0]
    written = 0
    while written < total:
        size = min(100_000, total - written)
        statements, agents, index = io.StringIO(), io.StringIO(), io.StringIO()
        for _ in range(size):
            seq += 1
            learner = learners[rng.randrange(len(learners))]
            lesson = rng.choice(lesson_ids)
            verb = rng.choice(verbs)
            stored = start + timedelta(seconds=seq * 7)
            stamp = stored.isoformat(timespec="milliseconds").replace("+00:00", "Z")
            actor = {
                "objectType": "Agent",
                "account": {"homePage": settings.XAPI_ACCOUNT_HOMEPAGE, "name": str(learner.pseudonym)},
            }
            data = {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "actor": actor,
                "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[1]}},
                "object": {"objectType": "Activity", "id": lesson},
                "result": {"duration": "PT5M"},
                "context": {"contextActivities": {"grouping": [{"id": course_id}]}},
                "stored": stamp,
                "timestamp": stamp,
                "version": "1.0.0",
            }
            text = json.dumps(data).replace("\\", "\\\\")
            statements.write(
                f"{seq}\t{data['id']}\t{stored.isoformat()}\t{text}\t1.0.0\t{verb}\t{lesson}"
                f"\t\\N\t\\N\tf\tf\t\\N\t\tf\n"
            )
            key = f"account:{settings.XAPI_ACCOUNT_HOMEPAGE} {learner.pseudonym}"
            agents.write(f"{seq}\t{key}\tt\t{stored.isoformat()}\n")
            index.write(f"{seq}\t{lesson}\tt\n{seq}\t{course_id}\tf\n")
        with connection.cursor() as cursor:
            copy_into_lrs(cursor.cursor, statements, agents, index)
        written += size
        print(f"  {written:,} / {total:,} statements", flush=True)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('lrs_statement', 'seq'), "
            "(SELECT max(seq) FROM lrs_statement))"
        )


def measure(args):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from accounts.models import LearningSite, User
    from teaching.models import LearnerClass

    coordinator = User.objects.get(username="bench-coordinator")
    teacher = User.objects.get(username="bench-teacher-00")
    learner_class = LearnerClass.objects.filter(site__name="Bench site 00").order_by("name").first()
    learner = learner_class.learners.order_by("pk").first()
    site = LearningSite.objects.get(name="Bench site 00")
    teacher_client, coordinator_client = Client(), Client()
    teacher_client.force_login(teacher)
    coordinator_client.force_login(coordinator)
    pages = [
        (
            "class dashboard (30 learners)",
            teacher_client,
            reverse("class_dashboard", args=[learner_class.pk]),
            0.05,
        ),
        (
            "learner page",
            teacher_client,
            reverse("learner_detail", args=[learner_class.pk, learner.pk]),
            None,
        ),
        ("coordinator overview", coordinator_client, reverse("overview"), 1.0),
        ("site overview", coordinator_client, reverse("overview_site", args=[site.pk]), 1.0),
        ("site export CSV", coordinator_client, reverse("overview_site_export", args=[site.pk, "csv"]), 5.0),
        (
            "site export XLSX",
            coordinator_client,
            reverse("overview_site_export", args=[site.pk, "xlsx"]),
            5.0,
        ),
    ]
    print(f"{'page':32} {'p50':>9} {'p95':>9} {'queries':>8}  target")
    for name, client, url, target in pages:
        timings = []
        for attempt in range(args.repeat + 1):
            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                response = client.get(f"/en{url[3:]}" if url.startswith("/da/") else url)
                elapsed = time.perf_counter() - began
            if response.status_code != 200:
                sys.exit(f"{name}: {url} answered {response.status_code}")
            if attempt:  # the first request warms caches (course structure, templates)
                timings.append(elapsed)
        timings.sort()
        p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
        verdict = (
            "" if target is None else ("ok" if p95 < target else "MISSED") + f" (< {target * 1000:.0f} ms)"
        )
        print(
            f"{name:32} {statistics.median(timings) * 1000:7.1f}ms {p95 * 1000:7.1f}ms "
            f"{len(queries):8d}  {verdict}",
            flush=True,
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", action="store_true", help="seed the database first (once)")
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--statements", type=int, default=2_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    setup()
    if args.seed:
        seed(args)
    measure(args)


if __name__ == "__main__":
    main()
