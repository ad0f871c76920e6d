"""Rolls the page gives no attendance heading: a run of lines each naming one person and
what they are ("Joan Maughan - Independent Chair", "Nigel Andrews, Tenancy Manager, Vale
Council"), set between a meeting's title block and its first item, as many boards' minutes
list who was there."""

from __future__ import annotations

import re

from minutes.agenda import is_heading
from minutes.attendance_headings import attendance_label, next_filled
from minutes.normalise import prose
from minutes.people import looks_like_name, name_and_initials, opens_with_titled_name
from minutes.vocabulary import PEOPLE_CONNECTORS, is_role

# The fewest lines that make a roll of their own: two may be a signature or a contact.
_FEWEST = 3
# A line of a roll is short: a name and a few words about the person.
_MOST_WORDS = 24
# Where a name ends and what is said about the person begins: a dash, a comma, a slash or a tab.
_AFTER_NAME = re.compile(r"\s+[-–—/|]\s+|\s*[,\t]\s*|\s+(?=\()")
# Words a description of a person may hold in lower case ("Head of Service for adults").
_DESCRIPTION_SMALL = {"of", "and", "for", "the", "to", "in", "on", "at", "with", "rep", "representing", "also",
                      "deputising", "substituting", "from", "by", "via", "a", "an", "&"}


def roll_line(line: str) -> bool:
    """Whether a line names one person, then perhaps their post, body or initials, and says
    nothing else: no sentence, no second clause."""
    text = prose(line).strip().lstrip("-*• ").strip()
    if not text or len(text.split()) > _MOST_WORDS or text.endswith((":", "?")) or attendance_label(text) \
            or is_heading(line):
        return False
    parts = _AFTER_NAME.split(text, maxsplit=1)
    head = parts[0].strip()
    if not (looks_like_name(head) or opens_with_titled_name(head) or name_and_initials(head) is not None) \
            or is_role(head):
        return False
    about = re.sub(r"\([^()]*\)", " ", parts[1] if len(parts) > 1 else "")
    words = re.findall(r"[^\W\d_][\w'’.&-]*", about)
    loose = [w for w in words if w[0].islower() and w.lower() not in _DESCRIPTION_SMALL
             and w.lower() not in PEOPLE_CONNECTORS]
    return len(loose) <= len(words) * 0.25


def unheaded_roll(lines: list[str], start: int) -> bool:
    """Whether a run of at least three roll lines, perhaps one blank line apart, opens at
    `start`, after a line that heads nothing else (no "Circulation:" or other heading with
    a colon) and before whatever line ends it."""
    before = next((lines[i] for i in range(start - 1, -1, -1) if lines[i].strip()), "")
    if before.rstrip().endswith((":", ":-")) or before and roll_line(before):
        return False
    count, index = 0, start
    while index is not None and index < len(lines) and roll_line(lines[index]):
        count += 1
        ahead = index + 1
        if ahead < len(lines) and not lines[ahead].strip():
            following = next_filled(lines, ahead)
            index = following if following is not None and following <= ahead + 1 else None
        else:
            index = ahead
    return count >= _FEWEST
