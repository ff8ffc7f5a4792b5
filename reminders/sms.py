"""Text messages (SMS) to learners, through the backend the `SMS_BACKEND` setting names.

The platform has no SMS provider of its own: each municipality has its gateway. A backend is a class
whose instances have `send_messages(messages)`, which sends a list of `TextMessage`, returns how
many went, and raises when sending fails, like Django's e-mail backends. To plug in a gateway, write
such a class (for example `kommune_sms.GatewayBackend` calling the gateway's HTTP API) and set
`SMS_BACKEND=kommune_sms.GatewayBackend`. Two backends come with the platform: `ConsoleBackend`
(the default) writes each message to the log, `LocmemBackend` keeps them in `outbox` for tests.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# What LocmemBackend has sent, oldest first; tests empty it.
outbox = []


@dataclass(frozen=True)
class TextMessage:
    to: str
    body: str


class BaseBackend:
    def send_messages(self, messages):
        raise NotImplementedError


class ConsoleBackend(BaseBackend):
    """Writes messages to the log instead of sending them; the number is shortened to its end."""

    def send_messages(self, messages):
        for message in messages:
            logger.info("SMS to …%s: %s", message.to[-4:], message.body)
        return len(messages)


class LocmemBackend(BaseBackend):
    """Keeps messages in `reminders.sms.outbox`."""

    def send_messages(self, messages):
        outbox.extend(messages)
        return len(messages)


def get_backend():
    return import_string(settings.SMS_BACKEND)()


def send_sms(to, body):
    """Send one text message through the configured backend; raises if it cannot be sent."""
    return get_backend().send_messages([TextMessage(to=to, body=body)])
