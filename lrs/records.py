"""What the rest of the platform may read of the LRS: its declared interface (DESIGN.md, "Layout").

Other apps learn of new statements through `signals.statements_stored` and read them through the
functions here, never through the LRS's index tables, so the LRS can change how it stores and indexes
statements without the platform noticing.

Which statements are evidence (DESIGN.md, rule 3): the LRS stores every valid statement, whoever
sends it, but only some may credit a learner: those the platform made itself
(`services.record_platform_statements`) and those stored with a credential an administrator has
marked as trusted. `trusted()` and `trusted_rows()` are the one place that says so.
"""

from django.db.models import Exists, OuterRef, Q

from lrs.agents import agent_key
from lrs.models import Credential, Statement, StatementActivity


def trusted():
    """A filter on statements: made by the platform, or stored with a trusted credential.

    A credential's trust is read when the filter runs, so marking a credential trusted (or not) and
    rebuilding the projections changes what its past statements count for.
    """
    return Q(from_platform=True) | Q(credential_id__in=Credential.objects.filter(trusted=True).values("pk"))


def trusted_rows(rows):
    """The stored rows (as the `statements_stored` hook receives them) that `trusted()` keeps; one
    query for the whole batch, none when the platform made them all."""
    credential_ids = {row.credential_id for row in rows if not row.from_platform and row.credential_id}
    trusted_ids = (
        set(Credential.objects.filter(pk__in=credential_ids, trusted=True).values_list("pk", flat=True))
        if credential_ids
        else set()
    )
    return [row for row in rows if row.from_platform or row.credential_id in trusted_ids]


def key_of(agent):
    """The key an agent is known by (the same for an account however its JSON is written)."""
    return agent_key(agent)


def statements_by(actor, *, evidence=False):
    """The unvoided statements in which `actor` is the actor or the object, as a queryset to narrow
    further, order by `stored` (through the agent index: `order_by(*NEWEST_FIRST)` or `OLDEST_FIRST`)
    and page. `evidence` keeps only `trusted()` ones.
    """
    # One filter() call: the agent join is made once and its index (agent, direct, stored) used.
    conditions = {"agents__agent_key": agent_key(actor), "agents__direct": True, "voided": False}
    return (
        Statement.objects.filter(trusted(), **conditions)
        if evidence
        else Statement.objects.filter(**conditions)
    )


OLDEST_FIRST = ("agents__stored", "agents__statement_id")
NEWEST_FIRST = ("-agents__stored", "-agents__statement_id")


def mentioning(statements, activity_id):
    """`statements` narrowed to those that name `activity_id` as object or in their context."""
    mentions = StatementActivity.objects.filter(statement_id=OuterRef("seq"), activity_id=activity_id)
    return statements.filter(Exists(mentions))


def data_of(statement_ids):
    """The JSON of the statements with these ids."""
    return Statement.objects.filter(id__in=statement_ids).values_list("data", flat=True)


def made_about(activity_id, verb_id):
    """The ids of the platform's unvoided statements with this verb and `activity_id` as object."""
    return Statement.objects.filter(
        object_activity_id=activity_id, verb_id=verb_id, from_platform=True, is_voiding=False, voided=False
    ).values_list("id", flat=True)


def credential_names():
    """{credential id: (name, trusted)} of every credential, to say where a statement came from."""
    return {
        pk: (name, is_trusted)
        for pk, name, is_trusted in Credential.objects.values_list("pk", "name", "trusted")
    }


def held_about(actor):
    """Every stored statement that names `actor` anywhere (actor, object, context, a group), voided
    ones included, as (stored, voided, JSON as stored), oldest first: what the LRS holds about a
    person, for their copy of it."""
    return (
        Statement.objects.filter(agents__agent_key=agent_key(actor))
        .distinct()
        .order_by("stored", "seq")
        .values_list("stored", "voided", "data")
    )
