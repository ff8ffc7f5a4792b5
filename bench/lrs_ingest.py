"""Benchmark: statement ingestion and queries against a running LRS (`make serve` on PostgreSQL).

Run by hand, never as a test:

    make deploy && make serve PORT=8300 WEB_CONCURRENCY=4  # DATABASE_URL=postgres://..., SECRET_KEY=...
    python manage.py create_lrs_credentials bench --organisation bench --key bench --secret bench
    python bench/lrs_ingest.py --url http://127.0.0.1:8300/xapi --seed-to 1000000

1. `--seed-to N`: tops the statement table up to N rows with PostgreSQL COPY straight into the
   LRS's tables (statements, agent and activity index rows), so queries run against a realistic
   volume without waiting for N HTTP requests. Needs DATABASE_URL (the server's database).
2. Ingestion: `--clients` threads each POST batches of `--batch` realistic statements (learners,
   lessons of modules of a course, results, durations, registrations) over keep-alive connections
   for `--seconds`; prints statements/s, batch latency p50/p95/max and errors.
3. Queries: `--queries` GETs each by agent, verb, activity and since (limit 25), p50/p95.

The client is kept light (pre-built request bodies, http.client in threads) so that on a 2-core
machine it measures the server, not itself.
"""

import argparse
import base64
import http.client
import io
import json
import os
import random
import statistics
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode, urlsplit

SITE = "https://samfund.example.dk"
VERBS = ["experienced", "progressed", "answered", "completed", "passed", "failed", "attempted"]
COURSE = f"{SITE}/xapi/course/understanding-danish-society"


def module_id(number):
    return f"{SITE}/xapi/module/{number:02d}"


def lesson_id(module, lesson):
    return f"{SITE}/xapi/lesson/{module:02d}-{lesson:02d}"


def learner_name(number):
    return str(uuid.UUID(int=number + 1))


def statement(rng, learners):
    module, lesson = rng.randrange(1, 11), rng.randrange(1, 4)
    verb = rng.choice(VERBS)
    return {
        "id": str(uuid.uuid4()),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": SITE, "name": learner_name(rng.randrange(learners))},
        },
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": lesson_id(module, lesson),
            "definition": {
                "name": {"da": f"Lektion {module}.{lesson}", "en-US": f"Lesson {module}.{lesson}"},
                "type": "http://adlnet.gov/expapi/activities/lesson",
            },
        },
        "result": {"completion": verb == "completed", "duration": f"PT{rng.randrange(30, 1800)}S"},
        "context": {
            "registration": str(uuid.UUID(int=rng.randrange(1, 50_000))),
            "contextActivities": {
                "parent": [{"objectType": "Activity", "id": module_id(module)}],
                "grouping": [{"objectType": "Activity", "id": COURSE}],
            },
            "language": rng.choice(["da", "ar", "uk", "en"]),
        },
        "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    }


class Client:
    def __init__(self, url, key, secret, version):
        parts = urlsplit(url)
        self.host, self.port, self.base = parts.hostname, parts.port or 80, parts.path.rstrip("/")
        token = base64.b64encode(f"{key}:{secret}".encode()).decode()
        self.headers = {"Authorization": f"Basic {token}", "X-Experience-API-Version": version}
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def request(self, method, path, body=None, params=None):
        url = self.base + path + (f"?{urlencode(params)}" if params else "")
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(2):
            try:
                self.connection.request(method, url, body=body, headers=headers)
                response = self.connection.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt:
                    raise
        raise AssertionError("unreachable")


def ingest(args):
    print(f"ingest: {args.clients} clients, batches of {args.batch}, {args.seconds} s", flush=True)
    deadline = time.monotonic() + args.seconds
    latencies, errors, counts = [], [], []
    lock = threading.Lock()

    def worker(number):
        rng = random.Random(number)
        client = Client(args.url, args.key, args.secret, args.version)
        # Pre-built bodies cut at their statement ids: a batch is the pieces joined with fresh UUIDs.
        templates = []
        for _ in range(20):
            batch = [statement(rng, args.learners) for _ in range(args.batch)]
            for item in batch:
                item["id"] = "\0"
            templates.append(json.dumps(batch).split("\\u0000"))
        sent = 0
        while time.monotonic() < deadline:
            pieces = templates[sent % len(templates)]
            payload = "".join(piece + str(uuid.uuid4()) for piece in pieces[:-1]) + pieces[-1]
            started = time.perf_counter()
            status, content = client.request("POST", "/statements", payload)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append((status, content[:200]))
                else:
                    counts.append(args.batch)
            sent += 1

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(number,)) for number in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    stored = sum(counts)
    print(f"  statements stored: {stored} in {elapsed:.1f} s = {stored / elapsed:,.0f} statements/s")
    print(f"  batch latency: {percentiles(latencies)}")
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    return stored / elapsed, errors


