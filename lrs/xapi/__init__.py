"""Validation of xAPI statements against xAPI 1.0.3 and xAPI 2.0.0 (IEEE 9274.1.1).

    from lrs.xapi import validate_statement, XAPIValidationError, SUPPORTED_VERSIONS

The models are shaped like the specification, one module per spec object; validate_statement returns
the statement as received (a copy of its top level) or raises XAPIValidationError with a JSON path and
the rule.
"""

from lrs.xapi.errors import XAPIValidationError
from lrs.xapi.validation import SUPPORTED_VERSIONS, negotiate_version, validate_statement

__all__ = ["SUPPORTED_VERSIONS", "XAPIValidationError", "negotiate_version", "validate_statement"]
