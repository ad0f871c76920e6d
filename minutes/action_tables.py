"""Action tables: What/Who/When, Action/Owner/Deadline, No/Detail/Resp., a right-hand
"Action by / Date" column, as tab-separated rows (Word tables arrive that way).

Columns get their roles from their headings' words: the task, who, when, the item or
reference, the date raised, status (several status columns, "Update | RAG", read as
one), a Decision column, and minute text beside an Action column ("Item | Discussion |
Action by", "Topic | Notes | Actions", "Decisions | Actions"). A task cell that closes on its
due date ("... by 15 April 2026") with no date of its own in the row gives the row its date; an
item cell left empty under an item's first action is that item's (a merged cell turned to text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from minutes.when import find_due_phrase, glued_due

WHAT, WHO, WHEN, ITEM, NUMBER, OTHER = "what", "who", "when", "item", "number", "other"
# A column of what the meeting decided ("Decision", "Resolved"), beside its actions.
DECISION = "decision"
# A column of running text beside "Action by | Date": only rows naming who or when count.
TEXT = "text"

_HEADINGS = {
    WHAT: {"what", "action", "actions", "action required", "actions required", "agreed action",
           "agreed actions", "detail", "details", "description", "task", "tasks", "activity",
           "action agreed", "action point", "action points", "issue", "action/decision", "action / decision",
           "decision/action", "decision / action", "decisions/actions", "decisions / actions"},
    WHO: {"who", "owner", "owners", "lead", "leads", "responsible", "resp", "responsibility",
          "action by", "by whom", "officer", "lead officer", "assigned to", "person responsible",
          "who by", "responsible officer", "lead person", "lead organisation", "action owner", "lead agency",
          "responsible agency", "agency responsible", "lead officer/agency", "action owners", "assignee", "assignees"},
    WHEN: {"when", "deadline", "date", "due", "due date", "target date", "by when", "timescale",
           "timescales", "completion date", "date due", "target", "deadline date", "by",
           "date for completion", "timeframe", "when by", "timeline", "time frame", "time scale", "due by",
           "target completion date", "completion by"},
    ITEM: {"item", "agenda item", "minute", "minute no", "min", "min ref", "item no", "minute ref"},
    NUMBER: {"no", "number", "ref", "#", "action no", "action number", "id", "ref no", "log no", "log ref",
             "log number", "action ref", "action id",
             # ("AP | Action | Owner | Due": the action point's number, as "AP 26-02" writes it in the minutes.)
             "ap", "ap no", "ap ref", "ap number", "action point no", "action point ref", "ai", "ai no"},
    DECISION: {"decision", "decisions", "decision made", "decisions made", "decisions agreed", "resolution",
               "resolutions", "resolved", "agreed"},
    OTHER: {"status", "rag", "update", "progress", "comments", "comment", "notes", "outcome",
            "rag status", "status rag", "completed", "done", "rag rating", "progress update",
            "update status", "type",
            # ("BRAG": Blue, Red, Amber, Green, a blue cell meaning done.)
            "brag", "brag status", "brag rating"},
}
# A status saying the action is finished: a row from an earlier meeting's log, not new.
# On a BRAG scale (Blue, Red, Amber, Green) a cell reading just "Blue" means done.
_FINISHED = re.compile(
    r"^\s*(?:[☑✓✔✅☒]|\[[xX✓]\])|^\W*(?:complete[d]?|closed|done|finished|discharged|achieved|superseded|withdrawn"
    r"|no\s+further\s+action|(?:blue|green)\s*[-–—:]\s*(?:complete[d]?|closed|done))\b|^\W*blue\W*$"
    # "C" (complete) or "B" (blue) alone: a rating column's letter for an action done ("R / A / G / C").
    r"|^\W*[BC]\W*$"
    # "Green – closed", "RAG: G; closed": a closing word after a rating or note, ending the cell.
    r"|^[^\n]{0,200}?[-–—,;:.]\s*(?:complete[d]?|closed?|done|discharged)\W*$",
    re.IGNORECASE,
)
# An update saying the thing was delivered ("Sent 6 October", "Circulated to partners"), and a green rating.
_DELIVERED = re.compile(r"^\W*(?:sent|circulated|submitted|published|issued|delivered|shared|uploaded|held|signed)\b",
                        re.IGNORECASE)
_GREEN = re.compile(r"^\W*(?:g|green)\W*$", re.IGNORECASE)
# Several status columns ("Update | RAG") are read as one status, their cells kept apart by this.
STATUS_JOIN = " | "


# How a cell's words set someone work: "Raj to move ...", "the Clerk will write ..." ("will be" reports).
SETS_WORK = re.compile(r"\b(?:to|will|shall)\s+(?!be\b)[a-z]")
# A cell holding only a dash (or "n/a") is empty: tables put one where there is nothing to say.
_NO_VALUE = re.compile(r"^\s*(?:[-–—]+|n/?a)\s*$", re.IGNORECASE)


# A status or note saying an earlier meeting's action goes on: carried, not new.
CARRIED = re.compile(
    # ("Carry - February meeting": a log's status telling the row to go on, as the imperative.)
    r"\b(?:carr(?:ied|y)\s+(?:forward|over)|brought\s+forward|c/f|b/f|ongoing|on-going|rolled\s+(?:forward|over))\b"
    r"|^\W*carry\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Row:
    """One table row's cells by meaning, as written."""

    what: str
    who: str | None
    when: str | None
    item: str | None
    number: str | None = None
    status: str | None = None
    raised: str | None = None
    # The row's words are minute text beside an owner's cell ("Discussion | Action by"), not a task.
    narrative: bool = False
    decision: str | None = None

    @property
    def finished(self) -> bool:
        """Whether any of the row's status cells says the action is done ("Complete",
        "Closed", a BRAG "Blue"), or its update says the thing was delivered and its
        rating is green ("Sent 6 October | G")."""
        if not self.status:
            return False
        cells = self.status.split(STATUS_JOIN)
        return any(_FINISHED.match(cell) for cell in cells) or (
            any(_DELIVERED.match(cell) for cell in cells) and any(_GREEN.match(cell) for cell in cells))

    @property
    def carried(self) -> bool:
        """Whether the row's status carries the action forward ("Ongoing", "c/f")."""
        return bool(self.status and CARRIED.search(self.status))


