"""The web process: Slack's requests, a health check, and the WSGI app gunicorn serves."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from storage.database import Database

log = logging.getLogger("matters.web")
Respond = Callable[[str, list[tuple[str, str]]], Any]


def _send(start_response: Respond, status: str, body: bytes, content_type: str) -> Iterable[bytes]:
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]


def _json(start_response: Respond, status: str, payload: dict[str, Any]) -> Iterable[bytes]:
    return _send(start_response, status, json.dumps(payload).encode(), "application/json")


class WebApp:
    """WSGI routes: POST /slack/events to Bolt, GET /healthz, and nothing else."""

    def __init__(self, app: App, db: Database):
        self.slack = SlackRequestHandler(app, path="/slack/events")
        self.db = db

    def __call__(self, environ: dict[str, Any], start_response: Respond) -> Iterable[bytes]:
        started = time.perf_counter()
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        status_holder: list[str] = []

        def recording_start(status: str, headers: list[tuple[str, str]], *args: Any) -> Any:
            status_holder.append(status)
            return start_response(status, headers, *args)

        try:
            return self._route(method, path, environ, recording_start)
        except Exception:  # noqa: BLE001 - the last guard: never a traceback to the caller
            log.exception("request_failed method=%s path=%s", method, path)
            return _json(recording_start, "500 Internal Server Error", {"ok": False})
        finally:
            log.info("request method=%s path=%s status=%s ms=%.1f", method, path,
                     (status_holder or ["?"])[0].split()[0], (time.perf_counter() - started) * 1000)

    def _route(self, method: str, path: str, environ: dict[str, Any], start_response: Respond) -> Iterable[bytes]:
        if path == "/healthz" and method == "GET":
            if self.db.ping():
                return _json(start_response, "200 OK", {"ok": True})
            return _json(start_response, "503 Service Unavailable", {"ok": False, "error": "database unavailable"})
        if path == "/slack/events":
            if method != "POST":
                return _json(start_response, "405 Method Not Allowed", {"ok": False})
            return self.slack(environ, start_response)
        return _json(start_response, "404 Not Found", {"ok": False, "error": "not found"})
