"""Settings for the SensorThings test fixture. Everything that varies per run comes from the environment:

STA_FIXTURE_DATA         directory holding the SQLite database (default: $TMPDIR/ioc-sensorthings-fixture, never the source tree)
STA_FIXTURE_SERVICE_URL  base used for @iot.selfLink / @iot.navigationLink / @iot.nextLink
                         (serve.py sets it to http://127.0.0.1:PORT/sensorthings)
STA_FIXTURE_ADAPTER      "fixed" (default: stafixture.adapter.FixtureBackendAdapter) or "stock" (the package's
                         DjangoBackendAdapter unchanged, to reproduce the $orderby=phenomenonTime defect)
"""
import os
import tempfile
from pathlib import Path
from uuid import UUID

DATA_DIR = Path(os.environ.get("STA_FIXTURE_DATA") or Path(tempfile.gettempdir()) / "ioc-sensorthings-fixture")
DATA_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = "ioc-sensorthings-fixture-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "sensorthings.versions.v1_1",
    "sensorthings.versions.v1_1.backends.django",
]
MIDDLEWARE = []
ROOT_URLCONF = "stafixture.urls"
WSGI_APPLICATION = "stafixture.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(DATA_DIR / "sensorthings.sqlite3"),
        # Writes from concurrent request threads wait for the lock instead of failing with "database is locked".
        "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},  # no per-request access log
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
    },
}

SENSORTHINGS_V1_1_SERVICE_URL = os.environ.get("STA_FIXTURE_SERVICE_URL", "http://127.0.0.1:8000/sensorthings")
SENSORTHINGS_V1_1_BACKEND_ADAPTER = (
    "sensorthings.versions.v1_1.backends.django.adapter.DjangoBackendAdapter"
    if os.environ.get("STA_FIXTURE_ADAPTER") == "stock"
    else "stafixture.adapter.FixtureBackendAdapter"
)
SENSORTHINGS_V1_1_ID_TYPE = UUID
SENSORTHINGS_V1_1_ID_DELIMITER = "'"
SENSORTHINGS_V1_1_DOCS_ENABLED = False
