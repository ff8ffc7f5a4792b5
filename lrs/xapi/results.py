"""Result and Score: xAPI-Data 2.4.5 (1.0.3) and 4.2.2.4 (2.0.0)."""

from typing import Annotated

from pydantic import Field, model_validator

from lrs.xapi.common import Duration, Extensions, XAPIModel
from lrs.xapi.errors import object_error


class Score(XAPIModel):
    """xAPI-Data 2.4.5.1: scaled is a "Decimal number between -1 and 1, inclusive"; raw is "between min
    and max (if present, otherwise unrestricted), inclusive"; min is "less than max (if present)"."""

    scaled: Annotated[float, Field(ge=-1, le=1)] = None
    raw: float = None
    min: float = None
    max: float = None

    @model_validator(mode="after")
    def _within_bounds(self):
        if self.min is not None and self.max is not None and self.min >= self.max:
            raise object_error("score min must be less than max", at=("min",))
        if self.raw is not None:
            if self.min is not None and self.raw < self.min:
                raise object_error("score raw must not be less than min", at=("raw",))
            if self.max is not None and self.raw > self.max:
                raise object_error("score raw must not be greater than max", at=("raw",))
        return self


class Result(XAPIModel):
    """A measured outcome of the Statement; every property is optional."""

    score: Score = None
    success: bool = None
    completion: bool = None
    response: str = None
    duration: Duration = None
    extensions: Extensions = None
