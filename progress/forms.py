"""The teachers' forms. Errors are field errors in the teacher's language."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class ClassroomSessionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
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

    def __init__(self, *args, learner_class, modules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = learner_class.learners.filter(role=User.Role.LEARNER).order_by(
            "first_name", "username"
        )
        self.fields["attendees"].label_from_instance = lambda user: user.get_full_name() or user.username
        self.fields["module"].choices = [("", _("No particular module"))] + [
            (str(module.translation_key), module.title) for module in modules
        ]
        self.fields["date"].initial = timezone.localdate()

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The session cannot be in the future."))
        return date


class AssignmentForm(forms.Form):
    module = forms.ChoiceField(label=_("Module"))
    due_date = forms.DateField(label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, modules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].choices = [(str(module.translation_key), module.title) for module in modules]

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due_date
