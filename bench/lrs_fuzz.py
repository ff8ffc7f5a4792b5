"""Fuzzing: hostile requests against a running LRS, a tally of its answers, every 5xx, and a check
that what it acknowledged is stored and what it refused is not.

Run by hand, never as a test, against a server of your own (see bench/lrs_ingest.py):

    python manage.py create_lrs_credentials fuzz --key fuzz --secret fuzz --all-organisations
    python bench/lrs_fuzz.py --url http://127.0.0.1:8420/xapi --key fuzz --secret fuzz \\
        --requests 12000 --seed 1 --clients 4

Each request starts from something valid and breaks one thing:
- statements (POST one or a batch, PUT ?statementId=): a field at a random path replaced by a hostile
  value (JSON nested up to 2000 deep, 1e400, NaN, 2**80, NUL, lone surrogates, strings of up to
  100,000 characters, wrong types, timestamps out of range or without offset...), deleted or given
  an unknown key; or the body: random bytes, a wrong Content-Type, truncated JSON, broken
  multipart/mixed, the alternate syntax, fewer bytes than its Content-Length (then half-closed);
- GET /statements with hostile parameters, and `more` links followed for a few pages;
- State, Activity Profile and Agent Profile documents (PUT, POST, GET, DELETE) with hostile
  parameters, bodies and If-Match / If-None-Match; /agents, /activities and /about.
X-Experience-API-Version is mostly 1.0.3, sometimes 2.0.0, missing or garbage.

Request i comes from a generator seeded by (--seed, i), whichever thread sends it; statement ids
are salted per run, so runs can repeat on one database. At the end: the answers per (resource,
method, status), every 5xx (20 shown), and the consistency check: each statement acknowledged
(200, 204) is returned by GET ?statementId= with the same id and verb, and each refused one (4xx,
or 503 "nothing was stored") is not stored (404). Exit status 1 on any 5xx, dropped connection or
consistency failure.
"""

import argparse
import base64
import hashlib
import http.client
import json
import random
import socket
import sys
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote_from_bytes, urlsplit

SITE = "https://samfund.example.dk"
VERBS = "http://adlnet.gov/expapi/verbs/"
# fmt: off
TIMESTAMPS = ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2024-05-01T12:00:00", "yesterday",
    "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2024-02-30T00:00:00Z", "-1",
    "2024-05-01T24:00:00Z", "2024-05-01T12:00:00+99:00", "2024-05-01 12:00:00Z")
NOT_IRIS = ("", "x", "\x00", "http://a\x00b", "not an iri", ":x", "\ud800", b"\xff\xfe", "javascript:1")
AGENTS = ('{"mbox":', "not json", "null", "[]", '"mailto:a@b.dk"', "1e400", "NaN", "\x00", '{"mbox":"a"}',
    '{"mbox":"mailto:a\\u0000@b.dk"}', '{"mbox":"mailto:\\ud800@b.dk"}', '{"openid":"http://x.dk"}',
    '{"account":{"homePage":"http://x.dk","name":"\\u0000"}}', '{"objectType":"Group","member":[]}',
    '{"mbox_sha1sum":"zz"}', '{"mbox":"mailto:a@b.dk","account":{}}', '{"mbox":"mailto:' + "a" * 600 + '"}')
BAD_DOCUMENTS = ('{"a":"\\u0000"}', '{"a":"\\ud800"}', '{"\\udc00":1}', "not json", '{"a":1e400}', "[1]",
    '"x"', "", '{"a":NaN}', '{"a":2e308}')
MULTIPART_BREAKS = ("valid", "no boundary", "wrong boundary", "no end", "no blank line", "bad hash",
    "no part", "undeclared", "first not json", "two json", "base64", "long type", "empty")
CONTENT_TYPES = ("text/plain", "application/xml", "APPLICATION/JSON", "", "application/json; charset=latin-1",
    "application/x-www-form-urlencoded", "x" * 300)
