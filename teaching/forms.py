"""The teachers' forms. Errors are field errors in the teacher's language."""

from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from accounts.models import STAFF_ROLE_CHOICES, LearningSite, User
from teaching.models import LearnerClass
from teaching.services import same_session


def date_input():
    """A date picker: the browser shows it in the user's language, the value is always ISO 8601
    (a localised value, such as Danish 07.12.2026, leaves `type="date"` blank)."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


ISO_DATE = ["%Y-%m-%d"]


class ClassroomSessionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=date_input(), input_formats=ISO_DATE)
    minutes = forms.IntegerField(
        label=_("Duration in minutes"),
        min_value=15,
        max_value=480,
        widget=forms.NumberInput(attrs={"step": 15}),
    )
    module = forms.ChoiceField(label=_("Module"), required=False)
    topic = forms.CharField(label=_("Topic"), max_length=200, required=False)
    attendees = forms.ModelMultipleChoiceField(
        label=_("Who attended"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one learner who attended.")},
    )
    confirm_duplicate = forms.BooleanField(
        label=_("Yes, this is another session on the same day and topic: record it as well"),
        required=False,
        widget=forms.HiddenInput,
    )

    def __init__(self, *args, learner_class, modules, session=None, **kwargs):
        self.learner_class, self.session = learner_class, session
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = learner_class.learners.filter(role=User.Role.LEARNER).order_by(
            "first_name", "username"
        )
        self.fields["attendees"].label_from_instance = lambda user: user.get_full_name() or user.username
        self.fields["module"].choices = [("", _("No particular module"))] + [
            (str(module.translation_key), module.title) for module in modules
        ]
        if session is None:
            self.fields["date"].initial = timezone.localdate()
        else:
            self.initial.update(
                date=session.date,
                minutes=session.minutes,
                module=str(session.module_key) if session.module_key else "",
                topic=session.topic,
                attendees=list(session.attendees.all()),
            )

    def clean(self):
        """Recording what is already recorded (the same class, date and topic) asks first."""
        cleaned = super().clean()
        date, topic = cleaned.get("date"), cleaned.get("topic", "")
        if date is None or cleaned.get("confirm_duplicate"):
            return cleaned
        if same_session(self.learner_class, date, topic, exclude=self.session) is not None:
            self.fields["confirm_duplicate"].widget = forms.CheckboxInput()
            raise forms.ValidationError(
                _(
                    "A session of this class on this date with this topic is already recorded. "
                    "Recording it again gives its learners the hours twice."
                ),
                code="duplicate",
            )
        return cleaned

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The session cannot be in the future."))
        return date


class AssignmentForm(forms.Form):
    module = forms.ChoiceField(label=_("Module"))
    due_date = forms.DateField(label=_("Due date"), widget=date_input(), input_formats=ISO_DATE)

    def __init__(self, *args, modules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].choices = [(str(module.translation_key), module.title) for module in modules]

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due_date


class ClassForm(forms.ModelForm):
    """A class: its name, site, teachers, language of instruction and dates."""

    class Meta:
        model = LearnerClass
        fields = ["name", "site", "teachers", "language", "starts_on", "ends_on"]
        widgets = {
            "teachers": forms.CheckboxSelectMultiple,
            "starts_on": date_input(),
            "ends_on": date_input(),
        }
        error_messages = {"name": {"required": _("Give the class a name, e.g. “Hold 3 tirsdag”.")}}

    def __init__(self, *args, user, **kwargs):
        from teaching import organisation

        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = organisation.sites_for_classes(user)
        self.fields["site"].empty_label = None
        self.fields["teachers"].queryset = organisation.teachers_for(user)
        self.fields["teachers"].label_from_instance = lambda person: person.get_full_name() or person.username
        self.fields["teachers"].required = False
        self.fields["language"] = forms.ChoiceField(
            label=_("Language of instruction"), choices=settings.LANGUAGES, initial=settings.LANGUAGE_CODE
        )
        for name in ("starts_on", "ends_on"):
            self.fields[name].input_formats = ISO_DATE
        if not self.instance.pk and user.role == User.Role.TEACHER:
            self.fields["teachers"].initial = [user.pk]

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The last day comes before the first day."))
        site, name = data.get("site"), data.get("name")
        if site and name:
            same = LearnerClass.objects.filter(site=site, name__iexact=name.strip()).exclude(
                pk=self.instance.pk
            )
            if same.exists():
                self.add_error("name", _("This site already has a class with that name."))
        return data


class SiteForm(forms.ModelForm):
    class Meta:
        model = LearningSite
        fields = ["name", "kind"]
        error_messages = {"name": {"required": _("Give the site its name, e.g. “Sprogcenter Vejle”.")}}

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        same = LearningSite.objects.filter(municipality_id=self.instance.municipality_id, name__iexact=name)
        if same.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Your municipality already has a site with that name."))
        return name


def sites_field():
    """Sites to tick; the form's __init__ narrows them to those its user keeps."""
    return forms.ModelMultipleChoiceField(
        label=_("Sites"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )


class InviteForm(forms.Form):
    """Whom to invite, as what, and where: the invited person sets their own user name and password."""

    role = forms.ChoiceField(
        label=_("Role"),
        choices=STAFF_ROLE_CHOICES,
        initial=User.Role.TEACHER,
        widget=forms.RadioSelect,
        help_text=_("Teachers see the learners of their sites; coordinators see the whole municipality."),
    )
    municipality = forms.ModelChoiceField(label=_("Municipality"), queryset=None, empty_label=None)
    sites = sites_field()
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("The link is sent here. Without an address, print the link or pass it on yourself."),
    )
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)

    def __init__(self, *args, user, **kwargs):
        from teaching import organisation, people

        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = people.municipalities_for(user)
        if not user.is_superuser:
            self.fields["municipality"].widget = forms.HiddenInput()
            self.fields["municipality"].initial = user.municipality_id
        self.fields["sites"].queryset = organisation.sites_for_classes(user)
        # The language the coordinator is working in, which the invited colleague most likely reads.
        current = translation.get_language()
        self.fields["language"].initial = (
            current if current in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        )
        for name in ("first_name", "last_name", "email"):
            self.fields[name].widget.attrs["dir"] = "auto"

    def clean(self):
        data = super().clean()
        municipality, sites = data.get("municipality"), data.get("sites") or []
        if municipality and any(site.municipality_id != municipality.pk for site in sites):
            self.add_error("sites", _("Choose sites of the municipality only."))
        if data.get("role") == User.Role.TEACHER and not sites and "sites" not in self.errors:
            self.add_error(
                "sites", _("A teacher sees only the learners of their sites: choose at least one.")
            )
        email = data.get("email")
        if email:
            from accounts.models import Invitation

            if User.objects.filter(email__iexact=email, is_active=True).exists():
                self.add_error("email", _("Someone has an account with this address already."))
            else:
                waiting = [
                    invitation
                    for invitation in Invitation.objects.filter(email__iexact=email, accepted_at__isnull=True)
                    if invitation.state() == Invitation.State.WAITING
                ]
                if waiting:
                    self.add_error(
                        "email", _("This address has an invitation waiting already: send a new link from it.")
                    )
        return data


class StaffForm(forms.Form):
    """A teacher's or coordinator's role, sites and access, as their coordinator keeps them."""

    role = forms.ChoiceField(
        label=_("Role"),
        choices=STAFF_ROLE_CHOICES,
        widget=forms.RadioSelect,
    )
    sites = sites_field()
    active = forms.BooleanField(
        label=_("May log in"),
        required=False,
        help_text=_("Take this away when someone leaves: their account and what they recorded are kept."),
    )

    def __init__(self, *args, user, person, **kwargs):
        from teaching import organisation

        super().__init__(*args, **kwargs)
        self.fields["sites"].queryset = organisation.sites_for_classes(user)
        if person.pk == user.pk:
            # Nobody changes their own role or access: a coordinator cannot lock themselves out.
            del self.fields["role"]
            del self.fields["active"]
