"""Entries whose own status, written beside or beneath them, says they are finished.

Minutes that go through earlier actions often write each entry as it was set and its status
after it, not in a column the reader can see: a tag closing the line ("2. To book the hall for
the open day [Closed]", "Order the new bins (done)") or a status opening the paragraph or bullet
just beneath it:

    Action 3: Parks Officer to price the new benches.
    - Complete. Three quotes were tabled at the last meeting.

Such an entry is no work left to do, whichever rule read it as a task. One whose status beneath
says it is still open ("Not complete. ...", "Partially complete.", "Ongoing") goes on, carried.
The reader finds an action's line by the first words of its task, as written in the line (after
"Action 3: Parks Officer to"); an action is set aside only when every line holding those words
is an entry closed so.

An action's own words may carry its status too, as a marker set apart from the task (see `marked_status`):
"(DONE) Kelly to send the slides", "Check the forum post DONE", "Open a ticket for the co-chair: Done",
"Order the buoys – Complete", "Update the list ✅". A task whose words merely include the word ("make sure the
audit is done by May", "check the ramp is complete") keeps it: only a marker closes an entry.
"""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.model import Action

# A status tag closing an entry's line: "[Closed]", "(complete)", "(Done.)".
_CLOSED_TAG = re.compile(r"[\[(]\s*(?:closed|complete[d]?|done|withdrawn|superseded|discharged"
                         r"|not\s+to\s+be\s+taken\s+forward|no\s+longer\s+(?:required|needed))\s*\.?\s*[\])]\s*\.?\s*$",
                         re.IGNORECASE)
# A closed status opening the paragraph or bullet beneath an entry, alone or before a stop or dash ("Complete.",
# "- Closed - the hall is booked", "Not to be taken forward: superseded by the new strategy"). "Complete the
# survey" opens a task, so the status word must stand alone.
_CLOSED_BELOW = re.compile(r"^\s*(?:[-*•]\s*)?(?:closed|complete[d]?|done|withdrawn|superseded|discharged"
                           r"|not\s+to\s+be\s+taken\s+forward|no\s+longer\s+(?:required|needed))\s*(?:[.;:–—]|\s-\s|$)",
                           re.IGNORECASE)
# An open status beneath an entry: the entry goes on, carried ("Not complete. Due to other pressures ...").
_OPEN_BELOW = re.compile(r"^\s*(?:[-*•]\s*)?(?:not\s+(?:yet\s+)?complete[d]?|partially\s+complete[d]?|part\s+complete[d]?"
                         r"|on-?going|in\s+progress|outstanding|carried\s+(?:forward|over))\s*(?:[.;:–—]|\s-\s|$)",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# How many words of a task find its line, and how many lines one key may name before it says nothing.
_KEY_WORDS = 3
_LINES_PER_KEY = 8
# How far beneath an entry its status may be looked for (blank lines between paragraphs).
_BELOW_LINES = 3
_LONGEST_LINE = 2000


_CLOSED_WORDS = r"done|complete[d]?|closed|finished"
_OPEN_WORDS = (r"on-?going|in\s+progress|open|outstanding|standing|pending|carried(?:\s+(?:forward|over))?"
               r"|not\s+(?:yet\s+)?(?:done|complete[d]?|started)")
# A status tag opening the words: "(DONE) Kelly to send ...", "[Done] ...", "DONE: Paulo to print ...",
# "Completed – the hall is booked"; "(Ongoing) ...", "In progress: ..." open. ("Complete the survey" opens a
# task: a status word opening the words is a marker only in brackets or before a colon or a dash.)
_LEADING = re.compile(rf"^[\s*_]*(?:[\[(][\s*_]*(?:(?P<closed>{_CLOSED_WORDS})|(?P<open>{_OPEN_WORDS}))[\s*_.]*[\])]"
                      rf"|(?:(?P<closed2>{_CLOSED_WORDS})|(?P<open2>on-?going|in\s+progress|carried\s+(?:forward|over)))"
                      r"[\s*_]*(?::|\s[-–—]\s))[\s*_:.–—-]*", re.IGNORECASE)
# A status closing the words after a break: "... co-chair: DONE", "Send out the link - Done", "... – Complete",
# "... (completed)", "... [closed]"; "... - ongoing", "(in progress)" open.
# (Each run of spaces, stars and underscores is tried once, from its start, and the status's tail possessively: a
# long run that ends in no status costs its length, not its length squared.)
_TRAILING = re.compile(rf"(?<![\s*_])(?:[\s*_]*(?::|\s[-–—]|[–—])|[\s*_]*[\[(])[\s*_]*(?:(?P<closed>{_CLOSED_WORDS})|(?P<open>{_OPEN_WORDS}))"
                       r"[\s*_.!]*+[\])]?[\s*_.!]*+$", re.IGNORECASE)
# "Ankur check if posted on the forum DONE": a status in capitals closing words in lower case, no break before it.
_SHOUTED = re.compile(r"(?<![\s*_])[\s*_]+(?:DONE|COMPLETED?|CLOSED|FINISHED)[\s*_.!]*$")
_LOWER = re.compile(r"[a-z]")
# "... is CLOSED", "keep it CLOSED": the word in capitals said of a thing, no marker.
_BEING = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|keep|kept|stay|stays|remain|remains|it)$", re.IGNORECASE)
# "Update the membership list ✅": a tick closing the words; "~~Fix the trailer lights~~": the words struck through.
_TICK_AFTER = re.compile(r"(?<!\s)\s*[✅☑✔✓]\ufe0f?[\s.]*$")
_STRUCK = re.compile(r"^\s*~~(?P<words>[^~]+)~~\s*$")


def marked_status(what: str) -> tuple[str, str] | None:
    """The words without a status marker set apart from the task, and "closed" or "open" as it says; None
    when the words carry no such marker. Reads a tag opening the words ("(DONE) Kelly to send the slides",
    "In progress: Mo to draft the plan"), one closing them after a break ("Open a ticket: DONE", "Send the
    link - Done", "Chase the grant (completed)"), a status in capitals after words in lower case ("Check
    the forum post DONE"), a tick after the words ("Renew the policy ✅") and words struck through."""
    text = what.strip()
    if not text or len(text) > _LONGEST_LINE:
        return None
    struck = _STRUCK.match(text)
    if struck:
        return struck["words"].strip(), "closed"
    leading = _LEADING.match(text)
    if leading and text[leading.end():].strip():
        return text[leading.end():].strip(), "closed" if leading["closed"] or leading["closed2"] else "open"
    tick = _TICK_AFTER.search(text)
    if tick and tick.start() > 0:
        return text[: tick.start()].strip(), "closed"
    trailing = _TRAILING.search(text)
    if trailing and text[: trailing.start()].strip(" .;,-–—"):
        return text[: trailing.start()].strip(" .;,-–—"), "closed" if trailing["closed"] else "open"
    shouted = _SHOUTED.search(text)
    head = text[: shouted.start()] if shouted else ""
    if _LOWER.search(head) and not _BEING.search(head.rstrip(" *_")):
        return head.strip(" .;,*_"), "closed"
    return None


def _by_marker(actions: tuple[Action, ...]) -> tuple[Action, ...]:
    """The actions left once those whose words carry a closed status marker are set aside; one whose marker says
    it is still open keeps its words without the marker, carried."""
    kept: list[Action] = []
    for action in actions:
        found = marked_status(action.what or "")
        if found is None:
            kept.append(action)
        elif found[1] == "open":
            kept.append(replace(action, what=found[0], carried=True))
    return tuple(kept)


def open_entries(actions: tuple[Action, ...], lines: list[str]) -> tuple[Action, ...]:
    """The actions left once entries closed by their own status are set aside; those whose status beneath
    says they are still open are marked carried."""
    actions = _by_marker(actions)
    if not actions or not any(_has_status(line) for line in lines):
        return actions  # (cheaply first: most minutes write no status beside or beneath an entry)
    wanted = {key for action in actions if (key := _key(action.what)) is not None}
    if not wanted:
        return actions
    where: dict[tuple[str, ...], list[int]] = {}
    for index, line in enumerate(lines):
        words = [word.lower() for word in _WORD.findall(line[:_LONGEST_LINE])]
        for start in range(len(words) - _KEY_WORDS + 1):
            key = tuple(words[start: start + _KEY_WORDS])
            if key in wanted:
                found = where.setdefault(key, [])
                if len(found) <= _LINES_PER_KEY and (not found or found[-1] != index):
                    found.append(index)
    kept: list[Action] = []
    for action in actions:
        key = _key(action.what)
        found = where.get(key, []) if key is not None else []
        if not found or len(found) > _LINES_PER_KEY:
            kept.append(action)
            continue
        statuses = [_status(lines, index) for index in found]
        if all(status == "closed" for status in statuses):
            continue
        if all(status == "open" for status in statuses) and not action.carried:
            action = replace(action, carried=True)
        kept.append(action)
    return tuple(kept)


def _has_status(line: str) -> bool:
    return bool(_CLOSED_BELOW.match(line) or _OPEN_BELOW.match(line) or line.rstrip(" .")[-1:] in ")]" and (
        _CLOSED_TAG.search(line[-_LONGEST_LINE:])))


def _key(what: str) -> tuple[str, ...] | None:
    words = [word.lower() for word in _WORD.findall(what[:_LONGEST_LINE])][:_KEY_WORDS]
    return tuple(words) if len(words) == _KEY_WORDS else None


def _status(lines: list[str], index: int) -> str | None:
    """"closed" or "open" when the entry on this line is given a status by its own tag or the line beneath."""
    if _CLOSED_TAG.search(lines[index][-_LONGEST_LINE:]):
        return "closed"
    for below in lines[index + 1: index + 1 + _BELOW_LINES]:
        if not below.strip():
            continue
        if _CLOSED_BELOW.match(below):
            return "closed"
        if _OPEN_BELOW.match(below):
            return "open"
        return None
    return None
