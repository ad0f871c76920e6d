"""What every listener needs: the register, the clock, and who the caller is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from domain.errors import NotFound, NotLinked
from domain.identity import ChatPerson, identify, member_for, spoke_on
from storage.database import Database

NOT_LINKED = (
    "I don't know you as a member of any board yet. Ask your board's secretary to link you "
    "with `/board link @you Your Name`, or set up a board for this channel with `/board setup NAME`."
)


@dataclass(frozen=True)
class Services:
    db: Database
    clock: Callable[[], datetime]
    default_timezone: str = "Europe/London"
    public_url: str | None = None

    def now(self) -> datetime:
        return self.clock()


def chat_person(client: WebClient, user_id: str) -> ChatPerson:
    """The Slack user as users.info describes them."""
    try:
        user = client.users_info(user=user_id).get("user")
    except SlackApiError as error:
        raise NotFound(f"Slack doesn't know the user {user_id}.") from error
    if not isinstance(user, dict):  # an answer without a profile (seen from a proxy): nothing is known
        user = {}
    profile = user.get("profile") or {}
    name = profile.get("real_name") or user.get("real_name") or profile.get("display_name") or user.get("name") or user_id
    return ChatPerson(id=user_id, name=name, email=profile.get("email"), tz=user.get("tz"),
                      workspace_admin=bool(user.get("is_admin") or user.get("is_owner")))


def workspace_directory(client: WebClient) -> list[ChatPerson]:
    """Every active, human user of the workspace (users.list, page by page)."""
    people = []
    for page in client.users_list(limit=200):
        for user in page.get("members", []):
            if user.get("deleted") or user.get("is_bot") or user.get("id") == "USLACKBOT":
                continue
            profile = user.get("profile") or {}
            name = profile.get("real_name") or user.get("real_name") or user.get("name") or ""
            people.append(ChatPerson(id=user["id"], name=name, email=profile.get("email"), tz=user.get("tz")))
    return people


def caller(reg: Any, client: WebClient, user_id: str, channel_id: str | None = None) -> Any:
    """The member making this request (from `channel_id`, when known); NotLinked when they match nobody."""
    member = reg.member_by_slack_id(user_id)
    if member is None:
        member = identify(reg, chat_person(client, user_id), channel_id)
    if member is None:
        raise NotLinked(NOT_LINKED)
    spoke_on(member, "slack")
    return member


def caller_or_admin(reg: Any, client: WebClient, user_id: str,
                    channel_id: str | None = None) -> tuple[Any | None, ChatPerson | None]:
    """The member making this request (None for a workspace admin on no board), and the workspace
    admin as a ChatPerson (None for anyone else); NotLinked when they are neither."""
    person = chat_person(client, user_id)
    member = reg.member_by_slack_id(user_id) or identify(reg, person, channel_id)
    if member is None and not person.workspace_admin:
        raise NotLinked(NOT_LINKED)
    if member is not None:
        spoke_on(member, "slack")
    return member, person if person.workspace_admin else None


def member_of_user(reg: Any, client: WebClient, user_id: str, now: datetime, channel_id: str | None = None) -> Any:
    """The member a Slack user is, created from their Slack profile when they match nobody."""
    member = reg.member_by_slack_id(user_id) or member_for(reg, chat_person(client, user_id), now, channel_id)
    spoke_on(member, "slack")
    return member
