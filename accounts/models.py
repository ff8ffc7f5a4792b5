"""Users, their roles, and the organisations they belong to."""

import base64
import uuid

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    """A municipality (kommune): the body responsible for a newcomer's introduction programme.

    Coordinators see every site of their municipality. Not translated: it is a proper name.
    """

    name = models.CharField(_("name"), max_length=120, unique=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class LearningSite(models.Model):
    """A place where learners study with a teacher: a language school, a library, a workplace.

    Teachers belong to sites and see only their sites' learners. Not translated: a proper name.
    """

    class Kind(models.TextChoices):
        LANGUAGE_SCHOOL = "language_school", _("Language school")
        LIBRARY = "library", _("Library")
        WORKPLACE = "workplace", _("Workplace")
        COMMUNITY_CENTRE = "community_centre", _("Community centre")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="sites", verbose_name=_("municipality")
    )
    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)

    class Meta:
        verbose_name = _("learning site")
        verbose_name_plural = _("learning sites")
        ordering = ["municipality__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="unique_site_name_per_municipality")
        ]

    def __str__(self):
        return self.name


class User(AbstractUser):
    """Anyone who logs in. Learners log in with a user name and PIN; e-mail is optional.

    `pseudonym` is the learner's identity towards the Learning Record Store: statements carry
    `{"homePage": XAPI_ACCOUNT_HOMEPAGE, "name": pseudonym}` and never a name or an e-mail address.
    """

    class Role(models.TextChoices):
        LEARNER = "learner", _("Learner")
        TEACHER = "teacher", _("Teacher")
        COORDINATOR = "coordinator", _("Coordinator")
        EDITOR = "editor", _("Editor")

    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.LEARNER)
    pseudonym = models.UUIDField(_("pseudonym"), default=uuid.uuid4, unique=True, editable=False)
    # No `choices`: the offered languages are a deployment setting, validated by the forms.
    preferred_language = models.CharField(_("preferred language"), max_length=12, default="da")
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("municipality"),
    )
    sites = models.ManyToManyField(LearningSite, blank=True, related_name="users", verbose_name=_("sites"))
    # A learner's dates; the course's "deadline runs from" setting says which one the deadline runs
    # from (progress.standing.start_date). The programme starts when the municipality takes over.
    programme_start = models.DateField(
        _("date the municipality took over responsibility"), null=True, blank=True
    )
    arrival_date = models.DateField(_("arrival date"), null=True, blank=True)
    residence_permit_date = models.DateField(_("residence permit date"), null=True, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    # The learner's number in the school's or the municipality's own system, for matching imports.
    external_reference = models.CharField(_("external reference"), max_length=64, blank=True)
    # See `set_card_pin`: the PIN printed on the learner's login card, encrypted.
    card_pin_encrypted = models.TextField(_("login card PIN (encrypted)"), blank=True, editable=False)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    @property
    def is_learner(self):
        return self.role == self.Role.LEARNER

    def set_card_pin(self, pin):
        """Make `pin` the learner's PIN, and keep an encrypted copy to print on their login card.

        Why a copy at all: a printed card gets lost, and the teacher must be able to reprint it
        without changing the PIN the learner has learnt. The copy adds little risk: a 6-digit PIN's
        hash is no protection anyway (a million guesses undo it offline), the login throttle is
        what protects a PIN, and the copy is encrypted with Fernet under a key derived from
        SECRET_KEY, so a leaked database alone does not reveal it. It is never shown except on a
        login card, to the learner's own teachers. A password set any other way (the admin, a
        changed PIN) drops the copy: a card never shows a PIN that no longer works.
        """
        self.set_password(pin)
        self.card_pin_encrypted = _card_pin_cipher().encrypt(pin.encode()).decode()

    @property
    def card_pin(self):
        """The PIN to print on the login card; "" when there is none (or SECRET_KEY changed)."""
        if not self.card_pin_encrypted:
            return ""
        try:
            return _card_pin_cipher().decrypt(self.card_pin_encrypted.encode()).decode()
        except InvalidToken:
            return ""

    def set_password(self, raw_password):
        super().set_password(raw_password)
        # Django re-hashes the same password when its hasher changes: that keeps the card's PIN.
        if self.card_pin_encrypted and self.card_pin != raw_password:
            self.card_pin_encrypted = ""

    def xapi_actor(self):
        """The learner as an xAPI account Agent: pseudonymous, the same in every language."""
        return {
            "objectType": "Agent",
            "account": {"homePage": settings.XAPI_ACCOUNT_HOMEPAGE, "name": str(self.pseudonym)},
        }


# The roles a coordinator gives staff (invitations, the staff pages).
STAFF_ROLE_CHOICES = [
    (User.Role.TEACHER, User.Role.TEACHER.label),
    (User.Role.COORDINATOR, User.Role.COORDINATOR.label),
]


def _card_pin_cipher():
    """Fernet keys derived from SECRET_KEY (and its fallbacks, so a key rotation keeps the cards)."""
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    keys = [salted_hmac("accounts.User.card_pin", "fernet", secret, algorithm="sha256") for secret in secrets]
    return MultiFernet([Fernet(base64.urlsafe_b64encode(key.digest())) for key in keys])


class Invitation(models.Model):
    """An invitation to join as a teacher or a coordinator, with the role and sites already chosen.

    Whoever invites never sets a password: the invited person opens the link, chooses a user name
    and a password, and gets the role and sites written here. The link carries a random token of
    which only a hash is kept, so a leaked database holds no working link; an invitation works
    once, until `expires_at`, and not after it is withdrawn (`accounts.invitations`).
    """

    class State(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        ACCEPTED = "accepted", _("Accepted")
        EXPIRED = "expired", _("Expired")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    role = models.CharField(_("role"), max_length=16, choices=STAFF_ROLE_CHOICES)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="invitations", verbose_name=_("municipality")
    )
    sites = models.ManyToManyField(
        LearningSite, blank=True, related_name="invitations", verbose_name=_("sites")
    )
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    # The language of the e-mail and of the page the link opens.
    language = models.CharField(_("language"), max_length=12, default="da")
    invited_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_sent",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.OneToOneField(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitation",
        verbose_name=_("account made"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        who = " ".join(part for part in (self.first_name, self.last_name) if part) or self.email
        return who or str(_("Invitation %(number)s") % {"number": self.pk})

    def state(self, now=None):
        from django.utils import timezone

        if self.accepted_at:
            return self.State.ACCEPTED
        if self.withdrawn_at:
            return self.State.WITHDRAWN
        if self.expires_at <= (now or timezone.now()):
            return self.State.EXPIRED
        return self.State.WAITING

    def get_state_display(self):
        return self.state().label