_NARRATIVE = re.compile(r"^(?:discussion|minutes?|notes?|narrative|summary|record|discussion\s*(?:and|&|/)\s*"
                        r"(?:decisions?|outcomes?|agreements?)|minute\s+text)\s*:?$", re.IGNORECASE)
# (A parish council's action points head the owners' column "Councillor", "Cllr".)
_NAME_COLUMNS = {"name", "names", "initials", "staff", "member", "councillor", "councillors", "cllr", "cllrs"}
_MINUTE_HEADING = re.compile(r"^minute\W*$", re.IGNORECASE)
# A column of when an action was logged ("Date raised", "Date opened"): neither task nor deadline.
RAISED = "raised"
# Header words by meaning, for headings not in `_HEADINGS` ("Action Owner(s)", "Agreed
# completion date", "Lead agency"): looked for in this order, the first found decides.
_HEADING_WORDS_IN_ORDER = [
    (RAISED, re.compile(r"\b(?:raised|opened|added|logged|created|agreed\s+on|date\s+of\s+meeting|meeting\s+date)\b")),
    (OTHER, re.compile(r"\b(?:status|state|b?rag|update[sd]?|progress|comments?|notes?|outcome|closed|complete[d]?|position)\b")),
    (WHEN, re.compile(r"\b(?:due|deadline|target|timescales?|timeframe|when|completion|date)\b")),
    (WHO, re.compile(r"\b(?:who|whom|owners?|leads?|resp|responsib\w*|assigned|assignees?|accountable|officers?|by\s+whom"
                     r"|persons?|agency|holders?|actioners?)\b")),
    (WHAT, re.compile(r"\b(?:actions?|tasks?|details?|description|what|activity|issues?|next\s+steps?)\b")),
    (NUMBER, re.compile(r"^(?:ref|no|number|#|id)\b|\b(?:ref|no|number|#)$")),
    (ITEM, re.compile(r"\b(?:item|minute|agenda)\b")),
]
_HEADING_MAX_WORDS = 4
# A column of each entry's progress ("Status", "RAG"), not of notes beside it.
_STATUS_HEADING = re.compile(r"^\W*(?:status|rag|progress|state|(?:current\s+)?position)\W*$", re.IGNORECASE)


_DATED_STATUS_HEADING = re.compile(r"^\W*(?:status|update|progress|position|rag)(?:\s+(?:as\s+)?(?:at|on))?\s*[(\[]?\s*"
                                   r"\d{1,2}(?:[./-]\d{1,2}(?:[./-]\d{2,4})?|\s+[A-Za-z]{3,9}(?:\s+\d{2,4})?)\W*$",
                                   re.IGNORECASE)
# "Decision or Action or Information", "Action / Decision / Info": one column of entries, each opening
# with its type ("Action - Draft the ...", "Decision - ..."): the task column of a typed log.
_TYPED_WHAT = re.compile(r"^(?:decisions?|actions?|information|info)(?:\s*(?:/|,|or|and|&)\s*(?:or\s+)?"
                         r"(?:decisions?|actions?|information|info)){1,2}$")
# "D/A", "A/D/I", "Type": a column giving each row's type by its letter or word (read as its status).
_TYPE_HEADING = re.compile(r"^(?:type|entry\s+type|category|[adi](?:\s*/\s*[adi]){1,2})$")


# "To be completed by", "Date to be completed by", "To be completed/progressed": when each action is to be
# done (a council committee's outstanding actions, NHS logs), not a column saying whether it was completed.
_TO_BE_DONE_BY = re.compile(r"^(?:date\s+|target\s+)?to\s+be\s+(?:completed|progressed|done|actioned|delivered)"
                            r"(?:\s*/\s*(?:completed|progressed|done|actioned))?(?:\s+by)?$"
                            r"|^(?:date|target)\s+(?:for\s+)?complet(?:ed|ion)\s+by$")


def heading_kind(cell: str) -> str | None:
    """What a column holds (WHAT, WHO, WHEN, ...) when `cell` is an action table's heading, else None."""
    key = re.sub(r"[^a-z#/ ]", "", cell.lower()).strip()
    key = " ".join(key.split())
    if _TO_BE_DONE_BY.match(key):
        return WHEN
    if _TYPED_WHAT.match(key):
        return WHAT
    if _TYPE_HEADING.match(key):
        return OTHER
    exact = next((kind for kind, words in _HEADINGS.items() if key in words), None)
    if not exact and _combined(key):
        return WHAT
    if not exact and _DATED_STATUS_HEADING.match(cell):
        return OTHER  # "Update 22/01/26", "Status at 12 March": the log's status as at a date
    # Only a heading's own words: "Owner: Ann Cole" or "Due 30/06" is a labelled value, not a heading.
    if exact or not key or len(key.split()) > _HEADING_MAX_WORDS or re.search(r"\d|:\s*\S", cell):
        return exact
    return next((kind for kind, words in _HEADING_WORDS_IN_ORDER if words.search(key)), None)


def _combined(key: str) -> bool:
    """ "Action / Owner / By when": one column holding each task with its owner and date
    ("Refresh DPIA – HB – 28/02/2026"); it is the task column, and gives who and when too."""
    if "/" not in key:
        return False
    parts = [heading_kind(part) for part in key.split("/") if part.strip()]
    return len(parts) >= 2 and parts[0] == WHAT and all(part in (WHO, WHEN) for part in parts[1:])


