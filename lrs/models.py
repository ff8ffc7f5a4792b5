"""The Learning Record Store's tables: statements and their indexes, documents, credentials.

A standalone app (it imports nothing from the rest of the platform): statements are kept as the
JSON the LRS stored (the client's statement plus the properties the LRS sets), next to indexed
columns for what xAPI queries filter on. Agents and activities a statement mentions go into two
small index tables, so "related_agents" and "related_activities" queries are index lookups on
PostgreSQL and SQLite alike.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Credential(models.Model):
    """An xAPI client's key and secret, with the scopes it was issued with.

    The secret is stored hashed (Django's password hasher); `lrs.auth` keeps recently verified
    secrets in memory so a Basic header does not cost a slow hash on every request.
    """

    SCOPES = (
        "all",
        "all/read",
        "statements/write",
        "statements/read",
        "statements/read/mine",
        "state",
        "define",
        "profile",
    )

    name = models.CharField(_("name"), max_length=120)
    key = models.CharField(_("key"), max_length=80, unique=True)
    secret_hash = models.CharField(_("secret (hashed)"), max_length=256, editable=False)
    scopes = models.JSONField(_("scopes"), default=list)
    organisation = models.CharField(
        _("organisation"),
        max_length=160,
        blank=True,
        help_text=_(
            "Whose client this is. Its statements, documents and attachments belong to this "
            "organisation, and readers with statements/read see their organisation's statements."
        ),
    )
    all_organisations = models.BooleanField(
        _("reads every organisation"),
        default=False,
        help_text=_(
            "Readers with statements/read see the statements of every organisation, the platform's "
            "own included, not only their organisation's. Give this only to the platform's operator."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    trusted = models.BooleanField(
        _("trusted for progress"),
        default=False,
        help_text=_(
            "Statements stored with this credential may credit learners' hours and completions, "
            "such as those of a municipality's attendance system. Statements of other clients are "
            "stored and shown, but credit nothing."
        ),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("LRS credential")
        verbose_name_plural = _("LRS credentials")

    def __str__(self):
        return f"{self.name} ({self.key})"

    def clean(self):
        from django.core.exceptions import ValidationError

        if not self.organisation and not self.all_organisations:
            raise ValidationError(
                {
                    "organisation": _(
                        'Name the organisation this client belongs to, or choose "reads every '
                        "organisation\" for a credential that may see everyone's statements."
                    )
                }
            )


# Identifiers (IRIs, agent keys) are matched exactly, never sorted for people: their columns compare
# bytes, not the database's language rules. Besides being the right comparison for an identifier, this
# makes each index entry cheaper to insert (PostgreSQL compares with memcmp instead of strcoll; in the
# ingestion profile its three COPYs of a batch took about 15 % less time). The collation is called
# "binary" because that is SQLite's name for bytewise comparison; migration 0008 creates it on
# PostgreSQL.
BYTEWISE = "binary"


class Statement(models.Model):
    """One stored statement. Immutable once stored, except for being voided."""

    seq = models.BigAutoField(primary_key=True)
    # Unique within an organisation (see Meta): an id another organisation has used is not
    # revealed to a client by a conflict; each organisation has its own statements.
    id = models.UUIDField()
    stored = models.DateTimeField()
    data = models.JSONField()
    version = models.CharField(max_length=16)
    # Indexed with `stored` below (the verb filter reads the latest first); no index of its own.
    verb_id = models.CharField(max_length=512, db_collation=BYTEWISE)
    object_activity_id = models.CharField(max_length=512, blank=True, db_collation=BYTEWISE)
    object_statement_id = models.UUIDField(null=True)
    registration = models.UUIDField(null=True, db_index=True)
    is_voiding = models.BooleanField(default=False)
    voided = models.BooleanField(default=False)
    # The index rows below and this credential are written by the LRS alone, in the transaction that
    # stores the statement; statements are never deleted, and a deleted credential is set to NULL by
    # Django. So the database does not check these references: its checks ran once for every index
    # row at commit and cost more than writing the rows.
    credential = models.ForeignKey(
        Credential, null=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )
    organisation = models.CharField(max_length=160, blank=True)
    has_attachments = models.BooleanField(default=False)
    # Written by the platform itself (its services, under its own authority), not by a client. With
    # the credential, this is who made the statement: who may void it, and whether it is evidence.
    from_platform = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["id", "organisation"], name="lrs_statement_id_per_organisation")
        ]
        indexes = [
            # Pages are ordered by (stored, seq); every filter below walks its index in that order.
            models.Index(fields=["stored", "seq"], name="lrs_statement_stored"),
            models.Index(fields=["verb_id", "stored"], name="lrs_statement_verb"),
            models.Index(fields=["object_activity_id", "stored"], name="lrs_statement_activity"),
            # Statements that target another statement are few; only they are indexed.
            models.Index(
                fields=["object_statement_id"],
                name="lrs_statement_ref",
                condition=models.Q(object_statement_id__isnull=False),
            ),
        ]

    def __str__(self):
        return str(self.id)


class StatementAgent(models.Model):
    """An agent a statement mentions: `direct` for actor and object (the "agent" filter), the
    others (authority, instructor, team, group members, sub-statement agents) for "related_agents".
    """

    # No index of its own: the lookup index below starts with the agent and covers the statement.
    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="agents", db_index=False, db_constraint=False
    )
    agent_key = models.CharField(max_length=512, db_collation=BYTEWISE)
    direct = models.BooleanField()
    # The statement's `stored`, copied so that one agent's latest statements are read from this
    # index in order (25 index entries), instead of fetching all of them to sort.
    stored = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["agent_key", "direct", "stored", "statement"], name="lrs_agent_timeline")
        ]

    def __str__(self):
        return self.agent_key


class StatementActivity(models.Model):
    """An activity a statement mentions: `direct` for its object (the "activity" filter), the
    others (context activities, sub-statement activities) for "related_activities".
    """

    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="activities", db_index=False, db_constraint=False
    )
    activity_id = models.CharField(max_length=512, db_collation=BYTEWISE)
    direct = models.BooleanField()

    class Meta:
        indexes = [models.Index(fields=["activity_id", "statement", "direct"], name="lrs_activity_lookup")]

    def __str__(self):
        return self.activity_id


class Attachment(models.Model):
    """Attachment content received in a multipart request, addressed by its SHA-2 hash within the
    organisation that sent it: knowing a hash does not fetch another organisation's content."""

    sha2 = models.CharField(max_length=128)
    organisation = models.CharField(max_length=160, blank=True)
    content_type = models.CharField(max_length=255)
    content = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["sha2", "organisation"], name="lrs_attachment_per_organisation")
        ]

    def __str__(self):
        return self.sha2