VERSIONS = ("1.0.3", "2.0.0", None, "1.0", "3.0.0", "1.0.3, 2.0.0", "x" * 300), (85, 7, 4, 1, 1, 1, 1)
# fmt: on
STATEMENT = json.loads(f"""{{
 "verb": {{"id": "", "display": {{"en-US": "did", "da": "gjorde"}}}},
 "object": {{"objectType": "Activity", "id": "", "definition": {{
  "name": {{"da": "Lektion", "en-US": "Lesson"}}, "description": {{"en-US": "A question"}},
  "type": "http://adlnet.gov/expapi/activities/cmi.interaction", "interactionType": "choice",
  "correctResponsesPattern": ["a"], "choices": [{{"id": "a", "description": {{"en-US": "A"}}}}],
  "extensions": {{"{SITE}/ext/level": {{"n": [1, 2]}}}}}}}},
 "result": {{"score": {{"scaled": 0.5, "raw": 5, "min": 0, "max": 10}}, "success": true, "completion": true,
  "response": "a", "duration": "PT1M30S", "extensions": {{"{SITE}/ext/tries": 1}}}},
 "context": {{"registration": "", "instructor": {{"mbox": "mailto:teacher@example.dk"}},
  "contextActivities": {{"parent": [{{"id": "{SITE}/xapi/module/01"}}], "grouping": {{"id": "{SITE}"}}}},
  "revision": "1", "platform": "fuzz", "language": "da", "extensions": {{"{SITE}/ext/device": "phone"}}}},
 "timestamp": "2024-05-01T12:00:00.000+02:00",
 "attachments": [{{"usageType": "{SITE}/usage/file", "display": {{"en-US": "file"}}, "contentType":
  "text/plain", "length": 5, "sha2": "{hashlib.sha256(b"hello").hexdigest()}", "fileUrl": "{SITE}/f.txt"}}],
 "authority": {{"objectType": "Agent", "mbox": "mailto:authority@example.dk"}}, "version": "1.0.0"}}""")
SALT = 0  # set per run: fresh statement ids every run


class Raw(str):
    """JSON text put into a body as it is (what json.dumps would refuse, or recurse on)."""


def new_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128) ^ SALT, version=4))


def nested(rng):
    depth = rng.choice((65, 300, 1000, 2000))
    return Raw("[" * depth + "]" * depth if rng.random() < 0.5 else '{"a":' * depth + "0" + "}" * depth)


def uuidish(rng):
    fresh = new_id(rng)
    return rng.choice((f"{{{fresh}}}", f"urn:uuid:{fresh}", fresh.upper(), fresh.replace("-", "")))


# fmt: off
HOSTILE = (
    nested,
    uuidish,
    lambda rng: Raw(rng.choice(("1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1" * 400))),
    lambda rng: rng.choice((2**80, -(2**63) - 1, 2**64, 1e308, 5e-324, -0.0)),
    lambda rng: rng.choice(("\x00", "a\x00b", "mailto:x\x00@b.dk", "\ud800", "x\udfff", f"{SITE}/\udbff")),
    lambda rng: rng.choice(("", "x", f"{SITE}/", "mailto:")) + "a" * rng.choice((600, 5000, 100_000)),
    lambda rng: rng.choice((0, -1, 1.5, True, False, None, "text", [1], ["a"], "PT1H")),
    lambda rng: rng.choice(({}, [], {"": ""}, [{}], [[]], {"objectType": "Unknown"})),
    lambda rng: rng.choice(TIMESTAMPS),
    lambda rng: rng.choice((*NOT_IRIS[:-2], "http://ex ample.dk/\n", "00000000-0000-0000-0000-000000000000")),
)
# fmt: on


def lesson(rng):
    return f"{SITE}/xapi/lesson/{rng.randrange(1, 11):02d}-{rng.randrange(1, 4):02d}"


def learner(rng):
    return {"mbox": f"mailto:fuzz{rng.randrange(50)}@example.dk"}


def statement(rng):
    data = json.loads(json.dumps(STATEMENT))
    data["verb"]["id"] = VERBS + rng.choice(("experienced", "answered", "completed", "passed", "failed"))
    data["object"]["id"], data["context"]["registration"] = lesson(rng), new_id(rng)
    account = {"homePage": SITE, "name": str(rng.randrange(50))}
    actor = {"name": "Fuzz", **learner(rng)} if rng.random() < 0.5 else {"account": account}
    return {"id": new_id(rng), "actor": {"objectType": "Agent", **actor}, **data}


def paths(value, prefix=()):
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield (*prefix, key)
        yield from paths(child, (*prefix, key))


