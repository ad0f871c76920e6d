"""A roll line of entries parted by semicolons, some of them a post and a colon before the holder
("Present: Vice President: Ben Ashby; Treasurer: Kim Rowe; Gwen Odum; Staff Present: Nina Loft,
Organiser"), as a union branch or a small association writes its roll in one paragraph. Each post
stays its own holder's (not a heading over the entries after it), and a later entry that is an
attendance heading of its own ("Staff Present:") heads the rest of the line."""

from __future__ import annotations

from minutes.attendance_headings import attendance_label
from minutes.roll import Label
from minutes.vocabulary import is_role

_LONGEST = 3000


def entries_with_posts(rest: str) -> tuple[str, list[tuple[Label, str]]]:
    """The roll's own entries with each "Post: Name" written "Name (Post)", and each later heading in
    the line with the entries after it; the line as it is, and no later headings, when no entry is a
    post and its holder."""
    if len(rest) > _LONGEST or ";" not in rest or ":" not in rest:
        return rest, []
    entries = rest.split(";")
    kept: list[str] = []
    later: list[tuple[Label, str]] = []
    posted = False
    for at, entry in enumerate(entries):
        head, colon, who = entry.partition(":")
        if not colon:
            kept.append(entry.strip())
            continue
        if is_role(head.strip()) and who.strip():
            kept.append(f"{who.strip()} ({head.strip()})")
            posted = True
            continue
        said = attendance_label(entry.strip())
        if at > 0 and said is not None and said[1].strip():
            later.append((said[0], ";".join([said[1], *entries[at + 1:]]).strip()))
            break
        return rest, []
    if not posted:
        return rest, []
    return "; ".join(kept), later