# A task list's column naming each task ("Title", "Task name", "Summary", "Subject"), read as the
# task only beside columns of who and when.
_TASK_TITLE = re.compile(r"^(?:title|task\s+name|task\s+title|summary|subject|name\s+of\s+task)\W*$", re.IGNORECASE)
_MATTER_HEADING = re.compile(r"^(?:follow[- ]?ups?|(?:outstanding\s+)?matters?|matter\s+arising|matters\s+arising)\W*$",
                             re.IGNORECASE)
# "Where it stands", "Position": how a matter stands, its status.
_STANDING = re.compile(r"^(?:where\s+(?:it|things?)\s+stands?|current\s+position|latest)\W*$", re.IGNORECASE)
# A column of tracker references beside the task's own ("Issue", "Ticket", "PR").
_TRACKER = re.compile(r"^(?:issues?|tickets?|prs?|pull\s+requests?|links?)\W*$", re.IGNORECASE)
# An owners' column naming the body rather than the person ("Responsible agency", "Lead organisation").
WHO_BODY = "who_body"
_BODY_HEADING = re.compile(r"\b(?:agency|agencies|organi[sz]ations?|body|bodies|service|partner|team|department)\b",
                           re.IGNORECASE)
# "Response / follow-up", "Follow up", "Reply": a column of what is to be done about each matter raised,
# written with who does it ("Supt. Keady to arrange patrols"), beside the matter ("Issue raised", "Question").
_FOLLOW_UP = re.compile(r"\bfollow[- ]?ups?\b|^\W*(?:response|reply|answer|outcome)s?\W*$", re.IGNORECASE)
_MATTER = re.compile(r"\b(?:issues?|questions?|quer(?:y|ies)|matters?|topics?|subjects?|concerns?)\b", re.IGNORECASE)


def _follow_up_columns(cells: list[str], kinds: list[str | None]) -> list[str | None] | None:
    """ "Member | Issue raised | Response / follow-up": with no owner column, the follow-up
    column holds each task with its owner (read as an Action column beside minute text), the
    matter raised is the row's text, and other columns (who raised it) are read past."""
    if WHO in kinds or WHEN in kinds:
        return None
    follow = [index for index, cell in enumerate(cells) if _FOLLOW_UP.search(cell.strip())]
    matter = [index for index, cell in enumerate(cells) if index not in follow and _MATTER.search(cell)]
    if len(follow) != 1 or not matter:
        return None
    found: list[str | None] = [None] * len(cells)
    found[follow[0]], found[matter[0]] = WHO, TEXT
    return found



# "New date", "Revised target date", "Revised deadline": a date an action was moved to since it was set.
_MOVED_DATE = re.compile(r"^\W*(?:new|revised|amended|extended|forecast)\s+(?:target\s+|due\s+|completion\s+)?"
                         r"(?:date|deadline)\W*$", re.IGNORECASE)


def _the_one(kinds: list, cells: list[str], kind: object, fits: Callable[[str], object]) -> int | None:
    """The column, the only one of `kind`, whose heading `fits`; None when none or several do."""
    found = [index for index, (each, cell) in enumerate(zip(kinds, cells)) if each == kind and fits(cell)]
    return found[0] if len(found) == 1 else None


