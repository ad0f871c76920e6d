"""What a Teams entry point is given, and what it must give back: the seam inside `teams/`.

The transport (teams/app.py) checks the token, stores the sender's conversation
reference, works out who they are, resolves mentions, and then calls one of the
entry points that the conversation side implements, in `teams/commands.py`:

    async def on_message(turn: TeamsTurn) -> list[dict]
        A message in the bot's personal chat, or in a channel or group chat where the bot
        was @mentioned. Returns the activities to send back, in order: each a Bot Framework
        activity dict ({"type": "message", "text": ..., "attachments": [...]}), usually one
        Adaptive Card. The transport posts them to the conversation and keeps their ids.

    async def on_invoke(turn: TeamsTurn, verb: str, data: dict) -> dict
        An `adaptiveCard/action` invoke (an Action.Execute button): `verb` and `data` are
        exactly what the card carried. Returns the invoke response body, e.g.
        {"statusCode": 200, "type": "application/vnd.microsoft.card.adaptive", "value": card}
        to replace the clicked card, or {"statusCode": 200, "type":
        "application/vnd.microsoft.activity.message", "value": "text"}. Other invokes
        (`task/fetch`, `task/submit`, `fileConsent/invoke`) come here too, with `verb` set
        to the invoke name and `data` to the activity's `value`.

    async def on_installed(turn: TeamsTurn) -> list[dict]
        The bot was added to a personal chat, a team or a group chat (conversationUpdate
        with the bot among membersAdded, or installationUpdate "add"). The reference is
        already stored. Returns the welcome activities, if any.

And the chat-neutral message view that the jobs hand to the outbox is rendered by
`teams.cards.activity_for(message) -> dict`, a Bot Framework message activity (text
fallback plus an Adaptive Card 1.5 attachment). `teams.connector.TeamsSender` calls it
for every proactive message; both the legacy Slack-shaped dict ({"text", "blocks"}) and
the new view must be accepted while the jobs move over.

Blocking database work must not run on the event loop: use `await turn.run(fn, *args)`,
which runs `fn(reg, *args)` in a worker thread inside `turn.services.db.unit_of_work()`
(committed when it returns, rolled back when it raises).

Addresses the outbox routes (jobs/outbox.py, jobs/mail.py RoutingSender):
    `teams:<aad object id>`          a person's personal chat with the bot
    `teams-channel:<conversation id>` a board's Teams channel (bound by `board setup NAME`)
    Slack ids as before, `mailto:<address>` for e-mail.
`jobs.outbox.recipient_address(member)` picks a member's address (the chat they used
most recently, else Slack, else Teams, else e-mail); `jobs.outbox.board_addresses(board)`
lists a board's channels (its Slack channel and/or its Teams channel).

Register methods for Teams (storage/register.py): `member_by_teams_id(aad_id)`,
`teams_user(aad_id)`, `save_teams_user(...)`, `bind_teams_channel(board, ...)`,
`board_by_teams_channel(conversation_id)`.

Test harness for both sides (tests/teams_requests.py):
    `TeamsCloud` : a local RSA key, the OpenID metadata + JWKS served on loopback, and
                   `token(...)` to sign Bot Framework-style JWTs (right or wrong on purpose);
    `BotConnector`: a loopback stand-in for the Bot Connector that records what the bot
                   sends (`POST /v3/conversations`, `POST /v3/conversations/{id}/activities`,
                   `PUT .../activities/{id}`, member look-ups) and can be told to answer
                   429/412/502;
    `activity(...)`, `message(...)`, `invoke(...)`, `installed(...)`: Activity JSON as
                   the Teams service sends it; `TeamsBot`: a `python bot.py teams` process.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import anyio.to_thread

from domain.identity import ChatPerson
from handlers.services import Services

T = TypeVar("T")

# How a mention stands in the turn's `text`: `<at:N>`, N indexing `TeamsTurn.mentions`.
# The transport removes anything of that shape the person typed, so a token is always ours.
MENTION_TOKEN = re.compile(r"<at:(\d+)>")


@dataclass(frozen=True)
class TeamsPerson:
    """A Teams user as the activity and the Bot Connector's member look-up describe them."""

    aad_id: str | None  # AAD object id (`from.aadObjectId`); None for the Emulator's users
    user_id: str  # the Bot Framework user id, `29:...`
    name: str
    email: str | None = None  # e-mail or UPN, from GET /v3/conversations/{id}/members/{userId}
    tenant_id: str | None = None

    @property
    def teams_id(self) -> str:
        """How the register knows them (`members.teams_id`): the AAD object id, else the user id."""
        return self.aad_id or self.user_id

    def chat_person(self) -> ChatPerson:
        """As domain.identity matches people (`member_for(reg, turn.person.chat_person(), now)` makes a member)."""
        return ChatPerson(id=self.teams_id, name=self.name, email=self.email, chat="teams")


@dataclass(frozen=True)
class Conversation:
    """Where the activity came from and where replies go."""

    id: str
    kind: str  # "personal", "channel" or "groupChat"
    service_url: str
    tenant_id: str | None = None
    team_id: str | None = None  # channel conversations only
    channel_id: str | None = None  # channel conversations only (the channel's own id)

    @property
    def personal(self) -> bool:
        return self.kind == "personal"


@dataclass(frozen=True)
class Mention:
    """Someone @mentioned, other than the bot: the member they are, when the register knows them."""

    name: str  # display name as Teams gave it
    person: TeamsPerson
    member_id: int | None = None


@dataclass
class TeamsTurn:
    """One inbound activity, with what the transport already knows about it."""

    services: Services
    person: TeamsPerson
    conversation: Conversation
    # The board member the caller is, matched by AAD id, then e-mail/UPN, then name; None when nobody.
    member_id: int | None
    # The activity's text with the bot's own mention removed, `<at>Name</at>` parts replaced by
    # MENTION_TOKEN tokens, entities decoded and whitespace trimmed.
    text: str
    mentions: list[Mention] = field(default_factory=list)
    # The board bound to this channel conversation, if any.
    board_id: int | None = None
    # The raw activity (attachments, value, replyToId...), for what the fields above do not cover.
    activity: dict[str, Any] = field(default_factory=dict)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(reg, *args)` in a worker thread, inside a unit of work."""

        def work() -> T:
            with self.services.db.unit_of_work() as reg:
                return fn(reg, *args)

        return await anyio.to_thread.run_sync(work)

    def mention(self, token: str) -> Mention | None:
        """The mention a `<at:N>` token stands for."""
        found = MENTION_TOKEN.fullmatch(token.strip())
        if not found or int(found.group(1)) >= len(self.mentions):
            return None
        return self.mentions[int(found.group(1))]
