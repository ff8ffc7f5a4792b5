"""Statements and SubStatements: xAPI-Data 2.4 (1.0.3) and 4.2.2 (2.0.0).

One model per version of the specification. The 2.0.0 models differ in the context (contextAgents,
contextGroups), in timestamps (RFC 3339 with a time zone) and in the versions a statement may declare.
"""

from typing import Annotated, Literal

from pydantic import Discriminator, Tag, model_validator

from lrs.xapi.agents import IFI_PROPERTIES, Actor, AgentAsObject, Authority, Group
from lrs.xapi.attachments import Attachment
from lrs.xapi.common import (
    UUID,
    Rejected,
    TimestampV103,
    TimestampV200,
    XAPIModel,
    string_format,
)
from lrs.xapi.contexts import ContextV103, ContextV200
from lrs.xapi.errors import object_error, union_tag
from lrs.xapi.objects import Activity, StatementRef
from lrs.xapi.results import Result
from lrs.xapi.verbs import VOIDED_VERB_ID, Verb

_ACTIVITY = union_tag("Activity")
_AGENT = union_tag("AgentAsObject")
_GROUP = union_tag("GroupAsObject")
_STATEMENT_REF = union_tag("StatementRef")
_SUB_STATEMENT = union_tag("SubStatement")
_UNTYPED_ACTOR = union_tag("UntypedActor")
_UNKNOWN_TYPE = union_tag("UnknownObjectType")

_TAG_BY_OBJECT_TYPE = {
    "Activity": _ACTIVITY,
    "Agent": _AGENT,
    "Group": _GROUP,
    "StatementRef": _STATEMENT_REF,
    "SubStatement": _SUB_STATEMENT,
}
_AGENT_PROPERTIES = frozenset((*IFI_PROPERTIES, "member"))


def _object_kind(value) -> str:
    """xAPI-Data 2.4.4.s2: "If not specified, the objectType is assumed to be Activity"."""
    if not isinstance(value, dict):
        return _ACTIVITY
    if "objectType" not in value:
        if "id" not in value and not _AGENT_PROPERTIES.isdisjoint(value):
            return _UNTYPED_ACTOR
        return _ACTIVITY
    object_type = value["objectType"]
    if isinstance(object_type, str):
        return _TAG_BY_OBJECT_TYPE.get(object_type, _UNKNOWN_TYPE)
    return _UNKNOWN_TYPE


class _UntypedActor(Rejected):
    message = (
        "an Agent or Group used as a Statement's object MUST specify objectType (xAPI-Data 2.4.4.2); "
        "without it the object is taken to be an Activity"
    )
    at = ("objectType",)


class _UnknownObjectType(Rejected):
    message = (
        "objectType of a Statement's object must be one of Activity, Agent, Group, StatementRef or "
        "SubStatement (values are case-sensitive)"
    )
    at = ("objectType",)


class _NestedSubStatement(Rejected):
    message = "a SubStatement MUST NOT contain a SubStatement of its own (xAPI-Data 2.4.4.3.s8.b4)"
    at = ("objectType",)


# A SubStatement's object is any object but another SubStatement; its shape is version independent.
SubStatementObject = Annotated[
    Annotated[Activity, Tag(_ACTIVITY)]
    | Annotated[AgentAsObject, Tag(_AGENT)]
    | Annotated[Group, Tag(_GROUP)]
    | Annotated[StatementRef, Tag(_STATEMENT_REF)]
    | Annotated[_NestedSubStatement, Tag(_SUB_STATEMENT)]
    | Annotated[_UntypedActor, Tag(_UNTYPED_ACTOR)]
    | Annotated[_UnknownObjectType, Tag(_UNKNOWN_TYPE)],
    Discriminator(_object_kind),
]

# xAPI-Data 2.4.10.s3.b2 (1.0.3): "An LRS MUST reject all Statements with a version specified that does
# not start with 1.0."; the conformance suite accepts "1.0" and "1.0.9".
VersionV103 = Annotated[
    str,
    string_format(
        r"^1\.0(?:\.[0-9]+)?$", "must be 1.0 or start with 1.0. in a 1.0.x statement (xAPI-Data 2.4.10)"
    ),
]
# xAPI 2.0.0 4.2.4.2: "An LRS should not reject a Statement that is otherwise valid except the version"; a
# 1.0.x statement is a valid 2.0.0 statement, so 1.0.x and 2.0.x are both accepted.
VersionV200 = Annotated[
    str,
    string_format(
        r"^(?:1|2)\.0(?:\.[0-9]+)?$", "must be a 2.0.x or 1.0.x version (Semantic Versioning 1.0.0)"
    ),
]


