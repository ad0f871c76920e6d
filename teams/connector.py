"""Talking to the Bot Connector: replies, proactive messages, member look-ups, and the outbox's TeamsSender.

Why not the SDK's `ApiClient`: it takes its service URL and cloud from the App, gets its
token through MSAL against the cloud's fixed login endpoint, and neither paces nor retries
(Teams answers 429 past about 7 messages a second or 60 in 30 seconds per conversation, and
412/502/504 now and then). This client is the few REST calls the bot makes, synchronous
so the outbox's worker threads and the async endpoint (through a thread) share one pace.

A new message is retried only on answers that prove it did not land (429, 412, a connection
refused): a 5xx, a timeout or a connection dropped after the request went may hide a message
that did land, so the outbox is told it is in doubt and looks for it (teams.history) before
sending it again. Reads and in-place updates are safe to repeat and are retried as before.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from jobs.outbox import DeliveryFailed, DeliveryUncertain, Undeliverable
from teams.cards import with_outbox_key
from teams.history import HistoryUnavailable

log = logging.getLogger("matters.teams")
BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default"
RETRY = {412, 429, 502, 504}
# Answers that prove a new message was not taken: throttled, or a precondition refused.
NOT_LANDED = {412, 429}
GONE = {403, 404}  # the user removed the bot, or the conversation is no more: no retry mends it
ATTEMPTS = 5
PERSON = "teams:"
CHANNEL = "teams-channel:"


class ConnectorError(Exception):
    """A call that failed; `in_doubt` when the request went and its answer was lost (it may have landed)."""

    def __init__(self, status: int, text: str, *, in_doubt: bool = False):
        super().__init__(f"Bot Connector answered {status}: {text[:200]}" if status else
                         f"Bot Connector unreachable: {text[:200]}")
        self.status = status
        self.in_doubt = in_doubt


@dataclass
class AppToken:
    """The app's own token (client credentials) for outbound calls, fetched when needed and kept until near expiry."""

    app_id: str
    password: str
    token_url: str
    scope: str = BOT_FRAMEWORK_SCOPE

    def __post_init__(self) -> None:
        self._value: str | None = None
        self._until = 0.0
        self._lock = threading.Lock()

    def value(self, http: httpx.Client) -> str:
        with self._lock:
            if self._value is None or time.monotonic() > self._until:
                response = http.post(self.token_url, data={
                    "grant_type": "client_credentials", "client_id": self.app_id,
                    "client_secret": self.password, "scope": self.scope})
                if response.status_code != 200:
                    raise ConnectorError(response.status_code, "no token for the app's credentials")
                answer = response.json()
                self._value = str(answer["access_token"])
                self._until = time.monotonic() + int(answer.get("expires_in", 3600)) - 300
            return self._value


class Pace:
    """Teams' per-conversation limits: at most `per_second` a second and `per_window` in `window` seconds."""

    def __init__(self, per_second: int = 7, per_window: int = 60, window: float = 30.0,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.per_second, self.per_window, self.window = per_second, per_window, window
        self.clock, self.sleep = clock, sleep
        self._sent: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, conversation_id: str) -> None:
        """Block until one more message to this conversation keeps within the limits, and count it."""
        while True:
            with self._lock:
                now = self.clock()
                sent = self._sent.setdefault(conversation_id, deque())
                while sent and now - sent[0] >= self.window:
                    sent.popleft()
                last_second = [t for t in sent if now - t < 1.0]
                delay = 0.0
                if len(last_second) >= self.per_second:
                    delay = 1.0 - (now - last_second[0])
                if len(sent) >= self.per_window:
                    delay = max(delay, self.window - (now - sent[0]))
                if delay <= 0:
                    sent.append(now)
                    return
            self.sleep(delay)


