"""Statement builders for the LRS tests.

Every builder returns a fresh, valid xAPI object (valid under 1.0.3 and 2.0.0 alike); a test builds a
valid statement and breaks one field, with ``valid_statement(result=...)`` for a top-level property or
``with_value(statement, "context.contextActivities.parent[0].id", ...)`` deeper down.
"""

import re
from typing import Any

SITE = "https://samfund.example.dk"
ACTIVITIES = f"{SITE}/xapi"
LEARNER_ID = "5f4d3a2b-1c0e-4f9a-8b7c-6d5e4f3a2b1c"
STATEMENT_ID = "fd41c918-b88b-4b20-a0a5-a4c32391aaa0"
REGISTRATION = "ec531277-b57b-4c15-8d91-d292c5b2b8f7"
SHA2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a"
SHA1 = "ebd31e95054c018b10727ccffd2ef2ec3a016ee9"
VOIDED = "http://adlnet.gov/expapi/verbs/voided"

# Passed as a value to with_value or valid_statement: remove the property instead of setting it.
REMOVE = object()


def account_agent(name: str = LEARNER_ID, **overrides) -> dict:
    """The platform's learners: an opaque account on the site, no name or e-mail (DESIGN.md rule 2)."""
    return {"objectType": "Agent", "account": {"homePage": SITE, "name": name}, **overrides}


def mbox_agent(address: str = "learner@example.com", **overrides) -> dict:
    return {"objectType": "Agent", "mbox": f"mailto:{address}", **overrides}


def anonymous_group(*members: dict, **overrides) -> dict:
    members = members or (mbox_agent("a@example.com"), account_agent("b"))
    return {"objectType": "Group", "member": list(members), **overrides}


def identified_group(**overrides) -> dict:
    return {"objectType": "Group", "name": "Hold 3", "mbox": "mailto:hold3@example.com", **overrides}


def verb(name: str = "completed", **overrides) -> dict:
    return {"id": f"http://adlnet.gov/expapi/verbs/{name}", "display": {"en-US": name}, **overrides}


def activity(path: str = "lesson/ab12", **overrides) -> dict:
    return {
        "objectType": "Activity",
        "id": f"{ACTIVITIES}/{path}",
        "definition": {
            "name": {"da": "Demokrati i Danmark", "en-US": "Democracy in Denmark"},
            "description": {"da": "Lektion om folketinget"},
            "type": "http://adlnet.gov/expapi/activities/lesson",
        },
        **overrides,
    }


def context_activity(path: str) -> dict:
    return {"objectType": "Activity", "id": f"{ACTIVITIES}/{path}"}


def statement_ref(statement_id: str = STATEMENT_ID) -> dict:
    return {"objectType": "StatementRef", "id": statement_id}


def sub_statement(**overrides) -> dict:
    """xAPI-Data 2.4.4.3 example: "I planned to visit 'Some Awesome Website'"."""
    return {
        "objectType": "SubStatement",
        "actor": mbox_agent("test@example.com"),
        "verb": {"id": "http://example.com/visited", "display": {"en-US": "will visit"}},
        "object": {
            "objectType": "Activity",
            "id": "http://example.com/website",
            "definition": {"name": {"en-US": "Some Awesome Website"}},
        },
        **overrides,
    }


def _merged(base: dict, overrides: dict) -> dict:
    merged = {**base, **overrides}
    return {key: value for key, value in merged.items() if value is not REMOVE}


def attachment(**overrides) -> dict:
    return _merged(
        {
            "usageType": "http://example.com/attachment-usage/test",
            "display": {"en-US": "A test attachment"},
            "description": {"en-US": "A test attachment (description)"},
            "contentType": "text/plain; charset=ascii",
            "length": 27,
            "sha2": SHA2,
            "fileUrl": "http://over.there.com/file.txt",
        },
        overrides,
    )


