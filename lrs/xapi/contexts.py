"""Context: xAPI-Data 2.4.6 (1.0.3) and 4.2.2.5 (2.0.0), which adds contextAgents and contextGroups.

The rule that revision and platform "MUST only be used if the Statement's Object is an Activity"
(2.4.6.s4.b1-b2) needs the statement's object, so the statement models check it.
"""

from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag, model_validator

from lrs.xapi.agents import Actor, Agent, Group
from lrs.xapi.common import IRI, UUID, Extensions, LanguageTag, XAPIModel
from lrs.xapi.errors import object_error, union_tag
from lrs.xapi.objects import Activity, StatementRef

_ONE = union_tag("one")
_MANY = union_tag("many")


def _one_or_many(value) -> str:
    return _MANY if isinstance(value, list) else _ONE


# 2.4.6.2.s4.b2: "Every value in the contextActivities Object MUST be either a single Activity Object or
# an array of Activity Objects" ("Single Activity Objects are allowed ... so that 0.95 Statements will be
# compatible"). The statement is stored as received; whoever returns it wraps single objects in arrays.
ContextActivityValue = Annotated[
    Annotated[Activity, Tag(_ONE)] | Annotated[list[Activity], Tag(_MANY)],
    Discriminator(_one_or_many),
]


class ContextActivities(XAPIModel):
    """2.4.6.2.s4.b1: "Every key in the contextActivities Object MUST be one of parent, grouping,
    category, or other"; the conformance suite rejects an empty contextActivities object."""

    parent: ContextActivityValue = None
    grouping: ContextActivityValue = None
    category: ContextActivityValue = None
    other: ContextActivityValue = None

    @model_validator(mode="after")
    def _not_empty(self):
        if not self.model_fields_set:
            raise object_error(
                "contextActivities must contain at least one of parent, grouping, category or other"
            )
        return self


class ContextV103(XAPIModel):
    """Every context property is optional; team is a Group, instructor an Agent or Group."""

    registration: UUID = None
    instructor: Actor = None
    team: Group = None
    contextActivities: ContextActivities = None
    revision: str = None
    platform: str = None
    language: LanguageTag = None
    statement: StatementRef = None
    extensions: Extensions = None


RelevantTypes = Annotated[list[IRI], Field(min_length=1)]


class ContextAgent(XAPIModel):
    """xAPI 2.0.0 Context Agents Table: objectType contextAgent and an Agent are required; relevantTypes
    is "A collection of 1 or more Relevant Type(s)" (IRIs) when present."""

    objectType: Literal["contextAgent"]
    agent: Agent
    relevantTypes: RelevantTypes = None


class ContextGroup(XAPIModel):
    """xAPI 2.0.0 Context Group Table: objectType contextGroup and a Group are required."""

    objectType: Literal["contextGroup"]
    group: Group
    relevantTypes: RelevantTypes = None


class ContextV200(ContextV103):
    """xAPI 2.0.0 adds contextAgents and contextGroups; the 1.0.x data model does not know them."""

    contextAgents: list[ContextAgent] = None
    contextGroups: list[ContextGroup] = None
