"""Optional machine translation for editors (off unless `MACHINE_TRANSLATOR` is set).

wagtail-localize's DeepL and LibreTranslate translators, wrapped so that a service that is down,
slow or refuses the text gives the editor a clear message instead of an error page, and nothing
is changed. Machine translations only fill strings in the translation editor; they are never
published by the step that made them (`translations.moderation`), so a person reads them first.
"""

import requests
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.views import edit_translation


class MachineTranslationFailed(Exception):
    """The machine translator could not be reached or did not answer with translations."""


def _failing_safely(translate):
    def wrapper(self, source_locale, target_locale, strings):
        try:
            return translate(self, source_locale, target_locale, strings)
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise MachineTranslationFailed(f"{self.display_name}: {error.__class__.__name__}") from error

    return wrapper


class DeepL(DeepLTranslator):
    translate = _failing_safely(DeepLTranslator.translate)


class LibreTranslate(LibreTranslator):
    translate = _failing_safely(LibreTranslator.translate)


def failure_message(error):
    return _(
        "The machine translator did not answer (%(reason)s). Nothing was changed: try again later, "
        "or translate by hand."
    ) % {"reason": error}


def machine_translate(request, translation_id):
    """wagtail-localize's "Translate with machine" with a message, not an error page, on failure."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationFailed as error:
        messages.error(request, failure_message(error))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
