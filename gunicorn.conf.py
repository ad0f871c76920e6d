"""gunicorn settings for the web process (`python bot.py serve` and the Procfile's web line)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # gunicorn reads this file before --chdir

from config import Settings, listen_address  # noqa: E402

# Settings, not os.environ, so that HOST and PORT in a .env file count here too. HOST defaults to
# this machine only; the Procfile's web line binds every address, as a platform's router needs.
_settings = Settings.from_env()
bind = listen_address(_settings.host, _settings.port)
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Connections wait on an event loop, not a thread each, so slow clients cannot starve the rest
# (web_worker.py); `threads` is the pool that runs the app for requests that have fully arrived.
worker_class = "web_worker.WebWorker"
threads = int(os.environ.get("WEB_THREADS", "8"))
timeout = 30
graceful_timeout = 10
accesslog = None  # the app logs one line per request itself


def on_starting(server):  # noqa: ARG001 - gunicorn's hook signature
    """Bring an empty database's schema up once, in the master, before workers start."""
    from config import Settings
    from storage.database import Database, ensure_schema

    ensure_schema(Database.connect(Settings.from_env().database_url).engine)
