"""The web process: Slack's requests, a health check, and the WSGI app gunicorn serves."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk.signature import SignatureVerifier

from handlers.request_info import what, who
from ics import meetings_calendar
from storage.database import Database

log = logging.getLogger("matters.web")
Respond = Callable[[str, list[tuple[str, str]]], Any]
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 500: "Internal Server Error"}
# Board ids are database integers: nine digits at most keeps a long number from overflowing the query.
_CALENDAR = re.compile(r"^/boards/(?P<board>[0-9]{1,9})/meetings\.ics$")


def _send(start_response: Respond, status: str, body: bytes, content_type: str) -> Iterable[bytes]:
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]


def _json(start_response: Respond, status: str, payload: dict[str, Any]) -> Iterable[bytes]:
    return _send(start_response, status, json.dumps(payload).encode(), "application/json")


def _headers(environ: dict[str, Any]) -> dict[str, list[str]]:
    headers = {key[5:].replace("_", "-").lower(): [value] for key, value in environ.items() if key.startswith("HTTP_")}
    if environ.get("CONTENT_TYPE"):
        headers["content-type"] = [environ["CONTENT_TYPE"]]
    return headers


def _clean_path(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9_./-]", "?", path[:100])


def _clean_number(text: str) -> str:
    return text[:3] if text[:3].isdigit() else "?"


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class WebApp:
    """WSGI routes: POST /slack/events to Bolt, GET /healthz, GET /boards/<id>/meetings.ics, and nothing else."""

    MAX_BODY = 1_000_000

    def __init__(self, app: App, db: Database, signing_secret: str, clock: Callable[[], datetime] = _utc_now):
        self.app = app
        self.db = db
        self.verifier = SignatureVerifier(signing_secret)
        self.clock = clock

    def _slack(self, environ: dict[str, Any], start_response: Respond, line: dict[str, str]) -> Iterable[bytes]:
        """Check the signature before anything reads the body; then hand the request to Bolt."""
        declared = str(environ.get("CONTENT_LENGTH") or "0")
        if not declared.isdigit():
            return _json(start_response, "400 Bad Request", {"ok": False, "error": "bad content length"})
        length = int(declared)
        if length > self.MAX_BODY:
            return _json(start_response, "413 Payload Too Large", {"ok": False})
        body = environ["wsgi.input"].read(length) if length else b""
        headers = _headers(environ)
        timestamp = headers.get("x-slack-request-timestamp", [""])[0]
        signature = headers.get("x-slack-signature", [""])[0]
        if not (timestamp.isdigit() and signature and self.verifier.is_valid(body, timestamp, signature)):
            line["outcome"] = "unsigned"
            return _json(start_response, "401 Unauthorized", {"ok": False, "error": "invalid signature"})
        try:
            request = BoltRequest(body=body.decode("utf-8"), query=environ.get("QUERY_STRING", ""), headers=headers)
            line.update(what=what(request.body), who=who(request.body))
            if headers.get("x-slack-retry-num"):
                line["retry"] = _clean_number(headers["x-slack-retry-num"][0])
            # Our listeners' own errors are answered inside Bolt (handlers.errors); what escapes
            # dispatch is Bolt failing to read a payload that lacks the fields it expects.
            response = self.app.dispatch(request)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
            log.warning("malformed_payload error=%s", type(error).__name__)
            line["outcome"] = "malformed"
            return _json(start_response, "400 Bad Request", {"ok": False, "error": "malformed payload"})
        line["outcome"] = str(request.context.get("outcome") or ("ok" if response.status < 400 else "unhandled"))
        data = response.body.encode() if isinstance(response.body, str) else (response.body or b"")
        header_list = [(name, value) for name, values in response.headers.items() for value in values
                       if name.lower() != "content-length"]
        start_response(f"{response.status} {_REASONS.get(response.status, 'OK')}",
                       header_list + [("Content-Length", str(len(data)))])
        return [data]

    def __call__(self, environ: dict[str, Any], start_response: Respond) -> Iterable[bytes]:
        """Answer one request, and log one line for it: what, who, status, outcome, how long."""
        started = time.perf_counter()
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        status_holder: list[str] = []
        line: dict[str, str] = {}

        def recording_start(status: str, headers: list[tuple[str, str]], *args: Any) -> Any:
            status_holder.append(status)
            return start_response(status, headers, *args)

        try:
            return self._route(method, path, environ, recording_start, line)
        except Exception:  # noqa: BLE001 - the last guard: never a traceback to the caller
            log.exception("request_failed method=%s path=%s", method, path)
            line["outcome"] = "failed"
            return _json(recording_start, "500 Internal Server Error", {"ok": False})
        finally:
            status = (status_holder or ["?"])[0].split()[0]
            extra = "".join(f" {key}={value}" for key, value in line.items() if key not in ("what", "who", "outcome"))
            log.info("request method=%s path=%s what=%s who=%s status=%s outcome=%s ms=%.1f%s", method,
                     _clean_path(path), line.get("what", "-"), line.get("who", "-"), status,
                     line.get("outcome", "ok" if status.startswith(("2", "3")) else "refused"),
                     (time.perf_counter() - started) * 1000, extra)

    def _route(self, method: str, path: str, environ: dict[str, Any], start_response: Respond,
               line: dict[str, str]) -> Iterable[bytes]:
        if path == "/healthz" and method == "GET":
            if self.db.ping():
                return _json(start_response, "200 OK", {"ok": True})
            return _json(start_response, "503 Service Unavailable", {"ok": False, "error": "database unavailable"})
        if path == "/slack/events":
            if method != "POST":
                return _json(start_response, "405 Method Not Allowed", {"ok": False})
            return self._slack(environ, start_response, line)
        calendar = _CALENDAR.match(path)
        if calendar is not None:
            if method not in ("GET", "HEAD"):
                return _json(start_response, "405 Method Not Allowed", {"ok": False})
            return self._calendar(int(calendar["board"]), start_response, head=method == "HEAD")
        return _json(start_response, "404 Not Found", {"ok": False, "error": "not found"})

    def _calendar(self, board_id: int, start_response: Respond, *, head: bool = False) -> Iterable[bytes]:
        """The board's meetings as iCalendar.

        No sign-in, by design: calendar apps subscribe to a plain URL, and boards
        publish their meeting dates and venues anyway. The feed holds nothing else:
        no actions, no attendance, no apologies.
        """
        with self.db.unit_of_work() as reg:
            board = reg.board(board_id)
            if board is None:
                return _json(start_response, "404 Not Found", {"ok": False, "error": "no such board"})
            body = meetings_calendar(board, reg.meetings_of_board(board.id), now=self.clock())
        start_response("200 OK", [("Content-Type", "text/calendar; charset=utf-8"),
                                  ("Content-Disposition", f'inline; filename="board-{board_id}-meetings.ics"'),
                                  ("Cache-Control", "public, max-age=300"),
                                  ("Content-Length", str(len(body)))])
        return [b"" if head else body]
