"""Short ways minutes write an action's owner that the roll defines for them: initials in square
brackets opening a roll's entry ("- [NL] Nina Lowe-Pascoe"), used later as "[NL] Draft the post"."""

from __future__ import annotations

import re

# "- [NL] Nina Lowe-Pascoe", "* [TQ] Tom Quaye (Chair)": a list entry tagged with initials, then a full name.
_TAGGED_NAME = re.compile(r"^\s*[-*•]\s+\[(?P<short>[A-Z]{2,4})\]\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
                          r"\s*(?:\([^()]{1,40}\))?\s*$")


def tagged_roll(lines: list[str]) -> dict[str, str]:
    """Initials -> the full name a list entry tags with them ("- [NL] Nina Lowe-Pascoe"), whether or not the
    initials fit the name, as a steering group's roll defines its members' tags. Initials that tag two
    different names define neither."""
    found: dict[str, set[str]] = {}
    for line in lines:
        if "[" not in line[:8] or len(line) > 120:
            continue
        tagged = _TAGGED_NAME.match(line)
        if tagged:
            found.setdefault(tagged["short"], set()).add(tagged["name"])
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}
