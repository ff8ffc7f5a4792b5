"""Which stored statements the rest of the platform may act on (DESIGN.md, rule 3).

The LRS stores every valid statement, whoever sends it. Only some are evidence: those the platform
made itself (`services.record_platform_statements`) and those stored with a credential an
administrator has marked as trusted. This module is the one place that says so; the platform's
projections read statements through `trusted()` and nothing else decides.
"""

from django.db.models import Q

from lrs.models import Credential


def trusted():
    """A filter on `Statement`: made by the platform, or stored with a trusted credential.

    A credential's trust is read when the filter runs, so marking a credential trusted (or not) and
    rebuilding the projections changes what its past statements count for.
    """
    return Q(from_platform=True) | Q(credential_id__in=Credential.objects.filter(trusted=True).values("pk"))


def is_trusted(row):
    """`trusted()` for one stored row (as the `statements_stored` hook receives them)."""
    if row.from_platform:
        return True
    return (
        row.credential_id is not None
        and Credential.objects.filter(pk=row.credential_id, trusted=True).exists()
    )
