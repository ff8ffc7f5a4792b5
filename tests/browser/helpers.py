"""What many browser tests do: log a learner in with their login link and PIN."""

PIN = "730419"


def log_in_learner(page, live_site, learner, language="da"):
    """Log `learner` (whose PIN is `PIN`) in through their login link; ends on "My course"."""
    response = page.goto(f"{live_site}/{language}/login/{learner.username}/")
    page.fill("input[name=password]", PIN)
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(f"{live_site}/{language}/my-course/")
    return response