def table_columns(line: str) -> list[str | None] | None:
    """Each column's meaning when `line` heads an action table, else None."""
    if "\t" not in line.strip():
        return None
    cells = line.split("\t")
    kinds = [heading_kind(cell) if cell.strip() else None for cell in cells]
    follow_up = _follow_up_columns(cells, kinds) if len(cells) <= 6 else None
    if follow_up:
        return follow_up
    if kinds.count(WHAT) == 2:
        # "# | Description | Assignee | Issue": beside a column describing each task, an "Issue"
        # column is the tracker's reference ("#219"), not a second task.
        if (tracker := _the_one(kinds, cells, WHAT, lambda cell: _TRACKER.match(cell.strip()))) is not None:
            kinds[tracker] = OTHER
    if WHAT not in kinds and WHO in kinds and WHEN in kinds:
        # "Title | Assigned to | Due date | Status": a task list exported from a planner or tracker
        # names each task by its title (or summary, or subject) beside who and when.
        if (titled := _the_one(kinds, cells, None, lambda cell: _TASK_TITLE.match(cell.strip()))) is not None:
            kinds[titled] = WHAT
    if WHAT not in kinds and WHO in kinds:
        # "Ref | Matter | Lead | Status", "Follow-up | Who | Where it stands": beside who, the matter
        # followed up is the task.
        if (matter := _the_one(kinds, cells, None, lambda cell: _MATTER_HEADING.match(cell.strip()))) is not None:
            kinds[matter] = WHAT
            kinds = [OTHER if kind is None and _STANDING.match(cell.strip()) else kind for kind, cell in zip(kinds, cells)]
    if kinds.count(WHEN) == 2:
        # "No | Date | Action | Who | Due": in a log with a due date, a column headed just "Date"
        # is when the row was logged.
        if (logged := _the_one(kinds, cells, WHEN, lambda cell: cell.strip().lower().rstrip(":") == "date")) is not None:
            kinds[logged] = RAISED
        # "Target date | New date": a tracker's column of dates moved since is a note on the row's
        # progress, read with its status; the target stays when the action is due.
        elif (moved := _the_one(kinds, cells, WHEN, _MOVED_DATE.match)) is not None:
            kinds[moved] = OTHER
    if kinds.count(WHO) == 2:
        # "Responsible agency | Named officer": the person acts for the body, which owns the row only
        # where no person is named.
        if (body := _the_one(kinds, cells, WHO, _BODY_HEADING.search)) is not None:
            kinds[body] = WHO_BODY
    narrative = [i for i, cell in enumerate(cells) if _NARRATIVE.match(cell.strip())]
    minute = next((i for i, cell in enumerate(cells) if _MINUTE_HEADING.match(cell.strip())), None)
    later = [i for i, kind in enumerate(kinds) if minute is not None and i > minute and (kind == ITEM or i in narrative)]
    if minute is not None and minute in narrative and len(later) == 1:
        # "Minute | Item | Action", "Minute | Discussion | Action": the leftmost column is the minute's
        # number ("TB/25/144"), the one after it holds its title and text.
        kinds[minute], kinds[later[0]] = ITEM, None
        narrative = [later[0]]
    if not narrative and WHAT in kinds and not {WHO, WHEN} & set(kinds) and kinds.count(ITEM) == 1 and (
            kinds.index(ITEM) > 0 and kinds[kinds.index(ITEM) - 1] == NUMBER):
        # "Min. No. | Item | Action": after the minute's number, the item is the minute (its title and
        # text), and the Action column beside it names who acts (or holds their tasks).
        narrative = [kinds.index(ITEM)]
        kinds[narrative[0]] = None
    if len(narrative) == 1 and WHAT not in kinds and WHO in kinds and any(
            _TYPE_HEADING.match(" ".join(re.sub(r"[^a-z/ ]", "", cell.lower()).split())) for cell in cells):
        # "No. | D/A | Summary | Owner | Deadline": beside a column of each row's type, the summary is
        # each entry's own words, the task where the row is an action.
        kinds[narrative[0]] = WHAT
        narrative = []
    if len(narrative) == 1 and WHO not in kinds and WHAT in kinds or len(narrative) == 1 and WHAT not in kinds and (
            WHO in kinds and kinds[narrative[0]] in (ITEM, None)):
        # "Item | Discussion | Action": beside the minute's own text the Action column names
        # who acts (initials, a role); the task is in the text.
        kinds = [WHO if kind == WHAT else kind for kind in kinds]
        kinds[narrative[0]] = TEXT
        return kinds
    if kinds.count(DECISION) == 1 and kinds.count(WHAT) == 1 and not {WHO, WHEN} & set(kinds):
        # "Decisions | Actions" side by side: the Actions column holds each task with its owner
        # ("AC to circulate the budget"); the decision beside it is the row's text.
        return [WHO if kind == WHAT else kind for kind in kinds]
    if WHAT not in kinds and ITEM in kinds and {WHO, WHEN} & set(kinds) and kinds.count(ITEM) == 1 and (
            NUMBER in kinds or kinds.index(ITEM) == 0 or not narrative and any(_STATUS_HEADING.search(c) for c in cells)):
        # "Item | Assignee | Due", "Status | Item | Who | From": in a log with no task column (one
        # numbered, opening on the item, or keeping each item's status), the item is the task.
        kinds = [WHAT if kind == ITEM else kind for kind in kinds]
    named = [k for k in kinds if k and k != RAISED]
    unnamed = sum(1 for c in cells if c.strip()) - len(named)
    # A log may have columns no heading word names ("Theme", "Risk"): with a task column and
    # an owner or date beside it, they are read past, never as the task.
    if len(named) < 2 or unnamed and (WHAT not in named or unnamed >= len(named)):
        return None
    # Each meaning once, but a log may keep several status columns ("Update | RAG").
    single = [k for k in named if k != OTHER]
    combined = any(_combined(" ".join(re.sub(r"[^a-z#/ ]", "", cell.lower()).split())) for cell in cells)
    if not ({WHO, WHEN} & set(named) or combined or _owned_in_task(kinds, cells)) or len(set(single)) != len(single):
        return None
    if WHAT in named:
        # In a log that has a task column, a "Name" column names who does it.
        if WHO not in named:
            kinds = [WHO if kind is None and cell.strip().lower() in _NAME_COLUMNS else kind
                     for kind, cell in zip(kinds, cells)]
        kinds = [kind if kind or not cell.strip() else RAISED for kind, cell in zip(kinds, cells)]
    if WHAT not in named:
        # "Action by | Date" in a right-hand margin: the text is the first free column.
        free = next((i for i, k in enumerate(kinds) if k is None), None)
        if free is None:
            kinds = [TEXT] + kinds
        else:
            kinds[free] = TEXT
    return kinds


_HEADERLESS_ROWS = 2
_WHEN_CELL = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:asap|tbc|next|end|q[1-4]|week"
                        r"|month|meeting|board|ongoing|immediate)\b", re.IGNORECASE)


# A tracker row's task cell opening with its label and the date it was raised: "ACTION (12/01) Jo to ...".
_LABELLED_TASK = re.compile(r"^(?:ACTIONS?|Actions?)(?:[ \t]+\d{1,3})?[ \t]*\([0-9./]{3,10}\)[ \t]+\S")


def labelled_task(line: str) -> bool:
    """Whether a line opens with a tracker's labelled task, "ACTION (12/01) Jo to ..." (see `_LABELLED_TASK`)."""
    return bool(_LABELLED_TASK.match(line))


def headerless_rows(lines: list[str], start: int, is_owner: Callable[[str], bool]) -> tuple[list[Row], int]:
    """A closing list of actions set as a table with no heading row ("36 <tab> Re-advertise the post
    <tab> KA <tab> end Feb"): lines of as many cells, three or more, each column given its meaning by
    what its cells hold: a reference in the first, an owner the attendance names in every row of
    one, a date or "next meeting" (or nothing) in one after it, the task the longest of the rest.
    Rows none, and `start`, when no column holds owners throughout."""
    width = len(lines[start].split("\t"))
    end = start
    while end < len(lines) and lines[end].strip() and len(lines[end].split("\t")) == width:
        end += 1
    cells = [[cell.strip() for cell in line.split("\t")] for line in lines[start:end]]
    if width == 2 and len(cells) >= _HEADERLESS_ROWS and all(_LABELLED_TASK.match(row[0]) for row in cells):
        # "ACTION (12/01) Jo to chase the insurer <tab> Open": a tracker's labelled tasks beside where each stands.
        return [row for row in (_row(line, [WHAT, OTHER]) for line in cells) if row is not None], end
    if width == 2 and len(cells) >= _HEADERLESS_ROWS:
        margin = _owner_margin_rows(cells, is_owner)
        return (margin, end) if margin else ([], start)
    if width < 3 or len(cells) < _HEADERLESS_ROWS:
        return [], start
    columns: list[str | None] = [None] * width
    if all(_REF_CELL.match(row[0].rstrip(".")) for row in cells):
        columns[0] = NUMBER
    free = [index for index in range(width) if columns[index] is None]
    owned = [index for index in free if all(row[index] and is_owner(row[index]) and not _WHEN_CELL.search(row[index])
                                            for row in cells)]
    if not owned:
        return [], start
    columns[owned[-1]] = WHO
    dated = [index for index in free if index > owned[-1] and all(
        not row[index] or _NO_VALUE.match(row[index]) or _WHEN_CELL.search(row[index]) for row in cells)]
    if dated:
        columns[dated[0]] = WHEN
    rest = [index for index in range(width) if columns[index] is None]
    if not rest:
        return [], start
    columns[max(rest, key=lambda index: sum(len(row[index]) for row in cells))] = WHAT
    rows = [row for row in (_row(line, columns) for line in cells) if row is not None]
    return rows, end


