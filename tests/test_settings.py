import django.conf.locale
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import get_language_info

from config import env, languages


def test_a_misspelt_boolean_fails_loudly(monkeypatch):
    monkeypatch.setenv("DEBUG", "ture")

    with pytest.raises(ImproperlyConfigured, match="DEBUG='ture' is not a boolean"):
        env.env_bool("DEBUG")


def test_a_non_number_fails_loudly(monkeypatch):
    monkeypatch.setenv("PORT", "eighty")

    with pytest.raises(ImproperlyConfigured, match="PORT='eighty' is not a whole number"):
        env.env_int("PORT", 8000)


def test_lists_drop_blank_items(monkeypatch):
    monkeypatch.setenv("SAMFUND_LANGUAGES", "da, en,,ar ")

    assert env.env_list("SAMFUND_LANGUAGES") == ["da", "en", "ar"]


@pytest.mark.parametrize(("code", "name_local", "bidi"), [("ti", "ትግርኛ", False), ("so", "Soomaali", False)])
def test_tigrinya_and_somali_can_be_configured(code, name_local, bidi):
    choices = languages.language_choices(["da", code])

    assert [c for c, _name in choices] == ["da", code]
    assert get_language_info(code)["name_local"] == name_local
    assert get_language_info(code)["bidi"] is bidi


def test_persian_and_sorani_are_right_to_left():
    assert languages.bidi_codes(["da", "fa", "ckb", "ar", "pl", "tr"]) == ["fa", "ckb", "ar"]


def test_an_unknown_language_is_refused_with_a_hint():
    with pytest.raises(ValueError, match="add the language to EXTRA_LANG_INFO"):
        languages.language_choices(["da", "xx"])
    assert "xx" not in django.conf.locale.LANG_INFO
