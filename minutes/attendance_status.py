"""How a roll says whether each person came: its status words ("Present", "Apologies"), marks
("✓", "A", "S") and the key that explains them, columns of marks, and one person a line with
their status ("Ann Lee: Present")."""

from __future__ import annotations

import re

from minutes.attendance_keys import DEPUTY
from minutes.people import looks_like_name, opens_with_titled_name, read_person
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record

STATUS_KINDS = [
    (re.compile(r"^apolog|\b(?:regrets|apologies)\b", re.I), Label(APOLOGIES)),
    (re.compile(r"^absent|^not\s+present|^not\s+(?:in\s+)?attend|^did\s+not\s+attend|^no\b|^n$|^[❌✗✘×]", re.I), Label(ABSENT)),
    (re.compile(r"in\s+attendance|^attending\s+as\s+(?:an?\s+)?(?:officer|adviser|guest)|^officer", re.I),
     Label(PRESENT, "in attendance")),
    (re.compile(r"^(?:present|attended|yes|y|p|✓|✔|✅|☑|x|in\s+person|virtual(?:ly)?|remote(?:ly)?|online)(?![a-z])", re.I),
     Label(PRESENT, "member")),
    # "Deputy for Dr M Hebden", "Substituting for ...": there, in a member's place.
    # (Not "Substituted by Cllr Cai Eng": the member listed was replaced, read with the substitutes.)
    (re.compile(r"^(?:deputy\s+for|deputising|substituting|standing\s+in|attending\s+for|on\s+behalf)\b", re.I),
     Label(PRESENT, "member")),
]


# Columns of marks, one for each way of attending or not ("In person | Virtual | Apologies").
_TICK_KINDS = [
    (re.compile(r"^(?:apolog\w*|regrets|sent\s+apologies)$"), Label(APOLOGIES)),
    (re.compile(r"^(?:absent|did\s+not\s+attend|dna|not\s+present)$"), Label(ABSENT)),
    (re.compile(r"^(?:in\s+person|in\s+(?:the\s+)?room|on\s+site|virtual(?:ly)?|online|remote(?:ly)?|teams|zoom|video"
                r"|phone|dial[- ]in|attended|present)$"), Label(PRESENT, "member")),
]
TICKED = re.compile(r"(?i)^\s*(?:[✓✔✅☑x●•]|y|yes)\s*$")


def tick_columns(cells: list[str]) -> list[tuple[int, Label]]:
    """The columns of marks a roll table has, each with what a mark in it says; none unless
    at least two ways are given (one column alone is a status column, read by its words)."""
    ticks = [(at, label) for at, cell in enumerate(cells) for pattern, label in _TICK_KINDS if pattern.match(cell)]
    return ticks if len(ticks) >= 2 else []


# A mark in a roll's status cell: a tick or cross, a dash, or a letter or two ("A", "Ap", "S").
_MARK = re.compile(r"^(?:[^\w\s]{1,2}|[A-Za-z]{1,2}|\[[xX ]\]|(?i:yes|no|apol|apols|abs|sub|dep|virt|rem))$")
BRACKETED = re.compile(r"\([^()]*\)")


def mark_column(rows: list[list[str]], name_at: int) -> int | None:
    """The column after the names that holds only marks ("✓", "A", "✓ (for VB)") in every
    row but a few, a few kinds of mark each used more than once. Of several (a year's record of
    meetings, "Jan | Mar | May", filled up to this one), the last one filled."""
    width = max((len(row) for row in rows), default=0)
    for at in range(width - 1, name_at, -1):
        cells = [BRACKETED.sub("", row[at]).strip() if at < len(row) else "" for row in rows]
        marked = [cell for cell in cells if cell]
        # A few marks used over and over; a column of initials ("JW", "AO") differs in every row.
        if len(marked) >= 2 and len(marked) * 4 >= len(rows) * 3 and all(_MARK.match(cell) for cell in marked) \
                and len(set(marked)) <= min(4, len(marked) - 1):
            return at
    return None


# "Key: ✓ present, A apologies", "✔ present  ✘ apologies  S substitute attended  – not present":
# a key to the marks a roll's status column uses, near the table.
_KEY_PAIR = re.compile(r"(?P<mark>\[[xX ]\]|[^\w\s,;:.=()\[\]'’\"]|(?-i:\b[A-Z][a-z]?\b))\s*(?:=\s*|:\s*)?"
                       r"(?P<meaning>present|attended|in\s+person|virtual(?:ly)?|remote(?:ly)?|online|apologies|apology"
                       r"|sent\s+apologies|absent|not\s+present|did\s+not\s+attend|substitute(?:\s+attended)?|deputy"
                       r"|deputi[sz]ed|deputi[sz]ing)\b", re.IGNORECASE)
