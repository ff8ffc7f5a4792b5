"""Translations go live only through someone who may publish, and never with Danish in them.

wagtail-localize's "Sync translated pages" offers "Publish immediately" to anyone who may submit
translations, and publishes each translation with the Danish of every string not yet translated
("fallback"). Here that view is replaced (same URL, same name) by one that
- refuses to publish for a user who may not publish every translated page (they sync, translate
  the new strings and send the page for moderation, like any change), and
- publishes only the translations that need nothing more; those with new Danish strings stay as
  they are for learners (with a notice that the Danish has changed) until translated.
The translation editor's own "Publish" is held to the same rule (`refuse_incomplete_publish`), and
turning a translated page into an alias of the Danish one needs publish rights, since it puts the
Danish text live under the translation's address. New translations are created as drafts
(`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False` in the settings); "Translate this page" is
refused under a page with no real translation (it would copy the Danish parent there as a live
alias) and, with "include subtree", over pages already translated (it would write Danish into their
live rows). Underneath all of these, `courses.models.SamfundPage.publish` refuses any publish of a
translation with untranslated strings, whoever asks and by whatever way (bulk publish, workflow
approval, scheduled publishing).
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, submit_translations, update_translations
from wagtail_localize.views.edit_translation import apply_machine_translation

from translations import machine
from translations.machine import MachineTranslationFailed


def can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return True  # snippets translated through wagtail-localize have no draft state


def is_complete(translation):
    total, translated = translation.get_progress()
    return translated == total


class SyncForm(update_translations.UpdateTranslationsForm):
    def __init__(self, *args, may_publish=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            del self.fields["publish_translations"]  # the template says why
            return
        self.fields["publish_translations"].help_text = gettext_lazy(
            "Publish the translations that need nothing more. Those with new Danish text stay as "
            "they are for learners until it is translated and published."
        )


class SyncTranslationsView(update_translations.UpdateTranslationsView):
    template_name = "translations/sync_translations.html"

    def translations(self):
        return list(self.object.translations.filter(enabled=True).select_related("target_locale"))

    def may_publish(self):
        user = self.request.user
        return all(
            can_publish(user, translation.get_target_instance()) for translation in self.translations()
        )

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return SyncForm(data, may_publish=self.may_publish())

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "may_publish": self.may_publish()}

    @transaction.atomic
    def form_valid(self, form):
        # Without publish rights the form has no such field: a posted value is ignored.
        publish = form.cleaned_data.get("publish_translations", False)
        self.object.update_from_db()
        translations = self.translations()
        if form.cleaned_data.get("use_machine_translation"):
            # Machine translations are read by a person before anyone publishes them.
            publish = False
            translator = get_machine_translator()
            try:
                for translation in translations:
                    apply_machine_translation(translation.id, self.request.user, translator)
            except MachineTranslationFailed as error:
                messages.error(self.request, machine.failure_message(error))
            else:
                messages.info(
                    self.request,
                    _(
                        "Machine translations were filled in. Read them in the translation editor "
                        "before the pages are published: they are not published by this sync."
                    ),
                )
        waiting = []
        for translation in translations:
            if publish and is_complete(translation):
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=self.request.user, publish=True)
                continue
            if publish:
                waiting.append(translation.target_locale.get_display_name())
            with contextlib.suppress(ValidationError):
                translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        if waiting:
            messages.warning(
                self.request,
                _(
                    "Not published in %(languages)s: the new Danish text is still to be translated "
                    "there. Learners keep the previous translation until then."
                )
                % {"languages": ", ".join(waiting)},
            )
        return redirect(self.get_success_url() or self.get_default_success_url())


def refuse_incomplete_publish(request, page):
    """`before_edit_page`: the translation editor's "Publish" only for a complete translation (a
    user without publish rights is refused by wagtail-localize itself)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None or is_complete(translation):
        return None
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    messages.error(
        request,
        _(
            "Translate every string before publishing: learners would otherwise read Danish in "
            "the middle of the page."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """ "Translate this page", refused where wagtail-localize would put Danish live in another
    language: under a page that has no real translation there (it would copy the Danish parent as a
    live alias), and "include subtree" over pages already translated (it would save each with Danish
    for its new strings straight into the live page's row)."""

    def post(self, request, **kwargs):
        form = self.get_form()
        if form.is_valid() and self.components.is_valid():
            refusal = self.refusal(form.cleaned_data["locales"], form.cleaned_data.get("include_subtree"))
            if refusal is None:
                return self.form_valid(form)
            messages.error(request, refusal)
        return self.render_to_response(self.get_context_data(**kwargs))

    def refusal(self, locales, include_subtree):
        page = self.object
        parent = page.get_parent()
        if parent.depth > 1:
            missing = [
                locale.get_display_name()
                for locale in locales
                if not Page.objects.filter(
                    translation_key=parent.translation_key, locale=locale, alias_of__isnull=True
                ).exists()
            ]
            if missing:
                return _(
                    "First translate “%(title)s”, the page above this one, into %(languages)s. "
                    "Otherwise the Danish page would be put there as it is, live."
                ) % {"title": parent.get_admin_display_title(), "languages": ", ".join(missing)}
        if include_subtree:
            keys = page.get_descendants().values("translation_key")
            translated = {
                locale.get_display_name()
                for locale in locales
                if Page.objects.filter(translation_key__in=keys, locale=locale).exists()
            }
            if translated:
                return _(
                    "Some pages below this one are already translated into %(languages)s. Translate "
                    "the new pages one at a time, and sync the translated ones, so that no Danish text "
                    "reaches a live translated page."
                ) % {"languages": ", ".join(sorted(translated))}
        return None
