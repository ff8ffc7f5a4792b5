"""Test settings: the real settings with infrastructure made fast and local.

The database stays whatever DATABASE_URL says (PostgreSQL in CI, SQLite otherwise), because the
tests must run against the production engine.
"""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_ALWAYS_EAGER = True
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="samfund-test-media-"))  # noqa: F405
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="samfund-test-static-"))  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The test content type (tests/fixtures/h5p) reports its completion as a question type does.
H5P_COMPLETING_LIBRARIES = frozenset({"H5P.SamfundCheck"})
