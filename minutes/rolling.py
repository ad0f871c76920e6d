"""Rolling documents: one file that holds several meetings, each under a heading that is only its date.

Steering groups, SIGs and working groups that keep their notes in a shared document or a repository page
add each meeting at the top, newest first ("2026-03-12", its attendees and notes; then "2026-02-26", its
attendees and notes; and so on). The minutes are the newest meeting's: the older meetings' actions were
reviewed by the newer ones, and reading them again would make each a new action.
"""

from __future__ import annotations

import re

from minutes.when import find_date

# "2026-03-12", "2026-01-22 (Thu) 09:00 PT / 17:00 UTC", "Thursday 12 March 2026", "2022-08-03 (cancelled)": a line
# that is a date, with at most a weekday, a time, a zone or a note in brackets after it.
# Each piece can be read one way only (a run of figures or letters is one piece, never split: "am", "at" and
# zones are letters), so a line of figures cannot send the match back and forth.
_DATE_TAIL = re.compile(r"^(?:\s*(?:\([^()]{0,30}\)|\d{1,4}(?![\d])(?:[:.]\d{2}(?!\d))?|[A-Z]{2,4}(?![A-Z])|meeting(?![A-Z])"
                        r"|cancelled(?![A-Z])|[/@,–—|-]))*\s*$", re.IGNORECASE)
# What opens a meeting's attendance under its date ("Attendees:", "**Attendees** (add yourself!)", "Present:").
_ROLL_LABEL = re.compile(r"^\W*(?:attendees|attendance|present|participants|in\s+attendance)\b", re.IGNORECASE)
_ROLL_WITHIN = 6  # lines after the date in which its meeting's attendance opens
_ROLL_STARTS = set("AaPpIi*_#")
_LONGEST_DATE_LINE = 60


def _meeting_date(line: str):
    text = line.strip().strip("#*_ ")
    if not text or len(text) > _LONGEST_DATE_LINE or not text[:1].isalnum():
        return None
    found = find_date(text)
    if found is None or text[: found.start].strip(" ,") and not re.fullmatch(r"[A-Za-z]+,?", text[: found.start].strip()):
        return None  # (only a weekday may come before the date)
    return found.value if _DATE_TAIL.match(text[found.end:]) else None


def newest_meeting_end(lines: list[str]) -> int:
    """Where the newest meeting of a rolling document ends: the line of the next (older) meeting's date, when the
    document holds its meetings newest first under dates of their own, each with its attendance a few lines under
    it; else the end of the document."""
    # (Cheaply: only the few lines above an attendance label are looked at for a date.)
    rolls = [index for index, line in enumerate(lines) if line[:1] in _ROLL_STARTS and _ROLL_LABEL.match(line)]
    first, last_seen = None, -1
    for roll in rolls:
        index = next((at for at in range(max(last_seen + 1, roll - _ROLL_WITHIN), roll)
                      if len(lines[at]) <= _LONGEST_DATE_LINE and _meeting_date(lines[at]) is not None), None)
        if index is None:
            continue
        last_seen, day = roll, _meeting_date(lines[index])
        if first is None:
            first = day
        elif day < first:
            return index
        else:
            return len(lines)  # (oldest first: which meeting is meant is not this reading's to say)
    return len(lines)
