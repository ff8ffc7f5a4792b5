"""A Wagtail admin form that edits every language of a django-parler model side by side."""

from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel as Panel
from wagtail.admin.panels import FieldRowPanel, MultiFieldPanel


class SideBySideTranslationsForm(WagtailAdminModelForm):
    """Shows `<field>_<language>` inputs for every translated field and saves them as parler
    translations. A language whose inputs are all left empty has no translation (and loses the
    one it had); the default language is required.
    """

    translated_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for translation in self.instance.translations.all():
                for name in self.translated_fields:
                    self.initial[form_field_name(name, translation.language_code)] = getattr(
                        translation, name
                    )

    def clean(self):
        cleaned_data = super().clean()
        for code, _name in settings.LANGUAGES:
            values = [cleaned_data.get(form_field_name(name, code)) for name in self.translated_fields]
            if any(values) and not all(values):
                for name, value in zip(self.translated_fields, values, strict=True):
                    if not value:
                        self.add_error(
                            form_field_name(name, code), _("Fill in every field of this language.")
                        )
        return cleaned_data

    def save(self, commit=True):
        instance = super().save(commit=False)
        self._languages_to_delete = []
        for code, _name in settings.LANGUAGES:
            values = {
                name: self.cleaned_data.get(form_field_name(name, code)) for name in self.translated_fields
            }
            if all(values.values()):
                instance.set_current_language(code)
                for name, value in values.items():
                    setattr(instance, name, value)
            else:
                self._languages_to_delete.append(code)
        instance.set_current_language(settings.LANGUAGE_CODE)
        if commit:
            instance.save()  # parler saves the cached translations with the row
            self._save_m2m()
        return instance

    def _save_m2m(self):
        super()._save_m2m()
        self.instance.translations.filter(language_code__in=self._languages_to_delete).delete()


def form_field_name(name, language_code):
    return f"{name}_{language_code.replace('-', '_')}"


def side_by_side_form(model, field_names):
    """A `SideBySideTranslationsForm` subclass for `model` with a field per (field, language)."""
    translations_model = model._parler_meta.root_model
    attrs = {"translated_fields": tuple(field_names)}
    for name in field_names:
        model_field = translations_model._meta.get_field(name)
        for code, _name in settings.LANGUAGES:
            info = get_language_info(code)
            form_field = model_field.formfield(required=code == settings.LANGUAGE_CODE)
            form_field.label = f"{model_field.verbose_name} · {info['name_local']}"
            form_field.widget.attrs.update(lang=code, dir="rtl" if info["bidi"] else "ltr")
            attrs[form_field_name(name, code)] = form_field
    return type(f"{model.__name__}TranslationsForm", (SideBySideTranslationsForm,), attrs)


def side_by_side_panels(model, field_names):
    """One row per translated field, its languages next to each other."""
    translations_model = model._parler_meta.root_model
    return [
        MultiFieldPanel(
            [FieldRowPanel([Panel(form_field_name(name, code)) for code, _name in settings.LANGUAGES])],
            heading=translations_model._meta.get_field(name).verbose_name,
        )
        for name in field_names
    ]
