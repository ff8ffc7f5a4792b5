"""Serving extracted packages to the player, and the H5P block in a lesson."""

import gzip
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from lessons.models import H5PPackage
from tests.fixtures.h5p import (
    build_h5p,
    json_bytes,
    lesson_with_h5p,
    package_files,
    read_json,
    ready_package,
    with_question,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def package():
    return ready_package()


def file_url(package, path):
    if path.startswith("H5P."):  # a library's file: stored once, for every package
        return f"{package.libraries_url()}/{path}"
    return f"{package.content_url()}/{path}"


def test_the_content_url_is_the_folder_the_player_reads(package):
    assert package.content_url() == f"/h5p/{package.uuid}"


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
        ("H5P.SamfundCheck-1.0/library.json", "application/json"),
        ("H5P.SamfundCheck-1.0/samfund-check.js", "text/javascript; charset=utf-8"),
        ("H5P.SamfundCheck-1.0/samfund-check.css", "text/css; charset=utf-8"),
    ],
)
def test_a_ready_packages_files_are_served_with_their_type(client, package, path, content_type):
    response = client.get(file_url(package, path))

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    served = b"".join(response.streaming_content)
    if path == "content/content.json":  # filtered (lessons.h5p_filter), so written anew: the same data
        assert json.loads(served) == json.loads(package_files()[path])
    else:
        assert served == package_files()[path]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_head_request_is_answered(client, package):
    assert client.head(file_url(package, "h5p.json")).status_code == 200


def test_other_methods_are_refused(client, package):
    assert client.post(file_url(package, "h5p.json")).status_code == 405


def test_an_svg_is_sandboxed_if_opened_directly(client):
    files = package_files() | {"content/images/map.svg": b'<svg xmlns="http://www.w3.org/2000/svg"/>'}
    package = ready_package(build_h5p(files))

    response = client.get(file_url(package, "content/images/map.svg"))

    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Security-Policy"] == "sandbox"


@pytest.mark.parametrize(
    "path",
    [
        "missing.json",
        "content",
        "content/",
        "../h5p.json",
        "content/../h5p.json",
        "content/%2e%2e/h5p.json",
        "content\\..\\h5p.json",
        "__MACOSX/h5p.json",
    ],
)
def test_missing_files_and_escaping_paths_are_not_found(client, package, path):
    # A 404 that looks like a page address is redirected to the language prefix, and is a 404 there.
    response = client.get(file_url(package, path), follow=True)

    assert response.status_code == 404
    assert b'"title": "Samfund check"' not in response.content


def test_a_file_outside_the_package_folder_is_never_served(client, package):
    default_storage.save(f"h5p/{package.uuid}-secret.json", ContentFile(b"{}"))

    response = client.get(f"/h5p/{package.uuid}/../{package.uuid}-secret.json")

    assert response.status_code == 404


@pytest.mark.parametrize("status", [H5PPackage.Status.PROCESSING, H5PPackage.Status.FAILED])
def test_a_package_that_is_not_ready_is_not_served(client, package, status):
    H5PPackage.objects.filter(pk=package.pk).update(status=status)

    assert client.get(file_url(package, "h5p.json")).status_code == 404


def test_an_unknown_package_is_not_found(client):
    response = client.get("/h5p/00000000-0000-0000-0000-000000000000/h5p.json")

    assert response.status_code == 404


# --- The block ------------------------------------------------------------------------------------


def test_a_lesson_places_the_player_with_its_data_attributes(client, package):
    lesson = lesson_with_h5p(package)
    block_id = lesson.body[1].id

    html = client.get(lesson.url).content.decode()

    assert f'data-h5p-block="{block_id}"' in html
    assert 'data-h5p-required="true"' in html
    assert f'data-h5p-player-url="/h5p/{package.uuid}/play?lang=da"' in html
    assert '<script defer src="/static/js/h5p-player.js"></script>' in html
    # The player is not loaded into the lesson page itself: package code never runs there.
    assert "h5p-standalone" not in html


