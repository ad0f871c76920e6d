"""A stand-in for Slack's Web API on loopback, for the console and the tests.

It answers the Web API methods the bot calls, keeps a small user directory,
records every call (and every post to a response_url) in order, and can be told
to fail a method, with 429 and Retry-After, say, to show the bot's retries,
or to answer slowly, to show that requests are still acknowledged in time.

Posted messages are kept in each conversation's history (a person's direct
messages under the channel id `conversations.open` gives), with their metadata,
for `conversations.history`. It can also lose its answer after posting: record
the message, then answer 500 or drop the connection, the failures after which a
message may or may not have arrived.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

# What `lose_answers` does once the post is recorded: answer with this status, or drop the connection.
DROP = "drop"


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
        self.history: dict[str, list[dict[str, Any]]] = {}
        self._lost: list[int | str] = []
        self._losing: tuple[float, tuple[int | str, ...], random.Random] | None = None
        # Called with each recorded post before it is answered (a test may kill the sender there).
        self.on_post: Callable[[Call], None] | None = None

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

    def lose_answer(self, how: int | str = 500, times: int = 1) -> None:
        """Post the next `times` messages, then answer `how` (a status such as 500, or DROP) instead."""
        with self._lock:
            self._lost.extend([how] * times)

    def lose_answers(self, rate: float, how: tuple[int | str, ...] = (500, DROP), seed: int = 1) -> None:
        """Post every message, then lose the answer to a share `rate` of them, each lost in one of the
        ways in `how` at random (0 stops it)."""
        with self._lock:
            self._losing = (rate, how, random.Random(seed)) if rate else None

    def dm_channel(self, user: str) -> str:
        """The direct-message channel id `conversations.open` gives for a user."""
        return "D" + user.lstrip("UW")[:10]

    def posts_with_key(self) -> dict[str, int]:
        """How many posts carry each outbox key in their metadata."""
        counts: dict[str, int] = {}
        for call in self.sent("chat.postMessage"):
            key = ((call.body.get("metadata") or {}).get("event_payload") or {}).get("key")
            counts[key] = counts.get(key, 0) + 1
        return counts

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
        # A short poll, so stop() returns within 50 ms rather than half a second (tests start hundreds).
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
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
    def answer(self, method: str, body: dict[str, Any]) -> tuple[int | str, dict[str, str], dict[str, Any]]:
        """(status, headers, body) for a call; the status is DROP when the connection is to be dropped."""
        with self._lock:
            delay = self._delays.get(method, 0.0)
        if delay:
            time.sleep(delay)
        lost: int | str | None = None
        with self._lock:
            if method in self._outages:
                return self._outages[method], {}, {"ok": False, "error": "service_unavailable"}
            pending = self._failures.get(method)
            if pending:
                return pending.pop(0)
            call = Call(method, body)
            self.calls.append(call)
            self._ts += 1
            ts = f"{int(time.time())}.{self._ts:06d}"
            if method == "chat.postMessage":
                self._keep(body, ts)
                if self._lost:
                    lost = self._lost.pop(0)
                elif self._losing is not None and self._losing[2].random() < self._losing[0]:
                    lost = self._losing[2].choice(self._losing[1])
        if method == "chat.postMessage" and self.on_post is not None:
            self.on_post(call)
        if lost is not None:
            return lost, {}, {"ok": False, "error": "internal_error"}
        return 200, {}, self._result(method, body, ts)

    def _keep(self, body: dict[str, Any], ts: str) -> None:
        channel = str(body.get("channel", ""))
        if channel.startswith(("U", "W")):
            channel = self.dm_channel(channel)
        message = {"type": "message", "ts": ts, "text": body.get("text"), "bot_id": "BBOT"}
        if isinstance(body.get("metadata"), dict):
            message["metadata"] = body["metadata"]
        self.history.setdefault(channel, []).append(message)

    def _history(self, body: dict[str, Any]) -> dict[str, Any]:
        oldest = float(body.get("oldest") or 0)
        with_metadata = str(body.get("include_all_metadata", "")).lower() in ("1", "true")
        with self._lock:
            kept = [m for m in self.history.get(str(body.get("channel")), []) if float(m["ts"]) > oldest]
        messages = [m if with_metadata else {k: v for k, v in m.items() if k != "metadata"} for m in reversed(kept)]
        return {"ok": True, "messages": messages, "has_more": False, "response_metadata": {"next_cursor": ""}}

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
            return {"ok": True, "channel": {"id": self.dm_channel(str(body.get("users", "U")))}}
        if method == "conversations.history":
            return self._history(body)
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

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that died mid-answer is no news
            super().handle_error(request, client_address)


def _handler_for(slack: LocalSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if len(raw) < length:  # the client died mid-request: Slack would not act on half a request
                self.close_connection = True
                return
            body = _decode(raw, self.headers.get("Content-Type", ""))
            if self.path.startswith("/api/"):
                method = self.path[len("/api/"):].split("?")[0]
            elif self.path.startswith("/respond/"):
                method, body = "respond", {**body, "response_url": self.path}
            else:
                self.send_error(404)
                return
            self._answer(method, body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's name; the Web API's reading methods use GET
            url = urlsplit(self.path)
            if not url.path.startswith("/api/"):
                self.send_error(404)
                return
            self._answer(url.path[len("/api/"):], dict(parse_qsl(url.query)))

        def _answer(self, method: str, body: dict[str, Any]) -> None:
            status, headers, payload = slack.answer(method, body)
            if status == DROP:
                self.close_connection = True  # no answer at all: the client sees the connection closed
                return
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