# xAPI-Data Appendix C: an example definition for each interaction type.
INTERACTION_DEFINITIONS = {
    "true-false": {"correctResponsesPattern": ["true"]},
    "choice": {
        "correctResponsesPattern": ["golf[,]tetris"],
        "choices": [
            {"id": "golf", "description": {"en-US": "Golf Example"}},
            {"id": "facebook", "description": {"en-US": "Facebook App"}},
            {"id": "tetris", "description": {"en-US": "Tetris Example"}},
        ],
    },
    "fill-in": {"correctResponsesPattern": ["Bob's your uncle"]},
    "long-fill-in": {
        "correctResponsesPattern": ["{case_matters=false}{lang=en}To store and provide access to learning."]
    },
    "matching": {
        "correctResponsesPattern": ["ben[.]3[,]chris[.]2"],
        "source": [{"id": "ben", "description": {"en-US": "Ben"}}, {"id": "chris"}],
        "target": [{"id": "2", "description": {"en-US": "We got Runs"}}, {"id": "3"}],
    },
    "performance": {
        "correctResponsesPattern": ["pong[.]1:[,]dg[.]:10[,]lunch[.]"],
        "steps": [{"id": "pong"}, {"id": "dg"}, {"id": "lunch"}],
    },
    "sequencing": {
        "correctResponsesPattern": ["tim[,]mike[,]ells[,]ben"],
        "choices": [{"id": "tim"}, {"id": "ben"}, {"id": "ells"}, {"id": "mike"}],
    },
    "likert": {
        "correctResponsesPattern": ["likert_3"],
        "scale": [{"id": f"likert_{n}", "description": {"en-US": f"Level {n}"}} for n in range(4)],
    },
    "numeric": {"correctResponsesPattern": ["4[:]"]},
    "other": {"correctResponsesPattern": ["(35.937432,-86.868896)"]},
}


def interaction_activity(interaction_type: str, **definition) -> dict:
    return {
        "objectType": "Activity",
        "id": f"{ACTIVITIES}/interaction/{interaction_type}",
        "definition": {
            "description": {"en-US": f"A {interaction_type} question"},
            "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
            "interactionType": interaction_type,
            **INTERACTION_DEFINITIONS[interaction_type],
            **definition,
        },
    }


def valid_statement(**overrides) -> dict:
    """A realistic statement from the platform: a learner completed a lesson of a module of the course."""
    statement = {
        "id": STATEMENT_ID,
        "actor": account_agent(),
        "verb": verb("completed"),
        "object": activity(),
        "result": {
            "score": {"scaled": 0.8, "raw": 8, "min": 0, "max": 10},
            "success": True,
            "completion": True,
            "duration": "PT12M30.5S",
        },
        "context": {
            "registration": REGISTRATION,
            "contextActivities": {
                "parent": [context_activity("module/cd34")],
                "grouping": [context_activity("course/ef56")],
            },
            "language": "da",
        },
        "timestamp": "2025-05-01T12:30:00.123Z",
    }
    return _merged(statement, overrides)


def minimal_statement(**overrides) -> dict:
    """xAPI-Data 2.4.s2: "the simplest possible Statement using all properties that MUST or SHOULD be
    used"."""
    return {
        "id": "12345678-1234-5678-1234-567812345678",
        "actor": {"mbox": "mailto:xapi@adlnet.gov"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/created", "display": {"en-US": "created"}},
        "object": {"id": "http://example.adlnet.gov/xapi/example/activity"},
        **overrides,
    }


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parse_path(path: str) -> list:
    return [name if index == "" else int(index) for name, index in _PATH_PART.findall(path)]


def with_value(statement: dict, path: str, value: Any) -> dict:
    """Set (or, with REMOVE, delete) the value at a path such as ``context.contextActivities.parent[0].id``,
    creating missing objects on the way; returns the statement."""
    parts = _parse_path(path)
    target = statement
    for part in parts[:-1]:
        if isinstance(part, str) and part not in target:
            target[part] = {}
        target = target[part]
    if value is REMOVE:
        del target[parts[-1]]
    else:
        target[parts[-1]] = value
    return statement
