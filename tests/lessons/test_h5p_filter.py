"""Package content is filtered as H5P core filters it on save: by each library's semantics, text
fields keep only the tags they allow (with safe attributes and URLs), plain text is escaped, file
paths and sub-libraries are checked. The hostile shapes are those H5P's own filter_xss handles."""

import json

import pytest

from lessons.h5p_filter import escape_text, filter_content, filter_html
from tests.fixtures.h5p import build_h5p, json_bytes, package_files, read_json, ready_package

QUESTION_SET = [
    {"name": "introduction", "type": "text", "widget": "html", "tags": ["p", "strong", "em", "a", "table"]},
    {"name": "title", "type": "text"},
    {"name": "answers", "type": "list", "field": {"name": "answer", "type": "text", "tags": ["strong"]}},
    {"name": "image", "type": "image"},
    {"name": "question", "type": "library", "options": ["H5P.MultiChoice 1.16"]},
    {"name": "settings", "type": "group", "fields": [{"name": "pass", "type": "number"}]},
]
MULTI_CHOICE = [{"name": "question", "type": "text", "tags": ["p", "em"]}]
SEMANTICS = {"H5P.QuestionSet 1.20": QUESTION_SET, "H5P.MultiChoice 1.16": MULTI_CHOICE}


def filtered(params):
    return filter_content(params, SEMANTICS, "H5P.QuestionSet 1.20")


@pytest.mark.parametrize(
    ("hostile", "kept"),
    [
        ('<p onclick="steal()">Hej<script>steal()</script></p>', "<p>Hej</p>"),
        ('<a href="javascript:steal()">klik</a>', "<a>klik</a>"),
        ('<a href=" jav&#x09;ascript:steal()">klik</a>', "<a>klik</a>"),
        ('<a href="https://borger.dk" target="_blank" onmouseover="steal()">borger.dk</a>',
         '<a href="https://borger.dk" target="_blank">borger.dk</a>'),
        ("<img src=x onerror=steal()>", ""),
        ("<svg onload=steal()><p>x</p></svg>", ""),
        ("<iframe src='https://evil.example'></iframe>Tekst", "Tekst"),
        ("<style>body{display:none}</style><p>Tekst</p>", "<p>Tekst</p>"),
        ('<p style="background: url(javascript:steal())">Tekst</p>', "<p>Tekst</p>"),
        ("<!-- <script>steal()</script> --><strong>Vigtigt</strong>", "<strong>Vigtigt</strong>"),
        ("<div><em>kursiv</em></div>", "<em>kursiv</em>"),
        ("<table><tr><td colspan=2 onclick=x>1</td></tr></table>",
         '<table><tr><td colspan="2">1</td></tr></table>'),
    ],
)  # fmt: skip
def test_a_text_field_keeps_only_its_tags_and_safe_attributes(hostile, kept):
    assert filtered({"introduction": hostile})["introduction"] == kept


def test_plain_text_is_escaped_once_as_h5p_does():
    assert (
        escape_text("<b>fed</b> & \"citat\" 'x'")
        == "&lt;b&gt;fed&lt;/b&gt; &amp; &quot;citat&quot; &#039;x&#039;"
    )
    # Text H5P's editor saved is escaped already: it stays as it is.
    assert escape_text("Don&#039;t &amp; &lt;3") == "Don&#039;t &amp; &lt;3"
    assert filtered({"title": "<script>steal()</script>"})["title"] == "&lt;script&gt;steal()&lt;/script&gt;"


def test_lists_groups_files_and_sub_libraries_are_filtered_by_their_own_semantics():
    params = {
        "answers": ["<strong>Ja</strong><img src=x onerror=steal()>", "<em>Nej</em>"],
        "image": {"path": "javascript:steal()", "mime": "image/png"},
        "question": {
            "library": "H5P.MultiChoice 1.16",
            "params": {"question": "<p>Hvor mange?<script>steal()</script></p>"},
            "subContentId": "abc-1",
        },
        "settings": {"pass": 80},
    }

    result = filtered(params)

    assert result["answers"] == ["<strong>Ja</strong>", "Nej"]
    assert result["image"] is None
    assert result["question"]["params"]["question"] == "<p>Hvor mange?</p>"
    assert result["question"]["subContentId"] == "abc-1"
    assert result["settings"] == {"pass": 80}


