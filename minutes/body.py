"""Reading the body of the minutes in order: agenda items, decisions and actions, each
action tied to the agenda item it was recorded under."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from minutes.action_tables import Row, read_table, table_columns
from minutes.actions import Task, last_task_sentence, owner_only, prose_tasks, read_task
from minutes.agenda import presenter_line, read_heading
from minutes.decisions import prose_decisions
from minutes.markers import ACTION, AGREED_ACTION, DECISION, Segment, has_marker, items, segments
from minutes.model import Action, AgendaItem
from minutes.next_meeting import announces_next_meeting
from minutes.owners import Owners
from minutes.when import resolve_due

_ACTION_LIST_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.)]?\s+)?(?:summary\s+of\s+(?:agreed\s+)?actions|action\s+(?:log|points|list|plan\s+summary)"
    r"|(?:agreed\s+|new\s+)?actions(?:\s+(?:agreed|arising|from\s+(?:the|this)\s+meeting))?"
    r"|key\s+actions)\s*:?\s*$",
    re.IGNORECASE,
)
_PRESENTING = re.compile(
    r"^(?P<names>.+?)\s+(?:introduced|presented|gave|provided|delivered|reported|led|outlined)\b"
)
_NUMBERED_LINE = re.compile(r"^\s*\(?\d{1,2}[.)]?\s+")
# How entries of a decision or action list open: "That ...", "To ...", "HH to ...".
_ENTRY_START = re.compile(
    r"^(?:[Tt]hat|T[Oo]|F[Oo][Rr])\b|^[A-Z]{2,4}\b|^(?:[A-Z][\w'’-]+\s+){1,3}(?:to|will)\s+[a-z]"
)
_NAME_PARTS = re.compile(r"\s*(?:,|\band\b|&)\s*")


@dataclass(frozen=True)
class Context:
    """What the body needs from the rest of the minutes to read actions."""

    owners: Owners
    reference: date
    next_meeting: date | None


@dataclass
class Body:
    agenda_items: list[AgendaItem] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[tuple[Action, bool]] = field(default_factory=list)


class _Reader:
    """Walks the body once, keeping the current agenda item and the open paragraph."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.body = Body()
        self.item: str | None = None
        self.last_number: int | None = None
        self.paragraph: list[str] = []
        self.previous_text = ""
        self.expect_action_list = False

    def read(self, lines: list[str], skip: set[int]) -> Body:
        index = 0
        while index < len(lines):
            index = self._line(lines, index, skip)
        self._flush()
        return self.body

    def _line(self, lines: list[str], index: int, skip: set[int]) -> int:
        line = lines[index]
        if index in skip or not line.strip():
            self._flush()
            return index + 1
        columns = table_columns(line)
        if columns:
            self._flush()
            self.expect_action_list = False
            rows, end = read_table(lines, index, columns)
            self.body.actions.extend((self._from_row(row), True) for row in rows)
            return end
        if _ACTION_LIST_HEADING.match(line):
            self._flush()
            # A closing list of actions belongs to the meeting, not to the last item.
            self.item = None
            self.expect_action_list = True
            return index + 1
        if self._continues_list(line):
            self.paragraph.append(line.strip())
            return index + 1
        heading = read_heading(line, self.last_number)
        if heading:
            self._flush()
            self._start_item(heading, lines, index)
            return index + 1
        if announces_next_meeting(line):
            self._flush()
            self.expect_action_list = False
            return index + 1
        self.paragraph.append(line.strip())
        return index + 1

    def _continues_list(self, line: str) -> bool:
        """A numbered line inside a list of actions or decisions is an entry, not an
        agenda heading, even when its number happens to follow the last item's."""
        entry = _NUMBERED_LINE.match(line)
        if not entry:
            return False
        if self.expect_action_list:
            return True
        rest = line[entry.end() :]
        return bool(_ENTRY_START.match(rest)) and has_marker("\n".join(self.paragraph))

    def _start_item(self, heading: AgendaItem, lines: list[str], index: int) -> None:
        self.expect_action_list = False
        if heading.number is not None:
            self.item, self.last_number = heading.number, int(heading.number)
        if heading.presenter is None:
            heading = AgendaItem(heading.number, heading.title, self._presenter(lines, index))
        self.body.agenda_items.append(heading)

    def _presenter(self, lines: list[str], index: int) -> str | None:
        following = next((line for line in lines[index + 1 : index + 4] if line.strip()), "")
        named = presenter_line(following)
        if named:
            return self.context.owners.resolve(named)
        match = _PRESENTING.match(" ".join(following.split()))
        if not match:
            return None
        parts = (part.split(" from ")[0] for part in _NAME_PARTS.split(match["names"]))
        known = [name for part in parts if (name := self.context.owners.known_person(part.strip()))]
        return " and ".join(dict.fromkeys(known)) or None

    def _flush(self) -> None:
        if not self.paragraph:
            return
        text = "\n".join(re.sub(r"\t+", "\t", line) for line in self.paragraph)
        self.paragraph = []
        if self.expect_action_list:
            self.expect_action_list = False
            self._segment(Segment(ACTION, text), "")
        else:
            before = self.previous_text
            for segment in segments(text):
                before = self._segment(segment, before)
        self.previous_text = text

    def _segment(self, segment: Segment, before: str) -> str:
        """Read one segment; return the text an "Action: X" marker after it refers to."""
        owners = self.context.owners
        if segment.kind is None:
            self.body.decisions.extend(prose_decisions(segment.text))
            self._add_tasks(prose_tasks(segment.text, owners))
            return segment.text
        found = items(segment.text)
        if segment.kind == DECISION:
            self.body.decisions.extend(found)
        elif segment.kind == AGREED_ACTION:
            self.body.decisions.extend(found)
            self._add_tasks(read_task(item, owners, strict=False) for item in found)
        elif segment.kind == ACTION:
            if not found:
                self.expect_action_list = True
            elif len(found) == 1 and (marker := owner_only(found[0], owners)):
                self._add_tasks([_for_marker(marker, before, owners)])
            else:
                self._add_tasks(read_task(item, owners, strict=False) for item in found)
        return segment.text if segment.kind == DECISION else ""

    def _add_tasks(self, tasks) -> None:
        for task in tasks:
            if task is not None and task.what:
                self.body.actions.append((self._action(task.what, task.who, task.due_text), False))

    def _from_row(self, row: Row) -> Action:
        who = self.context.owners.resolve(row.who) if row.who else None
        return self._action(row.what, who, row.when, row.item)

    def _action(self, what: str, who: str | None, due_text: str | None, item: str | None = "") -> Action:
        due = resolve_due(due_text, self.context.reference, self.context.next_meeting)
        return Action(what=what, who=who, due=due, due_text=due_text,
                      item=self.item if item == "" else item)


def _for_marker(marker: Task, before: str, owners: Owners) -> Task | None:
    sentence = last_task_sentence(before)
    if not sentence:
        return None
    task = read_task(sentence, owners, strict=False)
    if task is None:
        return None
    return Task(task.what, marker.who, marker.due_text or task.due_text)


def read_body(lines: list[str], skip: set[int], context: Context) -> Body:
    """Agenda items, decisions and actions (each flagged True when from a table)."""
    return _Reader(context).read(lines, skip)
