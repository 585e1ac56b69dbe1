#!/usr/bin/env python
"""Django's manage.py for the fixture (debugging only; tests use serve.py). Database: $STA_FIXTURE_DATA, default $TMPDIR/ioc-sensorthings-fixture."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stafixture.settings")
from django.core.management import execute_from_command_line  # noqa: E402

execute_from_command_line(sys.argv)