def _owner_margin_rows(cells: list[list[str]], is_owner: Callable[[str], bool]) -> list[Row]:
    """A closing list of actions set as two columns with no heading row, the owner in one and the
    task in the other ("NP <tab> Order the compost by 31 March"): rows when every row's owner cell
    names someone the attendance knows and the task cells read as instructions (each a capital
    and some words, most opening with a verb of doing). A date closing the task's words is when.)"""
    from minutes.actions import opens_with_verb
    from minutes.when import find_due_phrase
    from minutes.wording import without_at_end

    def row_of(what: str, who: str) -> Row:
        due = find_due_phrase(what, task=True)
        return Row(what=without_at_end(what, due) if due is not None else what, who=who,
                   when=str(due.value) if due is not None else None, item=None)

    for owner_at in (0, 1):
        task_at = 1 - owner_at
        if all(row[owner_at] and is_owner(row[owner_at]) and not _WHEN_CELL.search(row[owner_at])
               and row[task_at][:1].isupper() and len(row[task_at].split()) >= 2 for row in cells) and (
                2 * sum(opens_with_verb(row[task_at]) for row in cells) >= len(cells)):
            return [row_of(row[task_at], row[owner_at]) for row in cells]
    return []


def read_table(lines: list[str], start: int, columns: list[str | None]) -> tuple[list[Row], int]:
    """The rows under a header at `start`, and the index of the first line after them. Where
    a heading's word means two things, the cells decide: a "Minute" column of references only
    ("FC/26/29") numbers the rows and the "Action" beside it holds the tasks; a "By" column of
    names ("Cllr Fairlie", "Clerk") says who, not when."""
    rows, end = _read_rows(lines, start, columns)
    cells = [cell.strip() for cell in lines[start].split("\t")]
    cells += [""] * (len(columns) - len(cells))  # (a header row with fewer cells than its columns)
    references = sum(1 for row in rows if _REFERENCE_ONLY.match(row.what))
    if TEXT in columns and WHO in columns and rows and references * 3 >= len(rows) * 2 and references >= 2:
        columns = [ITEM if kind == TEXT else WHAT if kind == WHO else kind for kind in columns]
        if WHEN in columns and cells[columns.index(WHEN)].lower() == "by" and not any(
                re.search(r"\d", row.when or "") for row in rows):
            columns = [WHO if kind == WHEN else kind for kind in columns]
        rows, end = _read_rows(lines, start, columns)
        # (A line under the log that is no row of it, "Signed | Chairman | Date", has no reference.)
        rows = [row for row in rows if row.item and _REFERENCE_ONLY.match(row.item)]
    elif WHEN in columns and WHO not in columns and cells[columns.index(WHEN)].strip(" :").lower() == "by" and rows and all(
            not row.when or not _WHEN_CELL.search(row.when) for row in rows):
        # "Min. ref | Action | By | Update" with "AM", "TC" under "By": by whom.
        rows = [replace(row, who=row.when, when=None) for row in rows]
    if ITEM in columns:
        rows = _items_carried_down(rows)
    # ("1) Book the hall 2) Print the notices" in one task cell: a row a task, the other cells shared.)
    return [replace(row, what=part) for row in rows for part in enumerated_parts(row.what) or [row.what]], end


def _items_carried_down(rows: list[Row]) -> list[Row]:
    """A row whose item cell is empty, under a row with one, is the same item's next action: the
    item's cell is left empty below its first row, as a cell merged down the rows reads once
    it is turned to text ("2. Riverside Park | ... | Arrange patrols" over " | | Ask about the lighting")."""
    out: list[Row] = []
    for row in rows:
        if row.item is None and out and out[-1].item and row.what:
            row = replace(row, item=out[-1].item)
        out.append(row)
    return out


# A cell that is only a reference: "FC/26/29", "FC/26/28(2)", "12.3".
_REFERENCE_ONLY = re.compile(r"^(?=\S*\d)\S{1,20}$")


def _read_rows(lines: list[str], start: int, columns: list[str | None]) -> tuple[list[Row], int]:
    rows: list[Row] = []
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            break
        if "\t" not in line.strip():
            if rows and line.strip()[0].islower():
                rows[-1] = _continued(rows[-1], line.strip())
                index += 1
                continue
            following = lines[index + 1] if index + 1 < len(lines) else ""
            # (Right under the header too: a title over a group of rows, "Actions held over from previous
            # meetings", set as one merged cell across the table.)
            if "\t" in following.strip() and _row(following.split("\t"), columns) is not None:
                # A row whose cells after the first are all empty lost its tabs with its
                # trailing space; the rows after it show the table goes on.
                row = _row([line.strip()], columns)
                if row is not None:
                    rows.append(row)
                index += 1
                continue
            break
        row = _row(line.split("\t"), columns)
        if row is not None:
            rows.append(row)
        index += 1
    return rows, index


