"""Who a chat user is on the register: matched by linked id, then e-mail, then name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.names import initials, name_key, split_title


@dataclass(frozen=True)
class ChatPerson:
    """A person as a chat platform describes them (Slack's users.info, say)."""

    id: str
    name: str
    email: str | None = None
    tz: str | None = None


def identify(reg: Any, person: ChatPerson) -> Any | None:
    """The member this person is, remembering the link; None when nobody matches.

    An e-mail match wins over a name; a name must match exactly one unlinked member,
    so two people of the same name are never confused.
    """
    member = reg.member_by_slack_id(person.id)
    if member is not None:
        return member
    candidates = list(reg.members_by_email(person.email)) if person.email else []
    if not candidates and person.name:
        candidates = list(reg.members_by_name_key(name_key(person.name)))
    unlinked = [m for m in candidates if m.slack_id is None]
    if len(unlinked) != 1:
        return None
    return link(unlinked[0], person)


def link(member: Any, person: ChatPerson) -> Any:
    """Remember that this member is this chat user."""
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


def member_for(reg: Any, person: ChatPerson, now: datetime) -> Any:
    """The member this person is, made a new member when they match nobody."""
    return identify(reg, person) or new_member(
        reg, person.name or person.id, now, slack_id=person.id, email=person.email, tz=person.tz
    )
