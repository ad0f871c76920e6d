"""The entries of lists and logs, and the owners their words name: a line that opens a list entry, an owners'
cell of initials, "what – owner – when" entries, an owner's heading over its tasks, a clause naming its owner
before "to" or "will", @mentions set first, a log's owners column read as a last entry.

Apart from the body's walk (minutes/body.py) because tables, reviews and marked paragraphs all read entries
this way, and each asks these questions of a line's words alone."""

from __future__ import annotations

import re

from minutes.actions import Task, opens_with_verb, owner_only, read_task
from minutes.task_fields import BULLET_MARK
from minutes.owners import Owners
from minutes.vocabulary import is_role
from minutes.when import find_due_phrase


INITIALS_CELL = re.compile(r"^[A-Z]{2,4}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,4})*$")
# "(carried forward)", "- c/f", "[ongoing]" written beside an action's words.
CARRIED_NOTE = re.compile(
    r"\s*[(\[]\s*(?:carried(?:\s+(?:forward|over))?|brought\s+forward|c/f|b/f|ongoing|on-going)"
    r"(?:\s+from\s+[^)\]]*)?\s*[)\]]|\s+[-–—]\s*(?:carried\s+(?:forward|over)|c/f|b/f)\s*$",
    re.IGNORECASE,
)
# The spaced dashes between the parts of "what – owner – when".
DASH_PARTS = re.compile(r"\s[–—-]\s")  # (one space each side: no run of spaces to try at every start)
_DASHED_WHAT_WORDS = 2
OWNER_PARTS = re.compile(r"\s*(?:,|/|&|\band\b)\s*")
_DASHED_OWNER_WORDS = 5
# "- [ ] @Marcus Bell merge the RFC", "@Thandiwe Nkosi @Laila Hosseini revise ...": a list entry that
# opens with people mentioned by their full names (as Notion, Confluence, Teams and Loop write a mention),
# then a task in lower case.
# (Each mention is read whole, once: a line of many mentions is never re-split another way.)
_MENTIONED = r"(?>@[A-Z][\w'’.-]*+(?:[ \t][A-Z][\w'’.-]*+){0,3})"
_MENTIONS_FIRST = re.compile(rf"^(?P<lead>[ \t]*(?:[-*•][ \t]+)?(?:\[[ xX]\][ \t]+)?)(?P<names>{_MENTIONED}"
                             rf"(?:[ \t]*,?[ \t]*{_MENTIONED})*+)[ \t]+(?=[a-z]{{2,}}\b)", re.MULTILINE)


def mentions_first(text: str, owners: Owners) -> str:
    """Entries opening with mentions of people the attendance names, written as "Name, Name: task",
    the form an owner's colon takes."""
    def named(match: re.Match) -> str:
        names = [name.strip(" ,") for name in match["names"].split("@") if name.strip(" ,")]
        if not all(owners.known_person(name) for name in names):
            return match[0]
        return f"{match['lead']}{', '.join(names)}: "
    return _MENTIONS_FIRST.sub(named, text)


# An owner written out in full: capitalised words joined by "of", "and", "&" or a comma ("Director of Services,
# Housing & Community", "An Garda Síochána", "Roads & Transportation").
_NAMED_OWNER = re.compile(r"^[A-Z][\w'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:of|and|&|for|the)\s+)[A-Z][\w'’.-]*){0,7}$")


def headed_entry(line: str, owners: Owners) -> tuple[str, str] | None:
    """A listed entry under an actions heading that closes, after its last dash, on an owner written out in
    full: its words and that owner; None for any other line."""
    if not LIST_ENTRY_LINE.match(line):
        return None
    text = BULLET_MARK.sub("", line.strip())
    cut = max(text.rfind(" – "), text.rfind(" — "), text.rfind(" - "))
    if cut < 0:
        return None
    what, who = text[:cut].strip(" .;"), text[cut + 3:].strip(" .;")
    if len(what.split()) < _DASHED_WHAT_WORDS or not _NAMED_OWNER.match(who) or not owners.is_owner(who, strict=False):
        return None
    return what, who


def dashed_entry(text: str, owners: Owners) -> tuple[str, str, str | None, bool] | None:
    """ "Document the kit returns process – MK – 4 Feb (c/f)": the task, its owner (initials,
    a known person, a role), its date and whether a note carries it; None unless the part
    after the first dash names an owner and there are no more than three parts. Labelled
    parts ("– Lead: TH – by 19/05/26") are read as labels elsewhere."""
    parts = [part.strip(" .;") for part in DASH_PARTS.split(text.strip())]
    if not 2 <= len(parts) <= 3 or len(parts[0].split()) < _DASHED_WHAT_WORDS:
        return None
    carried = False
    if len(parts) == 2 and (note := CARRIED_NOTE.search(parts[1])):
        # "Escalate the potholes with Roads - Cllr Buchan (carried forward)": the note after the owner.
        parts[1], carried = (parts[1][: note.start()] + parts[1][note.end():]).strip(), True
    who = parts[1]
    if not who[:1].isupper() or ":" in text or len(who.split()) > _DASHED_OWNER_WORDS or not (
            INITIALS_CELL.match(who) or is_role(who) or owners.is_owner(who, strict=True)):
        return None
    when = parts[2] if len(parts) == 3 else None
    note = CARRIED_NOTE.search(when or "")
    if note:
        when, carried = (when[: note.start()] + when[note.end():]).strip() or None, True
    return parts[0], who, when, carried


