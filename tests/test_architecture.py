"""The apps depend on each other one way (DESIGN.md, "Layout"), and `lrs` on none of them.

Every import in every module of the project's apps is read (with `ast`, so imports inside functions
count too) and checked against the dependencies each app is allowed. An import that points the
other way fails here, before it becomes a cycle.
"""

import ast
import importlib
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
# app: the project's apps it may import (config, the settings and shared helpers, is open to all).
ALLOWED = {
    "lrs": set(),
    "accounts": set(),
    "courses": {"accounts"},
    "lessons": {"accounts", "courses"},
    "progress": {"accounts", "courses", "lessons", "lrs"},
    "teaching": {"accounts", "courses", "lessons", "lrs", "progress"},
    "reports": {"accounts", "courses", "lessons", "lrs", "progress", "teaching"},
    "reminders": {"accounts", "courses", "lessons", "lrs", "progress", "teaching"},
    "certificates": {"accounts", "courses", "lessons", "lrs", "progress", "teaching"},
    "translations": {"accounts", "courses", "lessons"},
    "demo": {"accounts", "courses", "lessons", "lrs", "progress", "teaching", "translations"},
    "privacy": {"accounts", "courses", "lessons", "lrs", "progress", "teaching", "reports", "certificates"},
    "operations": {"lrs"},
}
APPS = set(ALLOWED)


def modules(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def imported_apps(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in APPS:
                yield top, node.lineno


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_an_app_imports_only_the_apps_below_it(app):
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {other}"
        for path in modules(app)
        for other, line in imported_apps(path)
        if other != app and other not in ALLOWED[app]
    ]
    assert not wrong, "\n".join(wrong)


# What other apps may use of the LRS: its declared interface, never its tables.
LRS_INTERFACE = {"lrs.records", "lrs.signals", "lrs.services", "lrs.errors"}


def lrs_modules_imported(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "lrs":
                yield from (f"lrs.{alias.name}" for alias in node.names)
            elif node.module.startswith("lrs."):
                yield node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("lrs."))


@pytest.mark.parametrize("app", sorted(set(ALLOWED) - {"lrs"}))
def test_other_apps_read_the_lrs_through_its_declared_interface(app):
    wrong = [
        f"{path.relative_to(ROOT)} uses {module}"
        for path in modules(app)
        for module in lrs_modules_imported(path)
        if module not in LRS_INTERFACE
    ]
    assert not wrong, "\n".join(wrong)


def test_the_allowed_dependencies_have_no_cycle():
    def reaches(start, goal, seen=()):
        return any(
            dep == goal or (dep not in seen and reaches(dep, goal, (*seen, dep))) for dep in ALLOWED[start]
        )

    assert not [app for app in ALLOWED if reaches(app, app)]


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_every_module_of_an_app_imports(app):
    for path in modules(app):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if "management.commands" in name:
            continue
        importlib.import_module(name)
