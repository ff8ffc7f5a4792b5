"""Agents and Groups: xAPI-Data 2.4.2 (1.0.3) and 4.2.2.1 (2.0.0).

An Agent carries exactly one Inverse Functional Identifier (IFI); a Group is anonymous (no IFI, members
required) or identified (exactly one IFI). Which model validates a JSON object is decided from its
"objectType" before validation (a discriminated union), so errors point into the object that was meant.
"""

from typing import Annotated, Literal

from pydantic import Discriminator, Tag, model_validator

from lrs.xapi.common import IRL, URI, MailtoIRI, MboxSha1Sum, Rejected, XAPIModel
from lrs.xapi.errors import object_error, union_tag

IFI_PROPERTIES = ("mbox", "mbox_sha1sum", "openid", "account")
_IFI_SET = frozenset(IFI_PROPERTIES)
IFI_LIST = "mbox, mbox_sha1sum, openid or account"


class Account(XAPIModel):
    """xAPI-Data 2.4.2.4: a user account on an existing system; both properties are required."""

    homePage: IRL
    name: str


class _Identifiable(XAPIModel):
    """The properties Agents and Groups share: a name and the four IFIs (2.4.2.3)."""

    name: str = None
    mbox: MailtoIRI = None
    mbox_sha1sum: MboxSha1Sum = None
    openid: URI = None
    account: Account = None

    def identifiers(self) -> list[str]:
        # Properties present in the JSON: an explicit null never gets this far (it is a type error).
        present = self.model_fields_set
        if len(present & _IFI_SET) == 1:
            return [next(iter(present & _IFI_SET))]
        return [prop for prop in IFI_PROPERTIES if prop in present]


class Agent(_Identifiable):
    """xAPI-Data 2.4.2.1: "An Agent MUST be identified by one (1) of the four types of Inverse
    Functional Identifiers" and "MUST NOT include more than one (1)"."""

    objectType: Literal["Agent"] = None

    @model_validator(mode="after")
    def _one_identifier(self):
        found = self.identifiers()
        if not found:
            raise object_error(
                f"an Agent MUST be identified by one inverse functional identifier ({IFI_LIST})"
            )
        if len(found) > 1:
            raise object_error(
                "an Agent MUST NOT include more than one inverse functional identifier "
                f"(found {' and '.join(found)})",
                at=(found[1],),
            )
        return self


class AgentAsObject(Agent):
    """xAPI-Data 2.4.4.2: "Statements that specify an Agent or Group as an Object MUST specify an
    'objectType' property"."""

    objectType: Literal["Agent"]


class _GroupAsMember(Rejected):
    message = "a Group MUST NOT contain Group Objects in its member property: members are Agents"
    at = ("objectType",)


def _member_kind(value) -> str:
    if isinstance(value, dict) and value.get("objectType") == "Group":
        return _GROUP_AS_MEMBER
    return _AGENT


_AGENT = union_tag("Agent")
_GROUP = union_tag("Group")
_GROUP_AS_MEMBER = union_tag("GroupAsMember")
_UNTYPED_GROUP = union_tag("UntypedGroup")
_AUTHORITY_GROUP = union_tag("AuthorityGroup")

Member = Annotated[
    Annotated[Agent, Tag(_AGENT)] | Annotated[_GroupAsMember, Tag(_GROUP_AS_MEMBER)],
    Discriminator(_member_kind),
]


class Group(_Identifiable):
    """xAPI-Data 2.4.2.2: "objectType" Group is required. An Anonymous Group "MUST include a 'member'
    property listing constituent Agents"; an Identified Group "MUST include exactly one (1) Inverse
    Functional Identifier"; neither may contain Groups."""

    objectType: Literal["Group"]
    member: list[Member] = None

    @model_validator(mode="after")
    def _identified_or_anonymous(self):
        found = self.identifiers()
        if len(found) > 1:
            raise object_error(
                f"an Identified Group MUST include exactly one inverse functional identifier "
                f"(found {' and '.join(found)})",
                at=(found[1],),
            )
        if not found and not self.member:
            raise object_error(
                "an Anonymous Group (one without mbox, mbox_sha1sum, openid or account) MUST include "
                "a member property listing its Agents",
                at=("member",),
            )
        return self


class _UntypedGroup(Rejected):
    message = 'a Group MUST have "objectType": "Group" (an object with member is a Group, not an Agent)'
    at = ("objectType",)


def _actor_kind(value) -> str:
    if isinstance(value, dict):
        object_type = value.get("objectType")
        if object_type == "Group":
            return _GROUP
        if object_type is None and "member" in value:
            return _UNTYPED_GROUP
    return _AGENT


# xAPI-Data 2.4.2: "The Actor of a Statement can be an Agent or a Group"; also context.instructor.
Actor = Annotated[
    Annotated[Agent, Tag(_AGENT)]
    | Annotated[Group, Tag(_GROUP)]
    | Annotated[_UntypedGroup, Tag(_UNTYPED_GROUP)],
    Discriminator(_actor_kind),
]


class AuthorityGroup(XAPIModel):
    """xAPI-Data 2.4.9.s3.b1: "Authority MUST be an Agent, except in 3-legged OAuth, where it MUST be a
    Group with two Agents" (an application and a user); the conformance suite rejects an identified
    Group as authority."""

    objectType: Literal["Group"]
    name: str = None
    member: list[Member]

    @model_validator(mode="before")
    @classmethod
    def _anonymous(cls, data):
        if isinstance(data, dict):
            for prop in IFI_PROPERTIES:
                if prop in data:
                    raise object_error(
                        "an authority Group MUST be an anonymous Group of two Agents (3-legged OAuth); "
                        f"it cannot have {prop}",
                        at=(prop,),
                    )
        return data

    @model_validator(mode="after")
    def _two_agents(self):
        if len(self.member) != 2:
            raise object_error(
                "an authority Group MUST have exactly two Agents as members "
                "(the OAuth application and the user)",
                at=("member",),
            )
        return self


def _authority_kind(value) -> str:
    if isinstance(value, dict) and value.get("objectType") == "Group":
        return _AUTHORITY_GROUP
    return _AGENT


Authority = Annotated[
    Annotated[Agent, Tag(_AGENT)] | Annotated[AuthorityGroup, Tag(_AUTHORITY_GROUP)],
    Discriminator(_authority_kind),
]
