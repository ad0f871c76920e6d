"""A task's fields written on lines of their own: who owns it and when it is due ("Owner: Sam",
"Lead: Helen Ward" over "By: 30 April 2026", "Responsible: Sarah Pike", "Due: September"), and an entry
of labelled fields set apart by bars ("Owner: NP | Action: Order the compost | Due: 31 March").

Working groups, partnerships and councils' action notes write a task's owner and date under it this
way. One module holds what such a line is: the document model (minutes/line_items.py) keeps these lines
with the entry above them when it lays out a list, and the body (minutes/body.py) reads who and when
from them and gives them to that entry's task.
"""

from __future__ import annotations

import re

from minutes.normalise import prose

# A list entry's bullet or number: "- ", "• ", "2. ", "3) ".
BULLET_MARK = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")

# A line under a task naming its owner or when it is due: "Owner: Sam", "Lead: Helen Ward", "Due: 20 March".
FIELD_LINE = re.compile(r"^(?:[-*+•]\s*)?(?:Owners?|Lead|Responsible|Responsibility|Assigned\s+to|Assignee|Who|Due(?:\s+date)?"
                        r"|Deadline|By\s+when|When|Target(?:\s+date)?)\s*:\s*\S", re.IGNORECASE)

# "Owner: Jo Bloggs   Deadline: 30/06/2016" under an action or the sentence that sets
# it. "Lead:" alone is how some minutes name an item's presenter, so it counts only
# with a deadline beside it.
_OWNER_LINE = re.compile(
    r"^(?:[-*•]\s+)?(?:action\s+)?(?P<label>owner|lead|lead\s+officer|responsible(?:\s+officers?)?|officers?\s+responsible|by\s+whom"
    r"|responsibility"
    r"|who)"
    r"\s*[:\-–]\s*(?P<who>.+?)(?:\s+(?:deadline|due(?:\s+date)?|by\s+when|target(?:\s+date)?"
    r"|timescale|time\s?frame|when|date)\s*[:\-–]\s*(?P<when>.+?))?\s*$",
    re.IGNORECASE,
)

# The labels a due date is written after ("Due:", "Deadline -", "By when:").
_DUE_LABELS = r"deadline|due(?:\s+date)?|by\s+when|target\s+date"
# "Due: September" on a line of its own, under the paragraph of the action it dates ("When:" alone
# is a calendar entry's time, not a due date).
DUE_ALONE = re.compile(rf"^(?:[-*•]\s+)?(?:{_DUE_LABELS})\s*[:\-–]\s*(?P<when>\S.{{0,80}}?)\s*$", re.IGNORECASE)
DUE_WORD = re.compile(rf"\b(?:{_DUE_LABELS})\b", re.IGNORECASE)
# A deadline line under an "Owner:" line, in the wider words such fields use ("Timescale:", "When:").
_DEADLINE_LINE = re.compile(
    rf"^(?:[-*•]\s+)?(?:{_DUE_LABELS}|target|timescale|time\s?frame|when)\s*[:\-–]\s*(?P<when>.+?)\s*$",
    re.IGNORECASE,
)
# A line that opens as a task's field does ("Lead:", "Owner -", "By:"), where labelled lines are looked for.
FIELD_OPENING = re.compile(r"^\s*(?:[-*•]\s+)?(?:owner|lead|responsib|officers?\s+resp|by|who|action\s+by|due|deadline|target"
                           r"|timescale)", re.IGNORECASE)
# "By: 30 April 2026", "Due: end of May", "Deadline: next meeting": a task's date on a line of its own.
_BY_LINE = re.compile(r"^(?:[-*•]\s+)?(?:by|due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|timescale)\s*:\s*"
                      r"(?P<when>\S.{0,80}?)\s*$", re.IGNORECASE)
