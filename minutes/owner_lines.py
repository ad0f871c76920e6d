"""Lines of a paragraph that each open with their owner and what they will do, with no full stop
closing them: "JB - will check the shed keys" over "Ravi: to print the flyers", "Tom: will ask the
contractor". Residents' associations, clubs and working groups type their notes so, one person's
undertaking a line. Joined into one paragraph the lines would run into one sentence, the second
owner's words read as the first's task; each such line ends the one before it. "Ravi: to print ..." is
written "Ravi to print ...", as the rules for an owner and "to" read it.
"""

from __future__ import annotations

import re

from minutes.owners import Owners

# "Ravi: to print ...", "JB - will check ...", "Tom Hughes – will ...", "Priya: will ...": an owner, a colon or a
# dash, then the "will" or "to" that sets the work.
_OWNER_OPENS = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<who>@?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
                          r"(?P<mark>(?:\*\*)?[ \t]*(?::(?:\*\*)?|[ \t][-–—])[ \t]+)(?P<link>will|to|is[ \t]+to|shall)[ \t]+[a-z]")
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
        if found is None or not owners.is_owner(found["who"], strict=True):
            continue
        if found["link"] == "to":
            # ("Ravi: to print the flyers" is "Ravi to print the flyers": the "to" is no part of the task.)
            lines[index] = f"{line[:found.start('mark')]} {line[found.end('mark'):]}"
        before = lines[index - 1].rstrip() if index else ""
        if before and before[-1] not in _CLOSED:
            lines[index - 1] = f"{before}."
    return "\n".join(lines)
