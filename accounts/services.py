"""Logging in: one function the login view calls, with the throttle in front of the password check."""

import time
from dataclasses import dataclass

from django.contrib.auth import authenticate, login

from accounts import sessions, throttle


@dataclass(frozen=True)
class LoginOutcome:
    """`user` when logged in; otherwise `wait_seconds` > 0 when throttled, else wrong credentials."""

    user: object = None
    wait_seconds: int = 0


def log_in(request, username, password):
    """Log `username` in with `password`, unless too many attempts failed recently.

    A throttled attempt is refused before the password is checked, so it teaches a guesser nothing,
    whether the password was right or not.
    """
    address = throttle.client_address(request)
    wait = throttle.seconds_to_wait(username, address)
    if wait:
        return LoginOutcome(wait_seconds=wait)
    user = authenticate(request, username=username, password=password)
    if user is None:
        throttle.record_failure(username, address)
        return LoginOutcome(wait_seconds=throttle.seconds_to_wait(username, address))
    throttle.forget_account_failures(username)
    login(request, user)
    sessions.note_activity(request, time.time(), force=True)
    return LoginOutcome(user=user)