class Connector:
    """The Bot Connector REST calls, each paced per conversation and retried with backoff."""

    def __init__(self, token: AppToken | None = None, *, pace: Pace | None = None,
                 sleep: Callable[[float], None] = time.sleep, timeout: float = 15.0):
        self.token, self.pace, self.sleep = token, pace or Pace(), sleep
        self.http = httpx.Client(timeout=timeout)

    def _call(self, method: str, service_url: str, path: str, body: Any = None,
              conversation_id: str | None = None) -> Any:
        """One REST call, retried with backoff. A POST (a new message or conversation) is retried only
        when the answer proves it was not taken; anything else that may have landed is raised in doubt."""
        url = service_url.rstrip("/") + path
        repeatable = method != "POST"
        for attempt in range(ATTEMPTS):
            if conversation_id and method != "GET":
                self.pace.wait(conversation_id)
            headers = {"Authorization": f"Bearer {self.token.value(self.http)}"} if self.token else {}
            try:
                response = self.http.request(method, url, json=body, headers=headers)
            except httpx.TransportError as error:
                unsent = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
                if attempt == ATTEMPTS - 1 or not (repeatable or unsent):
                    raise ConnectorError(0, str(error) or type(error).__name__,
                                         in_doubt=not (repeatable or unsent)) from error
                self.sleep(min(2 ** attempt, 30))
                continue
            status = response.status_code
            if status in (RETRY if repeatable else NOT_LANDED) and attempt < ATTEMPTS - 1:
                self.sleep(_backoff(response, attempt))
                continue
            if status >= 300:
                raise ConnectorError(status, response.text, in_doubt=not repeatable and status >= 500)
            return response.json() if response.content else {}
        raise AssertionError("not reached")

    def member(self, service_url: str, conversation_id: str, user_id: str) -> dict[str, Any] | None:
        """GET /v3/conversations/{id}/members/{userId}: name, e-mail, UPN, AAD id; None when unknown."""
        try:
            return self._call("GET", service_url, f"/v3/conversations/{quote(conversation_id, safe=':@;')}"
                                                  f"/members/{quote(user_id, safe=':')}")
        except ConnectorError as error:
            if error.status in GONE or error.status == 0:
                return None
            raise

    def create_conversation(self, service_url: str, user_id: str, tenant_id: str | None) -> str:
        """POST /v3/conversations: the bot's personal chat with this user (the same one, if it exists)."""
        body: dict[str, Any] = {"isGroup": False, "members": [{"id": user_id}],
                                "channelData": {"tenant": {"id": tenant_id}} if tenant_id else {}}
        if tenant_id:
            body["tenantId"] = tenant_id
        return str(self._call("POST", service_url, "/v3/conversations", body)["id"])

    def send(self, service_url: str, conversation_id: str, activity: dict[str, Any]) -> str | None:
        """POST /v3/conversations/{id}/activities; the new activity's id."""
        answer = self._call("POST", service_url, f"/v3/conversations/{quote(conversation_id, safe=':@;')}/activities",
                            activity, conversation_id)
        return answer.get("id")

    def team(self, service_url: str, team_id: str) -> dict[str, Any]:
        """GET /v3/teams/{teamId}: the team's details, among them its `aadGroupId` (Microsoft Graph's team id)."""
        return dict(self._call("GET", service_url, f"/v3/teams/{quote(team_id, safe=':@;')}"))

    def update(self, service_url: str, conversation_id: str, activity_id: str, activity: dict[str, Any]) -> None:
        """PUT /v3/conversations/{id}/activities/{activityId}: the message replaced in place."""
        self._call("PUT", service_url, f"/v3/conversations/{quote(conversation_id, safe=':@;')}"
                                       f"/activities/{quote(activity_id, safe=':')}",
                   {**activity, "id": activity_id}, conversation_id)


def _backoff(response: httpx.Response, attempt: int) -> float:
    """Retry-After when Teams gives one (seconds), else 1, 2, 4, 8 seconds; never more than 30."""
    after = response.headers.get("Retry-After", "")
    if after.replace(".", "", 1).isdigit():
        return min(float(after), 30.0)
    return float(min(2 ** attempt, 30))


def render_activity(message: Any) -> dict[str, Any]:
    """A job's message as a Teams activity (teams.cards renders the chat-neutral view)."""
    from teams.cards import activity_for

    return activity_for(message)


