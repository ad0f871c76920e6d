"""Requests as Slack sends them: form-encoded or JSON, signed with the app's signing secret."""

from __future__ import annotations

import io
import json
import threading
import time
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from console.local_slack import LocalSlack


@dataclass
class Reply:
    status: int
    body: bytes

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.body) if self.body else {}

    @property
    def text(self) -> str:
        return self.json.get("text", "")


def signature_headers(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body),
    }


class SignedClient:
    """Drives a WSGI app the way Slack does."""

    def __init__(self, wsgi: Any, secret: str, slack: LocalSlack):
        self.wsgi, self.secret, self.slack = wsgi, secret, slack
        self._turn = 0

    def request(self, method: str, path: str, body: str = "", headers: dict[str, str] | None = None,
                content_type: str = "application/x-www-form-urlencoded") -> Reply:
        raw = body.encode()
        environ = {
            "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "", "SERVER_NAME": "test",
            "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(raw), "CONTENT_LENGTH": str(len(raw)), "CONTENT_TYPE": content_type,
            "wsgi.errors": io.StringIO(), "wsgi.version": (1, 0), "wsgi.multithread": True,
            "wsgi.multiprocess": False, "wsgi.run_once": False,
        }
        for name, value in (headers or {}).items():
            environ["HTTP_" + name.upper().replace("-", "_")] = value
        status: list[str] = []
        chunks = self.wsgi(environ, lambda s, h, *a: status.append(s))
        return Reply(int(status[0].split()[0]), b"".join(chunks))

    def post(self, body: str, content_type: str = "application/x-www-form-urlencoded",
             timestamp: int | None = None, secret: str | None = None) -> Reply:
        headers = signature_headers(secret or self.secret, body, timestamp)
        return self.request("POST", "/slack/events", body, headers, content_type)

    def command(self, command: str, text: str = "", *, user: str, channel: str = "C0BOARD") -> Reply:
        """A slash command; `text` is as Slack delivers it (already escaped)."""
        self._turn += 1
        return self.post(urlencode({
            "token": "legacy", "team_id": "T0TEST", "channel_id": channel, "channel_name": "board",
            "user_id": user, "user_name": user.lower(), "command": command, "text": text,
            "response_url": self.slack.response_url(f"c{self._turn}"), "trigger_id": f"trigger.{self._turn}",
        }))

    def interaction(self, payload: dict[str, Any]) -> Reply:
        return self.post(urlencode({"payload": json.dumps(payload)}))

    def click(self, action_id: str, value: str, *, user: str, channel: str = "C0BOARD") -> Reply:
        """A button in an ephemeral message (the /myactions list) clicked."""
        self._turn += 1
        return self.interaction({
            "type": "block_actions", "user": {"id": user}, "team": {"id": "T0TEST"},
            "channel": {"id": channel}, "container": {"type": "message", "is_ephemeral": True},
            "trigger_id": f"trigger.{self._turn}", "response_url": self.slack.response_url(f"b{self._turn}"),
            "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value,
                         "action_ts": "1"}],
        })

    def submit(self, callback_id: str, values: dict[str, Any], *, user: str, private_metadata: str = "") -> Reply:
        return self.interaction({
            "type": "view_submission", "user": {"id": user}, "team": {"id": "T0TEST"},
            "view": {"id": "V1", "type": "modal", "callback_id": callback_id,
                     "private_metadata": private_metadata, "state": {"values": values}},
        })

    def event(self, event: dict[str, Any], *, retry: int | None = None, event_id: str | None = None) -> Reply:
        """An Events API delivery; a retry of an earlier one repeats its `event_id`."""
        self._turn += 1
        event_id = event_id or f"Ev{self._turn:08d}"
        body = json.dumps({"type": "event_callback", "team_id": "T0TEST", "event_id": event_id, "event": event})
        headers = signature_headers(self.secret, body)
        if retry is not None:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
        return self.request("POST", "/slack/events", body, headers, "application/json")


class Listeners(Executor):
    """Bolt's listener threads, counting the work in flight, so a test can wait until every
    listener it started has finished (some go on after their answer: a reply through
    response_url, a Home tab refreshed, a channel told)."""

    def __init__(self) -> None:
        self.inner = ThreadPoolExecutor(max_workers=5)
        self.idle = threading.Condition()
        self.running = 0

    @classmethod
    def installed_in(cls, app: Any) -> "Listeners":
        """A pool that runs `app`'s listeners and lazy listeners in place of Bolt's own."""
        pool = cls()
        app.listener_runner.listener_executor = pool
        app.listener_runner.lazy_listener_runner.executor = pool
        return pool

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        def tracked() -> Any:
            try:
                return fn(*args, **kwargs)
            finally:
                with self.idle:
                    self.running -= 1
                    self.idle.notify_all()

        with self.idle:
            self.running += 1
        return self.inner.submit(tracked)

    def settle(self, timeout: float = 30.0) -> bool:
        """Wait until no listener is running; False if `timeout` passed first."""
        with self.idle:
            return self.idle.wait_for(lambda: self.running == 0, timeout)

    def shutdown(self, wait: bool = True, **kwargs: Any) -> None:
        self.inner.shutdown(wait=wait)
