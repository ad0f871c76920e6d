"""Who a chat user is on the register: matched by linked id, then e-mail, then name.

The same rules serve Slack and Teams. A member has one linked id per chat (`slack_id`,
`teams_id`: the AAD object id), so a person on both chats is one member, found on the
second by the e-mail or name the first already gave.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.names import initials, name_key, split_title


@dataclass(frozen=True)
class ChatPerson:
    """A person as a chat platform describes them (Slack's users.info, say).

    `workspace_admin`: an admin or owner of the whole workspace, who may name a board's
    officers (domain.permissions) but is no member of any board for it.
    """

    id: str
    name: str
    email: str | None = None
    tz: str | None = None
    workspace_admin: bool = False
    chat: str = "slack"  # "slack" or "teams": which of the member's linked ids `id` is


def linked_id(member: Any, chat: str) -> str | None:
    """The member's id on that chat, if they are linked there."""
    return member.teams_id if chat == "teams" else member.slack_id


def _by_linked_id(reg: Any, person: ChatPerson) -> Any | None:
    return reg.member_by_teams_id(person.id) if person.chat == "teams" else reg.member_by_slack_id(person.id)


def spoke_on(member: Any, chat: str) -> None:
    """Remember the chat a member last used, which matters (and is written) only when they are on both."""
    if member.slack_id and member.teams_id and member.last_chat != chat:
        member.last_chat = chat


def _name_may_link(member: Any, person: ChatPerson, officers: dict[int, set[str]], channel_id: str | None) -> bool:
    """Whether a name alone (which its owner can edit in Slack) may link this member.

    Never when the register has another e-mail address for them; and a board's chair or
    secretary only from their own board's channel, whose membership the board controls.
    """
    if member.email and person.email and member.email.lower() != person.email.lower():
        return False
    return member.id not in officers or channel_id in officers[member.id]


def identify(reg: Any, person: ChatPerson, channel_id: str | None = None) -> Any | None:
    """The member this person is, remembering the link; None when nobody matches.

    An e-mail match wins over a name; a name must match exactly one unlinked member,
    so two people of the same name are never confused.
    """
    member = _by_linked_id(reg, person)
    if member is not None:
        return member
    candidates = ([m for m in reg.members_by_email(person.email) if linked_id(m, person.chat) is None]
                  if person.email else [])
    if not candidates and person.name:
        officers = reg.officer_channels()
        candidates = [m for m in reg.members_by_name_key(name_key(person.name))
                      if linked_id(m, person.chat) is None and _name_may_link(m, person, officers, channel_id)]
    if len(candidates) != 1:
        return None
    return link(candidates[0], person)


def link(member: Any, person: ChatPerson) -> Any:
    """Remember that this member is this chat user."""
    if person.chat == "teams":
        member.teams_id = person.id
    else:
        member.slack_id = person.id
    member.email = member.email or person.email
    member.tz = person.tz or member.tz
    return member


def new_member(reg: Any, name: str, now: datetime, **fields: Any) -> Any:
    """A member created from a name as written ("Cllr Jim McMahon")."""
    title, bare = split_title(name)
    return reg.add_member(
        name=bare, title=title, name_key=name_key(bare), initials=initials(bare), created_at=now, **fields
    )


def member_for(reg: Any, person: ChatPerson, now: datetime, channel_id: str | None = None) -> Any:
    """The member this person is, made a new member when they match nobody."""
    linked = {"teams_id" if person.chat == "teams" else "slack_id": person.id}
    return identify(reg, person, channel_id) or new_member(
        reg, person.name or person.id, now, email=person.email, tz=person.tz, **linked
    )


def link_directory(unlinked_members: list[Any], people: list[ChatPerson], officer_ids: set[int]) -> list[Any]:
    """Link members who have never spoken to the bot to their chat accounts, by e-mail then name.

    `unlinked_members` are those without a chat id; `people` is the workspace directory.
    A name shared by two members, or by two people, links nobody; chairs and secretaries,
    and members whose e-mail on record differs, are linked by e-mail only.
    """
    by_email: dict[str, list[Any]] = {}
    by_name: dict[str, list[Any]] = {}
    for member in unlinked_members:
        if member.email:
            by_email.setdefault(member.email.lower(), []).append(member)
        by_name.setdefault(member.name_key, []).append(member)
    people_per_name: dict[str, int] = {}
    for person in people:
        people_per_name[name_key(person.name)] = people_per_name.get(name_key(person.name), 0) + 1
    linked = []
    for person in people:
        candidates = by_email.get((person.email or "").lower()) or []
        if not candidates and people_per_name[name_key(person.name)] == 1:
            candidates = [m for m in by_name.get(name_key(person.name)) or []
                          if _name_may_link(m, person, {i: set() for i in officer_ids}, None)]
        free = [m for m in candidates if m.slack_id is None]
        if len(free) == 1:
            linked.append(link(free[0], person))
    return linked
