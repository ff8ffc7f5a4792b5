"""Benchmark: the weight of the learner's pages (HTML + CSS + JS, before media), run by hand.

    make run                                  # in another terminal: the demo on 127.0.0.1:8000
    .venv/bin/python bench/page_weight.py --url http://127.0.0.1:8000

Logs in as the demo learner in Chromium (Debian's, through Playwright), opens the learner home and
the first lesson in Danish and Arabic (with and without Danish side by side), and sums the bytes
of every HTML, CSS and JavaScript response as transferred (compressed where the server compresses)
and as decoded. Images, video, fonts and H5P content are media: listed apart, not counted.
"""

import argparse
import sys
from collections import defaultdict

from playwright.sync_api import sync_playwright

CODE_TYPES = {"document": "html", "stylesheet": "css", "script": "js"}


def weigh(page, url):
    sizes = defaultdict(lambda: [0, 0])
    responses = []

    def keep(response):
        responses.append(response)

    page.on("response", keep)
    page.goto(url, wait_until="networkidle")
    page.remove_listener("response", keep)
    for response in responses:
        kind = CODE_TYPES.get(response.request.resource_type, "media")
        body = len(response.body()) if response.status < 300 else 0
        sizes[kind][0] += response.request.sizes()["responseBodySize"] or body
        sizes[kind][1] += body
    return sizes


def report(name, sizes):
    code = sum(sizes[kind][1] for kind in ("html", "css", "js"))
    parts = ", ".join(f"{kind} {sizes[kind][1] / 1024:.1f}" for kind in ("html", "css", "js"))
    media = sizes["media"][1] / 1024
    print(f"{name:<34} {code / 1024:6.1f} KB  ({parts}; media apart: {media:.1f} KB)")
    return code


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--username", default="learner")
    parser.add_argument("--pin", default="2468")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(f"{args.url}/da/login/{args.username}/")
        page.fill("input[name=password]", args.pin)
        page.click("form.login-form button[type=submit]")
        page.wait_for_url("**/my-course/")
        lesson = page.eval_on_selector("a.continue", "a => a.getAttribute('href')")
        pages = {
            "learner home (da)": "/da/my-course/",
            "learner home (ar)": "/ar/my-course/",
            "lesson (da)": lesson,
            "lesson (ar)": lesson.replace("/da/", "/ar/", 1),
            "lesson (ar, Danish side by side)": lesson.replace("/da/", "/ar/", 1) + "?danish=1",
        }
        heaviest = 0
        for name, path in pages.items():
            heaviest = max(heaviest, report(name, weigh(page, args.url + path)))
        browser.close()
    print(f"heaviest: {heaviest / 1024:.1f} KB (target under 300 KB)")
    return 0 if heaviest < 300 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