def _row(cells: list[str], columns: list[str | None]) -> Row | None:
    if len(cells) == len(columns) or len(cells) == len(columns) - 1 and columns[0] == TEXT:
        if len(cells) < len(columns):
            cells = [""] + cells
        pairs = list(zip(columns, cells))
    elif len(cells) < len(columns):
        # A row whose last cells are empty loses them with the line's trailing tabs; its
        # other cells, empty ones included, stand where they were.
        pairs = list(zip(columns, cells))
    else:
        filled = [c for c in cells if c.strip()]
        pairs = list(zip([k for k in columns if k], filled))
    values: dict[str, str] = {}
    for kind, cell in pairs:
        if kind and cell.strip() and not _NO_VALUE.match(cell):
            # Several "other" columns (Status, Comments) read as one status.
            text = " ".join(cell.split())
            values[kind] = f"{values[kind]}{STATUS_JOIN}{text}" if kind == OTHER and kind in values else text
    if WHO in values and WHEN not in values and WHEN in columns and (glued := glued_due(values[WHO])):
        values[WHO], values[WHEN] = glued  # ("Chief Operating Officer10.03.2026": a PDF's two cells run together)
    if WHAT in values and WHEN not in values and (due := _closing_due(values[WHAT])):
        values[WHAT], values[WHEN] = due
    if WHEN in values:
        values[WHEN] = _month_year(values[WHEN])
    body = values.pop(WHO_BODY, None)
    if body and WHO not in values:
        values[WHO] = body
    if WHAT in values and "; " in values[WHAT]:
        values[WHAT], values[OTHER] = _task_paragraphs(values[WHAT], values.get(OTHER))
    what = values.get(WHAT) or values.get(TEXT) or ("" if WHAT in columns or TEXT in columns else values.get(DECISION, ""))
    typed = _TYPED_ENTRY.match(what) if WHAT in values and what[:1] in "ADIRNadirn" else None
    if typed:
        # "Action - Draft the ...": the entry's type opens it; a decision or note is no action.
        what = values[WHAT] = what[typed.end():]
        status = typed["type"] if not typed["type"].lower().startswith("action") else None
        if status is None and (outstanding := _OUTSTANDING_FROM.match(what)) and len(what) > outstanding.end():
            # "Action - Outstanding from December: rota to be circulated": an earlier meeting's action, carried.
            what = values[WHAT] = what[outstanding.end():][:1].upper() + what[outstanding.end() + 1:]
            status = "carried forward"
        if status:
            values[OTHER] = status + (f"{STATUS_JOIN}{values[OTHER]}" if OTHER in values else "")
    if what and (not re.search(r"[A-Za-z]{2}", what) or re.search(r"[._]{4}", what)):
        return None  # "Date ............", "2": a form's blanks or a page number under the table, no row
    if heading_kind(what) == WHAT and all(heading_kind(cell) for cell in cells if cell.strip()):
        # The header again (a table broken over pages repeats it). A task whose words a heading
        # uses too ("Internal audit action plan" beside "JP") is a row.
        return None
    if not what or WHO not in values and WHEN not in values and TEXT in columns:
        # A row with a decision and no action still records the decision.
        return Row("", None, None, values.get(ITEM), decision=values[DECISION]) if DECISION in values else None
    return Row(what, values.get(WHO), values.get(WHEN), values.get(ITEM), values.get(NUMBER), values.get(OTHER),
               values.get(RAISED), narrative=WHAT not in values, decision=values.get(DECISION))


# The words that set a closing due date apart from a task: "by", "before", "no later than", "within".
_DUE_WORD = re.compile(r"^(?:by|before|no\s+later\s+than|within)\s", re.IGNORECASE)
_MOST_DUE_TASK = 600


def _closing_due(task: str) -> tuple[str, str] | None:
    """A task cell that closes on when it is due, with no due date of its own in the row ("Ask the
    council about the path lighting by 15 April 2026" under "Action | Lead"): the task and the due
    words, apart, as a row with a date column would have them. Only a cue that sets a date apart
    counts: "to the next meeting" is where the task goes, not when."""
    if len(task) > _MOST_DUE_TASK:
        return None
    found = find_due_phrase(task)
    if found is None or found.end < len(task.rstrip(" .;")) or not _DUE_WORD.match(task[found.start:]):
        return None
    what = task[:found.start].rstrip(" ,;–—-")
    return (what, str(found.value)) if len(what.split()) >= 2 else None


# "1) ", "(2) ", "b) ", "3. " opening a part of a cell that lists its tasks in one run of text.
_PART_MARK = re.compile(r"(?:^|(?<=\s))\(?(?P<mark>\d{1,2}|[a-h])(?:\)|(?<=\d)\.)\s+(?=\S)")
_MOST_PARTS = 20


def enumerated_parts(cell: str) -> list[str] | None:
    """The parts of a cell that numbers or letters its tasks in one run ("1) Book the hall for the AGM
    2) Print the AGM notices", "(a) ... (b) ..."): each part's words, when the marks open the cell and
    count on from one or "a" with none missed; else None."""
    marks = list(_PART_MARK.finditer(cell, 0, _MOST_CELL))
    if len(marks) < 2 or marks[0].start() != 0:
        return None
    first = marks[0]["mark"].lower()
    if first not in ("1", "a"):
        return None
    wanted, kept = first, []
    for mark in marks:
        if mark["mark"].lower() == wanted and len(kept) < _MOST_PARTS:
            kept.append(mark)
            wanted = str(int(wanted) + 1) if wanted.isdigit() else chr(ord(wanted) + 1)
    if len(kept) < 2:
        return None
    parts = [cell[mark.end(): after.start()] for mark, after in zip(kept, kept[1:])] + [cell[kept[-1].end():]]
    parts = [part.strip(" ;,.") for part in parts]
    return parts if all(len(part.split()) >= 2 for part in parts) else None


_MOST_CELL = 20_000


# A task cell's paragraph giving the row's progress ("Status: on hold", "Update - quotes obtained").
_STATUS_PARAGRAPH = re.compile(r"^(?:status|update|progress|position|current\s+position|rag)\s*[:\-–—]\s*(?=\S)",
                               re.IGNORECASE)