def short(value):
    text = repr(value)
    return text[:40] + (f"...({len(text)} chars)" if len(text) > 40 else "")


def mutate(rng, container):
    """Break one thing at a random path of `container`; says what it did."""
    path = rng.choice(list(paths(container)))
    parent = container
    for key in path[:-1]:
        parent = parent[key]
    where, roll, value = ".".join(map(str, path)), rng.random(), rng.choice(HOSTILE)(rng)
    if roll < 0.1 and isinstance(parent, dict):
        del parent[path[-1]]
        return f"{where} deleted"
    if roll < 0.2 and isinstance(parent[path[-1]], dict):
        key = rng.choice(("unknownKey", "\x00", "\ud800", "k" * 600))
        parent[path[-1]][key] = value
        return f"{where} + key {short(key)}: {short(value)}"
    parent[path[-1]] = value
    return f"{where} = {short(value)}"


def dumps(value):
    """JSON text of `value`, with its Raw pieces as they are."""
    raws = []

    def swap(item):
        if isinstance(item, Raw):
            raws.append(item)
            return f"@@raw{len(raws) - 1}@@"
        if isinstance(item, dict):
            return {key: swap(child) for key, child in item.items()}
        return [swap(child) for child in item] if isinstance(item, list) else item

    text = json.dumps(swap(value))
    for index, raw in enumerate(raws):
        text = text.replace(f'"@@raw{index}@@"', raw, 1)
    return text, bool(raws)


def multipart(rng, value):
    """Statements, the first with an attachment sent as a part, broken one way (or not: the control)."""
    content, boundary, how = rng.randbytes(rng.randrange(1, 500)), "fuzzbound", rng.choice(MULTIPART_BREAKS)
    digest = hashlib.sha256(content).hexdigest()
    if how != "undeclared":  # else the statement declares another attachment, by its fileUrl
        declaration = (value if isinstance(value, dict) else value[0])["attachments"][0]
        declaration.pop("fileUrl")
        declaration["sha2"] = digest
    first = f"Content-Type: application/json\r\n\r\n{dumps(value)[0]}".encode()
    head = f"Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {digest}"
    swaps = {
        "bad hash": (digest, "0" * 64),
        "base64": ("binary", "base64"),
        "long type": ("plain", "x" * 300),
    }
    head = head.replace(*swaps[how]) if how in swaps else head
    parts = [first, head.encode() + (b"" if how == "no blank line" else b"\r\n\r\n") + content]
    if how in ("no part", "first not json", "two json"):
        first_not_json = [first.replace(b"json", b"plain", 1), parts[1]]
        parts = {"no part": [first], "first not json": first_not_json, "two json": [first, *parts]}[how]
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts)
    body = b"" if how == "empty" else body + (b"" if how == "no end" else f"--{boundary}--".encode())
    declared = {"no boundary": "", "wrong boundary": "; boundary=other"}.get(how, f"; boundary={boundary}")
    return body, "multipart/mixed" + declared, how


def statement_write(rng):
    count = rng.choice((1, 1, 2, 5)) if rng.random() < 0.6 else 1
    batch = [statement(rng) for _ in range(count)]
    ids = [item["id"] for item in batch]
    put = count == 1 and rng.random() < 0.35
    spec = {"method": "PUT" if put else "POST", "resource": "statements", "ids": ids}
    spec["put_id"] = ids[0] if put else None
    spec["params"] = [("statementId", ids[0])] if put else []
    value = batch if count > 1 or rng.random() < 0.2 else batch[0]
    roll, headers, note = rng.random(), {"Content-Type": "application/json"}, "valid"
    if 0.12 < roll < 0.75:
        note = mutate(rng, value)
    text = dumps(value)[0]
    body = text.encode()
    if roll >= 0.75:
        note = rng.choice(("bytes", "type", "truncated", "multipart", "short", "alternate", "odd"))
        if note == "bytes":
            body = rng.randbytes(rng.randrange(1, 3000))
        elif note == "type":
            headers["Content-Type"] = rng.choice(CONTENT_TYPES)
        elif note == "truncated":
            body = body[: rng.randrange(1, len(body))]
        elif note == "multipart":
            body, headers["Content-Type"], how = multipart(rng, value)
            note = f"multipart {how}"
        elif note == "short":
            body, spec["length"] = body[: rng.randrange(0, len(body))], len(body) + rng.randrange(0, 5000)
        elif note == "alternate":
            form = {"content": text, "X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"}
            form.update({"statementId": ids[0]} if count == 1 else {})
            spec.update(method="POST", params=[("method", "PUT" if count == 1 else "POST")])
            spec["put_id"] = form.get("statementId")
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = "&".join(f"{name}={encode(val)}" for name, val in form.items()).encode()
        else:
            body = rng.choice(("", "null", "[]", "[null]", "{}", "1", "\ufeff" + text, text * 2)).encode()
    # The verb each statement must come back with (None: not to compare, it holds raw JSON text).
    verbs = [item.get("verb") if isinstance(item, dict) else None for item in batch]
    verbs = [None if dumps(verb)[1] else verb for verb in verbs]
    return {**spec, "headers": headers, "body": body, "note": note, "verbs": verbs}


