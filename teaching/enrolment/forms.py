"""The enrolment forms: add or edit a learner, upload a class's CSV file.

Fields are checked by the same functions as the CSV import (`teaching.enrolment.checks`), so a
date or a language is understood, and refused, the same way in both.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from progress import standing
from teaching.enrolment import checks
from teaching.enrolment.csv_files import MAX_CSV_BYTES


class LearnerForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        help_text=_("First name and last name, as on the learner's papers."),
        max_length=checks.NAME_MAX_LENGTH,
        error_messages={"required": _("Write the learner's name.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
    )
    start_date = forms.CharField(
        label=_("Programme start date"),
        help_text=_("The date the learner's deadline runs from, for example the date of arrival."),
        error_messages={"required": _("Write the programme start date.")},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        help_text=_("The learner studies in this language and gets their login card in it."),
        error_messages={"required": _("Choose the learner's language.")},
    )
    email = forms.CharField(
        label=_("E-mail (optional)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off", "dir": "ltr"}),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=32,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off", "dir": "ltr"}),
    )
    reference = forms.CharField(
        label=_("Reference (optional)"),
        help_text=_("The learner's number in your school's or the municipality's own system."),
        required=False,
        max_length=64,
    )

    def __init__(self, *args, learner_class, learner=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.learner_class = learner_class
        self.learner = learner
        self.fields["language"].choices = [("", _("Choose a language"))] + checks.language_choices()
        # The course says which date the deadline runs from: the takeover, arrival or residence permit.
        self.fields["start_date"].label = standing.start_date_label(standing.danish_course())
        self.fields["start_date"].help_text = _("The learner's deadline runs from this date.")

    @staticmethod
    def initial_for(learner):
        return {
            "name": learner.get_full_name(),
            "start_date": standing.start_date(learner, standing.danish_course()),
            "language": learner.preferred_language,
            "email": learner.email,
            "phone": learner.phone,
            "reference": learner.external_reference,
        }

    def clean_name(self):
        return checks.clean_name(self.cleaned_data["name"])

    def clean_start_date(self):
        return checks.clean_start_date(self.cleaned_data["start_date"])

    def clean_email(self):
        return checks.clean_email(self.cleaned_data["email"])

    def clean_phone(self):
        return checks.clean_phone(self.cleaned_data["phone"])

    def clean_reference(self):
        return checks.clean_reference(self.cleaned_data["reference"])

    def clean(self):
        data = super().clean()
        if "name" in data and "start_date" in data:
            duplicate = checks.already_in_class(
                self.learner_class, data["name"], data["start_date"], data.get("reference", ""), self.learner
            )
            if duplicate:
                raise ValidationError(duplicate)
        return data


class LearnersFileForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or Excel file"),
        help_text=_(
            "One learner a line (in Excel, the first sheet). The first line names the columns: name, "
            "start date, language; optionally email, phone and reference. Danish column names work too."
        ),
        error_messages={
            "required": _("Choose the CSV or Excel file to upload."),
            "empty": _("The file is empty."),
        },
        widget=forms.FileInput(
            attrs={
                "accept": ".csv,.txt,.xlsx,text/csv,text/plain,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_CSV_BYTES:
            raise ValidationError(
                _("The file is larger than %(size)d MB. Split it into smaller files."),
                params={"size": MAX_CSV_BYTES // (1024 * 1024)},
            )
        return uploaded