def test_a_library_the_field_does_not_offer_is_dropped():
    result = filtered({"question": {"library": "H5P.Evil 1.0", "params": {"x": "<script>steal()</script>"}}})

    assert result["question"] is None


def test_a_relative_or_web_path_stays():
    for path in ("images/kort.png", "https://video.example/film.mp4"):
        assert filtered({"image": {"path": path}})["image"] == {"path": path}


SETTINGS = [
    {"name": "pass", "type": "number", "min": 0, "max": 100},
    {"name": "weight", "type": "number", "decimals": 1},
    {"name": "enabled", "type": "boolean"},
    {
        "name": "mode",
        "type": "select",
        "default": "fixed",
        "options": [{"value": "fixed"}, {"type": "optgroup", "options": [{"value": "random"}]}],
    },
    {"name": "tags", "type": "select", "multiple": True, "options": [{"value": "a"}, {"value": "b"}]},
    {"name": "free", "type": "select"},
]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ({"pass": 250}, {"pass": 100}),
        ({"pass": -3}, {"pass": 0}),
        ({"pass": "50; alert(1)"}, {"pass": 0}),
        ({"pass": True}, {"pass": 0}),
        ({"weight": 2.345}, {"weight": 2.3}),
        ({"enabled": "yes"}, {"enabled": False}),
        ({"enabled": True}, {"enabled": True}),
        ({"mode": "random"}, {"mode": "random"}),
        ({"mode": '"><img src=x onerror=steal()>'}, {"mode": "fixed"}),
        ({"mode": ["random", "fixed"]}, {"mode": "random"}),
        ({"tags": ["a", "<script>", "b"]}, {"tags": ["a", "b"]}),
        ({"tags": "b"}, {"tags": ["b"]}),
        ({"free": '"><b>'}, {"free": "&quot;&gt;&lt;b&gt;"}),
    ],
)  # fmt: skip
def test_numbers_booleans_and_choices_are_held_to_their_semantics(given, kept):
    """As H5PContentValidator's validateNumber, validateBoolean and validateSelect do."""
    assert filter_content(given, {"H5P.Settings 1.0": SETTINGS}, "H5P.Settings 1.0") == kept


def test_what_the_semantics_do_not_describe_keeps_its_words_and_loses_its_scripts():
    result = filter_content(
        {"question": "<p>Hvad <b>betyder</b> det?</p><script>steal()</script>", "n": 3},
        {},
        "H5P.Unknown 1.0",
    )

    assert result == {"question": "<p>Hvad <b>betyder</b> det?</p>", "n": 3}
    assert filter_html("a < b", ["p"]) == "a &lt; b"


@pytest.mark.django_db
def test_an_uploaded_package_is_served_filtered(client):
    files = package_files()
    semantics = [{"name": "question", "type": "text", "tags": ["p"]}, {"name": "answerLabel", "type": "text"}]
    content = read_json(files, "content/content.json") | {
        "question": '<p onmouseover="steal()">Hvem?</p><script>steal()</script>',
        "answerLabel": "<img src=x onerror=steal()>",
    }
    files |= {
        "H5P.SamfundCheck-1.0/semantics.json": json_bytes(semantics),
        "content/content.json": json_bytes(content),
    }
    package = ready_package(build_h5p(files))

    served = json.loads(b"".join(client.get(f"/h5p/{package.uuid}/content/content.json").streaming_content))

    assert served["question"] == "<p>Hvem?</p>"
    assert served["answerLabel"] == "&lt;img src=x onerror=steal()&gt;"