_KEY_REACH = 6


def legend(lines: list[str], start: int, end: int) -> dict[str, Label]:
    """The marks a key near the table (a few lines before or after it) gives meanings to; a
    key is a line of at least two marks, each followed by what it means."""
    marks: dict[str, Label] = {}
    for line in lines[max(0, start - _KEY_REACH): start] + lines[end: end + _KEY_REACH]:
        pairs = list(_KEY_PAIR.finditer(line))
        if len(pairs) < 2:
            continue
        for pair in pairs:
            meaning = pair["meaning"].lower()
            marks.setdefault(pair["mark"], Label(APOLOGIES) if meaning.startswith("apolog") or "apologies" in meaning
                             else Label(ABSENT) if re.match(r"absent|not|did", meaning) else Label(PRESENT, "member"))
    return marks


# "Ann Lee: Present", "- Cai Ng – Apologies": one person a line, and whether they were there.
_NAME_STATUS = re.compile(r"^\s*(?:[-*•]\s+)?(?P<who>[^:–—\t]{3,60}?)\s*[:–—]\s*(?P<status>present|attended|in\s+attendance"
                          r"|apologies|apologies\s+(?:sent|received|given)|sent\s+apologies|regrets|absent)\s*\.?\s*$",
                          re.IGNORECASE)


def name_status(line: str, found: Attendance) -> bool:
    """Whether a line is one person and their status ("Ann Lee: Present"); they are recorded so."""
    said = _NAME_STATUS.match(line) if ":" in line or "–" in line or "—" in line else None
    if said is None or not (looks_like_name(said["who"]) or opens_with_titled_name(said["who"])):
        return False
    person = read_person(said["who"])
    label = next((label for pattern, label in STATUS_KINDS if pattern.search(said["status"])), None)
    if re.match(r"(?i)regrets", said["status"]):
        label = Label(APOLOGIES)
    if person is None or label is None:
        return False
    record(found, label, [person])
    return True


# A status cell's words beyond the plain ones: how someone took part ("Joined remotely (non-voting)",
# "Attended via Teams", "Observing").
# "Not in attendance", "No apologies", "Absent without apologies": not there, no apology sent.
_NOT_THERE = re.compile(r"(?i)^\s*(?:not|did\s+not|didn't)\s+(?:in\s+attendance|attend\w*|present)\b"
                        r"|\b(?:no|without)\s+apolog|unexcused")
# "Deputy attended", "Sent substitute", "Represented by deputy": someone else came in their place.
_SENT_DEPUTY = re.compile(r"(?i)^\s*(?:(?:deputy|substitute|nominee)\s+(?:attended|present)"
                          r"|sent\s+(?:a\s+)?(?:deputy|substitute)"
                          r"|represented\s+by\s+(?:a\s+)?(?:deputy|substitute))\b")
_EXCUSED = re.compile(r"(?i)^\s*(?:excused|leave\s+of\s+absence|apologies)\b")
_TOOK_PART = re.compile(r"(?i)^(?:joined|attended|participated|dialled|observ\w*|in\s+the\s+(?:room|hall|chamber)"
                        r"|deput\w*\s+for|substitut\w*\s+for|alternate\s+for|representing|on\s+behalf\s+of"
                        r"|in\s+full|partial\w*|part\b|late\b|left\b|arrived|from\s+item|for\s+items?"
                        r"|on\s+(?:teams|zoom|the\s+call)|via\s+\w+|by\s+(?:phone|video)"
                        r"|(?:ms\s+)?teams|zoom|video|(?:tele)?phone|hybrid|in\s+person|dial[- ]?in)\b")


def status_label(status: str) -> Label | None:
    """What a status cell says of the person: its status words, or words of how they took part
    ("Not in attendance" is an absence, not a way of attending)."""
    if _NOT_THERE.search(status):
        return Label(ABSENT)
    if _SENT_DEPUTY.match(status):
        return DEPUTY
    if _EXCUSED.match(status):
        return Label(APOLOGIES)
    label = next((label for pattern, label in STATUS_KINDS if pattern.search(status)), None)
    if label is None and _TOOK_PART.match(status.strip()):
        return Label(PRESENT, "observer" if status.strip().lower().startswith("observ") else "member")
    return label