_TITLE_WORDS = 8
# An item's number and title opening a task cell ("14 – Allotments", "7. Water", "PC/25/31 Footpaths").
_NUMBERED_TITLE = re.compile(r"^(?:[A-Z]{0,4}[/ ]?)?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?\)?\.?\s*(?:[-–—:]\s*)?[A-Z]")


def _task_paragraphs(cell: str, status: str | None) -> tuple[str, str | None]:
    """A task cell of paragraphs as a board's summary of actions writes it: the item's title, the task, then
    its progress ("Estates plan; To bring back the car park options.; Status: on hold"). The task is the
    paragraphs between; a closing "Status:" or "Update:" paragraph is the row's status. A first paragraph
    is a title when it is short, closes with no stop and a sentence follows it."""
    parts = [part.strip() for part in cell.split("; ") if part.strip()]
    if len(parts) < 2:
        return cell, status
    notes = []
    while len(parts) > 1 and _STATUS_PARAGRAPH.match(parts[-1]):
        notes.insert(0, parts.pop())
    if notes:
        note = STATUS_JOIN.join(_STATUS_PARAGRAPH.sub("", part, count=1) for part in notes)
        status = f"{status}{STATUS_JOIN}{note}" if status else note
    title = parts[0]
    titled = len(parts) > 1 and len(title.split()) <= _TITLE_WORDS and title[-1:].isalnum() and (
        parts[1][:1].isupper()) and (parts[1].rstrip()[-1:] in ".!?" or _NUMBERED_TITLE.match(title))
    if titled:
        parts = parts[1:]
    task = "; ".join(parts)
    return (task.rstrip(" .;") if titled or notes else task), status


_OUTSTANDING_FROM = re.compile(r"^(?:outstanding|carried(?:\s+forward|\s+over)?)\s+from\s+[\w ]{1,30}?\s*:\s*(?=\S)",
                               re.IGNORECASE)
_TYPED_ENTRY = re.compile(r"^(?P<type>actions?|decisions?|information|info|resolved|resolution|noted)\s*[-–—:]\s+(?=\S)",
                          re.IGNORECASE)


# "Feb-26", "Mar/26", "Dec-2025": a log's due month and year, written short.
_MONTH_YEAR = re.compile(r"^(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s?[-/'’]\s?"
                         r"(?P<year>\d{2}|\d{4})|\s+(?P<short>[23]\d))$", re.IGNORECASE)


_SHORT_QUARTER = re.compile(r"\sQ[1-4]\s+(?:\d{2}/\d{2}|\d{4}/\d{2}|\d{4})$")


def _month_year(cell: str) -> str:
    """A due cell "Feb-26" as "Feb 2026": in a log's date column a month with a two-figure
    year after a dash or slash ("Feb-26", "Mar/26") is the month the action is due, not a day
    of it. A month then two figures with a space ("Apr 26", "June 30") stays as written: whether
    the figures are a year or a day, the meeting's date decides (`when.resolve_due`)."""
    found = _MONTH_YEAR.match(cell.strip())
    if not found or not found["year"]:
        return cell
    written = found["year"]
    year = written if len(written) == 4 else f"20{written}"
    return f"{found['month']} {year}"


def _continued(row: Row, text: str) -> Row:
    return replace(row, what=f"{row.what} {text}")


# The headings of a "Date raised" column ("Date of meeting", "Meeting date", "Date opened").
_RAISED_HEADINGS = {"date raised", "raised", "date opened", "opened", "date added", "date logged", "date of meeting",
                    "meeting date", "meeting", "date agreed"}
_HEADING_WORDS = {re.sub(r"[^a-z#/]", "", word) for words in [*_HEADINGS.values(), _RAISED_HEADINGS]
                  for heading in words for word in heading.split()}
# ("Officer/Cllr": a heading of two joined by a slash, each a heading's word or one naming who.)
_SLASHED_PARTS = _HEADING_WORDS | {"cllr", "councillor", "member", "staff", "person", "org", "organisation", "agency"}


def _heading_word(word: str) -> bool:
    key = re.sub(r"[^a-z#/]", "", word.lower())
    return key in _HEADING_WORDS or "/" in key and all(part in _SLASHED_PARTS for part in key.split("/") if part)
# PDF text keeps a table's rows but not its cell breaks: "Ref Action Owner Date" over
# "WICB/25/034 Publish the plan summary AL 11/04/2025". The header is known words only;
# each row is cut from its ends: a reference first, a date and an owner last.
_SPACED_HEADER_WORDS = 6
_REF_CELL = re.compile(r"^(?=\S*\d)[\w./-]{1,20}$")
_LEADING_DATE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4})\s+")
_WHEN_WORDS = re.compile(r"^(?:asap|tbc|tba|ongoing|on-going|immediate(?:ly)?|n/a)$", re.IGNORECASE)
_STATUS_CELL = re.compile(r"^(?:open|closed|complete[d]?|ongoing|on-going|in\s+progress|not\s+started|overdue|new"
                          r"|red|amber|green|blue|[RAGB])$", re.IGNORECASE)


def heading_words_only(line: str) -> bool:
    """Whether a line holds only words that column headings use ("Action", "owner", "Target")."""
    words = line.split()
    return bool(words) and len(words) <= _SPACED_HEADER_WORDS and "\t" not in line.strip() and all(
        _heading_word(word) for word in words)


def spaced_columns(line: str) -> list[str] | None:
    """Each column's meaning when a line without tabs is an action table's header: every
    word a column heading ("Ref Action Owner Date", "No. Action Lead Due date Status")."""
    if "\t" in line.strip():
        return None
    apart = _spaced_kinds(line.split())
    if " / " not in line:
        return apart
    # "Status / update": one heading, its slash apart from its words as PDF text spaces it; but "Owner / Due"
    # and "By whom / when" are two, as text minutes write them: read as one only when that loses no meaning.
    joined = _spaced_kinds(re.sub(r"(?<=\w)\s+/\s+(?=\w)", "/", line).split())
    return joined if joined and (apart is None or set(apart) <= set(joined)) else apart