def encode(value):
    return quote_from_bytes(value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass"), "")


BOOLEANS = ("True", "False", "TRUE", "true", "yes", "1", "")
LANGUAGES = ("da", "uk, en;q=0.5", "*;q=1e400", "x;q=nan,,;q=", "a" * 500)
# fmt: off
# Long parameters are 3000 characters: longer ones meet gunicorn's request line limit (4094), not the LRS.
QUERY = {  # name: (a valid value, a hostile value)
    "agent": (lambda rng: json.dumps(learner(rng)), lambda rng: rng.choice((*AGENTS, nested(rng)))),
    "verb": (lambda rng: VERBS + "completed", lambda rng: rng.choice((*NOT_IRIS, "v" * 3000))),
    "activity": (lesson, lambda rng: rng.choice((*NOT_IRIS, f"{SITE}/" + "a" * 600))),
    "registration": (new_id, lambda rng: rng.choice(("x", "\x00", uuidish(rng)))),
    "since": (lambda rng: "2024-01-01T00:00:00Z", lambda rng: rng.choice(TIMESTAMPS)),
    "until": (lambda rng: "2030-01-01T00:00:00+01:00", lambda rng: rng.choice(TIMESTAMPS)),
    "limit": (lambda rng: str(rng.randrange(1, 20)), lambda rng: rng.choice(("-1", "9" * 30, "1e3", "5_0"))),
    "format": (lambda rng: rng.choice(("ids", "canonical", "exact")), lambda rng: rng.choice(("EXACT", "x"))),
    "related_activities": (lambda rng: "true", lambda rng: rng.choice(BOOLEANS)),
    "related_agents": (lambda rng: "false", lambda rng: rng.choice(BOOLEANS)),
    "attachments": (lambda rng: "false", lambda rng: rng.choice(BOOLEANS)),
    "ascending": (lambda rng: "true", lambda rng: rng.choice(BOOLEANS)),
    "statementId": (new_id, lambda rng: rng.choice(("x", "\x00", uuidish(rng)))),
    "more": (lambda rng: "x", lambda rng: rng.choice(("", "x" * 3000, "a:b:c", "eyJ9:1:2", "\x00"))),
    "unknown": (lambda rng: "1", lambda rng: "\ud800"),
}
# fmt: on


def statement_query(rng):
    params = [(name, QUERY[name][0](rng)) for name in rng.sample(sorted(QUERY), rng.randrange(1, 4))]
    if rng.random() < 0.85:
        name = rng.choice(sorted(QUERY))
        params = [(key, value) for key, value in params if key != name] + [(name, QUERY[name][1](rng))]
    spec = {"method": rng.choice(("GET", "GET", "HEAD")), "resource": "statements", "params": params}
    if rng.random() < 0.15:
        spec.update(method="GET", params=[("format", rng.choice(("ids", "canonical"))), ("limit", "3")])
        spec["pages"] = 3
    return {**spec, "headers": {"Accept-Language": rng.choice(LANGUAGES)}, "body": None, "note": "query"}


def document(rng):
    resource = rng.choice(("activities/state", "activities/profile", "agents/profile"))
    params = {"activityId": lesson(rng)} if resource.startswith("activities") else {}
    if resource != "activities/profile":
        params["agent"] = json.dumps(learner(rng))
    params["stateId" if resource == "activities/state" else "profileId"] = f"fuzz-{rng.randrange(20)}"
    if resource == "activities/state" and rng.random() < 0.3:
        params["registration"] = str(uuid.UUID(int=rng.randrange(5)))
    method = rng.choice(("PUT", "POST", "POST", "GET", "DELETE"))
    headers, body = {"Content-Type": "application/json"}, json.dumps({f"k{rng.randrange(5)}": 1})
    if method == "PUT" and rng.random() < 0.5:
        headers["If-None-Match"] = "*"
    roll, note = rng.random(), "valid"
    if roll < 0.4:
        name = rng.choice([*params, "since", "unknown"])
        params[name] = rng.choice((*NOT_IRIS, *TIMESTAMPS, *AGENTS, nested(rng), "p" * 600, "q" * 3000))
        note = f"{name} = {short(params[name])}"
    elif roll < 0.7:
        body = rng.choice((*BAD_DOCUMENTS, nested(rng), '{"a":' + nested(rng) + "}", "x" * 100_000))
        note = f"body {short(body)}"
    elif roll < 0.85:
        name = rng.choice(("If-Match", "If-None-Match", "Content-Type"))
        headers[name] = rng.choice(('"abc"', "*", 'W/"x"', ",,,", '"', "x" * 5000, "text/plain", "", "a/b;c"))
        note = f"{name}: {short(headers[name])}"
    data = body.encode("utf-8", "surrogatepass") if rng.random() < 0.9 else rng.randbytes(200)
    spec = {"method": method, "resource": resource, "params": list(params.items()), "headers": headers}
    return {**spec, "body": None if method in ("GET", "DELETE") else data, "note": note}


def other(rng):
    resource = rng.choice(("agents", "activities", "about"))
    name = {"agents": "agent", "activities": "activityId", "about": "x"}[resource]
    value = rng.choice((json.dumps(learner(rng)), lesson(rng), *AGENTS, *NOT_IRIS, nested(rng), "a" * 3000))
    params = [(name, value)] + ([("extra", "1")] if rng.random() < 0.1 else [])
    method = rng.choice(("GET", "GET", "GET", "HEAD", "POST", "DELETE"))
    return {"method": method, "resource": resource, "params": params, "headers": {}, "body": None, "note": ""}


def draw(rng):
    roll = rng.random()
    if roll < 0.45:
        spec = statement_write(rng)
    else:
        spec = statement_query(rng) if roll < 0.65 else document(rng) if roll < 0.9 else other(rng)
    version = rng.choices(*VERSIONS)[0]
    if version:
        spec["headers"]["X-Experience-API-Version"] = version
    return spec


class Client:
    def __init__(self, url, key, secret):
        parts = urlsplit(url)
        self.host, self.port, self.base = parts.hostname, parts.port or 80, parts.path.rstrip("/")
        self.auth = "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()
        self.local = threading.local()

    def send(self, method, target, headers, body=None):
        """(status, body) of one request; status "no answer" when the connection broke."""
        if not hasattr(self.local, "connection"):
            self.local.connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
        connection = self.local.connection
        for attempt in range(2):
            reused = connection.sock is not None
            try:
                connection.request(method, target, body, {"Authorization": self.auth, **headers})
                response = connection.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, OSError) as error:
                connection.close()
                stale = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)
                if attempt or not (reused and isinstance(error, stale)):  # else: a kept-alive one closed
                    return "no answer", repr(error).encode()
        raise AssertionError("unreachable")

    def send_short(self, method, target, headers, body, length):
        """A request whose body is shorter than its Content-Length, then the end of sending."""
        headers = {"Host": self.host, "Authorization": self.auth, **headers, "Content-Length": length}
        request = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        with socket.create_connection((self.host, self.port), timeout=120) as sock:
            sock.sendall(request.encode("latin-1") + b"\r\n" + body)
            sock.shutdown(socket.SHUT_WR)
            answer = b"".join(iter(lambda: sock.recv(65536), b""))
        if not answer.startswith(b"HTTP/"):
            return "closed", answer
        return int(answer.split(b" ", 2)[1]), answer.partition(b"\r\n\r\n")[2]


