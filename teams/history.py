"""Finding a message the bot sent to Teams, by its outbox key, when the Bot Connector's answer was lost.

The Bot Connector can post and update but has no history to read, so the conversation is read
through Microsoft Graph instead, with an app-only token from the bot's own app registration and
the resource-specific consent that `teams-manifest` declares:

- a board's channel: `GET /teams/{team}/channels/{channel}/messages` (the replies of the thread when
  the channel was bound inside one), under `ChannelMessage.Read.Group`. Graph's team id is the team's
  `aadGroupId`, which the Bot Connector gives for the Teams team id (`GET /v3/teams/{id}`); the
  channel id is the conversation id without its `;messageid=` part.
- a person's personal chat: `GET /chats/{chat}/messages`, newest first and filtered to the minutes
  since the claim, under `ChatMessage.Read.Chat`. The Bot Framework's `a:…` conversation id is not
  Graph's chat id; Graph gives the chat of the app installed for the user
  (`GET /users/{aad id}/teamwork/installedApps?$filter=teamsApp/externalId eq '{app id}'`, then
  `…/installedApps/{installation}/chat`), under `TeamsAppInstallation.Read.User`.

Every message carries its key in its Adaptive Card (teams.cards.with_outbox_key), which Graph
returns as the attachment's content. What cannot be read (no tenant, no consent, Graph down)
raises HistoryUnavailable: the sender then says so in the log once and the message is sent again,
as before this lookup existed, never lost.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

import httpx

from teams.cards import CARD_TYPE, outbox_key_of

log = logging.getLogger("matters.teams")
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
# Pages read when looking for a message (50 messages a page; the window is minutes long).
PAGES = 5
PAGE_SIZE = 50


class HistoryUnavailable(Exception):
    """Graph cannot be asked now (not configured, not consented, unreachable)."""


class GraphHistory:
    """Reads a Teams conversation's recent messages from Microsoft Graph, looking for an outbox key."""

    def __init__(self, base_url: str, token: Callable[[httpx.Client], str], app_id: str,
                 team_of: Callable[[str, str], dict[str, Any]], *, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.token, self.app_id, self.team_of = token, app_id, team_of
        self.http = httpx.Client(timeout=timeout)
        self._chats: dict[str, str] = {}
        self._groups: dict[str, str] = {}
        self._lock = threading.Lock()

    # -- the two kinds of conversation ---------------------------------------------
    def find_in_chat(self, user_aad_id: str, key: str, since: datetime) -> str | None:
        """The id of the message sent under `key` in the bot's personal chat with this user, if there."""
        chat = self._chat_of(user_aad_id)
        moment = since.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        first = (f"/chats/{quote(chat, safe=':@')}/messages?$top={PAGE_SIZE}"
                 f"&$orderby=lastModifiedDateTime desc&$filter=lastModifiedDateTime gt {moment}")
        return _key_in(self._pages(first), key, since)

    def find_in_channel(self, service_url: str, team_id: str, conversation_id: str, key: str,
                        since: datetime) -> str | None:
        """The id of the message sent under `key` to this channel conversation, if there."""
        group = self._group_of(service_url, team_id)
        channel, _, thread = conversation_id.partition(";messageid=")
        path = f"/teams/{quote(group, safe='')}/channels/{quote(channel, safe=':@')}/messages"
        if thread:
            path += f"/{quote(thread, safe='')}/replies"
        return _key_in(self._pages(f"{path}?$top={PAGE_SIZE}"), key, since)

    # -- Graph ids for Bot Framework ones ------------------------------------------
    def _chat_of(self, user_aad_id: str) -> str:
        with self._lock:
            known = self._chats.get(user_aad_id)
        if known:
            return known
        user = quote(user_aad_id, safe="")
        found = self._get(f"/users/{user}/teamwork/installedApps?$expand=teamsApp"
                          f"&$filter=teamsApp/externalId eq '{self.app_id}'").get("value") or []
        if not found:
            raise HistoryUnavailable("the app is not installed for this user, so Graph has no chat to read")
        chat = str(self._get(f"/users/{user}/teamwork/installedApps/{quote(str(found[0]['id']), safe='')}"
                             "/chat")["id"])
        with self._lock:
            self._chats[user_aad_id] = chat
        return chat

    def _group_of(self, service_url: str, team_id: str) -> str:
        with self._lock:
            known = self._groups.get(team_id)
        if known:
            return known
        try:
            group = self.team_of(service_url, team_id).get("aadGroupId")
        except Exception as error:  # noqa: BLE001 - any failure here means only "cannot look now"
            raise HistoryUnavailable(f"the team's Graph id could not be read ({error})") from error
        if not group:
            raise HistoryUnavailable("the Bot Connector gave no aadGroupId for the team")
        with self._lock:
            self._groups[team_id] = str(group)
        return str(group)

    # -- HTTP ------------------------------------------------------------------------
    def _get(self, path_or_url: str) -> dict[str, Any]:
        url = path_or_url if path_or_url.startswith(("http://", "https://")) else self.base_url + path_or_url
        try:
            response = self.http.get(url, headers={"Authorization": f"Bearer {self.token(self.http)}"})
        except Exception as error:  # noqa: BLE001 - a transport failure or no token: cannot look now
            raise HistoryUnavailable(f"Microsoft Graph unreachable ({error or type(error).__name__})") from error
        if response.status_code in (401, 403):
            raise HistoryUnavailable(f"Microsoft Graph answered {response.status_code}: the app's "
                                     "resource-specific consent is missing for this conversation")
        if response.status_code != 200:
            raise HistoryUnavailable(f"Microsoft Graph answered {response.status_code}")
        try:
            return dict(response.json())
        except ValueError as error:
            raise HistoryUnavailable("Microsoft Graph's answer was not JSON") from error

    def _pages(self, first: str) -> Iterator[list[dict[str, Any]]]:
        url: str | None = first
        for _ in range(PAGES):
            if url is None:
                return
            page = self._get(url)
            yield [m for m in page.get("value") or [] if isinstance(m, dict)]
            url = page.get("@odata.nextLink")


def _key_in(pages: Iterator[list[dict[str, Any]]], key: str, since: datetime) -> str | None:
    """The id of the first message whose card carries `key`; stops at a page wholly older than `since`."""
    for messages in pages:
        for message in messages:
            if key in _keys_of(message):
                return str(message.get("id"))
        if messages and all(_created(m) < since for m in messages):
            return None
    return None


def _keys_of(message: dict[str, Any]) -> set[str]:
    keys = set()
    for attachment in message.get("attachments") or []:
        if not isinstance(attachment, dict) or attachment.get("contentType") != CARD_TYPE:
            continue
        content = attachment.get("content")
        if isinstance(content, str):  # Graph gives a card's content as a JSON string
            try:
                content = json.loads(content)
            except ValueError:
                continue
        found = outbox_key_of(content) if isinstance(content, dict) else None
        if found:
            keys.add(found)
    return keys


def _created(message: dict[str, Any]) -> datetime:
    text = str(message.get("createdDateTime") or "")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=timezone.utc)  # unreadable: never taken as old
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
