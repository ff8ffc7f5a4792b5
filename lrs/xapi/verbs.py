"""Verb: xAPI-Data 2.4.3 (1.0.3) and 4.2.2.2 (2.0.0)."""

from lrs.xapi.common import IRI, LanguageMap, XAPIModel

# xAPI-Data 2.3.2: the reserved Verb that voids a previous Statement.
VOIDED_VERB_ID = "http://adlnet.gov/expapi/verbs/voided"


class Verb(XAPIModel):
    """The action between an Actor and an Activity: an IRI ("Required") and an optional display
    language map ("Recommended")."""

    id: IRI
    display: LanguageMap = None