def perform(client, seed, index):
    """Send request `index`: its answers [(resource, method, status, summary, body head)] and the
    statements to check [(id, verb, whether it must be stored, summary)]."""
    spec = draw(random.Random(f"{seed}:{index}"))
    query = "&".join(f"{encode(name)}={encode(value)}" for name, value in spec["params"])
    target = f"{client.base}/{spec['resource']}" + (f"?{query}" if query else "")
    summary = f"#{index} {spec['method']} {target[:150]} [{spec['note']}] {short(spec['headers'])}"
    summary += f" body {short(spec['body'])}"
    if "length" in spec:
        status, data = client.send_short(
            spec["method"], target, spec["headers"], spec["body"], spec["length"]
        )
    else:
        status, data = client.send(spec["method"], target, spec["headers"], spec["body"])
    answers = [(spec["resource"], spec["method"], status, summary, data[:300])]
    for _page in range(spec.get("pages", 0)):
        more = json.loads(data)["more"] if status == 200 else ""
        if not more:
            break
        status, data = client.send("GET", more, spec["headers"])
        answers.append(("statements", "GET more", status, f"{summary} then {more[:80]}", data[:300]))
    checks = []
    if "ids" in spec and status in (200, 204) and spec["put_id"]:
        checks = [(spec["put_id"], spec["verbs"][0], True, summary)]
    elif "ids" in spec and status == 200:
        try:
            ids = json.loads(data)
        except ValueError:
            ids = data[:200]
        if not isinstance(ids, list) or len(ids) != len(spec["verbs"]):
            checks = [(None, None, True, f"{summary}: {len(spec['verbs'])} statements, ids {ids}")]
        checks += [(id_, verb, True, summary) for id_, verb in zip(ids, spec["verbs"], strict=False)]
    elif "ids" in spec and (status == "closed" or status in range(400, 500) or status == 503):
        checks = [(id_, None, False, summary) for id_ in spec["ids"]]
    return answers, checks