# "Teresa Ocampo — Publish the approved budget summary": an owner, a dash, then the task itself.
_WHO_THEN_TASK = re.compile(r"^[^–—:]{2,60}?\s[–—-]\s+[A-Za-z][\w'’-]*\s+\S+\s+\S+")
# "Owner: NP | Action: Order the compost | Due: 31 March": an entry of labelled fields set apart by bars.
_PIPED_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /]{0,24}?)\s*:\s*(?P<value>\S.*?)\s*$")
_TASK_LABEL = re.compile(r"^(?:action|actions|task|what|action\s+required|agreed\s+action)$", re.IGNORECASE)
_WHO_LABEL = re.compile(r"^(?:owner|lead|who|responsible|responsibility|assigned\s+to|assignee|by\s+whom|action\s+by)$",
                        re.IGNORECASE)
_WHEN_LABEL = re.compile(r"^(?:due|due\s+date|deadline|target|target\s+date|by\s+when|when|timescale|time\s?frame|date)$",
                         re.IGNORECASE)
_FIELD_LINES = 4
_PIPED_PARTS = 6


def piped_fields(line: str) -> str:
    """A line of labelled fields set apart by bars, in any order ("Owner: NP | Action: Order the
    compost | Due: 31 March"), laid out as an action line with its owner and date labelled after
    the task ("Action: Order the compost. Owner: NP. Due: 31 March."), which is read as such.
    Any other line is kept."""
    bullet = BULLET_MARK.match(line.strip())
    parts = line.strip()[bullet.end() if bullet else 0:].split(" | ")
    if not 2 <= len(parts) <= _PIPED_PARTS:
        return line
    fields = [_PIPED_FIELD.match(part) for part in parts]
    if not all(fields):
        return line
    task = next((field["value"] for field in fields if _TASK_LABEL.match(field["label"].strip())), None)
    who = next((field["value"] for field in fields if _WHO_LABEL.match(field["label"].strip())), None)
    when = next((field["value"] for field in fields if _WHEN_LABEL.match(field["label"].strip())), None)
    if task is None or who is None:
        return line
    return f"{bullet.group() if bullet else ''}Action: {task.rstrip(' .')}. Owner: {who.rstrip(' .')}." + (
        f" Due: {when.rstrip(' .')}." if when else "")


def field_lines(lines: list[str], index: int) -> tuple[str | None, str | None, str, int] | None:
    """Who and when the field lines from `index` name ("Lead: Neil Hughes" then "By: 30 April 2026";
    "Responsible: Sarah Pike"; "By: Friday" alone), the first label, and the index after them."""
    who = when = label = None
    end = index
    while end < len(lines) and end < index + _FIELD_LINES:
        text = prose(lines[end]).strip()
        owner = _OWNER_LINE.match(text) if who is None else None
        due = _BY_LINE.match(text) if owner is None and when is None else None
        if owner is not None and not _WHO_THEN_TASK.match(owner["who"]):
            who, when, label = owner["who"].strip(" .;"), when or owner["when"], label or owner["label"]
        elif due is not None:
            when, label = due["when"], label or "by"
        else:
            break
        end += 1
    if end == index or label is None:
        return None
    return who, when.strip(" .;") if when else None, label, end


def owner_and_deadline(lines: list[str], index: int) -> tuple[str | None, str | None, int] | None:
    """Who and when an "Owner: X  Deadline: Y" line names (the deadline may be the next
    line), and the index after it; None for any other line."""
    match = _OWNER_LINE.match(prose(lines[index]))
    if match is None or " | " in lines[index] and piped_fields(lines[index]) != lines[index]:
        return None  # ("Owner: NP | Action: Order the compost": the fields of one entry, the task among them)
    who, when, end = match["who"], match["when"], index + 1
    if _WHO_THEN_TASK.match(who):
        return None  # "- Owner: Teresa Ocampo — Publish the summary. Due: Feb 28": an entry, owner first
    following = _DEADLINE_LINE.match(prose(lines[end])) if end < len(lines) else None
    if when is None and following:
        when, end = following["when"], end + 1
    if match["label"].lower() == "lead" and when is None:
        return None
    return who.strip(" .;"), (when.strip(" .;") if when else None), end
