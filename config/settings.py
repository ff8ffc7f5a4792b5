"""Samfund's one settings module, driven by environment variables (see README, "Configuration").

With no environment at all it is a production configuration that refuses to start without a
SECRET_KEY; `make run` sets DEBUG=true, which gives the embedded default (SQLite, Celery eager).
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_str
from config.languages import DEFAULT_LANGUAGES, bidi_codes, language_choices
from config.machine_translation import machine_translator_settings
from lrs import conf as lrs_conf

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public base URL: Wagtail's admin links, the sitemap outside a request, and the homePage of
# every learner's xAPI account actor.
# Unset, it is the address `make run` serves on (its PORT), so login cards' QR codes and reminder
# links open; production sets it (a system check refuses a loopback one when DEBUG is off).
SITE_BASE_URL = (env_str("SITE_BASE_URL") or f"http://127.0.0.1:{env_int('PORT', 8000)}").rstrip("/")
# Who learners and the platform are in xAPI (the homePage of their accounts) and the base of the
# course's activity ids: identities, kept when the address changes (another PORT for `make run`).
# By default the configured SITE_BASE_URL, or the embedded default's first address.
XAPI_ACCOUNT_HOMEPAGE = (
    env_str("XAPI_ACCOUNT_HOMEPAGE") or env_str("SITE_BASE_URL") or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
# A learner is "at risk" when the hours they still miss need more than this many hours a week
# until their deadline, or after this many days without any activity (progress/standing.py).
AT_RISK_HOURS_PER_WEEK = env_int("AT_RISK_HOURS_PER_WEEK", 3)
AT_RISK_INACTIVE_DAYS = env_int("AT_RISK_INACTIVE_DAYS", 14)
# Reminders (reminders/services.py): a learner who became at risk or overdue gets a short nudge by
# e-mail and/or SMS at most once in this many days.
NUDGE_EVERY_DAYS = env_int("NUDGE_EVERY_DAYS", 7)
if NUDGE_EVERY_DAYS < 1:
    raise ImproperlyConfigured(f"NUDGE_EVERY_DAYS={NUDGE_EVERY_DAYS} must be at least 1")
# How text messages are sent: the dotted path of a class with `send_messages(messages)` (reminders/sms.py).
# The default writes them to the log; a municipality plugs in its SMS gateway here.
SMS_BACKEND = env_str("SMS_BACKEND", "reminders.sms.ConsoleBackend")
# Where the platform's xAPI activity ids live: <base>/lesson/<translation key> (DESIGN.md, rule 1).
# Changing it on a running platform makes earlier statements about other activities.
XAPI_ACTIVITY_BASE = env_str("XAPI_ACTIVITY_BASE", f"{XAPI_ACCOUNT_HOMEPAGE}/activities").rstrip("/")
WAGTAIL_SITE_NAME = "Samfund"

INSTALLED_APPS = [
    "accounts",
    "courses",
    "lessons",
    "progress",
    "teaching",
    "reports",
    "reminders",
    "certificates",
    "lrs",
    "operations",
    "translations",
    "privacy",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "parler",
    "django_celery_beat",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lessons.player_origin.PlayerOriginMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.PageLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.SharedComputerSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "privacy.access_log.AccessLogMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.csp.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
# The learners' login page, in the visitor's language (/da/login/, /ar/login/ ...). The Wagtail
# admin keeps its own login page (WAGTAILADMIN_LOGIN_URL's default, /admin/login/).
LOGIN_URL = "login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "courses.context_processors.languages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Values travel as parameters instead of being quoted into SQL text by Python: bulk inserts of
    # statement batches are several times cheaper (see bench/lrs_ingest.py).
    DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = True
    # No JIT compilation: the platform's queries are short, and a cost estimate made without
    # statistics (a young table) once put JIT's ~20 ms on every statement batch the LRS stored.
    DATABASES["default"]["OPTIONS"].setdefault("options", "-c jit=off")
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default under concurrent writers (H5P sends bursts of statements; the LRS takes
    # batches while others read): write-ahead logging lets readers and one writer work at once;
    # writing transactions take the write lock when they begin (IMMEDIATE), so a second writer waits
    # for it (up to `timeout` seconds) instead of failing with "database is locked" half-way.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# --- Languages ------------------------------------------------------------------------------
SAMFUND_LANGUAGES = env_list("SAMFUND_LANGUAGES", DEFAULT_LANGUAGES)
LANGUAGE_CODE = SAMFUND_LANGUAGES[0] if SAMFUND_LANGUAGES else "da"
LANGUAGES = language_choices(SAMFUND_LANGUAGES)
LANGUAGES_BIDI = bidi_codes(SAMFUND_LANGUAGES)
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A page translated with "Translate this page" starts as a draft, not live with Danish in it
# (translations.moderation holds the other ways a translation could go live).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation for editors, off by default: MACHINE_TRANSLATOR=deepl (with DEEPL_AUTH_KEY) or
# libretranslate (with LIBRETRANSLATE_URL, and LIBRETRANSLATE_API_KEY if the server wants one).
MACHINE_TRANSLATOR = env_str("MACHINE_TRANSLATOR").strip().lower()
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings(
    MACHINE_TRANSLATOR,
    deepl_key=env_str("DEEPL_AUTH_KEY"),
    libretranslate_url=env_str("LIBRETRANSLATE_URL"),
    libretranslate_key=env_str("LIBRETRANSLATE_API_KEY"),
    timeout=env_int("MACHINE_TRANSLATOR_TIMEOUT", 10),
)
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Copenhagen"
USE_TZ = True
PARLER_DEFAULT_LANGUAGE_CODE = LANGUAGE_CODE
PARLER_LANGUAGES = {
    None: tuple({"code": code} for code, _name in LANGUAGES),
    "default": {"fallbacks": [LANGUAGE_CODE], "hide_untranslated": False},
}

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The H5P player, installed from npm by `make` (package.json); served as /static/h5p-standalone/.
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
    # Web fonts for Ge'ez (Tigrinya) and Persian (static/css/samfund.css), from npm.
    ("fonts/noto-sans-ethiopic", BASE_DIR / "node_modules" / "@fontsource" / "noto-sans-ethiopic" / "files"),
    ("fonts/vazirmatn", BASE_DIR / "node_modules" / "@fontsource" / "vazirmatn" / "files"),
]
# The certificate's fonts (certificates/pdf.py): Noto Serif and Noto Naskh Arabic (OFL), installed
# from npm by `make` (package.json).
CERTIFICATE_FONT_DIR = Path(
    env_str("CERTIFICATE_FONT_DIR", str(BASE_DIR / "node_modules" / "@expo-google-fonts"))
)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploads (images, documents, H5P packages' files) served by the platform itself, in production too:
# a small installation needs no other web server. Where nginx or another server serves MEDIA_ROOT
# at /media/ (README, "Production"), turn this off.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp4", "webm", "mp3", "ogg", "m4a", "wav", "vtt", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# The LRS's settings (LRS_MAX_BODY_BYTES, LRS_FORWARD_*...), each from its environment variable.
globals().update(lrs_conf.from_environment())
DATA_UPLOAD_MAX_MEMORY_SIZE = LRS_MAX_BODY_BYTES  # noqa: F821 (set just above)
# H5P packages (lessons.h5p): the largest .h5p upload, and the most its files may take unpacked.
H5P_MAX_UPLOAD_BYTES = env_int("H5P_MAX_UPLOAD_BYTES", 100 * 1024 * 1024)
H5P_MAX_EXTRACTED_BYTES = env_int("H5P_MAX_EXTRACTED_BYTES", 300 * 1024 * 1024)
# Content types beyond lessons.h5p_types' list that report their completion (checked by whoever adds them).
H5P_COMPLETING_LIBRARIES = frozenset(
    name.strip() for name in env_str("H5P_COMPLETING_LIBRARIES", "").split(",") if name.strip()
)

# Where the H5P player is served (lessons.player_origin): "" for the platform's own origin, where
# each activity plays in an opaque sandbox; or an origin of its own, e.g. https://h5p.example-usercontent.dk,
# pointing at this server, where a lesson's activities share the browser's cache.
H5P_PLAYER_ORIGIN = env_str("H5P_PLAYER_ORIGIN").rstrip("/")
# The LIX the editor's readability panel asks of Danish lessons (lessons.readability).
READABILITY_TARGET_LIX = env_int("READABILITY_TARGET_LIX", 30)

# --- Celery ---------------------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The embedded broker of `make run`: message files in a folder that the web server, the worker
    # and beat share (kombu's filesystem transport; no service to install).
    CELERY_QUEUE_DIR = Path(env_str("CELERY_QUEUE_DIR", str(BASE_DIR / "var" / "celery")))
    for folder in ("queue", "processed"):
        (CELERY_QUEUE_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_QUEUE_DIR / "queue"),
        "data_folder_out": str(CELERY_QUEUE_DIR / "queue"),
        "processed_folder": str(CELERY_QUEUE_DIR / "processed"),
        "store_processed": False,
    }
# No broker configured (tests, a bare runserver): tasks run in the calling process, and nothing runs
# on a schedule. `make run` sets filesystem://, production Redis or RabbitMQ.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_RESULT_BACKEND = None
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"

# --- Security -------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# SAMEORIGIN, not DENY: Wagtail's live preview and the H5P player frame our own pages.
X_FRAME_OPTIONS = "SAMEORIGIN"
# Where embedded videos may come from (config.csp: the pages' Content-Security-Policy frame-src).
CSP_FRAME_HOSTS = env_str(
    "CSP_FRAME_HOSTS", "https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com"
).split()
SILENCED_SYSTEM_CHECKS = ["security.W019"]  # the warning that asks for DENY, see above
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    if env_bool("BEHIND_TLS_PROXY", True):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Learners' login and shared computers (README: "Learners' login and shared computers") --------
# A session ends after this many minutes without use and when the browser closes: learners often
# use a library computer that the next person sits down at.
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 30)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# accounts.middleware ends an idle session on time (whatever the session backend) and says why.
# The stored session outlives the idle limit by an hour so the middleware gets to see it; after
# that the store drops an abandoned session by itself (and `clearsessions` removes it).
SESSION_COOKIE_AGE = (SESSION_IDLE_MINUTES + 60) * 60
# Failed logins allowed per user name and per address within the window before attempts are
# refused until the window has passed. Whole classes share a school's address: keep that one high.
LOGIN_FAILURES_PER_ACCOUNT = env_int("LOGIN_FAILURES_PER_ACCOUNT", 5)
LOGIN_FAILURES_PER_ADDRESS = env_int("LOGIN_FAILURES_PER_ADDRESS", 50)
LOGIN_THROTTLE_MINUTES = env_int("LOGIN_THROTTLE_MINUTES", 15)
# How many of our own proxies append to X-Forwarded-For in front of the app (0: use REMOTE_ADDR).
# Behind the TLS proxy, REMOTE_ADDR is the proxy's, and every learner would share one count.
LOGIN_THROTTLE_PROXY_COUNT = env_int(
    "LOGIN_THROTTLE_PROXY_COUNT", 1 if not DEBUG and env_bool("BEHIND_TLS_PROXY", True) else 0
)
for _name, _minimum in [
    ("SESSION_IDLE_MINUTES", 1),
    ("LOGIN_FAILURES_PER_ACCOUNT", 1),
    ("LOGIN_FAILURES_PER_ADDRESS", 1),
    ("LOGIN_THROTTLE_MINUTES", 1),
    ("LOGIN_THROTTLE_PROXY_COUNT", 0),
]:
    if globals()[_name] < _minimum:
        raise ImproperlyConfigured(f"{_name}={globals()[_name]} must be at least {_minimum}")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "samfund@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# How long an invitation link for a teacher or a coordinator works (accounts.invitations).
INVITATION_VALID_DAYS = env_int("INVITATION_VALID_DAYS", 14)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail 8 runs its index updates as django-tasks and logs every one at INFO.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # fontTools, which fpdf2 subsets the certificate's fonts with, logs every table at INFO.
        "fontTools": {"level": "WARNING"},
    },
}

# Wagtail
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in LANGUAGES if code in {"da", "en", "ar", "uk", "fa", "pl", "tr"}
]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