def check(client, item):
    """None when the statement is stored as acknowledged (or not, as refused); else what is wrong."""
    statement_id, verb, stored, summary = item
    if statement_id is None:
        return summary
    target = f"{client.base}/statements?statementId={encode(statement_id)}"
    status, data = client.send("GET", target, {"X-Experience-API-Version": "1.0.3"})
    if not stored:
        return None if status == 404 else f"refused but GET {statement_id} answers {status}: {summary}"
    if status != 200:
        return f"acknowledged but GET {statement_id} answers {status} {data[:120]!r}: {summary}"
    found = json.loads(data)
    if found.get("id") != statement_id or (verb is not None and found.get("verb") != verb):
        return f"acknowledged {statement_id}, got {found.get('id')} {short(found.get('verb'))}: {summary}"
    return None


def main():
    global SALT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name, default in (("url", "http://127.0.0.1:8420/xapi"), ("key", "fuzz"), ("secret", "fuzz")):
        parser.add_argument(f"--{name}", default=default)
    for name, default in (("requests", 2000), ("seed", 1), ("clients", 4)):
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args()
    SALT = uuid.uuid4().int
    client = Client(args.url, args.key, args.secret)
    started = time.monotonic()
    tally, failures, checks = Counter(), [], []
    with ThreadPoolExecutor(args.clients) as pool:
        for answers, found in pool.map(lambda index: perform(client, args.seed, index), range(args.requests)):
            checks += found
            for resource, method, status, summary, head in answers:
                tally[resource, method, status] += 1
                if status != "closed" and status not in range(500):
                    failures.append(f"{status} {summary}\n      -> {head!r}")
        elapsed = time.monotonic() - started
        wrong = [problem for problem in pool.map(lambda item: check(client, item), checks) if problem]
        checked = time.monotonic() - started - elapsed
    print(f"requests: {sum(tally.values())} in {elapsed:.1f} s ({args.clients} clients, seed {args.seed})")
    for (resource, method, status), count in sorted(tally.items(), key=str):
        print(f"  {resource:<20} {method:<9} {status!s:<10} {count:>6}")
    print(f"5xx or no answer: {len(failures)}")
    for failure in failures[:20]:
        print(f"  {failure}")
    stored = sum(1 for item in checks if item[2])
    refused = len(checks) - stored
    print(f"consistency ({checked:.1f} s): {stored} acknowledged, {refused} refused, {len(wrong)} wrong")
    for problem in wrong[:20]:
        print(f"  {problem}")
    return 1 if failures or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