def test_the_player_document_is_sandboxed_and_framed_only_by_the_platform(client, package):
    response = client.get(f"/h5p/{package.uuid}/play?lang=ar")

    html = response.content.decode()
    policy = response["Content-Security-Policy"]
    assert response.status_code == 200
    assert policy.startswith("sandbox allow-scripts ") and "allow-same-origin" not in policy
    assert "frame-ancestors 'self'" in policy and "object-src 'none'" in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN" and response["Referrer-Policy"] == "no-referrer"
    assert '<html lang="ar">' in html
    assert f'data-h5p-json-path="/h5p/{package.uuid}"' in html
    assert 'src="/static/h5p-standalone/main.bundle.js"' in html and 'src="/static/js/h5p-frame.js"' in html


@pytest.mark.parametrize("status", [H5PPackage.Status.PROCESSING, H5PPackage.Status.FAILED])
def test_a_package_that_is_not_ready_has_no_player(client, package, status):
    H5PPackage.objects.filter(pk=package.pk).update(status=status)

    assert client.get(f"/h5p/{package.uuid}/play", follow=True).status_code == 404


def test_the_sandboxed_player_may_read_package_files(client, package):
    response = client.get(f"/h5p/{package.uuid}/content/content.json")

    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"


def test_an_optional_activity_says_so(client, package):
    lesson = lesson_with_h5p(package, required=False)

    assert 'data-h5p-required="false"' in client.get(lesson.url).content.decode()


def test_a_package_that_is_not_ready_shows_a_notice_instead_of_the_player(client, package):
    H5PPackage.objects.filter(pk=package.pk).update(status=H5PPackage.Status.PROCESSING)
    lesson = lesson_with_h5p(package)

    html = client.get(lesson.url).content.decode()

    assert "data-h5p-player-url" not in html
    assert "h5p-player.js" not in html
    assert "data-h5p-block" in html


def test_a_deleted_package_leaves_a_notice(client, package):
    lesson = lesson_with_h5p(package)
    package.delete()

    response = client.get(lesson.url)

    assert response.status_code == 200
    assert "data-h5p-player-url" not in response.content.decode()


def test_the_player_files_are_found_by_staticfiles():
    from django.contrib.staticfiles import finders

    for path in (
        "h5p-standalone/main.bundle.js",
        "h5p-standalone/frame.bundle.js",
        "h5p-standalone/styles/h5p.css",
    ):
        assert finders.find(path), f"{path}: run `make install` or `npm ci` (node_modules)"
    assert finders.find("js/h5p-player.js")


# --- Compression ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["H5P.SamfundCheck-1.0/samfund-check.js", "content/content.json"])
def test_text_files_are_sent_compressed_to_a_browser_that_accepts_it(client, package, path):
    response = client.get(file_url(package, path), HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip" and "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content) == json_or_bytes(package, path)
    assert int(response["Content-Length"]) == len(response.content)


def json_or_bytes(package, path):
    """What is served: the package's file, its content filtered (for content.json)."""
    if path == "content/content.json":
        return default_storage.open(f"{package.folder}/{path}").read()
    return package_files()[path]


def test_a_browser_that_does_not_accept_compression_gets_the_file_as_it_is(client, package):
    path = "H5P.SamfundCheck-1.0/samfund-check.js"
    response = client.get(file_url(package, path), HTTP_ACCEPT_ENCODING="identity")

    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == package_files()[path]


