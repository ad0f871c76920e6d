"""Who called the roll: "Chair Dana Whitcombe ... asked Lisa Ortega to call roll", "Secretary Jan Moss
called the roll.", as American boards and clubs minute it. Whoever calls the roll is there, though
the roll they call may not name them."""

from __future__ import annotations

import re

from minutes.people import looks_like_name, read_person
from minutes.roll import PRESENT, Attendance, Label, record
from minutes.vocabulary import strip_title

# "asked Lisa Ortega to call (the) roll", "Lisa Ortega called (the) roll", "Secretary Jan Moss took the roll call".
_ASKED = re.compile(r"\basked\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+)\s+to\s+(?:call|take)\s+(?:the\s+)?roll\b")
_CALLED = re.compile(r"(?:^|[.;]\s+|,\s+)(?P<who>(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+)\s+(?:called|took)\s+(?:the\s+)?roll\b")
_LONGEST = 2000


def roll_caller(line: str, found: Attendance) -> None:
    """The person a sentence says called the roll, put among those there (in attendance)."""
    if "roll" not in line or len(line) > _LONGEST:
        return
    for pattern in (_ASKED, _CALLED):
        for match in pattern.finditer(line):
            person = read_person(match["who"])
            if person is not None and looks_like_name(strip_title(person.name)):
                record(found, Label(PRESENT, "in attendance"), [person])
