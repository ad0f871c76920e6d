"""Lines of a paragraph that each open with their owner and what they will do, with no full stop
closing them: "Ravi: to print the flyers" over "Tom: will ask the contractor", "JO to review the
accounts". Residents' associations, clubs and working groups type their notes so, one person's
undertaking a line. Joined into one paragraph the lines would run into one sentence, the second
owner's words read as the first's task; each such line ends the one before it. "Ravi: to print ..." is
written "Ravi to print ...", as the rules for an owner and "to" read it. (An owner's dash, "JB - will check
...", is read in minutes/dash_owners.py.)
"""

from __future__ import annotations

import re

from minutes.owners import Owners
from minutes.vocabulary import is_role

# "Ravi: to print ...", "Priya: will ...": an owner, a colon, then the "will" or "to" that sets the work.
_OWNER_OPENS = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<who>@?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
                          r"(?P<mark>(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+)(?P<link>will|to|is[ \t]+to|shall)[ \t]+[a-z]")
# "JO to review the accounts" over "MR will check the hall": a line that opens with its owner and "to" or
# "will", as a plain list under "Actions:" is typed, one undertaking a line.
_OWNER_TO_OPENS = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?P<who>@?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
                             r"[ \t]+(?:to|will)[ \t]+[a-z]")
# A line left hanging on a little word ("... asked the" over "Clerk to write ..."): its sentence goes on.
_HANGING = re.compile(r"\b(?:to|the|of|and|for|with|on|a|an|in|by|at|from|that|asked|requested|said|or|&)$",
                      re.IGNORECASE)
_CLOSED = ".!?:;"
_MOST_LINES = 400


def owner_lines_closed(text: str, owners: Owners) -> str:
    """`text` (a paragraph's lines) with a full stop closing each line that runs straight into a line opening
    with another undertaking's owner."""
    lines = text.split("\n")
    if len(lines) > _MOST_LINES:
        return text
    for index, line in enumerate(lines):
        found = _OWNER_OPENS.match(line)
        if found is None:
            bare = _OWNER_TO_OPENS.match(line) if index else None
            if bare is not None and owners.is_owner(bare["who"], strict=True) and not _HANGING.search(
                    lines[index - 1].rstrip()) and not _name_wrapped(lines[index - 1], bare["who"], owners):
                _close(lines, index)
            continue
        if not owners.is_owner(found["who"], strict=True):
            continue
        if found["link"] == "to":
            # ("Ravi: to print the flyers" is "Ravi to print the flyers": the "to" is no part of the task.)
            lines[index] = f"{line[:found.start('mark')]} {line[found.end('mark'):]}"
        _close(lines, index)
    return "\n".join(lines)


def _name_wrapped(before: str, who: str, owners: Owners) -> bool:
    """Whether the line before ends with the first word of the owner's name or post, wrapped ("... The Meetings"
    over "Administrator will forward ...", "The Deputy" over "Town Clerk will obtain ...")."""
    words = before.split()
    last = words[-1] if words else ""
    return last[:1].isupper() and last.isalpha() and (
        owners.is_owner(f"{last} {who}", strict=True) or is_role(f"{last} {who}"))


def _close(lines: list[str], index: int) -> None:
    """The line before `lines[index]` closed with a full stop, if nothing closes it yet."""
    before = lines[index - 1].rstrip() if index else ""
    if before and before[-1] not in _CLOSED:
        lines[index - 1] = f"{before}."