def percentiles(values):
    if not values:
        return "no samples"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"p50 {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {ordered[-1] * 1000:.1f} ms (n={len(ordered)})"
    )


def queries(args):
    client = Client(args.url, args.key, args.secret, args.version)
    rng = random.Random(7)
    since = (
        (datetime.now(UTC) - timedelta(minutes=10)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )
    kinds = {
        "agent": lambda: {
            "agent": json.dumps(
                {"account": {"homePage": SITE, "name": learner_name(rng.randrange(args.learners))}}
            )
        },
        "verb": lambda: {"verb": f"http://adlnet.gov/expapi/verbs/{rng.choice(VERBS)}"},
        "activity": lambda: {"activity": lesson_id(rng.randrange(1, 11), rng.randrange(1, 4))},
        "since": lambda: {"since": since},
    }
    results = {}
    for name, params in kinds.items():
        latencies = []
        failures = 0
        for _ in range(args.queries):
            started = time.perf_counter()
            status, _content = client.request("GET", "/statements", params={**params(), "limit": 25})
            latencies.append(time.perf_counter() - started)
            failures += status != 200
        results[name] = latencies
        print(f"  GET by {name:<8} {percentiles(latencies)}, errors {failures}")
    return results


def seed(args):
    """Top the statement table up to `--seed-to` rows with COPY (needs DATABASE_URL)."""
    import psycopg

    url = os.environ["DATABASE_URL"]
    with psycopg.connect(url, autocommit=True) as connection:
        present = connection.execute("SELECT count(*) FROM lrs_statement").fetchone()[0]
        missing = args.seed_to - present
        print(f"seed: {present:,} statements stored, adding {max(missing, 0):,}", flush=True)
        if missing <= 0:
            return
        start = connection.execute("SELECT coalesce(max(seq), 0) FROM lrs_statement").fetchone()[0] + 1
        rng = random.Random(start)
        began = time.monotonic()
        chunk = 100_000
        for offset in range(0, missing, chunk):
            size = min(chunk, missing - offset)
            _copy_chunk(connection, rng, start + offset, size, args.learners)
            print(f"  {offset + size:,} / {missing:,}", flush=True)
        connection.execute(
            "SELECT setval(pg_get_serial_sequence('lrs_statement', 'seq'), "
            "(SELECT max(seq) FROM lrs_statement))"
        )
        connection.execute("ANALYZE lrs_statement; ANALYZE lrs_statementagent; ANALYZE lrs_statementactivity")
        print(f"  seeded in {time.monotonic() - began:.0f} s", flush=True)


def _copy_chunk(connection, rng, first_seq, size, learners):
    statements, agents, activities = io.StringIO(), io.StringIO(), io.StringIO()
    now = datetime.now(UTC) - timedelta(days=30)
    for seq in range(first_seq, first_seq + size):
        data = statement(rng, learners)
        stored = now + timedelta(seconds=(seq - first_seq) * 0.01)
        stamp = stored.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        data.update(stored=stamp, timestamp=stamp, version="1.0.0")
        actor = f"account:{SITE} {data['actor']['account']['name']}"
        activity = data["object"]["id"]
        text = json.dumps(data).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        statements.write(
            f"{seq}\t{data['id']}\t{stored.isoformat()}\t{text}\t1.0.0\t{data['verb']['id']}\t{activity}"
            f"\t\\N\t{data['context']['registration']}\tf\tf\t\\N\t\tf\n"
        )
        agents.write(f"{seq}\t{actor}\tt\t{stored.isoformat()}\n")
        activities.write(
            f"{seq}\t{activity}\tt\n{seq}\t{data['context']['contextActivities']['parent'][0]['id']}\tf\n"
        )
        activities.write(f"{seq}\t{COURSE}\tf\n")
    with connection.cursor() as cursor:
        copy_into_lrs(cursor, statements, agents, activities)


STATEMENT_COLUMNS = (
    "seq, id, stored, data, version, verb_id, object_activity_id, object_statement_id, "
    "registration, is_voiding, voided, credential_id, organisation, has_attachments"
)


def copy_into_lrs(cursor, statements, agents, activities):
    """COPY text buffers (rows in the column orders below) into the LRS's three tables."""
    for table, cols, buffer in (
        ("lrs_statement", STATEMENT_COLUMNS, statements),
        ("lrs_statementagent", "statement_id, agent_key, direct, stored", agents),
        ("lrs_statementactivity", "statement_id, activity_id, direct", activities),
    ):
        with cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            copy.write(buffer.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8300/xapi")
    parser.add_argument("--key", default="bench")
    parser.add_argument("--secret", default="bench")
    parser.add_argument("--version", default="1.0.3")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument(
        "--seed-to", type=int, default=0, help="top the store up to this many statements first"
    )
    args = parser.parse_args()
    if args.seed_to:
        seed(args)
    rate, errors = ingest(args)
    print("queries (limit 25):")
    queries(args)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