def wrapped_entries_joined(lines: list[str], owners: Owners) -> list[str]:
    """Lines with each listed entry's wrapped last line joined to it when the owner's dashed parts are on that
    line ("- Arrange the repair and report back with a note on the options" over "and their costs - NP";
    "... on the options -" over "Owen Tallis"; "... and their costs" over "- Owen Tallis"), as PDF text and
    typed minutes wrap a long entry."""
    joined: list[str] = []
    for line in lines:
        listed = bool(joined) and bool(LIST_ENTRY_LINE.match(joined[-1])) and not LIST_ENTRY_LINE.match(line)
        if listed and (line.lstrip()[:1].islower() or LEFT_HANGING.search(joined[-1])) and not DASH_PARTS.search(
                joined[-1]) and len(joined[-1]) + len(line) < _JOINED_ENTRY:
            # (A long entry wraps over several lines: its middle ones join it too, up to the one with its dashes.)
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
            continue
        if listed and DASH_PARTS.search(joined[-1]) and len(line.split()) <= _TAIL_WORDS and line.strip()[:1].isalnum() and (
                len(DASH_PARTS.split(joined[-1])[-1].split()) <= _TAIL_WORDS) and not line.rstrip().endswith((".", ":")):
            # "... - Imran" over "Sattar", "... - NP - 30" over "April 2026": the owner's or the date's words wrapped.
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
            continue
        entry = bool(joined) and bool(LIST_ENTRY_LINE.match(joined[-1])) and not DASH_PARTS.search(joined[-1])
        owner_after_dash = entry and (dashed := re.match(r"^\s*[-–—]\s+(?P<rest>[^:]{1,80})$", line)) is not None and (
            len((owner := (parts := DASH_PARTS.split(dashed["rest"].strip(" .")))[0]).split()) <= _DASHED_OWNER_WORDS) and (
            owners.is_owner(owner, strict=True)) and not (len(parts) > 1 and _task_after_owner(parts[1]))
        if entry and (line.lstrip()[:1].isalpha() and not LIST_ENTRY_LINE.match(line) and DASH_PARTS.search(line)
                      and (line.lstrip()[:1].islower() or line[:1].isspace()) or owner_after_dash
                      or re.search(r"\s[-–—]$", joined[-1].rstrip()) and line.strip()[:1].isupper() and len(line.split()) <= 8):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


_JOINED_ENTRY = 1500


def _task_after_owner(part: str) -> bool:
    """Whether the part after an owner's dash is a task in its own words ("- JO – ask the school about parking",
    "- AR – mend the gate"), making the line an entry of its own, not the owner of the entry above it."""
    return opens_with_verb(part) or part[:1].islower() and len(part.split()) >= 3 and find_due_phrase(part) is None


LEFT_HANGING = re.compile(r"\b(?:to|the|of|and|for|with|on|a|an|in|by|at|from)$")
_TAIL_WORDS = 3
LIST_ENTRY_LINE = re.compile(r"^\s*(?:[-*•☐□❑☑☒✅]|\[[ xX✓✔]?\]|\d{1,2}[.)])\s*\S")


def owned_clause_task(clause: str, owners: Owners) -> Task | None:
    """A clause that names its owner before "to" or "will" ("the Chair and CE to agree ..."), as a task."""
    if not OWNER_FIRST.match(clause.strip()):
        return None  # (cheaply first: no owner before "to" or "will", whatever the task reads)
    task = read_task(clause, owners, strict=False)
    return task if task is not None and task.what and task.who else None


# "RM to agree a plan", "The Clerk will write": a subject of capitalised words, then "to" or "will" and a verb.
NAMED_THEN_TO = re.compile(r"^(?:the\s+)?[@A-Z][\w'’.@/&-]*(?:\s+(?:and\s+|&\s+)?[@A-Z][\w'’.@/&-]*){0,3}\s+(?:to|will)\s+"
                           r"(?!be\b)[a-z]{2,}")
OWNER_FIRST = re.compile(r"^(?:the\s+)?[@A-Z][^;:,]{0,60}?\s(?:to|will)\s+[a-z]")


def owners_column(entry: str, owners: Owners) -> list[str] | None:
    """The owners an entry gives alone, parted by semicolons or commas ("CN; SG"), when each is one the
    attendance knows, initials or an office: a log's owners column read as a last entry."""
    parts = [part.strip(" .") for part in re.split(r"\s*[;,]\s*", entry.strip()) if part.strip(" .")]
    if not parts or len(parts) > 6:
        return None
    found = []
    for part in parts:
        named = owner_only(part, owners) if len(part.split()) <= 4 else None
        if named is None or not named.who or named.what:
            return None
        found.append(named.who)
    return found
