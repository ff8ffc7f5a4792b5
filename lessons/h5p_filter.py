"""The content of an H5P package filtered as H5P core filters it when content is saved
(H5PContentValidator in h5p.classes.php), before any learner's browser sees it.

An editor exports a package from somewhere else; its content/content.json may carry HTML that H5P's
own editor would never have let through (a `<script>`, an `onerror=`, a `javascript:` link). H5P
trusts each content type to insert text fields as HTML, and relies on the server having filtered
them by the library's semantics (semantics.json): a text field lists the HTML tags it may hold,
and a field without tags holds plain text, which is escaped. This module walks the content with
the semantics of its libraries, field by field, and does the same: text with tags keeps only those
tags (and the ones H5P adds to them), with safe attributes and URLs; text without tags is escaped;
file paths are relative or http(s); a library field may only hold a library its semantics offer.
What the semantics do not describe (a library without semantics.json, a field they do not name)
keeps its text, with HTML reduced to a small safe set.

The player also runs sandboxed (lessons.views.h5p_player): this filter keeps hostile markup from
the learner's screen, the sandbox keeps whatever runs from the learner's session.
"""

import json
import math
import re

from wagtail.whitelist import Whitelister, attribute_rule, check_url

# What H5P adds to a field's tags (H5PContentValidator::validateText).
IMPLIED_TAGS = {
    "table": ("tr", "td", "th", "colgroup", "thead", "tbody", "tfoot", "caption"),
    "b": ("strong",),
    "i": ("em",),
    "ul": ("li",),
    "ol": ("li",),
    "del": ("s",),
    "strike": ("s", "del"),
}
# Text the semantics do not describe may still be shown as HTML: these keep their words readable.
DEFAULT_TAGS = ("p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "span", "sub", "sup")
# Elements removed with everything in them (the others not allowed are unwrapped: their text stays).
REMOVED_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "template",
        "noscript",
        "svg",
        "math",
        "frame",
        "frameset",
    }
)
STYLE_PROPERTIES = frozenset(
    {"color", "background-color", "font-size", "font-family", "text-align", "padding-left"}
)
STYLE_VALUE = re.compile(r"^[#\w\s.,%()'\"-]{1,100}$")
ENTITY = re.compile(r"&(?!(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|\w{1,32});)")
LIBRARY_NAME = re.compile(r"^([\w.-]+) (\d+)\.(\d+)$", re.ASCII)


def filter_content(params, semantics_by_library, main_library):
    """`params` (content.json) filtered by the main library's semantics, recursively."""
    return _fields(params, semantics_by_library.get(main_library), semantics_by_library)


def read_semantics(read, libraries):
    """{"Machine.Name M.m": fields} of the libraries that have a semantics.json (`read(name)` gives
    a file's bytes, or None)."""
    found = {}
    for library in libraries:
        data = read(f"{library.folder}/semantics.json")
        if data is None:
            continue
        try:
            fields = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            continue
        if isinstance(fields, list):
            found[str(library)] = fields
    return found


def _fields(value, fields, semantics):
    """A group's value by its fields; without semantics, every string filtered generically."""
    if fields is None:
        return _unknown(value)
    if not isinstance(value, dict):
        return _unknown(value)
    by_name = {field.get("name"): field for field in fields if isinstance(field, dict)}
    return {
        key: _field(item, by_name[key], semantics) if key in by_name else _unknown(item)
        for key, item in value.items()
    }


def _field(value, field, semantics):
    kind = field.get("type")
    if kind == "text":
        return _text(value, field) if isinstance(value, str) else _unknown(value)
    if kind == "group":
        subfields = field.get("fields") or []
        # H5P stores a group of one field as that field's value.
        if len(subfields) == 1 and not isinstance(value, dict):
            return _field(value, subfields[0], semantics)
        return _fields(value, subfields, semantics)
    if kind == "list":
        item = field.get("field")
        if not isinstance(value, list) or not isinstance(item, dict):
            return _unknown(value)
        return [_field(entry, item, semantics) for entry in value]
    if kind == "library":
        return _library(value, field, semantics)
    if kind in ("file", "image", "video", "audio"):
        return _files(value)
    if kind == "number":
        return _number(value, field)
    if kind == "boolean":
        return value if isinstance(value, bool) else False
    if kind == "select":
        return _select(value, field)
    return _unknown(value)


