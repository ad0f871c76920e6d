"""The words that mark a line about the next meeting: "Date of next meeting", "Next forum: Tuesday 24 March",
"the next meeting will be held on ...". One definition, below both the header (whose head stops at the foot's
next-meeting line) and the next meeting's reader (which reads the date from it)."""

from __future__ import annotations

import re

# A line that announces the next meeting ("Date of next meeting:", "NEXT MEETING", "Next JAG: Tuesday 18 November").
ANNOUNCES = re.compile(
    # After an item's number or minute reference ("9.", "P.109", "FR/70", "C048/23"), if any.
    r"^\s*(?P<reference>[A-Z]{0,4}[./]?\d{1,4}(?:[./-]\d{1,4})*[.)]?\s+)?(?:(?:date|dates|time|date\s+and\s+time|details)\s+(?:and\s+\w+\s+)?of\s+"
    r"(?:the\s+)?next\s+meeting|next\s+meeting|the\s+next\s+(?:\w+\s+)?meeting\s+(?:will|is|to)"
    # "Next forum: Tuesday 24 March", "NEXT MEETING:", "Next board -": the body's own word for it.
    r"|(?:date\s+of\s+)?next\s+(?:forum|board|group|session|call|panel|partnership|network|committee|sub-?group|gathering"
    # "Next sync: 2026-03-25", "Next check-in -": how working groups name their calls.
    r"|sync|catch-?up|check-?in|stand-?up|huddle|get-?together"
    # "Next JAG: Tuesday 18 November", "Date of next Board:": the body's own name or initials for it.
    r"|(?-i:[A-Z]{2,6}))(?:\s*[:\-–]|\s*$)"
    r"|future\s+meeting\s+dates?|dates?\s+of\s+(?:the\s+)?future\s+meetings?)",
    re.IGNORECASE,
)
# "next meeting" anywhere in a line; or the body's own word for it with a colon, after an item's label
# ("12. / Information - Date of next board: 26th February", "Next PCN Board: Tuesday 10 February").
MENTIONS = re.compile(r"\bnext\s+(?:\w+\s+){0,4}?meeting\b|\bnext\s+(?:(?-i:[A-Z]{2,6})\s+)?(?:forum|board|group|panel|"
                      r"partnership|network|committee|session)\s*:", re.IGNORECASE)


# "To be arranged", "TBC", "as per the schedule", "will take place in the new year": a next meeting whose date
# the minutes leave open, so that no date written below it (another item's, another row's) is taken for it.
OPEN = re.compile(r"\b(?:to\s+be|will\s+be|yet\s+to\s+be|still\s+to\s+be)\s+(?:arranged|agreed|confirmed|fixed|decided|set"
                  r"|announced|advised|circulated|notified|determined|scheduled)\b|\bTB[CAD]\b|\bas\s+per\s+(?:the\s+)?"
                  r"(?:\w+\s+)?(?:schedule|calendar|programme|timetable|diary)\b|\bin\s+the\s+new\s+year\b"
                  r"|\bdate\s+(?:not\s+yet\s+)?(?:to\s+follow|unknown)\b|\bnot\s+yet\s+(?:arranged|agreed|confirmed|fixed|set)\b",
                  re.IGNORECASE)


def minute_reference(line: str) -> int:
    """Where an announcement's own words start after the minute number that leads it ("26/06 DATE OF NEXT
    MEETING", "123/24 Date of next meeting"), so the number is not read as a date; 0 when none leads it."""
    match = ANNOUNCES.search(line)
    return match.end("reference") if match is not None and match["reference"] else 0


def announces_next_meeting(line: str) -> bool:
    """Whether a line is the "Date of next meeting" announcement (not a decision)."""
    return bool(ANNOUNCES.search(line))


def mentions_next_meeting(line: str) -> bool:
    """Whether a line speaks of the next meeting anywhere in it."""
    return bool(MENTIONS.search(line))
