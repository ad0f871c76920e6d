"""One list for those who came and those who sent apologies, each absent entry marked where it stands, as
clubs, user groups and village committees keep a single roll:

    Attendees and apologies:
    - Rowan Beech (chair)
    - Oscar Lindgren (apologies)
    - Tess Okafor - apologies

    Attendance: Pam Ketley (Chair), Sue Whitcombe (sent apologies), Derek Fairclough

A marked entry sent apologies; an unmarked one was there, unless the heading names only apologies."""

from __future__ import annotations

import re

from minutes.people import Person, read_person, split_people

# "(apologies)", "(sent apologies)", "(apols)", "(apologies received)", "(regrets)", and the same after a dash
# closing the entry ("Tess Okafor - apologies"): the entry's person sent apologies. Each part is bounded and
# the bracket holds no other bracket, so a long run of anything is matched or refused in one pass.
_APOLOGY_MARK = re.compile(
    r"\(\s*(?:sent\s+)?(?:apologies|apology|apols|regrets)(?:\s+(?:sent|given|received|tendered|noted))?\s*\)"
    r"|\s[-–—]\s*(?:sent\s+)?(?:apologies|apology|apols|regrets)(?:\s+(?:sent|given|received|tendered|noted))?(?=\s*\.?\s*(?:[,;]|$))",
    re.IGNORECASE)
# A heading that names those who came ("Attendees and apologies", "Attendance", "Present"): its unmarked entries were there.
_NAMES_THOSE_THERE = re.compile(r"attend|present|members|committee|roll")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+")


def marked(entry: str) -> bool:
    """Whether a roll's entry carries a mark saying its person sent apologies."""
    lowered = entry.lower()
    return ("pol" in lowered or "regrets" in lowered) and bool(_APOLOGY_MARK.search(entry))


def apologies_marked(block: list[str], heading: str) -> tuple[list[Person], list[str], bool] | None:
    """The people a one-list roll marks as having sent apologies, the block without them, and whether the
    block's unmarked entries were there (the heading names those who came: "Attendees and apologies",
    "Attendance"); None when no entry is marked, so the block is read as it was."""
    if not any(marked(line) for line in block):
        return None
    sent: list[Person] = []
    kept: list[str] = []
    for line in block:
        if not marked(line):
            kept.append(line)
            continue
        entries = split_people(_BULLET.sub("", line, count=1))
        unmarked = [entry for entry in entries if not marked(entry)]
        for entry in entries:
            if marked(entry) and (person := read_person(_APOLOGY_MARK.sub("", entry).strip(" ,;.-"))) is not None:
                sent.append(person)
        if unmarked:
            kept.append(", ".join(unmarked))
    return sent, kept, bool(_NAMES_THOSE_THERE.search(heading.lower()))