def _number(value, field):
    """H5PContentValidator::validateNumber: a number, moved within min and max, rounded to its
    decimals."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        value = 0
    low, high = field.get("min"), field.get("max")
    if isinstance(low, int | float) and value < low:
        value = low
    if isinstance(high, int | float) and value > high:
        value = high
    decimals = field.get("decimals")
    if isinstance(decimals, int) and not isinstance(decimals, bool) and 0 <= decimals <= 20:
        value = round(value, decimals) if decimals else round(value)
    return value


def _select(value, field):
    """H5PContentValidator::validateSelect: with options, only their values (else the default);
    values are escaped like text."""
    options = set()
    for option in field.get("options") or []:
        if not isinstance(option, dict):
            continue
        group = option.get("options") if option.get("type") == "optgroup" else [option]
        options.update(item.get("value") for item in group or [] if isinstance(item, dict))
    strict = bool(options) and not field.get("optional")

    def one(item):
        if strict and item not in options:
            return None
        return escape_text(item) if isinstance(item, str) else item if isinstance(item, int | float) else None

    if field.get("multiple"):
        items = value if isinstance(value, list) else [value]
        return [kept for kept in (one(item) for item in items) if kept is not None]
    if isinstance(value, list):
        value = value[0] if value else None
    kept = one(value)
    return kept if kept is not None else field.get("default")


def _library(value, field, semantics):
    if not isinstance(value, dict) or not isinstance(value.get("library"), str):
        return None
    wanted = LIBRARY_NAME.match(value["library"])
    offered = {option.split(" ")[0] for option in field.get("options") or [] if isinstance(option, str)}
    if wanted is None or (offered and wanted.group(1) not in offered):
        return None  # a library the field does not offer: H5P drops it too
    filtered = {key: _unknown(item) for key, item in value.items() if key != "params"}
    filtered["library"] = value["library"]
    filtered["params"] = _fields(value.get("params", {}), semantics.get(value["library"]), semantics)
    return filtered


def _files(value):
    """A file field: one file, or a list of them (videos and audio come in several formats)."""
    if isinstance(value, list):
        return [file for file in (_file(item) for item in value) if file is not None]
    return _file(value)


def _file(value):
    if not isinstance(value, dict) or not isinstance(value.get("path"), str):
        return None
    path = value["path"]
    lowered = re.sub(r"[\x00-\x20]+", "", path).lower()
    if ":" in lowered.split("/", 1)[0] and not lowered.startswith(("http:", "https:")):
        return None  # javascript:, data:, file:…: only relative paths and web addresses
    return {key: _unknown(item) if key != "path" else path for key, item in value.items()}


def _text(value, field):
    tags = field.get("tags")
    if not tags:
        return escape_text(value)
    allowed = set(tags)
    for tag in list(allowed):
        allowed.update(IMPLIED_TAGS.get(tag, ()))
    if field.get("font"):
        allowed.add("span")
    return filter_html(value, allowed)


def _unknown(value):
    if isinstance(value, str):
        return filter_html(value, DEFAULT_TAGS) if "<" in value or "&" in value else value
    if isinstance(value, list):
        return [_unknown(item) for item in value]
    if isinstance(value, dict):
        return {key: _unknown(item) for key, item in value.items()}
    return value


def escape_text(text):
    """PHP's htmlspecialchars(ENT_QUOTES, double_encode=false), as H5P escapes plain text."""
    text = ENTITY.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#039;")


def filter_html(html, allowed_tags):
    return _Filter(allowed_tags).clean(html)


def _style(value):
    kept = []
    for declaration in value.split(";"):
        name, _colon, setting = declaration.partition(":")
        name, setting = name.strip().lower(), setting.strip()
        if name in STYLE_PROPERTIES and STYLE_VALUE.match(setting) and "url" not in setting.lower():
            kept.append(f"{name}: {setting}")
    return "; ".join(kept) or None


def _target(value):
    return "_blank" if value == "_blank" else None


ATTRIBUTES = {
    "a": {"href": check_url, "target": _target, "title": True},
    "img": {"src": check_url, "alt": True, "width": True, "height": True, "title": True},
    "td": {"colspan": True, "rowspan": True, "style": _style},
    "th": {"colspan": True, "rowspan": True, "scope": True, "style": _style},
    "table": {"style": _style},
    "span": {"style": _style, "lang": True, "dir": True},
    "p": {"style": _style, "lang": True, "dir": True},
    "div": {"style": _style, "lang": True, "dir": True},
}


class _Filter(Whitelister):
    def __init__(self, allowed_tags):
        self.element_rules = {"[document]": attribute_rule({})} | {
            tag: attribute_rule(ATTRIBUTES.get(tag, {})) for tag in allowed_tags
        }

    def clean_tag_node(self, doc, tag):
        if tag.name in REMOVED_WITH_CONTENT:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)
