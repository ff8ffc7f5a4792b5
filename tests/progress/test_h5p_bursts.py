"""H5P's bursts of statements, relayed by many learners' pages at once, on the embedded SQLite (a
real server, as `make run`'s) and on PostgreSQL: every relay is answered 200 and stored, none lost.

H5P sends 7 to 12 statements when a page loads and more as the learner answers; on SQLite, before
WAL, a busy timeout and `BEGIN IMMEDIATE`, 47 of 209 such relays (22 %) answered 500 "database is
locked". Starts real servers: runs with the integration tests (SAMFUND_INTEGRATION=1; PostgreSQL's half
makes and drops a database next to DATABASE_URL's).
"""

import http.cookiejar
import json
import re
import threading
import urllib.parse
import urllib.request
import uuid
from collections import Counter

import pytest

from tests.live import integration, live_lrs, postgres, processes

__all__ = ["postgres", "processes"]  # the fixtures, imported for this module's test
pytestmark = integration("starts servers")

LEARNERS, BURSTS, BURST = 8, 3, 10
PASSWORD = "burst-pin-2026"

SETUP = f"""
import json
from accounts.models import User
from demo.services import load_demo
from tests.course import small_course
from tests.fixtures.h5p import lesson_with_h5p, ready_package
course = small_course()  # one module of it is enough to hold the lesson
course["modules"], course["stories"] = course["modules"][:1], []
load_demo(with_people=False, content=course)
for number in range({LEARNERS}):
    learner = User(username=f"burst{{number}}", role=User.Role.LEARNER)
    learner.set_password("{PASSWORD}")
    learner.save()
lesson = lesson_with_h5p(ready_package(), slug="h5p-burst")
found = {{"lesson": str(lesson.translation_key), "block": lesson.body[1].id}}
open(OUT, "w").write(json.dumps(found))
"""
RELAYED = ("http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/interacted")


def statement(number):
    return {
        "actor": {"objectType": "Agent", "mbox": "mailto:h5p@example.com"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/" + ("answered" if number % 3 else "interacted")},
        "object": {"id": "http://127.0.0.1/h5p/x/content", "definition": {"interactionType": "choice"}},
        "result": {
            "score": {"min": 0, "max": 1, "raw": number % 2, "scaled": number % 2},
            "duration": "PT5S",
        },
    }


class Learner:
    """A browser of one learner: cookies, the CSRF token, and the lesson's event address."""

    def __init__(self, base, username):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self._open(f"{base}/da/login/").decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD}
        )
        request = urllib.request.Request(
            f"{base}/da/login/", data=form.encode(), headers={"Referer": f"{base}/da/login/"}
        )
        self._open(request)
        self.csrf = next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")

    def _open(self, request):
        body = self.opener.open(request, timeout=30).read()
        # The test settings' cookies are Secure (as production's), which a browser sends to
        # 127.0.0.1 over http and urllib does not: this client behaves as the browser.
        for cookie in self.jar:
            cookie.secure = False
        return body

    def relay(self, lesson, block, number):
        body = {"type": "h5p", "block": block, "statement": statement(number), "relay": str(uuid.uuid4())}
        request = urllib.request.Request(
            f"{self.base}/da/my-course/lessons/{lesson}/events",
            data=json.dumps(body).encode(),
            headers={
                "Content-Type": "application/json",
                "X-CSRFToken": self.csrf,
                "Referer": self.base + "/",
            },
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


def bursts(base, lesson, block, usernames):
    """Every learner sends BURSTS bursts of BURST relays, all learners' bursts at the same moment."""
    learners = [Learner(base, name) for name in usernames]
    statuses = Counter()
    lock = threading.Lock()
    start = threading.Barrier(len(learners) * BURST)

    def send(learner, number):
        start.wait()
        try:
            status = learner.relay(lesson, block, number)
        except OSError as error:  # no answer at all: counted, never lost from sight
            status = type(error).__name__
        with lock:
            statuses[status] += 1

    for _ in range(BURSTS):
        threads = [
            threading.Thread(target=send, args=(learner, number))
            for learner in learners
            for number in range(BURST)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return statuses


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_every_relay_of_concurrent_h5p_bursts_is_stored(tmp_path, processes, postgres, engine):  # noqa: F811
    """A real server (gunicorn, 3 processes of 4 threads, DEBUG on as `make run` serves it)."""
    database_url = postgres("h5p_bursts") if engine == "postgresql" else None
    out = tmp_path / "setup.json"
    port = live_lrs(
        processes,
        tmp_path,
        threads=4,
        configure=f"OUT = {str(out)!r}\n" + SETUP,
        settings={"MEDIA_ROOT": str(tmp_path), "DEBUG": "true"},
        database_url=database_url,
    )
    found = json.loads(out.read_text())
    usernames = [f"burst{n}" for n in range(LEARNERS)]

    statuses = bursts(f"http://127.0.0.1:{port}", found["lesson"], found["block"], usernames)

    print(engine, dict(statuses))
    assert statuses == Counter({200: LEARNERS * BURSTS * BURST}), dict(statuses)
    assert stored_relays(tmp_path, database_url) == LEARNERS * BURSTS * BURST


def stored_relays(tmp_path, database_url):
    if database_url is None:
        import sqlite3

        with sqlite3.connect(tmp_path / "db.sqlite3") as stored:
            [(count,)] = stored.execute(
                "SELECT count(*) FROM lrs_statement WHERE verb_id IN (?, ?)", RELAYED
            ).fetchall()
        return count
    import psycopg

    with psycopg.connect(database_url) as stored:
        [(count,)] = stored.execute(
            "SELECT count(*) FROM lrs_statement WHERE verb_id = ANY(%s)", [list(RELAYED)]
        ).fetchall()
    return count