class TeamsSender:
    """The outbox's sender for `teams:<id>` (a person's personal chat) and `teams-channel:<id>` (a board's).

    Every message carries its outbox key in its card; a message whose answer was lost is looked for
    through Microsoft Graph (`history`, a teams.history.GraphHistory) before it is sent again. Without
    `history`, or when Graph cannot be read, that is said once in the log and the message is sent again.
    """

    def __init__(self, db: Any, connector: Connector, render: Callable[[Any], dict[str, Any]] = render_activity,
                 history: Any = None):
        self.db, self.connector, self.render, self.history = db, connector, render, history
        self._said: set[str] = set()
        self._said_lock = threading.Lock()  # sending threads may meet the same reason at once

    def send(self, recipient: str, message: Any, *, key: str | None = None) -> tuple[str | None, str | None]:
        """Deliver, carrying the outbox `key`; (conversation id, activity id)."""
        service_url, conversation_id = self._where(recipient)
        activity = self.render(message)
        if key:
            activity = with_outbox_key(activity, key)
        try:
            activity_id = self.connector.send(service_url, conversation_id, activity)
        except ConnectorError as error:
            if error.status in GONE:
                raise Undeliverable(str(error)) from error
            raise (DeliveryUncertain if error.in_doubt else DeliveryFailed)(str(error)) from error
        log.info("teams_sent recipient=%s key=%s", recipient, key)
        return conversation_id, activity_id

    def find(self, recipient: str, key: str, *, since: datetime) -> tuple[str | None, str | None] | None:
        """(conversation id, message id) of the message sent under `key` since `since`, read through Graph;
        None when it is not there, or when Graph cannot tell (said once in the log: it is then sent again)."""
        try:
            if self.history is None:
                raise HistoryUnavailable("Microsoft Graph is not configured (TEAMS_APP_ID, TEAMS_APP_PASSWORD "
                                         "and TEAMS_TENANT_ID)")
            if recipient.startswith(CHANNEL):
                with self.db.unit_of_work() as reg:
                    channel = reg.teams_channel(recipient.removeprefix(CHANNEL))
                    place = (channel.service_url, channel.team_id, channel.conversation_id) if channel else None
                if place is None or not place[1]:
                    raise HistoryUnavailable("the board's Teams channel has no team id to read it by")
                found = self.history.find_in_channel(place[0], place[1], place[2], key, since)
                return (place[2], found) if found else None
            teams_id = recipient.removeprefix(PERSON)
            with self.db.unit_of_work() as reg:
                user = reg.teams_user(teams_id)
                conversation_id = user.conversation_id if user else None
            if conversation_id is None:
                return None  # no personal chat yet: nothing can have been sent there
            found = self.history.find_in_chat(teams_id, key, since)
            return (conversation_id, found) if found else None
        except HistoryUnavailable as error:
            reason = str(error).split(" (")[0]
            with self._said_lock:
                first = reason not in self._said
                self._said.add(reason)
            if first:
                log.warning("teams_history_unavailable reason=%r: Teams messages in doubt are sent again", reason)
            return None

    def _where(self, recipient: str) -> tuple[str, str]:
        if recipient.startswith(CHANNEL):
            with self.db.unit_of_work() as reg:
                channel = reg.teams_channel(recipient.removeprefix(CHANNEL))
                if channel is None:
                    raise Undeliverable("the board's Teams channel is no longer bound")
                return channel.service_url, channel.conversation_id
        teams_id = recipient.removeprefix(PERSON)
        with self.db.unit_of_work() as reg:
            user = reg.teams_user(teams_id)
            if user is None:
                raise Undeliverable("they have not used the bot in Teams yet, so it cannot write to them there")
            reference = (user.service_url, user.user_id, user.tenant_id, user.conversation_id)
        service_url, user_id, tenant_id, conversation_id = reference
        if conversation_id:
            return service_url, conversation_id
        try:
            conversation_id = self.connector.create_conversation(service_url, user_id, tenant_id)
        except ConnectorError as error:
            raise (Undeliverable if error.status in GONE else DeliveryFailed)(str(error)) from error
        with self.db.unit_of_work() as reg:
            stored = reg.teams_user(teams_id)
            if stored is not None:
                stored.conversation_id = conversation_id
        return service_url, conversation_id
