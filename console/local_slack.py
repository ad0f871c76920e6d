"""A stand-in for Slack's Web API on loopback, for the console and the tests.

It answers the Web API methods the bot calls, keeps a small user directory,
records every call (and every post to a response_url) in order, and can be told
to fail a method, with 429 and Retry-After, say, to show the bot's retries,
or to answer slowly, to show that requests are still acknowledged in time.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Call:
    """One request the bot made: a Web API method, or `response_url` for a post to one."""

    method: str
    body: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class LocalSlack:
    """Start with `start()`; point the bot's client at `api_url`; read `calls`."""

    def __init__(self) -> None:
        self.users: dict[str, dict[str, Any]] = {}
        self.calls: list[Call] = []
        self._failures: dict[str, list[tuple[int, dict[str, str], dict[str, Any]]]] = {}
        self._delays: dict[str, float] = {}
        self._outages: dict[str, int] = {}
        self._lock = threading.Lock()
        self._ts = 0
        self._server: ThreadingHTTPServer | None = None

    # -- the directory ---------------------------------------------------
    def add_user(self, user_id: str, real_name: str, email: str | None = None, tz: str = "Europe/London",
                 deleted: bool = False, admin: bool = False) -> None:
        self.users[user_id] = {
            "id": user_id, "name": real_name.lower().replace(" ", "."), "real_name": real_name,
            "deleted": deleted, "is_bot": False, "tz": tz, "is_admin": admin, "is_owner": False,
            "profile": {"real_name": real_name, "display_name": real_name.split()[0] if real_name else "",
                        "email": email},
        }

    # -- faults ----------------------------------------------------------
    def fail_next(self, method: str, status: int = 429, headers: dict[str, str] | None = None,
                  body: dict[str, Any] | None = None) -> None:
        """Answer the next call of `method` with this status (429 with Retry-After: 1 by default)."""
        headers = headers if headers is not None else ({"Retry-After": "1"} if status == 429 else {})
        body = body if body is not None else {"ok": False, "error": "ratelimited" if status == 429 else "fatal_error"}
        with self._lock:
            self._failures.setdefault(method, []).append((status, headers, body))

    def outage(self, method: str, status: int | None = 503) -> None:
        """Answer every call of `method` with `status` until called again with None."""
        with self._lock:
            if status is None:
                self._outages.pop(method, None)
            else:
                self._outages[method] = status

    def slow_down(self, method: str, seconds: float) -> None:
        """Answer every call of `method` (`respond` for response_url posts) after `seconds`; 0 undoes it."""
        with self._lock:
            self._delays[method] = seconds

    # -- reading what was sent -------------------------------------------
    def sent(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if method is None or c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0) -> list[Call]:
        """The calls of `method`, once there are at least `count` of them (or the timeout passes: long,
        so that a loaded machine is only slower, never wrong)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.sent(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        return self.sent(method)

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()

    # -- the server ------------------------------------------------------
    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the stand-in first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, key: str = "r") -> str:
        return f"{self.base_url}/respond/{key}"

    def start(self) -> "LocalSlack":
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> "LocalSlack":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- answering -------------------------------------------------------
    def answer(self, method: str, body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        with self._lock:
            delay = self._delays.get(method, 0.0)
        if delay:
            time.sleep(delay)
        with self._lock:
            if method in self._outages:
                return self._outages[method], {}, {"ok": False, "error": "service_unavailable"}
            pending = self._failures.get(method)
            if pending:
                return pending.pop(0)
            self.calls.append(Call(method, body))
            self._ts += 1
            ts = f"{int(time.time())}.{self._ts:06d}"
        return 200, {}, self._result(method, body, ts)

    def _result(self, method: str, body: dict[str, Any], ts: str) -> dict[str, Any]:
        if method == "users.info":
            user = self.users.get(str(body.get("user")))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "users.lookupByEmail":
            email = str(body.get("email", "")).lower()
            for user in self.users.values():
                if (user["profile"].get("email") or "").lower() == email:
                    return {"ok": True, "user": user}
            return {"ok": False, "error": "users_not_found"}
        if method == "users.list":
            return {"ok": True, "members": list(self.users.values()), "response_metadata": {"next_cursor": ""}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(body.get("users", "U")).lstrip("UW")[:10]}}
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            return {"ok": True, "channel": body.get("channel"), "ts": body.get("ts") or ts,
                    "message_ts": ts, "message": {"text": body.get("text"), "ts": ts}}
        if method in ("views.open", "views.publish", "views.update", "views.push"):
            return {"ok": True, "view": {"id": f"V{ts.replace('.', '')}"}}
        if method == "auth.test":
            return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T0LOCAL"}
        if method == "chat.getPermalink":
            found = str(body.get("message_ts", "")).replace(".", "")
            return {"ok": True, "channel": body.get("channel"),
                    "permalink": f"https://local.slack.example/archives/{body.get('channel')}/p{found}"}
        if method == "respond":
            return {"ok": True}
        return {"ok": True}


def _decode(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    decoded: dict[str, Any] = dict(parse_qsl(raw.decode()))
    for key in ("blocks", "view", "attachments"):
        if isinstance(decoded.get(key), str):
            try:
                decoded[key] = json.loads(decoded[key])
            except ValueError:
                pass
    return decoded


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # http.server's 5 would make a busy stand-in refuse connections


def _handler_for(slack: LocalSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            body = _decode(self.rfile.read(length), self.headers.get("Content-Type", ""))
            if self.path.startswith("/api/"):
                method = self.path[len("/api/"):].split("?")[0]
            elif self.path.startswith("/respond/"):
                method, body = "respond", {**body, "response_url": self.path}
            else:
                self.send_error(404)
                return
            status, headers, payload = slack.answer(method, body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler
