"""Lists written without list syntax: a paragraph whose lines (markdown's soft breaks, a
``<br>`` or a Word line break) each open with a marker, or that sits under a to-do label,
is read as a list, one entry a line.

Open-source and community notes often write their actions so, with no blank line and no
"- " before each entry::

    Action items
    [ ] Priya Shah to book the hall
    [x] Sam sent the invoice
    AI: Tomasz to update the wiki page
    TODO check the domain renewal
    Owner: Sam
    Due: 20 March 2026

Joined as one paragraph, those entries would read as one sentence. `list_blocks` gives the
blocks the paragraph stands for: its lead-in lines ("Action items") as a paragraph, then an
item a marked line, each carrying the "Owner:", "Lead:", "Due:" lines under it as lines of
its own. Lines under a to-do label ("Next steps", "To do", "Follow-ups") are entries too,
marked or not::

    **Next steps**
    Ruth to email the members
    Dev to renew the domain
"""

from __future__ import annotations

import re

from minutes.task_fields import FIELD_LINE

# A line opening with a box, as markdown task lists and plain-text checklists write it:
# "[ ] Priya to book the hall", "- [x] Sam sent the invoice", "☐ Book the hall".
_BOXED = re.compile(r"^(?:[-*+•]\s*)?(?:\[[ xX✓✔]\]\s|[☐□❏❐☑☒✅✓✔]\s*\S)")
# A line opening with an action's own word: "AI: Helen to ...", "AI 3 - ..." (not "AI - the tools ..."), "ACTION: ...", "Action item: ...",
# "TODO Sam check ...", "To do: ...", "[TODO] ...", "Follow-up: ...".
_ACTION_WORD = re.compile(
    r"^(?:[-*+•]\s*)?(?:(?:AI|AP)(?:\s*:|\s?\d{1,3}\s*[:\-–—])\s*\S|(?:ACTION|Action|action)(?:\s+(?:items?|points?))?s?\s*[:\-–—]\s*\S"
    r"|\[?(?:TODO|ToDo|Todo)\]?(?::|\s)\s*\S|To[- ]do\s*:\s*\S|Follow[- ]up\s*:\s*\S)")
# A line opening with a bullet character or a number: "• Ruth: post the calendar", "* Dev: check ...",
# "2. Marek to order the jerseys", "3) ...". Weaker than a box or an action's word: a paragraph needs two.
# An issue tracker's reference opening a line, "#1763 - Looks correct, Dan to approve.", is one too.
_BULLET = re.compile(r"^(?P<mark>[-*+•·▪◦‣–]|\(?\d{1,2}[.)])\s+(?=\S)|^#\d{1,6}\b(?=\s*[-–—:]?\s+\S)")
# A label over a to-do block: "Next steps", "**To do:**", "Follow-ups", "Action items".
TODO_LABEL = re.compile(
    r"^\W{0,3}(?:to[- ]?dos?(?:\s+list)?|todos?|next\s+steps|follow[- ]?ups?(?:\s+(?:items|actions))?|action\s+(?:items|points|list)"
    r"|actions?(?:\s+(?:agreed|arising))?)\W{0,3}$", re.IGNORECASE)
# The words a wrapped line leaves open, so the next line continues it rather than starting an entry.
_OPEN_END = re.compile(r"(?:[,;(&/+-]|\b(?:and|or|the|a|an|to|of|for|with|by|on|in|at|from|about|into|as)\b)\s*$", re.IGNORECASE)
_MAX_LINES = 400
_BARE_TODO = re.compile(r"^(?:TODO|ToDo|Todo)[ \t]+(?![:\-–—])")


def marker_kind(line: str) -> str | None:
    """"strong" for a line opening with a box or an action's word, "weak" for one opening with a bullet
    character, a number or an issue's reference ("#1755 - ..."), "field" for an owner's or due date's line, None otherwise."""
    line = line.strip()
    if _BOXED.match(line) or _ACTION_WORD.match(line):
        return "strong"
    if FIELD_LINE.match(line):
        return "field"
    if _BULLET.match(line):
        return "weak"
    return None


