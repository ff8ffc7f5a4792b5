"""Statement objects other than SubStatements: xAPI-Data 2.4.4 (1.0.3) and 4.2.2.3 (2.0.0).

Activities (with their definitions and interaction components) and Statement References. A
SubStatement is "validated as a Statement" (2.4.4.3.s8.b2) and shares the statement's properties, so it
lives beside the Statement in statements.py, which also assembles the union of possible objects.
"""

from typing import Literal

from pydantic import model_validator

from lrs.xapi.common import IRI, IRL, UUID, Extensions, LanguageMap, XAPIModel
from lrs.xapi.errors import object_error

# xAPI-Data 2.4.4.1.s15 table 2: the interaction component lists each interactionType supports.
COMPONENT_LISTS_BY_INTERACTION = {
    "true-false": (),
    "choice": ("choices",),
    "fill-in": (),
    "long-fill-in": (),
    "matching": ("source", "target"),
    "performance": ("steps",),
    "sequencing": ("choices",),
    "likert": ("scale",),
    "numeric": (),
    "other": (),
}
COMPONENT_LISTS = ("choices", "scale", "source", "target", "steps")
_INTERACTION_PROPERTIES = frozenset(("interactionType", "correctResponsesPattern", *COMPONENT_LISTS))
InteractionType = Literal[
    "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert",
    "numeric", "other",
]  # fmt: skip


class InteractionComponent(XAPIModel):
    """xAPI-Data 2.4.4.1.s15: an id ("Required") and an optional description language map."""

    id: str
    description: LanguageMap = None


class ActivityDefinition(XAPIModel):
    """Metadata about an Activity, including the interaction properties of 2.4.4.1.s8."""

    name: LanguageMap = None
    description: LanguageMap = None
    type: IRI = None
    moreInfo: IRL = None
    extensions: Extensions = None
    interactionType: InteractionType = None
    correctResponsesPattern: list[str] = None
    choices: list[InteractionComponent] = None
    scale: list[InteractionComponent] = None
    source: list[InteractionComponent] = None
    target: list[InteractionComponent] = None
    steps: list[InteractionComponent] = None

    @model_validator(mode="after")
    def _interaction_properties(self):
        if self.model_fields_set.isdisjoint(_INTERACTION_PROPERTIES):
            return self
        lists = [name for name in COMPONENT_LISTS if getattr(self, name) is not None]
        if self.interactionType is None:
            if self.correctResponsesPattern is not None or lists:
                # 2.4.4.1.s13.b1: "Interaction Activities MUST have a valid interactionType".
                used = "correctResponsesPattern" if self.correctResponsesPattern is not None else lists[0]
                raise object_error(
                    f"an Activity Definition using {used} is an Interaction Activity "
                    "and MUST have an interactionType",
                    at=("interactionType",),
                )
            return self
        allowed = COMPONENT_LISTS_BY_INTERACTION[self.interactionType]
        for name in lists:
            if name not in allowed:
                supported = " and ".join(allowed) if allowed else "no component lists"
                raise object_error(
                    f"{name} is not an interaction component list of a {self.interactionType} interaction "
                    f"(it supports {supported})",
                    at=(name,),
                )
            _check_distinct_ids(name, getattr(self, name))
        return self


def _check_distinct_ids(name: str, components: list[InteractionComponent]) -> None:
    """2.4.4.1.s16.b1: "Within an array of interaction components, all id values MUST be distinct"."""
    seen: set[str] = set()
    for index, component in enumerate(components):
        if component.id in seen:
            raise object_error(
                f"interaction component ids within {name} MUST be distinct; {component.id!r} is repeated",
                at=(name, index, "id"),
            )
        seen.add(component.id)


class Activity(XAPIModel):
    """xAPI-Data 2.4.4.1: objectType "MUST be Activity when present", id an IRI (required)."""

    objectType: Literal["Activity"] = None
    id: IRI
    definition: ActivityDefinition = None


class StatementRef(XAPIModel):
    """xAPI-Data 2.4.4.3: "A Statement Reference MUST specify an 'objectType' property with the value
    StatementRef" and "MUST set the 'id' property to the UUID of a Statement"."""

    objectType: Literal["StatementRef"]
    id: UUID
