"""Actions owned by several people ("Graham Oates and Ifeoma Nwosu", "KT/DO"): who they are and
how they are named.

The first-named owner is the action's `owner`; the others are its `further_owners`, in the order
the minutes name them. Every list, reminder and permission counts each of them as an owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple


class Owner(NamedTuple):
    """One owner of an action as a message shows them: a name, and the chat ids a mention is built from."""

    name: str
    slack_id: str | None = None
    teams_id: str | None = None


def owners_of(action: Any) -> tuple[Owner, ...]:
    """The action's owners who are members, the first-named first (none for an owner kept as text)."""
    people = ([action.owner] if action.owner is not None else []) + list(getattr(action, "further_owners", ()))
    return tuple(Owner(p.name, p.slack_id, getattr(p, "teams_id", None)) for p in people)


def joined(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def owner_words(action: Any, nobody: str = "nobody") -> str:
    """Every owner's name joined ("Graham Oates and Ifeoma Nwosu"); else the owner as written, else `nobody`."""
    owners = owners_of(action)
    return joined([o.name for o in owners]) if owners else (action.owner_text or nobody)
