"""gunicorn's worker for the web process: connections on an asyncio loop, the app on a few threads.

gunicorn's gthread worker gives each connection a thread while it reads the request's headers,
so a few hundred clients sending their headers slowly (by accident or on purpose) hold every
thread and nobody else is answered. Here uvicorn (h11) reads headers for any number of
connections on one event loop, and only a request whose headers and body have arrived reaches
the WSGI app, run by a2wsgi on a pool of `threads` (gunicorn.conf.py) threads.
"""

from __future__ import annotations

from a2wsgi import WSGIMiddleware
from uvicorn_worker import UvicornWorker


class WebWorker(UvicornWorker):
    CONFIG_KWARGS = {"loop": "asyncio", "http": "h11", "lifespan": "off", "access_log": False}

    def load_wsgi(self) -> None:
        super().load_wsgi()
        self.wsgi = WSGIMiddleware(self.wsgi, workers=max(1, self.cfg.threads))