def _spaced_kinds(words: list[str]) -> list[str] | None:
    if not 2 <= len(words) <= 2 * _SPACED_HEADER_WORDS:
        return None
    if not _heading_word(words[0]) or not all(_heading_word(word) for word in words[1:]):
        return None  # a word no heading has: running text (most lines end here, cheaply)
    found = _parse_named(words, []) or _parse_header(words, [])
    if found is None and len(words) <= 3:
        # ("Action  Update": a tracker whose tasks name their owners; see `_owned_in_task`.)
        kinds = [heading_kind(word) for word in words]
        return kinds if _owned_in_task(kinds, words) else None
    return found


def _parse_named(words: list[str], kinds: list[str]) -> list[str] | None:
    """Headings read longest first from the headings minutes use ("Date raised", "Due date",
    "Action owner"), a single word read by its meaning; None when no such reading is whole."""
    if not words:
        return _whole(kinds)
    for size in range(min(3, len(words)), 0, -1):
        heading = re.sub(r"[^a-z#/ ]", "", " ".join(words[:size]).lower()).strip()
        if size > 1:
            kind = RAISED if heading in _RAISED_HEADINGS else next(
                (kind for kind, named in _HEADINGS.items() if heading in named), None)
        else:
            kind = heading_kind(words[0])
        if kind and (kind not in kinds or kind == OTHER):
            found = _parse_named(words[size:], kinds + [kind])
            if found:
                return found
    return None


# A tracker's column of where each row stands, with no other column of meaning beside the task's.
_STANDING_HEADING = re.compile(r"^\W*(?:status|update|progress|(?:current\s+)?position)(?:\s*/\s*(?:status|update|progress))?\W*$",
                               re.IGNORECASE)


def _owned_in_task(kinds: list[str | None], cells: list[str]) -> bool:
    """ "Action | Update" over "ACTION (12/01) Jo to chase the insurer | Report awaited. Open.": a tracker of
    tasks and where each stands, with no column for who or when, names each task's owner in its own words:
    one task column, one status column, perhaps a number or the date raised, nothing else."""
    # ("Matter | Minute ref | Update | Action": a matters arising log's matter and minute reference are
    # read past too, the Action column holding each task with its owner, "Ann Cole to report in May".)
    standing = [cell for kind, cell in zip(kinds, cells) if kind == OTHER]
    rest = [kind for kind, cell in zip(kinds, cells)
            if kind not in (OTHER, NUMBER, RAISED, ITEM) and not (kind is None and _MATTER_HEADING.match(cell.strip()))]
    return rest == [WHAT] and len(standing) == 1 and bool(_STANDING_HEADING.match(standing[0].strip()))


def _whole(kinds: list[str]) -> list[str] | None:
    """The kinds, when they make a header: a task, who or when, each meaning once (a log may
    keep several status columns, "Update RAG")."""
    single = [kind for kind in kinds if kind != OTHER]
    ok = WHAT in kinds and {WHO, WHEN} & set(kinds) and len(set(single)) == len(single)
    return kinds if ok else None


def _parse_header(words: list[str], kinds: list[str]) -> list[str] | None:
    """Headings read word by word, a word joining the next ("Due date", "Action by")
    only when the shorter reading fails; each meaning once (a log may keep several status
    columns, "Update RAG"), with a task and who or when."""
    if not words:
        return _whole(kinds)
    for size in range(1, min(3, len(words)) + 1):
        kind = heading_kind(" ".join(words[:size]))
        if kind and (kind not in kinds or kind == OTHER):
            found = _parse_header(words[size:], kinds + [kind])
            if found:
                return found
    return None


def spaced_row(line: str, columns: list[str], owner_at_end: Callable[[str, bool], tuple[str, str] | None],
               due_at_end: Callable[[str], tuple[str, str] | None]) -> Row | None:
    """A row of a spaced table, or None when the line is not one (it names neither who
    nor when where the header puts them). `owner_at_end` and `due_at_end` return the
    text without its last cell and that cell."""
    text = " ".join(line.split())
    number = status = who = when = raised = None
    position = columns.index(WHAT)
    for kind in columns[:position]:
        # The cells before the task, from the left: a reference ("SAB 25/14" reads as its
        # last part), a date raised.
        if kind in (NUMBER, ITEM) and kind == columns[0]:
            first, _, rest = text.partition(" ")
            if _REF_CELL.match(first):
                number, text = first.rstrip("."), rest
        elif kind == RAISED:
            found = _LEADING_DATE.match(text)
            if found:
                raised, text = found.group().strip(), text[found.end():]
    for kind in reversed(columns[position + 1 :]):
        if kind == OTHER:
            last = text.rsplit(" ", 2)
            for size in (2, 1):
                cell = " ".join(last[-size:])
                if len(last) > size and _STATUS_CELL.match(cell):
                    status, text = cell, " ".join(last[:-size])
                    break
        elif kind == WHEN:
            found = due_at_end(text)
            head, _, last = text.rpartition(" ")
            quarter = _SHORT_QUARTER.search(text) if found is None else None
            if found is None and head and _MONTH_YEAR.match(last):
                # "... SP Mar-26 Amber": a log's due month and year, written short, closes the task's cells.
                found = (head, _month_year(last))
            elif quarter is not None:
                found = (text[: quarter.start()], quarter.group().strip())  # "... AR Q4 25/26 Green"
            if found:
                text, when = found
        elif kind == WHO:
            found = owner_at_end(text, bool(when) or WHEN not in columns)
            if found:
                text, who = found
    if not who and not when or len(text.split()) < 2:
        return None
    return Row(text.strip(" -–—,;"), who, when, number if columns[0] == ITEM else None,
               number if columns[0] == NUMBER else None, status, raised)
