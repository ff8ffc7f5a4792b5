"""Attachment: xAPI-Data 2.4.11 (1.0.3) and 4.2.2.6 (2.0.0).

Only the attachment object in the statement is validated here; matching it to a multipart part by its
sha2 (and checking a JWS signature attachment) happens where the request's parts are read.
"""

from typing import Annotated

from pydantic import Field

from lrs.xapi.common import IRI, IRL, LanguageMap, MediaType, Sha2, XAPIModel


class Attachment(XAPIModel):
    """usageType, display, contentType, length and sha2 are required ("This property is always
    required, even if fileURL is also specified"); description and fileUrl are optional."""

    usageType: IRI
    display: LanguageMap
    description: LanguageMap = None
    contentType: MediaType
    length: Annotated[int, Field(ge=0)]
    sha2: Sha2
    fileUrl: IRL = None
