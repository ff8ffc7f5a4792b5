"""The login form: a user name and a PIN or password; no e-mail address anywhere."""

import math

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

# The id of the message shown when the user name and PIN do not match, or when attempts are
# throttled: both fields point at it, since the message must not say which of them is wrong.
FORM_ERROR_ID = "login-error"


class LoginForm(forms.Form):
    username = forms.CharField(
        label=_("User name"),
        help_text=_("It is on your login card."),
        max_length=150,
        error_messages={"required": _("Write your user name.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "username",
                # Phones would otherwise capitalise and "correct" the user name.
                "autocapitalize": "none",
                "autocorrect": "off",
                "spellcheck": "false",
                # User names may be written in any script.
                "dir": "auto",
            }
        ),
    )
    # inputmode="numeric" only from a login link (a learner's card, whose PIN is digits): on the
    # plain login page teachers and editors type passwords with letters, and the page cannot know
    # which one is coming before the user name is checked.
    password = forms.CharField(
        label=_("PIN or password"),
        help_text=_("Ask your teacher if you do not know it."),
        strip=False,
        error_messages={"required": _("Write your PIN or password.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, focus_password=False, **kwargs):
        super().__init__(*args, **kwargs)
        if focus_password:
            # From a login link the user name is there already: the PIN is the next thing to type,
            # on a phone's number pad.
            self._focus("password")
            self.fields["password"].widget.attrs["inputmode"] = "numeric"

    def full_clean(self):
        super().full_clean()
        # After a refused form, the cursor waits in the first field to correct; its error is read
        # out with it (aria-describedby).
        first_wrong = next((name for name in self.fields if name in self._errors), None)
        if first_wrong:
            self._focus(first_wrong)

    def refuse(self, outcome):
        """Show why logging in failed, tied to both fields (never saying which one is wrong)."""
        self.add_error(None, _refusal_message(outcome.wait_seconds))
        for name in ("username", "password"):
            attrs = self.fields[name].widget.attrs
            attrs["aria-describedby"] = f"{FORM_ERROR_ID} id_{name}_helptext"
            attrs["aria-invalid"] = "true"
        self._focus("password")

    def _focus(self, name):
        for field_name, field in self.fields.items():
            field.widget.attrs.pop("autofocus", None)
            if field_name == name:
                field.widget.attrs["autofocus"] = True


def _refusal_message(wait_seconds):
    if not wait_seconds:
        return _("The user name or the PIN is wrong. Try again, or ask your teacher for help.")
    minutes = math.ceil(wait_seconds / 60)
    return ngettext(
        "Too many wrong tries. Wait %(minutes)d minute, then try again.",
        "Too many wrong tries. Wait %(minutes)d minutes, then try again.",
        minutes,
    ) % {"minutes": minutes}