def test_a_range_of_a_text_file_is_answered_uncompressed(client, package):
    path = "H5P.SamfundCheck-1.0/samfund-check.js"
    response = client.get(file_url(package, path), HTTP_RANGE="bytes=0-9", HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 206 and "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == package_files()[path][:10]


# --- Byte ranges (seeking in videos) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected_range", "content_range"),
    [
        ("bytes=0-9", slice(0, 10), "bytes 0-9/{size}"),
        ("bytes=10-", slice(10, None), "bytes 10-{last}/{size}"),
        ("bytes=-5", slice(-5, None), "bytes {tail}-{last}/{size}"),
        ("bytes=5-100000", slice(5, None), "bytes 5-{last}/{size}"),
    ],
)
def test_a_byte_range_is_answered_with_partial_content(
    client, package, header, expected_range, content_range
):
    data = package_files()["H5P.SamfundCheck-1.0/samfund-check.js"]
    size = len(data)

    response = client.get(file_url(package, "H5P.SamfundCheck-1.0/samfund-check.js"), HTTP_RANGE=header)

    assert response.status_code == 206
    assert b"".join(response.streaming_content) == data[expected_range]
    assert response["Content-Range"] == content_range.format(size=size, last=size - 1, tail=size - 5)


def test_a_range_past_the_end_is_not_satisfiable(client, package):
    response = client.get(file_url(package, "h5p.json"), HTTP_RANGE="bytes=100000-")

    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(package_files()['h5p.json'])}"


@pytest.mark.parametrize("header", ["bytes=-", "items=0-1", "bytes=0-1,4-5", "nonsense"])
def test_a_range_that_is_not_one_byte_range_gets_the_whole_file(client, package, header):
    response = client.get(file_url(package, "h5p.json"), HTTP_RANGE=header)

    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert b"".join(response.streaming_content) == package_files()["h5p.json"]


def test_two_packages_share_one_copy_of_each_library_version(client):
    first, second = ready_package(), ready_package(build_h5p(with_question("Hvor tit er der valg?", "4")))

    assert first.libraries_url() == second.libraries_url() == "/h5p/libraries"
    response = client.get("/h5p/libraries/H5P.SamfundCheck-1.0/samfund-check.js")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    assert not default_storage.exists(f"h5p/{first.uuid}/H5P.SamfundCheck-1.0/library.json")
    assert not default_storage.exists(f"h5p/{second.uuid}/H5P.SamfundScore-1.0/library.json")
    assert (
        'data-h5p-libraries-path="/h5p/libraries"' in client.get(f"/h5p/{first.uuid}/play").content.decode()
    )


def test_a_newer_patch_of_a_library_replaces_the_shared_one_and_an_older_does_not(client):
    def with_patch(patch, marker):
        files = package_files()
        description = read_json(files, "H5P.SamfundCheck-1.0/library.json") | {"patchVersion": patch}
        script = files["H5P.SamfundCheck-1.0/samfund-check.js"] + f"\n// {marker}\n".encode()
        return build_h5p(
            files
            | {
                "H5P.SamfundCheck-1.0/library.json": json_bytes(description),
                "H5P.SamfundCheck-1.0/samfund-check.js": script,
            }
        )

    def served():
        return b"".join(client.get("/h5p/libraries/H5P.SamfundCheck-1.0/samfund-check.js").streaming_content)

    ready_package(with_patch(3, "patch three"))
    ready_package(with_patch(5, "patch five"))
    after_newer = served()
    ready_package(with_patch(4, "patch four"))

    assert b"patch five" in after_newer
    assert b"patch five" in served()


@pytest.mark.parametrize("folder", ["..", "H5P.X", "x/../y-1.0", "H5P.SamfundCheck-1.0.0"])
def test_a_library_folder_that_is_not_one_is_not_found(client, folder):
    assert client.get(f"/h5p/libraries/{folder}/library.json", follow=True).status_code == 404


def test_a_package_extracted_before_libraries_were_shared_still_plays_from_its_own_folder(client, package):
    H5PPackage.objects.filter(pk=package.pk).update(libraries_shared=False)
    package.refresh_from_db()

    assert package.libraries_url() == package.content_url()
    assert (
        f'data-h5p-libraries-path="/h5p/{package.uuid}"'
        in client.get(f"/h5p/{package.uuid}/play").content.decode()
    )
