"""Slack's pace and Slack's retries, as the Web API client needs them.

Slack takes about one message a second in each conversation and answers 429 with
Retry-After when pushed; a 429 is then everyone's to wait out, not just the
thread that got it. A retry is safe only when the request surely did not land:
a 429, or a connection refused before anything was sent. A 5xx, a timeout or a
connection dropped after the request went may hide a message that did land, so
those are never retried here: the outbox looks for the message first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.http_retry.handler import RetryHandler

# chat.postMessage: about one message a second in each conversation, short bursts allowed.
SECONDS_PER_MESSAGE = 1.0
# A Retry-After longer than this is not waited out inside one call; the message waits for the next sweep.
LONGEST_WAIT = 30


def retry_after(headers: Any) -> float:
    """Seconds from a Retry-After header (a mapping of names to a value or a list of values); 1 if unreadable."""
    for name, value in dict(headers or {}).items():
        if name.lower() == "retry-after":
            text = str(value[0] if isinstance(value, list) and value else value)
            return float(text) if text.isdigit() else 1.0
    return 1.0


class Pace:
    """When the next message may go to each conversation, and a pause that every conversation shares."""

    def __init__(self, seconds_per_message: float = SECONDS_PER_MESSAGE,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.seconds_per_message = seconds_per_message
        self.clock, self.sleep = clock, sleep
        self._next: dict[str, float] = {}
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def turn(self, conversation: str) -> None:
        """Wait for this conversation's turn (and any shared pause), and book the turn after it."""
        with self._lock:
            now = self.clock()
            at = max(now, self._paused_until, self._next.get(conversation, 0.0))
            self._next[conversation] = at + self.seconds_per_message
            if len(self._next) > 10_000:  # forget conversations whose turn has long come
                self._next = {c: t for c, t in self._next.items() if t > now}
        if at > now:
            self.sleep(at - now)

    def pause(self, seconds: float) -> None:
        """Slack said to wait (Retry-After): nobody posts until then."""
        with self._lock:
            self._paused_until = max(self._paused_until, self.clock() + seconds)

    def wait_out_pause(self) -> None:
        with self._lock:
            left = self._paused_until - self.clock()
        if left > 0:
            self.sleep(left)


class PacedRateLimitRetry(RateLimitErrorRetryHandler):
    """Retries a 429 after its Retry-After, and makes every other caller of the client wait it out too."""

    def __init__(self, pace: Pace, max_retry_count: int = 2):
        super().__init__(max_retry_count=max_retry_count)
        self.pace = pace

    def _can_retry(self, *, state: Any, request: Any, response: Any = None, error: Any = None) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = retry_after(response.headers)
        self.pace.pause(wait)
        return wait <= LONGEST_WAIT

    def prepare_for_next_attempt(self, *, state: Any, request: Any, response: Any = None, error: Any = None) -> None:
        state.next_attempt_requested = True
        self.pace.wait_out_pause()
        state.increment_current_attempt()


class RefusedConnectionRetry(RetryHandler):
    """Retries only a connection refused: nothing was sent, so nothing can land twice."""

    def _can_retry(self, *, state: Any, request: Any, response: Any = None, error: Any = None) -> bool:
        return refused(error)


def refused(error: BaseException | None) -> bool:
    """Whether the connection was refused before any request was sent."""
    if isinstance(error, URLError) and not isinstance(error.reason, str):
        return isinstance(error.reason, ConnectionRefusedError)
    return isinstance(error, ConnectionRefusedError)


def pace_of(client: WebClient) -> Pace:
    """The pace the client's rate-limit retries share (one is added to a client without)."""
    for handler in client.retry_handlers:
        if isinstance(handler, PacedRateLimitRetry):
            return handler.pace
    handler = PacedRateLimitRetry(Pace())
    client.retry_handlers.append(handler)
    return handler.pace
