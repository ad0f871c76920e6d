"""The actions and decisions the rows of the body's tables set: a log's rows (this meeting's, or an earlier
meeting's still open, carried, with any revised date its status gives), a Decision column's cells, rows of
minute text beside an "Action by" cell, several tasks or owners in one cell, a PDF's rows run together with
single spaces, and the agenda item a row's reference names.

Apart from the walk over the lines (minutes/body.py), which finds a table and hands its rows here; the rows'
reading is a part of the body's reader (a mixin of it) because it records into the same body and knows the
same item, review and year the walk has reached."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.action_tables import SETS_WORK, STATUS_JOIN, Row, spaced_row
from minutes.actions import Task, last_task_sentence, opens_with_verb, owner_only, read_task
from minutes.prose_tasks import owned_clauses
from minutes.agenda import MINUTE_REF, read_heading, ref_number
from minutes.decisions import sentences
from minutes.dash_owners import owner_dash_task
from minutes.model import Action
from minutes.next_meeting import announces_next_meeting
from minutes.normalise import prose
from minutes.owners import fuller_owner
from minutes.reviews import status_of
from minutes.vocabulary import is_role
from minutes.when import due_at_end, find_date, find_due_phrase, resolve_due
from minutes.wording import tidy_what, without_span
from minutes.same_action import same_owner
from minutes.entry_owners import INITIALS_CELL, dashed_entry, owned_clause_task
from minutes.marked_tasks import task_about, for_marker, reports
from minutes.body_titles import BARE_TITLE_WORDS, CARRIED_FORWARD, REVIEWS_OLD_ACTIONS


# A rating in a log's status column ("Amber - first draft circulated", "G", "🟡"): not finished (a finished row,
# "Green – closed", "Blue", is set aside before this is asked).
_RAG_OPEN = re.compile(r"^\W*(?:red|amber|green|[RAG]\b|[⏳⌛🔄🟡🟠🔴🟢🚧])", re.IGNORECASE)
# A table row whose words open with a review's title, its entries after it.
_REVIEW_ROW = re.compile(r"^\W*(?:(?:the\s+)?(?:action\s+(?:log|tracker)|matters\s+arising|outstanding\s+actions)"
                         r"(?:\s+and\s+matters\s+arising)?|review\s+of\s+(?:the\s+)?actions)\s*[:;.]\s*", re.IGNORECASE)
# A sentence whose subject is the meeting's own body reports what it did; it sets no one a task.
_BODY_ITSELF = re.compile(r"^(?:the\s+)?(?:board|committee|group|panel|forum|partnership|meeting|council|trustees)$",
                          re.IGNORECASE)
_TITLED_ITEM = re.compile(r"^(\d{1,3})[.)]?\s+[A-Za-z]")
# A sentence that asks for work or sets it ("The Committee asked for a deep dive ..."), not a report.
_ASKS_OR_SETS = re.compile(r"\b(?:asked|requested|agreed|to|will|shall)\b", re.IGNORECASE)
_WRAPPED_ROW_LINES = 6
_ROW_TEXT_WORDS = 30
# "Nov 25 / 9", "Jan-26/3": a log's reference that opens with the month and year of the meeting that raised it.
_RAISED_MONTH = re.compile(r"^\s*(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z]*\.?[\s'’-]*"
                           r"(?P<year>\d{4}|\d{2})"
                           r"\s*[/:.-]\s*\d")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_NEW_STATUS = re.compile(r"^\W*(?:new|raised\s+(?:at\s+)?(?:this|today)|added)\b", re.IGNORECASE)
# (A type column's letter: "D" a decision, "I" information; "A" an action.)
_DECISION_ROW = re.compile(r"^(?:decision|resolution|resolved|noted|information|info|(?-i:[DI])(?![\w/]))\b", re.IGNORECASE)
# A log row's status saying it was carried: "carried" alone ("In progress – carried") as well as forward.
_CARRIED_STATUS = re.compile(rf"{CARRIED_FORWARD.pattern}|\bcarried\b", re.IGNORECASE)
# "(from Oct)", "(from November 2025)", "(b/f from Sept)": a note after a log row's words that the action came from an
# earlier meeting.
_FROM_EARLIER = re.compile(r"(?<!\s)\s*\((?:(?:b/f|c/f|carried|brought\s+forward)\s+)?from\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                           r"|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?\)", re.IGNORECASE)
# "Ofwat (C. Ashworth)": a body, then in brackets the person acting for it.
_BODY_AND_PERSON = re.compile(r"^[^()]{2,60}?\s*\((?P<person>[^()]{2,40})\)\s*$")


def _each_action(row: Row) -> list[Row]:
    """A cell holding several actions on lines of their own, for one owner ("Share the
    mapping; Write to the two pharmacies" by "Dev Mistry"), is one action a line. Lines for
    as many owners are one action shared by them, and are left whole."""
    parts = row.what.split("; ")
    if len(parts) < 2 or not row.who or "; " in row.who or not all(
            part[:1].isupper() and len(part.split()) >= 3 and len(sentences(part)) == 1 and not reports(part)
            for part in parts):
        return [row]  # (paragraphs of minute text beside one owner are read as the minute they make up)
    return [replace(row, what=part.rstrip(" .;")) for part in parts]


_REVISED_DATE = re.compile(r"\b(?:revised(?:\s+target)?\s+date(?:\s+now)?|new\s+(?:target\s+)?date|new\s+target|(?:slipped|moved|deferred|"
                           r"delayed|put\s+back|extended|pushed\s+back)\s+to|now(?:\s+(?:due|expected))?(?=\s+(?:in|by|for)\b)"
                           r"|(?:^|(?<=[-–—;,]\s))(?:now\s+)?due(?:\s+by)?)\s*:?\s*(?P<when>.{3,40})", re.IGNORECASE)
# "bring to next Board": a clause that opens on a verb and names no one.
_PLAIN_CLAUSE = re.compile(r"^[a-z]{3,}\s+\S")
# "The board asked for a breakdown ... (Action: NQ)": the task is what was asked for.
_PASSIVE_TASK = re.compile(r"^(?:the\s+|a\s+|an\s+)?[A-Z]?[\w'’ -]{2,60}?\s+(?:is\s+|are\s+)?to\s+be\s+[a-z]{3,}(?:ed|en)\b")
# "RESOLVED to adopt the budget": the meeting's decision, no one's task.
_RESOLUTION_WORD = re.compile(r"^(?:resolved|agreed|decided|noted|approved)$", re.IGNORECASE)
_INVITATION = re.compile(r"^(?:invite|ask)\s", re.IGNORECASE)
_IN_WHEN = re.compile(r"in\s", re.IGNORECASE)
# "ACTION (12/01) ", "Action 4: ", "ACTION 09.03.26 - ": a tracker row's label, its number or the date it was raised.
_ROW_LABEL = re.compile(r"^(?:ACTIONS?|Actions?)(?:[ \t]+\d{1,3})?[ \t]*(?:\([0-9./]{3,10}\)|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?"
                        r"[ \t]*[:\-–—]?[ \t]+(?=\S)")


class TableActions:
    """How the body's reader reads a table's rows. Uses the reader's `context`, `body`, `item`,
    `reviewing_old_actions`, `last_number` and `year_first`, and its `_action` and `_carried_entries`."""

    def _table_rows(self, rows: list[Row]) -> None:
        if not self.reviewing_old_actions:
            # A Decision column's cells are the meeting's decisions.
            for row in rows:
                if row.decision:
                    self.body.decisions.append(row.decision)
                    self.body.decision_items.append(self._item_of(row))
        rows = [row for row in rows if row.what]
        if not self.reviewing_old_actions:
            # A "Decision / Action" table with a Type column: its decisions are decisions.
            for row in rows:
                if row.status and _DECISION_ROW.match(row.status):
                    self.body.decisions.append(row.what)
                    self.body.decision_items.append(self._item_of(row))
            rows = [row for row in rows if not (row.status and _DECISION_ROW.match(row.status))]
            # A row of minutes whose item is the review of the last meeting's actions ("Action log and
            # matters arising; All actions were complete except ..."): its entries are read as a review's.
            reviews = [row for row in rows if _REVIEW_ROW.match(row.what) or REVIEWS_OLD_ACTIONS.search(row.item or "")]
            for row in reviews:
                self._carried_entries(_REVIEW_ROW.sub("", row.what, count=1).replace("; ", "\n"))
            # A log whose status marks this meeting's rows "New": its other open rows are earlier actions, carried.
            marks_new = any(row.status and _NEW_STATUS.match(row.status) for row in rows)
            self.body.actions.extend(
                (self._revised(replace(action, carried=True, what=_FROM_EARLIER.sub("", action.what))
                               if marks_new and not _NEW_STATUS.match(row.status or "") or self._raised_before(row)
                               or self._carried_row(row) else action, row), True)
                for row in rows if not row.finished and row not in reviews for action in self._row_actions(row))
        else:
            # An earlier meeting's log: only what it carries forward is still this board's to do,
            # and what the log itself says is new (its status, or raised at this meeting).
            for row in rows:
                if row.finished:
                    continue
                if self._raised_here(row):
                    self.body.actions.extend((action, True) for action in self._row_actions(row))
                elif self._still_open(row):
                    action = replace(self._from_row(row), carried=True)
                    if action.item not in {item.number for item in self.body.agenda_items}:
                        # (An earlier meeting's reference, "QPC 25/30", names no item of this meeting: the action
                        # is recorded under the item that reviews it.)
                        action = replace(action, item=self.item)
                    self.body.actions.append((self._revised(action, row), True))

    def _revised(self, action: Action, row: Row) -> Action:
        """ "Amber – revised date 28 February 2026", "Open - delayed to May 2026", "slipped to March": the
        date a log's status now gives the row, over its first deadline."""
        revised = _REVISED_DATE.search(row.status or "") if row.status else None
        # (The words up to the next status column: "report now in May | Amber".)
        when = revised["when"].split(STATUS_JOIN)[0] if revised else ""
        due = (find_date(when) or find_due_phrase(when, task=True)) if revised else None
        written = re.sub(r"^in\s+", "", when[due.start: due.end]) if due is not None else None
        if due is None and revised and (alone := find_due_phrase(f"by {when}")) is not None:
            written = str(alone.value)  # ("delayed to May 2026": a month and year written alone)
        if written is None:
            return action
        return replace(action, due_text=written, due=resolve_due(written, self.context.reference, self.context.next_meeting))

    @staticmethod
    def _still_open(row: Row) -> bool:
        """Whether a row of an earlier meeting's log says the action goes on: its status
        ("Open", "In progress - due end of January", "On track", "c/f"), or a status written
        after its words ("Refresh the plan – HB – 28 Feb (c/f)")."""
        if row.status:
            # (A rating in a status column of its own, "Meeting held; draft circulated | Green", rates the
            # row as going on, whatever the note beside it reports.)
            return status_of(row.status) == "open" or row.carried or any(
                _RAG_OPEN.match(cell) for cell in row.status.split(STATUS_JOIN))
        return bool(CARRIED_FORWARD.search(row.what))

    @staticmethod
    def _carried_row(row: Row) -> bool:
        """Whether a row of a log says it was carried from an earlier meeting: its status ("In progress – carried",
        "c/f") or a note after its words ("Review CCTV coverage on the towpath (from Oct)")."""
        return bool(row.status and _CARRIED_STATUS.search(row.status) or _FROM_EARLIER.search(row.what or ""))

    def _raised_before(self, row: Row) -> bool:
        """Whether a log's reference names the earlier meeting that raised the row ("Nov 25 / 9" in a
        log kept at the January meeting): an earlier action, still open, carried."""
        for written in (row.item, row.number):
            raised = _RAISED_MONTH.match(written or "")
            if raised is None:
                continue
            year = int(raised["year"]) + (2000 if len(raised["year"]) == 2 else 0)
            month = _MONTHS.index(raised["month"][:3].lower()) + 1
            return (year, month) < (self.context.reference.year, self.context.reference.month)
        return False

    def _raised_here(self, row: Row) -> bool:
        """Whether a row of an action log was raised at this meeting: its status says "New",
        or its "Date raised" is this meeting's date."""
        if row.status and _NEW_STATUS.match(row.status):
            return True
        raised = find_date(row.raised) if row.raised else None
        return raised is not None and raised.value == self.context.reference

    def _spaced_table(self, lines: list[str], start: int, columns: list[str]) -> tuple[list[Row], int]:
        """The rows under a header whose cells PDF text ran together with single spaces. A
        row whose task cell wrapped comes out over several lines ("1", "Increase patrols at
        the bus", "station ...", "An Garda Siochana Immediate"): its lines are read together
        up to the one that ends with its owner or date."""
        rows: list[Row] = []
        pending: list[str] = []
        index = start + 1
        end = index
        while index < len(lines) and lines[index].strip():
            line = lines[index].strip()
            if announces_next_meeting(line):
                break
            joined = spaced_row(" ".join(pending + [line]), columns, self._owner_at_end, due_at_end) if pending else None
            row = joined or spaced_row(line, columns, self._owner_at_end, due_at_end)
            if row is None and read_heading(line, self.last_number, self.year_first):
                break
            if row is None:
                if rows and not pending and line[:1].islower():
                    last = rows.pop()
                    row = Row(f"{last.what} {prose(line)}", last.who, last.when, last.item, last.number, last.status)
                elif len(pending) < _WRAPPED_ROW_LINES:
                    pending.append(line)
                    index += 1
                    continue
                else:
                    break
            pending = [] if joined or row is not None else pending
            rows.append(row)
            index += 1
            end = index
        return rows, end

    def _owner_at_end(self, text: str, loose: bool = False) -> tuple[str, str] | None:
        """The last words of a row when they name an owner: a known person (the longest
        reading), initials, a role or group (the shortest: "... for Ballyfinn Director of
        Services" is owned by the Director of Services), else a run of capitalised words
        after the task's last lower-case word ("... evenings An Garda Siochana") when `loose`
        (the row's date cell was found, so the row is whole)."""
        words = text.split()
        owners = self.context.owners
        longest = min(4, len(words) - 1)
        for size in range(longest, 0, -1):
            cell = " ".join(words[-size:])
            if owners.known_person(cell) or INITIALS_CELL.match(cell):
                return " ".join(words[:-size]), cell
        for size in range(1, longest + 1):
            cell = " ".join(words[-size:])
            # A role or group begins where the task's words end: after a lower-case word.
            after_task = not words[-size - 1][:1].isupper()
            if cell[:1].isupper() and after_task and (is_role(cell) or size >= 2 and owners.is_owner(cell, strict=True)):
                return " ".join(words[:-size]), cell
        for size in range(longest, 1, -1) if loose else ():
            cell = words[-size:]
            if all(word[:1].isupper() or word.lower() in ("of", "and", "&", "for") for word in cell) and (
                    cell[0][:1].isupper() and cell[-1][:1].isupper() and words[-size - 1][:1].islower()):
                return " ".join(words[:-size]), " ".join(cell)
        return None

    def _row_actions(self, row: Row) -> list[Action]:
        """The actions a table row sets: one, or one per task when a cell holds several."""
        dashed = self._dashed_tasks(row)
        if dashed:
            return dashed
        if row.narrative and row.decision and row.what == row.decision:
            # Beside a decision, only the Action column's own sentences set tasks.
            return self._written_tasks(row)
        if row.narrative:
            # Else the owner's task is the text's last sentence; minute text in which no
            # sentence reads as a task is the record of a discussion.
            narrated, per_owner = self._narrative_tasks(row), self._tasks_per_owner(row)
            # (Owners for more tasks than the sentences naming theirs: the cell pairs them with all the tasks.)
            found = (per_owner if len(per_owner) > len(narrated) else narrated or per_owner) or (
                [self._from_row(row)] if _ASKS_OR_SETS.search(last_task_sentence(row.what) or "") else [])
            return [action for action in found if len(sentences(action.what)) == 1]
        return self._owned_parts(row) or [
            action for part in _each_action(row) for action in (self._tasks_per_owner(part) or [self._from_row(part)])]

    def _owned_parts(self, row: Row) -> list[Action]:
        """Several tasks in one task cell beside an empty owner cell, each its own sentence
        or line naming its owner first ("RK to write to the council. TM to book the hall.").
        (Lines beside as many owners, "Write ...; Circulate ..." by "JT; LG", are one action
        the owners share: see `_each_action`.)"""
        owners = self.context.owners
        if (row.who or "").strip():
            return []
        parts = [part.strip(" .;") for part in re.split(r";\s+|(?<=[.!?])\s+(?=[A-Z@])", row.what) if part.strip(" .;")]
        if len(parts) < 2:
            return []
        tasks = [owned_clause_task(part, owners) for part in parts]
        if not all(tasks):
            return []
        return [self._action(task.what, owners.resolve(task.who), task.due_text or row.when, self._item_of(row),
                             carried=row.carried) for task in tasks]

    def _dashed_tasks(self, row: Row) -> list[Action]:
        """An action cell written as the register's own line, "what – owner – when"
        ("Refresh DPIA – HB – 28/02/2026", "Add H-24 to the leaflet – MK"), one such line per
        task ("...; ..."): each gives its task, owner and date. Beside minute text ("Notes |
        Action") the cell is the Action column's; in a log with no owner column, the task's."""
        cell = row.who if row.narrative else row.what if not row.who else None
        if not cell or " " not in cell:
            return []
        found = [dashed_entry(part, self.context.owners) for part in cell.split("; ")]
        if not all(found):
            return []
        return [self._action(what, self.context.owners.resolve(who), when or row.when, self._item_of(row),
                             carried=row.carried or carried) for what, who, when, carried in found]

    def _tasks_per_owner(self, row: Row) -> list[Action]:
        """An owners' cell that names several owners apart by semicolons ("CE; Chair / CE")
        beside minute text that sets as many tasks gives each task, in order, its owners
        ("The CE to circulate ...; the Chair and CE to agree ...")."""
        cells = [cell.strip() for cell in (row.who or "").split(";") if cell.strip()]
        if len(cells) >= 2:
            owners = self.context.owners
            clauses = [clause for clause in re.split(r";\s+|(?<=[.!?])\s+(?=[A-Z])", row.what) if clause.strip()]
            # ("Cllrs A and B to mend the goal posts. Tree survey to be commissioned." beside "Cllrs A & B; Clerk":
            # a task in the passive, no one named, is the next owner's.)
            tasks = [task for clause in clauses if (task := owned_clause_task(clause, owners) or (
                Task(tidy_what(clause), None, None) if _PASSIVE_TASK.search(clause) else None)) is not None]
            if len(tasks) >= len(cells):
                return [self._action(task.what, owners.resolve(cell), task.due_text or row.when, self._item_of(row),
                                     carried=row.carried) for task, cell in zip(tasks[-len(cells):], cells)]
        return []

    def _narrative_tasks(self, row: Row) -> list[Action]:
        """A row of minute text beside an "Action by" cell ("Item | Discussion | Action by"):
        each sentence in which someone is to do something sets a task, and the owner cell
        names their owners ("CE; Chair / CE" one per task, in order); a sentence saying
        what the board itself did ("The Board agreed to ...") sets none. An Action column
        holding sentences ("Raj to move CI off the old runners") holds the tasks themselves."""
        owners = self.context.owners
        written = self._written_tasks(row)
        if written:
            return written
        parts = row.what.split("; ")
        # (A terse task's topic may be in the cell's part before it: "(b) CCTV camera - awaiting the line; Clerk to chase.")
        tasks = [task_about(task, [*(sentences(parts[number - 1])[-1:] if number and not index else []), *said[:index]])
                 for number, line in enumerate(parts) for said in [sentences(line)]
                 for index, whole in enumerate(said) for sentence in owned_clauses(whole)
                 if (task := read_task(sentence, owners, strict=False)) is not None and task.what and task.who
                 and SETS_WORK.search(sentence) and not _BODY_ITSELF.match(task.who) and not _RESOLUTION_WORD.match(task.who)]
        cells = [cell for cell in (row.who or "").split("; ") if cell.strip()]
        actions = []
        for index, task in enumerate(tasks):
            owner = cells[index] if len(cells) == len(tasks) else cells[0] if len(cells) == 1 == len(tasks) else task.who
            # ("Clerk - 19/12/25", "Clerk - by end of January": the cell gives who, then when.)
            named = owner_only(owner, owners) if owner is not task.who and (" - " in owner or " – " in owner) else None
            owner, when = (named.who, named.due_text) if named is not None and named.who else (owner, None)
            # ("All Board members to return the forms ..." beside "All": the sentence names the cell's owner more fully.)
            resolved = owners.resolve(owner) if owner is task.who else fuller_owner(
                owners.resolve(owner), owners.resolve(task.who))
            actions.append(self._action(task.what, resolved, row.when or when or task.due_text,
                                        self._item_of(row), carried=row.carried))
        return actions

    def _written_tasks(self, row: Row) -> list[Action]:
        """The tasks an Action column holds as sentences ("Raj to move CI off the old runners", "ST and RP -
        revise leaflets"); a clause after one that names no one ("; bring to next Board") is more of it.
        A cell's tasks may be its lines or its sentences run on in one paragraph ("OT to mend the trough.
        NP to order the compost."), as a task cell's are read (`_owned_parts`)."""
        owners = self.context.owners
        written: list[Task] = []
        for line in (sentence for part in (row.who or "").split("; ") for sentence in sentences(part)):
            task = read_task(line, owners, strict=False) if SETS_WORK.search(line) or owner_dash_task(line) else None
            if task is not None and task.what and task.who:
                written.append(task)
            elif written and _PLAIN_CLAUSE.match(line):
                last = written[-1]
                more = read_task(line, owners, strict=False)
                if more is not None and more.what and not more.who:
                    written[-1] = Task(f"{last.what} and {more.what[:1].lower()}{more.what[1:]}", last.who,
                                       last.due_text or more.due_text)
        return [self._action(task.what, owners.resolve(task.who), task.due_text or row.when, self._item_of(row),
                             carried=row.carried) for task in written]

    def _from_row(self, row: Row) -> Action:
        who = self._row_owner(row.who) if row.who else None
        what, when = row.what, row.when
        if not row.who and not row.narrative and (label := _ROW_LABEL.match(what)) and len(what) > label.end():
            # "ACTION (12/01) Jo to chase the insurer" in a tracker with no owner column: the label and the date the
            # row was raised open the task, which names its owner first.
            what = what[label.end():]
        if not row.who and not row.narrative and (named := owned_clause_task(what, self.context.owners)) is not None and (
                self.context.owners.is_owner(named.who, strict=True)):
            # "Jo to chase the insurer about the roof claim" in a log with no owner column: the owner it names.
            what, who, when = named.what, self.context.owners.resolve(named.who), when or named.due_text
        owns = bool(row.who) and (INITIALS_CELL.match(row.who) or self.context.owners.is_owner(row.who, strict=True))
        # (A cell's paragraphs come joined by "; ": one that closes a sentence is a sentence break.)
        minute = re.sub(r"([.!?]);\s+", r"\1 ", what) if ";" in what else what
        title, parted, text = minute.partition("; ")
        if parted and row.narrative and len(title.split()) <= BARE_TITLE_WORDS and title[-1:].isalnum() and (
                text[:1].isupper()) and not opens_with_verb(title):
            # "Rents; BQ asked for ...": a cell's first paragraph is the item's title, a sentence of its own.
            minute = f"{title}. {text}"
        if len(what.split()) > _ROW_TEXT_WORDS or len(sentences(minute)) > 1 and owns:
            # A row of minute text beside an owner's cell: the owner's task is its last sentence.
            task = for_marker(Task("", who, when), minute, self.context.owners)
            if task is not None and task.what:
                what, when = task.what, when or task.due_text
        elif owns and (task := owned_clause_task(what, self.context.owners)) is not None and same_owner(
                self.context.owners.resolve(task.who), who):
            # "The FD to instruct solicitors by 28th February 2026" beside "FD": the sentence names its owner too.
            what, when = task.what, when or task.due_text
        if when is None and "(" in what and (bracketed := find_due_phrase(what)) and what[bracketed.start:][:1] == "(":
            # "Carry out a speed survey (Q2 2026) and report to the MD" in a log with no due column: the
            # bracketed date is when.
            what, when = without_span(what, bracketed.start, bracketed.end), str(bracketed.value)
        if when is None and not row.narrative and not _INVITATION.match(what) and (
                said := find_due_phrase(what, task=True)) is not None and not _IN_WHEN.match(what, said.start):
            # "Bring the funding proposal to the next meeting", "Renew the certificate before it lapses on 31 March"
            # in a log with no due column: the task says when, in its own words, which stay. (Not the meeting an
            # invitation is to, nor "the audit in June": when something else happens.)
            when = str(said.value)
        if when is None and row.status and (noted := find_due_phrase(row.status)) is not None:
            # "Open - by February meeting", "C/O - data due March", "Not started, slipping to April": a log
            # with no due date for the row says in its status or notes when the work is now due.
            when = str(noted.value)
        return self._action(what, who, when, self._item_of(row), carried=row.carried)

    def _row_owner(self, cell: str) -> str:
        """An owner's cell as the register shows it. "Ofwat (C. Ashworth)", "Housing (Jo
        Lee)": a body with the person who acts for it in brackets is owned by that person
        when the attendance names them."""
        owners = self.context.owners
        bracket = _BODY_AND_PERSON.match(cell)
        if bracket and (person := owners.known_person(bracket["person"])):
            return person
        return owners.resolve(cell)

    def _item_numbers(self) -> set[str]:
        """The agenda items' numbers, each item's gathered once (a long log under a long agenda is not
        quadratic)."""
        items = self.body.agenda_items
        self.item_numbers.update(item.number for item in items[self.items_numbered:] if item.number)
        self.items_numbered = len(items)
        return self.item_numbers

    def _item_of(self, row: Row) -> str | None:
        """The agenda item a row names: "HWB 26/16 (2)" in a Ref or Minute column is
        item 26 when the minutes have one; a bare action number is no item."""
        for written in (row.item, row.number):
            ref = MINUTE_REF.search(written or "")
            number = ref_number(ref[1], ref[2], self.year_first) if ref else None
            if number is None and written and "/" in written:
                # "FC/26/29", "FC/26/28(2)": a reference as the minutes head their items.
                heading = read_heading(f"{written.split('(')[0].strip()} Item", None, self.year_first)
                number = heading.number if heading else None
            if number is None:
                continue
            if number in self._item_numbers():
                return number
        # An item cell that gives the item's number and title ("4. Matters arising") is that item.
        titled = _TITLED_ITEM.match(row.item or "")
        return titled[1] if titled else row.item