def list_blocks(lines: list[str], under_label: bool) -> list[tuple[str, str, str]] | None:
    """The parts a paragraph's lines stand for, as (kind, marker, text) with kind "paragraph" or
    "item", or None when the lines are not a list. `under_label` says the paragraph follows a to-do
    label (a heading or a line of its own), so its lines are entries with or without markers."""
    if len(lines) < 2 or len(lines) > _MAX_LINES:
        return None
    kinds = [marker_kind(line) for line in lines]
    strong, weak = kinds.count("strong"), kinds.count("weak")
    first = next((at for at, kind in enumerate(kinds) if kind in ("strong", "weak")), len(lines))
    label = _label_at(lines[:min(first, len(lines) - 1)])
    labelled = under_label or label is not None
    if not (strong or weak >= 2 or labelled):
        return None
    if under_label:
        first = 0
    elif labelled:
        first = label + 1
    elif not strong and any(kind is None and _starts_entry(line) for line, kind in zip(lines[first:], kinds[first:])):
        return None  # numbered or bulleted lines with prose among them: numbered minutes, not a list
    parts: list[tuple[str, str, str]] = []
    if first:
        parts.append(("paragraph", "", "\n".join(lines[:first])))
    entries: list[list[str]] = []  # per entry: its marker, then its lines
    for line, kind in zip(lines[first:], kinds[first:]):
        stripped = line.strip()
        if not stripped:
            continue
        if kind == "field" and entries:
            entries[-1].append(stripped)
        elif kind in ("strong", "weak", "field") or labelled or not entries:
            entries.append([*_marker_and_text(stripped, kind)])
        elif _starts_entry(stripped) and not _OPEN_END.search(entries[-1][-1]):
            entries.append(["", stripped])
        else:
            entries[-1].append(stripped)
    if labelled:
        entries = _joined_wraps(entries)
    parts.extend(("item", entry[0], "\n".join(entry[1:])) for entry in entries)
    return parts


def _label_at(lines: list[str]) -> int | None:
    """Where a to-do label stands among a paragraph's unmarked opening lines, with a line after it
    ("The show needs a venue." over "Next steps:" over "Priya to book the hall")."""
    return next((at for at, line in enumerate(lines) if TODO_LABEL.match(line.strip())), None)


def _joined_wraps(entries: list[list[str]]) -> list[list[str]]:
    """Unmarked entries of a to-do block that are a wrapped line's tail ("... the new route and" over
    "cafe stop") rejoin the entry before."""
    out: list[list[str]] = []
    for entry in entries:
        if out and not entry[0] and marker_kind(entry[1]) is None and (
                not _starts_entry(entry[1]) or _OPEN_END.search(out[-1][-1])):
            out[-1].extend(entry[1:])
        else:
            out.append(entry)
    return out


def _starts_entry(line: str) -> bool:
    """Whether a line can open an entry: a capital, a figure, a handle or a bracket, not a wrapped tail."""
    first = line.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "@[(*_\"'“‘")


def _marker_and_text(line: str, kind: str | None) -> tuple[str, str]:
    """An entry's list marker (always a bullet's, "") and its text without a bullet character
    ("• Ruth: post the calendar" is the entry "Ruth: post the calendar"). A number stays in the
    text ("(1) Isla to draft a rota" is laid out "- (1) Isla to ..."): numbered entries under a
    heading would read as numbered minutes."""
    if kind == "strong":
        line = re.sub(r"^[-*+•]\s*(?=\[|[A-Za-z☐□❏❐☑☒✅✓✔])", "", line)
        # "TODO Sam check the renewal": written "TODO: ...", as the reader's markers know it.
        return "", _BARE_TODO.sub("TODO: ", line, count=1)
    bullet = _BULLET.match(line) if kind == "weak" else None
    if not bullet or not bullet["mark"] or bullet["mark"][-1:] in ".)":
        return "", line
    return "", line[bullet.end():]



# "- [HP] Re. the mini-conference. Ask participants ...": the matter an entry is about, said before its task.
_REGARDING = re.compile(r"^(?P<lead>[ \t]*[-*+•]\s+(?:\[[A-Z]{2,4}(?:\s*,\s*[A-Z]{2,4})*\]\s*)?)"
                        r"(?:Re\.?|Regarding|RE:)\s+(?P<matter>[^.\n]{2,80})\.\s+(?P<task>[A-Z].*)$")


def with_matter_after(text: str) -> str:
    """A list of actions with each entry's "Re. <matter>." opening moved after its task, so that the task,
    not the matter, opens the entry and keeps the entry's owner: "- [HP] Re. the mini-conference. Ask
    participants for permission" is "- [HP] Ask participants for permission (re. the mini-conference)"."""
    lines = []
    for line in text.split("\n"):
        regarding = _REGARDING.match(line) if "Re" in line[:16] else None
        if regarding:
            line = f"{regarding['lead']}{regarding['task'].rstrip().rstrip('.')} (re. {regarding['matter'].strip()})"
        lines.append(line)
    return "\n".join(lines)
