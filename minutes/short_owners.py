"""Short ways minutes write an action's owner that the roll defines for them: initials in square
brackets opening a roll's entry ("- [NL] Nina Lowe-Pascoe"), used later as "[NL] Draft the post", and a nickname in brackets after a roll's full name
("* John Batley (Dave)"), used later as "Dave will create the group chat"."""

from __future__ import annotations

import re

from minutes.attendance_markup import tagged_entry
from minutes.people import is_organisation
from minutes.vocabulary import is_role

# A tagged entry's name that defines its initials: two to four capitalised words ("Nina Lowe-Pascoe"), not a
# heading's one word ("- [XX] Agenda").
_FULL_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")


def tagged_roll(lines: list[str]) -> dict[str, str]:
    """Initials -> the full name a list entry tags with them ("- [NL] Nina Lowe-Pascoe"), whether or not the
    initials fit the name, as a steering group's roll defines its members' tags. Initials that tag two
    different names define neither."""
    found: dict[str, set[str]] = {}
    for line in lines:
        # ("- [NL] Nina Lowe-Pascoe" is read as the roll reads it, attendance_markup.tagged_entry.)
        tagged = tagged_entry(line) if "[" in line[:12] else None
        if tagged and tagged.short.isupper() and _FULL_NAME.fullmatch(tagged.name):
            found.setdefault(tagged.short, set()).add(tagged.name)
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}


# "*John Batley (Dave)", "- Margaret Oyelaran (Peggy)": a roll's entry, a full name, then the one word it goes by.
_NICKNAMED = re.compile(r"^\s*[-*•]\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*\((?P<short>[A-Z][a-z]{1,11})\)\s*$")


def nicknamed_roll(lines: list[str]) -> dict[str, str]:
    """Nickname -> the full name a roll's list entry gives it in brackets ("*John Batley (Dave)"), as
    student and club groups list a member who goes by another name. A bracketed role or body ("Chair",
    "Acme") is none, nor a word of the name itself, nor a nickname given to two names."""
    found: dict[str, set[str]] = {}
    for line in lines:
        if "(" not in line or len(line) > 80:
            continue
        entry = _NICKNAMED.match(line)
        if entry and entry["short"] not in entry["name"].split() and not (
                is_role(entry["short"]) or is_organisation(entry["short"])):
            found.setdefault(entry["short"], set()).add(entry["name"])
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}
