"""`/healthz/background`, the heartbeat, the catch-up of never-run schedules, the deployment checks
and the platform serving its uploads."""

import json
from datetime import timedelta
from unittest import mock

import pytest
from django.core.checks import run_checks
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from lrs.models import ForwardingTarget, OutboxEntry, Statement
from operations import catch_up, health, tasks
from operations.models import Heartbeat

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker(settings):
    """A broker is configured and answers."""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    with mock.patch.object(health, "_broker_state", return_value="ok"):
        yield


def report(client):
    response = client.get("/healthz/background")
    return response.status_code, json.loads(response.content)


def test_a_fresh_heartbeat_with_a_broker_is_healthy(client, broker):
    tasks.heartbeat.run()

    status, body = report(client)

    assert status == 200 and body["status"] == "ok"
    assert body["broker"] == "ok" and body["heartbeat_age_seconds"] <= 5
    assert Heartbeat.objects.get().name == "background"


def test_a_stopped_beat_or_worker_shows_as_a_stale_heartbeat(client, broker):
    Heartbeat.objects.create(name="background", beat_at=timezone.now() - timedelta(minutes=4))

    status, body = report(client)

    assert status == 503 and body["status"] == "error"
    assert body["problem"] == "the heartbeat stopped: beat or every worker has stopped"
    assert body["heartbeat_age_seconds"] >= 240


def test_no_heartbeat_yet_is_not_healthy(client, broker):
    status, body = report(client)

    assert (status, body["last_heartbeat"]) == (503, None)
    assert "no heartbeat yet" in body["problem"]


def test_an_unreachable_broker_is_reported_though_the_web_answers(client, settings):
    """/healthz said "ok" while Redis was down; the background check says what is wrong."""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    tasks.heartbeat.run()

    status, body = report(client)

    assert status == 503
    assert body["broker"].startswith("unreachable") and body["problem"] == "the broker cannot be reached"
    assert client.get("/healthz").status_code == 200


def test_without_a_broker_nothing_runs_on_schedule_and_it_says_so(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True

    status, body = report(client)

    assert status == 503 and "no broker" in body["problem"]


def test_it_lists_what_waits_for_each_forwarding_target(client, broker, learner):
    from lrs.services import record_platform_statements

    tasks.heartbeat.run()
    target = ForwardingTarget.objects.create(
        name="Kommune", endpoint="http://k/xapi/", username="u", password="p"
    )
    record_platform_statements(
        [
            {
                "actor": learner.xapi_actor(),
                "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
                "object": {"id": "https://example.dk/a"},
            }
        ]
    )
    OutboxEntry.objects.filter(target=target).update(next_attempt_at=timezone.now() - timedelta(seconds=90))

    _status, body = report(client)

    assert Statement.objects.count() == 1
    waiting = body["forwarding"]["Kommune"]
    assert waiting["waiting"] == 1 and waiting["dead"] == 0 and waiting["most_overdue_seconds"] >= 90


def test_beat_starting_runs_each_schedule_that_has_never_run_once():
    daily = PeriodicTask.objects.get(task="reminders.tasks.daily_reminders")
    PeriodicTask.objects.exclude(pk=daily.pk).update(last_run_at=timezone.now())
    PeriodicTask.objects.filter(pk=daily.pk).update(last_run_at=None)
    app = mock.Mock()

    sent = catch_up.run_never_run(app)
    again = catch_up.run_never_run(app)

    assert sent == [daily.name] and again == []
    app.send_task.assert_called_once_with("reminders.tasks.daily_reminders", args=[], kwargs={})
    assert PeriodicTask.objects.get(pk=daily.pk).last_run_at is not None


def test_the_heartbeat_is_scheduled_every_minute():
    heartbeat = PeriodicTask.objects.get(task="operations.tasks.heartbeat")

    assert (heartbeat.enabled, heartbeat.interval.every, heartbeat.interval.period) == (True, 60, "seconds")


# --- Deployment checks ----------------------------------------------------------------------------


def deploy_errors():
    return {message.id for message in run_checks(include_deployment_checks=True) if message.id}


def test_a_loopback_site_address_is_refused_in_production(settings):
    settings.SITE_BASE_URL = "http://127.0.0.1:8000"
    assert "operations.E001" in deploy_errors()
    settings.SITE_BASE_URL = "https://samfund.vejle.dk"
    assert "operations.E001" not in deploy_errors()


def test_a_cache_of_the_process_own_is_refused_in_production(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "operations.E002" in deploy_errors()


def test_serving_without_tls_proxy_must_stop_trusting_forwarded_addresses(settings):
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert "operations.E003" in deploy_errors()
    settings.SECURE_PROXY_SSL_HEADER = None
    assert "operations.E003" not in deploy_errors()


# --- Uploads ----------------------------------------------------------------------------------


def test_the_platform_serves_its_uploads_sandboxed(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "drawing.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'
    )
    (tmp_path.parent / "secret.txt").write_text("outside")

    served = client.get("/media/images/drawing.svg")
    outside = client.get("/media/../secret.txt")
    listing = client.get("/media/images/")

    assert served.status_code == 200 and served["Content-Security-Policy"] == "sandbox"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert outside.status_code == 404 and listing.status_code == 404


def test_uploads_are_left_to_another_server_when_it_serves_them(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.SERVE_MEDIA = False
    (tmp_path / "a.png").write_bytes(b"\x89PNG")

    assert client.get("/media/a.png").status_code == 404