def _check_context_fits_object(statement) -> None:
    """xAPI-Data 2.4.6.s4.b1-b2: "The 'revision' [and 'platform'] property MUST only be used if the
    Statement's Object is an Activity"; the conformance suite applies this to both versions."""
    context = statement.context
    if context is None or isinstance(statement.object, Activity):
        return
    for prop in ("revision", "platform"):
        if getattr(context, prop) is not None:
            raise object_error(
                f"context {prop} MUST only be used when the Statement's object is an Activity",
                at=("context", prop),
            )


_NOT_IN_SUB_STATEMENT = ("id", "stored", "version", "authority")


class SubStatementV103(XAPIModel):
    """xAPI-Data 2.4.4.3.s8: "A SubStatement MUST be validated as a Statement" and "MUST NOT have the
    'id', 'stored', 'version' or 'authority' properties"."""

    objectType: Literal["SubStatement"]
    actor: Actor
    verb: Verb
    object: SubStatementObject
    result: Result = None
    context: ContextV103 = None
    timestamp: TimestampV103 = None
    attachments: list[Attachment] = None

    @model_validator(mode="before")
    @classmethod
    def _no_statement_only_properties(cls, data):
        if isinstance(data, dict):
            for prop in _NOT_IN_SUB_STATEMENT:
                if prop in data:
                    raise object_error(f"a SubStatement MUST NOT have the {prop} property", at=(prop,))
        return data

    @model_validator(mode="after")
    def _context_fits_object(self):
        _check_context_fits_object(self)
        return self


class SubStatementV200(SubStatementV103):
    context: ContextV200 = None
    timestamp: TimestampV200 = None


def _statement_object(sub_statement: type) -> object:
    return Annotated[
        Annotated[Activity, Tag(_ACTIVITY)]
        | Annotated[AgentAsObject, Tag(_AGENT)]
        | Annotated[Group, Tag(_GROUP)]
        | Annotated[StatementRef, Tag(_STATEMENT_REF)]
        | Annotated[sub_statement, Tag(_SUB_STATEMENT)]
        | Annotated[_UntypedActor, Tag(_UNTYPED_ACTOR)]
        | Annotated[_UnknownObjectType, Tag(_UNKNOWN_TYPE)],
        Discriminator(_object_kind),
    ]


class StatementV103(XAPIModel):
    """xAPI-Data 2.4: actor, verb and object are required ("A Statement MUST use 'actor', 'verb', and
    'object'", 2.2.s2.b3). stored and authority may be sent; the LRS validates, then overwrites them."""

    id: UUID = None
    actor: Actor
    verb: Verb
    object: _statement_object(SubStatementV103)
    result: Result = None
    context: ContextV103 = None
    timestamp: TimestampV103 = None
    stored: TimestampV103 = None
    authority: Authority = None
    version: VersionV103 = None
    attachments: list[Attachment] = None

    @model_validator(mode="after")
    def _statement_rules(self):
        _check_context_fits_object(self)
        # 2.3.2.s2.b1: "the Object of that voiding Statement MUST have the 'objectType' property set to
        # StatementRef"; 2.0.0 4.2.5: "The LRS shall reject Statements with the verb .../voided when the
        # objectType property is not StatementRef".
        if self.verb.id == VOIDED_VERB_ID and not isinstance(self.object, StatementRef):
            raise object_error(
                "a voiding Statement's object MUST be a StatementRef naming the Statement to void",
                at=("object", "objectType"),
            )
        return self


class StatementV200(StatementV103):
    object: _statement_object(SubStatementV200)
    context: ContextV200 = None
    timestamp: TimestampV200 = None
    stored: TimestampV200 = None
    version: VersionV200 = None


STATEMENT_MODELS = {"1.0.3": StatementV103, "2.0.0": StatementV200}
