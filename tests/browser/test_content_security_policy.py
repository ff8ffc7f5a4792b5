"""Every page carries a Content-Security-Policy (no inline script, frames only from the platform),
and the platform's own pages break none of it: the browser reports no violation while a learner
logs in, opens "My course" and plays an H5P activity in a lesson."""

import pytest

from tests.browser.helpers import log_in_learner
from tests.browser.test_h5p_player import answer

pytestmark = pytest.mark.browser


def test_the_platforms_pages_keep_their_own_policy(live_site, chromium, browser_learner, h5p_lesson):  # noqa: F811
    lesson, _packages, block_ids = h5p_lesson
    # A context that enforces the policy, as learners' browsers do (the other tests bypass it).
    context = chromium.new_context()
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and violations.append(message.text),
    )

    policy = log_in_learner(page, live_site, browser_learner).headers["content-security-policy"]
    page.goto(f"{live_site}{lesson.url}")
    with page.expect_response(lambda reply: reply.url.endswith("/events")) as relayed:
        answer(page, block_ids[0], "Hvor mange medlemmer har Folketinget?", "179")

    context.close()
    assert "script-src 'self';" in policy and "object-src 'none'" in policy
    assert relayed.value.status == 200
    assert violations == []
