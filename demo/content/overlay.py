"""The languages whose demo text lives in a package of their own (`demo/content/<code>/`).

Danish, English, Arabic and Ukrainian are written side by side in the content files. Later
languages are kept apart so each can be written and reviewed on its own: `demo/content/fa/
m04_health.py` holds `TEXT`, the Persian of `m04_health.py`, as {path: text}, where the path
names a translated value of the content file (`MODULE.lessons[emergencies].body[2].text`) and the
text has the value's shape (a string, or a list as long as the Danish one). `apply()` puts them
into the content data as the language's entry of each value, so everything downstream (the
checks, the loader) sees one shape for every language.

`python -m demo.content.overlay skeleton fa m04_health` prints the paths of a content file with
their Danish and English, to translate from; `python -m demo.content.overlay check fa` checks a
language's files.
"""

import importlib
import json
import sys
from functools import cache
from pathlib import Path

SOURCE_LANGUAGE = "da"
LANGUAGES = ("fa", "so", "ti")
PACKAGE = __package__


class OverlayError(ValueError):
    """A language file names a path its content file does not have, or a text of the wrong shape."""


def content_files():
    """The names of the content files that hold translated text, in course order."""
    package_dir = Path(__file__).parent
    modules = sorted(path.stem for path in package_dir.glob("m[0-9][0-9]_*.py"))
    return ["site", "glossary", "resources", "stories", *modules]


def translated_values(obj, path):
    """(path, value) for every translated value under `obj` (a dict with a Danish entry).

    A list's items are named by their slug where they have one (lessons, stories), else by index.
    """
    if isinstance(obj, dict) and SOURCE_LANGUAGE in obj:
        yield path, obj
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from translated_values(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            name = value["slug"] if isinstance(value, dict) and "slug" in value else index
            yield from translated_values(value, f"{path}[{name}]")


def file_values(name):
    """{path: value} for every translated value of the content file `name`."""
    module = importlib.import_module(f"{PACKAGE}.{name}")
    values = {}
    for variable in ("HOME", "COURSE", "ROLE_MODELS", "MODULE", "GLOSSARY", "RESOURCES", "STORIES"):
        if hasattr(module, variable):
            values.update(translated_values(getattr(module, variable), variable))
    return values


def language_text(language, name):
    """The `TEXT` of `demo/content/<language>/<name>.py`, or {} where there is none."""
    try:
        module = importlib.import_module(f"{PACKAGE}.{language}.{name}")
    except ModuleNotFoundError as error:
        if error.name in (f"{PACKAGE}.{language}.{name}", f"{PACKAGE}.{language}"):
            return {}
        raise
    return module.TEXT


@cache
def apply():
    """Put every overlay language's text into the content data (once per process)."""
    for name in content_files():
        values = file_values(name)
        for language in LANGUAGES:
            for path, text in language_text(language, name).items():
                where = f"{language}/{name}.py: {path}"
                if path not in values:
                    raise OverlayError(f"{where}: {name}.py has no such translated value")
                source = values[path][SOURCE_LANGUAGE]
                if isinstance(source, list) and not (isinstance(text, list) and len(text) == len(source)):
                    raise OverlayError(f"{where}: must be a list of {len(source)} like the Danish")
                if isinstance(source, str) and not isinstance(text, str):
                    raise OverlayError(f"{where}: must be a string like the Danish")
                values[path][language] = text
    return True


def skeleton(language, name):
    """What a translator of `name` into `language` starts from: every path with its Danish and
    English, and the translation where there already is one."""
    done = language_text(language, name)
    return {
        path: {"da": value["da"], "en": value["en"], language: done.get(path)}
        for path, value in file_values(name).items()
    }


def problems(language, name):
    """What keeps `demo/content/<language>/<name>.py` from being complete: values it lacks (a
    lesson counts only once it has its title), rich text whose elements differ from the Danish,
    and texts copied unchanged from the Danish or English."""
    from demo.content.schema import element_kind

    apply()
    text = language_text(language, name)
    lessons = {
        path.removesuffix(".title")
        for path in text
        if path.startswith("MODULE.lessons[") and path.endswith("].title")
    }
    found = []
    for path, value in file_values(name).items():
        in_lesson = path.startswith("MODULE.lessons[")
        if in_lesson and not any(path.startswith(f"{lesson}.") for lesson in lessons):
            continue
        if path not in text:
            found.append(f"{path}: missing")
            continue
        source, target = value[SOURCE_LANGUAGE], text[path]
        for index, (danish, translated) in enumerate(zip(*(_items(source), _items(target)), strict=True)):
            if isinstance(source, list) and element_kind(danish) != element_kind(translated):
                found.append(
                    f"{path}[{index}]: {element_kind(translated)} but {element_kind(danish)} in Danish"
                )
            if len(translated.split()) > 3 and translated in (_items(value["en"])[index], danish):
                found.append(f"{path}[{index}]: copied unchanged from Danish or English")
    return found


def _items(value):
    return value if isinstance(value, list) else [value]


def main(argv):
    if argv[:1] == ["skeleton"] and len(argv) == 3:
        print(json.dumps(skeleton(argv[1], argv[2]), ensure_ascii=False, indent=1))
        return 0
    if argv[:1] == ["check-file"] and len(argv) == 3:
        found = problems(argv[1], argv[2])
        print("\n".join(found) or "OK")
        return 1 if found else 0
    if argv[:1] == ["check"] and len(argv) == 2:
        from demo.content import schema

        apply()
        schema.load_all()
        for name in content_files():
            text = language_text(argv[1], name)
            print(f"{name}: {len(text)} of {len(file_values(name))} values")
        print("OK")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
