"""Benchmark: what a lesson with H5P activities weighs in a learner's browser, run by hand.

    make run                                    # in another terminal: the demo on 127.0.0.1:8000
    H5P_PLAYER_ORIGIN=http://localhost:8000 make run    # or: the player on an origin of its own
    DEBUG=true .venv/bin/python bench/h5p_weight.py [a.h5p b.h5p ...]

Uploads the packages given (by default two of the tests' own, which share their libraries) into the
database `make run` serves, the way the admin does (checks, extraction), puts them in a new lesson,
logs in as the demo learner in Chromium and opens the lesson with an empty cache. It counts every
request of the page and of its sandboxed player frames, which of them went over the network (not
from the browser's cache), and the bytes they carried (decoded, and as transferred), apart for the
package's library files (/h5p/libraries/ when shared, /h5p/<uuid>/<Library-x.y>/ before).
Then it removes the lesson and the packages. Real content (an H5P.MultiChoice exported from h5p.org
or Lumi) gives the figure that matters; the tests' packages show the sharing.
"""

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def upload(data, title):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from lessons import h5p
    from lessons.models import H5PPackage

    file = SimpleUploadedFile(f"{title}.h5p", data, content_type="application/zip")
    package = h5p.accept_upload(H5PPackage(title=title, file=file), h5p.check_upload(file), None)
    h5p.extract_package(package.pk)
    package.refresh_from_db()
    return package


def weigh(url, username, pin, lesson_url, chromium):
    from playwright.sync_api import sync_playwright

    counts, sizes = Counter(), Counter()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(f"{url}/da/login/{username}/")
        page.fill("input[name=password]", pin)
        page.click("form.login-form button[type=submit]")
        page.wait_for_url("**/my-course/")

        responses = []
        page.on("response", lambda response: responses.append(response))
        page.goto(url + lesson_url, wait_until="networkidle")
        page.wait_for_timeout(2000)
        counts["played"] = page.locator("[data-h5p-state=ready]").count()
        for response in responses:
            path = response.url.removeprefix(url)
            kind = "libraries" if "/h5p/libraries/" in path or "/H5P." in path else "other"
            # What came over the network: a response the browser took from its cache has no bytes.
            fetched = response.status < 300 and response.request.sizes()["responseBodySize"] > 0
            body = len(response.body()) if fetched else 0
            counts[kind] += 1
            counts[kind + " fetched"] += fetched
            sizes[kind] += body
            sizes["transferred"] += response.request.sizes()["responseBodySize"] if fetched else 0
        browser.close()
    return counts, sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packages", nargs="*", type=Path)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--username", default="learner")
    parser.add_argument("--pin", default="2468")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    import django

    django.setup()
    from tests.fixtures.h5p import build_h5p, lesson_with_h5p, with_question

    sources = [(path.read_bytes(), path.stem) for path in args.packages] or [
        (build_h5p(), "bench-a"),
        (build_h5p(with_question("Hvor tit er der valg?", "Hvert 4. år")), "bench-b"),
    ]
    packages = [upload(data, title) for data, title in sources]
    lesson = lesson_with_h5p(*packages, slug="bench-h5p-weight")
    try:
        counts, sizes = weigh(args.url, args.username, args.pin, lesson.url, args.chromium)
    finally:
        lesson.delete()
        for package in packages:
            package.delete()
    total = sizes["libraries"] + sizes["other"]
    fetched = counts["libraries fetched"] + counts["other fetched"]
    requests = counts["libraries"] + counts["other"]
    print(f"{counts['played']} of {len(packages)} activities played")
    print(f"{len(packages)} packages: {requests} requests, {fetched} over the network, {total / 1024:.1f} KB")
    for kind, name in (("libraries", "library files"), ("other", "everything else")):
        print(
            f"  {name}: {counts[kind]} requests, {counts[kind + ' fetched']} over the network, "
            f"{sizes[kind] / 1024:.1f} KB"
        )
    print(f"  transferred (compressed where the server compresses): {sizes['transferred'] / 1024:.1f} KB")


if __name__ == "__main__":
    main()