class Activity(models.Model):
    """The LRS's canonical definition of an activity, for the Activities resource."""

    activity_id = models.CharField(max_length=512, unique=True)
    definition = models.JSONField(default=dict)
    updated = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.activity_id


class Document(models.Model):
    """A State, Activity Profile or Agent Profile document, with its ETag for concurrency control."""

    class Kind(models.TextChoices):
        STATE = "state"
        ACTIVITY_PROFILE = "activity_profile"
        AGENT_PROFILE = "agent_profile"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    # Whose document this is: the organisation of the client that wrote it ("" for the platform's
    # own). Each organisation has its own documents at the same address.
    organisation = models.CharField(max_length=160, blank=True)
    document_id = models.CharField(max_length=512)
    activity_id = models.CharField(max_length=512, blank=True)
    agent_key = models.CharField(max_length=512, blank=True)
    registration = models.UUIDField(null=True)
    content = models.BinaryField()
    content_type = models.CharField(max_length=255)
    etag = models.CharField(max_length=64)
    updated = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kind", "activity_id", "agent_key", "document_id"],
                condition=models.Q(registration__isnull=True),
                name="lrs_document_unique_without_registration",
            ),
            models.UniqueConstraint(
                fields=["organisation", "kind", "activity_id", "agent_key", "registration", "document_id"],
                name="lrs_document_unique",
            ),
        ]
        indexes = [
            models.Index(
                fields=["organisation", "kind", "activity_id", "agent_key", "updated"],
                name="lrs_document_list",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.document_id}"


class ForwardingTarget(models.Model):
    """An external LRS that receives a copy of the statements stored here (DESIGN.md rule 4).

    `username` and `password` are OUR credentials for THEIR LRS, issued to us by its operator and
    sent in every request's Basic header; that is why they are stored as given, not hashed (unlike
    `Credential.secret_hash`, which only has to verify secrets). The filters narrow what is sent:
    blank means every statement.
    """

    class Version(models.TextChoices):
        V1_0_3 = "1.0.3", "xAPI 1.0.3"
        V2_0_0 = "2.0.0", "xAPI 2.0.0"

    name = models.CharField(_("name"), max_length=120)
    endpoint = models.URLField(
        _("endpoint"),
        max_length=500,
        help_text=_(
            "The LRS's xAPI base URL, the one its statements resource hangs off, e.g. https://lrs.example.dk/xapi/"
        ),
    )
    username = models.CharField(_("username (key)"), max_length=200)
    password = models.CharField(
        _("password (secret)"),
        max_length=200,
        help_text=_("The secret their LRS issued to us. Stored as given: we must send it."),
    )
    version = models.CharField(
        _("xAPI version"),
        max_length=8,
        choices=Version.choices,
        default=Version.V1_0_3,
        help_text=_("The version header sent. A 1.0.3 LRS refuses statements that use xAPI 2.0 properties."),
    )
    verb_id = models.CharField(
        _("only this verb"), max_length=512, blank=True, help_text=_("A verb IRI. Blank: every verb.")
    )
    activity_id_prefix = models.CharField(
        _("only activities starting with"),
        max_length=512,
        blank=True,
        help_text=_("Statements whose object is an activity whose id starts with this. Blank: every object."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("An inactive target gets no new statements; those already waiting stay pending."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("forwarding target")
        verbose_name_plural = _("forwarding targets")

    def __str__(self):
        return self.name

    def matches(self, verb_id, object_activity_id):
        """Whether a statement with this verb and object activity id is forwarded here."""
        if self.verb_id and verb_id != self.verb_id:
            return False
        return not self.activity_id_prefix or object_activity_id.startswith(self.activity_id_prefix)


class OutboxEntry(models.Model):
    """One statement owed to one forwarding target: the outbox that makes forwarding reliable.

    Written in the transaction that stores the statement, so a stored statement is never forgotten
    and a rolled-back one is never sent. Workers claim `pending` rows by switching them to `sending`
    in one conditional UPDATE (`lrs.forwarding.claim_batch`), so two workers never send the same row;
    a row whose worker vanished is released by the sweeper. `dead` rows were refused by the target
    for a reason a retry will not fix; `last_error` says which, and an admin can retry them, or
    discard them (kept, never sent).
    """

    class State(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("sending")
        DELIVERED = "delivered", _("delivered")
        DEAD = "dead", _("dead")
        DISCARDED = "discarded", _("discarded")

    target = models.ForeignKey(ForwardingTarget, on_delete=models.CASCADE, related_name="outbox")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("outbox entry")
        verbose_name_plural = _("outbox entries")
        constraints = [models.UniqueConstraint(fields=["target", "statement"], name="lrs_outbox_once")]
        indexes = [
            # Partial indexes: they hold only the few rows in flight, however many were delivered.
            models.Index(
                fields=["target", "next_attempt_at"],
                condition=models.Q(state="pending"),
                name="lrs_outbox_due",
            ),
            models.Index(
                fields=["claimed_at"], condition=models.Q(state="sending"), name="lrs_outbox_claimed"
            ),
            models.Index(fields=["target", "state"], name="lrs_outbox_counts"),
            # What the sweeper prunes: delivered rows past LRS_FORWARD_KEEP_DELIVERED_DAYS.
            models.Index(
                fields=["delivered_at"], condition=models.Q(state="delivered"), name="lrs_outbox_delivered"
            ),
        ]

    def __str__(self):
        return f"{self.statement_id} -> {self.target_id} ({self.state})"
