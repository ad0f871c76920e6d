"""Writing a meeting's minutes as boards write them: Markdown, Word (.docx) or HTML.

`write_minutes(minutes, fmt)` first lays the minutes out once, as lines of text
(`Layout`), and then renders that one layout three ways, so the formats always agree:
Markdown and HTML through Jinja2 templates in `templates/minutes/`, Word through
python-docx (headings, paragraphs and a real Word table for What / Who / When).

Why a second Jinja2 environment: the project's one environment (`templates/__init__.py`)
is for Slack messages and escapes `&`, `<` and `>` for mrkdwn in every value it prints.
A document is not a Slack message. In Markdown (and Word) the text must stay exactly as
written ("Greater Manchester Fire & Rescue Service", not "&amp;"), because these files
are read back by `read_minutes`; in HTML it must be HTML-escaped, which mrkdwn escaping
only half does (it leaves quotes alone). So this module builds its own small environment
over the same kind of loader, with `StrictUndefined`, and autoescaping on for `.html.j2`
templates only.

The layout is chosen so that `read_minutes(extract_text(...))` reads an exported .md or
.docx back to the same `Minutes` (same `to_json()`). It follows the forms the reader
already knows from real minutes:
- the details as "Date:", "Time:", "Venue:", "Theme:" lines under the board's name;
- attendance as labelled lists, one person a line, "Name (Role, Organisation)" with
  "(in place of X)" in a bracket of its own, consecutive people of the same capacity
  under one label ("Present:", "Also in attendance:", "Officers:", "Facilitator:");
- numbered agenda items, "2. Title – Presenter" (or a "Presenter:" line where a dash
  would not read back), each action tied to an item as an "ACTION:" line under it;
- decisions as "AGREED:" paragraphs, and every action again in a closing table, which
  the reader merges with the "ACTION:" line it repeats (keeping the table's wording).
The table is No. / What / Who / When. "No." comes first because a row whose Who and
When are both empty would otherwise end in empty cells, which text extraction trims, and
a row without a tab ends the table for the reader. (An Item column does not work: a row
with an empty Item and an empty When loses both cells, and the reader then shifts the
rest.) So an action's item travels only in its "ACTION:" line, and that line is worded
the way the reader reads back: `_action_line` asks the reader's own `owner_only` and
`read_task` (as `_heading` asks `read_heading`) and picks the first wording it keeps.

What a document cannot carry (so it does not read back): a capacity other than the
reader's four (member, in attendance, officer, facilitator) or none at all; an end time
without a start time; a next meeting without a date; an action's `due` when it has no
`due_text` (the date is written as dd.mm.yy and reads back as that text); an agenda item
without a number unless its title is in capitals; an action tied to an item that is not
in the agenda (it is written in the table only, with no item). The reader cannot read
HTML at all. Where the reader itself misreads a faithful layout, the round-trip tests
record it as an expected failure (tests/integration/test_minutes_round_trip.py).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from minutes.actions import owner_only, read_task
from minutes.agenda import read_heading
from minutes.model import Action, AgendaItem, Apology, Attendee, Minutes, NextMeeting
from minutes.owners import Owners

FORMATS = ("md", "docx", "html")
AGREED, ACTION = "AGREED:", "ACTION:"
ACTION_COLUMNS = ("No.", "What", "Who", "When")
# Each column's width in centimetres, together the 16.5 cm between the default page's margins:
# "What" takes the room, so an action reads as a line, not a word a line.
ACTION_WIDTHS_CM = (1.3, 9.2, 3.8, 2.2)

_TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "minutes"
_CAPACITY_LABELS = {
    "member": "Present",
    "in attendance": "Also in attendance",
    "officer": "Officers",
    "facilitator": "Facilitator",
}
# Words that make an action's wording a poor verb after "X to ...": "Chair to a letter".
_NOT_A_VERB = {"a", "an", "the", "that", "this", "these", "those", "it", "there"}

_environment = Environment(
    loader=FileSystemLoader(_TEMPLATES),
    undefined=StrictUndefined,
    autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class Attendance:
    """One labelled list of people: "Present" and the entries under it."""

    label: str
    entries: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """An agenda item: its heading, an optional "Presenter:" line, its actions."""

    heading: str
    presenter_line: str | None
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """One row of the closing action table, as text."""

    number: str
    what: str
    who: str
    when: str

    def cells(self) -> tuple[str, ...]:
        """The row's cells in the order of `ACTION_COLUMNS`."""
        return (self.number, self.what, self.who, self.when)


@dataclass(frozen=True)
class Layout:
    """The minutes as the lines every format prints, markers ("AGREED:") left to each."""

    board: str | None
    details: tuple[tuple[str, str], ...]
    attendance: tuple[Attendance, ...]
    items: tuple[Item, ...]
    decisions: tuple[str, ...]
    actions: tuple[Row, ...]
    next_meeting: str | None


def write_minutes(minutes: Minutes, fmt: str) -> bytes:
    """The minutes as a document: `fmt` is "md", "docx" or "html". Raises ValueError
    for any other format."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown minutes format {fmt!r}: use one of {', '.join(FORMATS)}.")
    layout = lay_out(minutes)
    if fmt == "docx":
        return _docx(layout)
    return _environment.get_template(f"minutes.{fmt}.j2").render(
        layout=layout, agreed=AGREED, action=ACTION, columns=ACTION_COLUMNS
    ).encode("utf-8")


def lay_out(minutes: Minutes) -> Layout:
    """The minutes as lines of text, in the order and wording of the written document."""
    owners = _owners(minutes)
    return Layout(
        board=minutes.board,
        details=_details(minutes),
        attendance=_attendance(minutes),
        items=tuple(_item(item, minutes.actions, owners) for item in minutes.agenda_items),
        decisions=tuple(minutes.decisions),
        actions=tuple(
            Row(str(index), action.what, action.who or "", _when(action))
            for index, action in enumerate(minutes.actions, start=1)
        ),
        next_meeting=_next_meeting(minutes.next_meeting),
    )


def _owners(minutes: Minutes) -> Owners:
    """The people an action can name, as the reader gathers them from the attendance."""
    people = minutes.present + minutes.apologies + minutes.absent
    return Owners([person.name for person in people])


# --- the details under the title -------------------------------------------------------


def _details(minutes: Minutes) -> tuple[tuple[str, str], ...]:
    found = []
    if minutes.date:
        found.append(("Date", long_date(minutes.date)))
    if minutes.start_time:
        times = clock(minutes.start_time)
        if minutes.end_time:
            times += f" until {clock(minutes.end_time)}"
        found.append(("Time", times))
    if minutes.venue:
        found.append(("Venue", minutes.venue))
    if minutes.theme:
        found.append(("Theme", minutes.theme))
    return tuple(found)


def long_date(day: date) -> str:
    """A date as minutes head it: "Thursday 5 March 2015"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: date) -> str:
    """A date as action tables write it: "05.03.15"."""
    return f"{day:%d.%m.%y}"


def clock(moment: time) -> str:
    """A time as British minutes write it: "10am", "2.30pm", "12 noon"."""
    if moment == time(12, 0):
        return "12 noon"
    hour = moment.hour % 12 or 12
    minutes = f".{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"


# --- attendance ------------------------------------------------------------------------


def _attendance(minutes: Minutes) -> tuple[Attendance, ...]:
    blocks = _runs(minutes.present)
    if not any(block.label == "Present" for block in blocks):
        # Boards always say who was present; "None" also ends the header for the reader.
        blocks.insert(0, Attendance("Present", ("None",)))
    if minutes.apologies:
        blocks.append(Attendance("Apologies", tuple(_absence(a) for a in minutes.apologies)))
    if minutes.absent:
        blocks.append(Attendance("Absent", tuple(_absence(a) for a in minutes.absent)))
    return tuple(blocks)


def _runs(present: tuple[Attendee, ...]) -> list[Attendance]:
    """Consecutive people of the same capacity under one label, in the minutes' order,
    so the order of `present` survives even when capacities are interleaved."""
    blocks: list[Attendance] = []
    for person in present:
        label = _CAPACITY_LABELS.get(person.capacity or "member", "Present")
        if blocks and blocks[-1].label == label:
            blocks[-1] = Attendance(label, blocks[-1].entries + (_person(person),))
        else:
            blocks.append(Attendance(label, (_person(person),)))
    return blocks


def _person(person: Attendee) -> str:
    """ "Cllr Yusuf Dar (Leader, Chair, Brackley Council) (in place of Joan Tully)"."""
    described = ", ".join(part for part in (person.role, person.organisation) if part)
    text = f"{person.name} ({described})" if described else person.name
    return f"{text} (in place of {person.in_place_of})" if person.in_place_of else text


def _absence(apology: Apology) -> str:
    return f"{apology.name} ({apology.organisation})" if apology.organisation else apology.name


# --- agenda items and their actions ----------------------------------------------------


def _item(item: AgendaItem, actions: tuple[Action, ...], owners: Owners) -> Item:
    heading, presenter_line = _heading(item)
    tied = tuple(
        _action_line(action, owners)
        for action in actions
        if item.number and action.item == item.number
    )
    return Item(heading, presenter_line, tied)


def _heading(item: AgendaItem) -> tuple[str, str | None]:
    """ "2. Local economy review – Fiona Blackwood", or the title alone with a
    "Presenter:" line under it when the dash form would read back otherwise (a
    presenter with a hyphen in the name, or a group rather than a person)."""
    plain = f"{item.number}. {item.title}" if item.number else item.title
    if not item.presenter:
        return plain, None
    dashed = f"{plain} – {item.presenter}"
    if read_heading(dashed) == item:
        return dashed, None
    return plain, f"Presenter: {item.presenter}"


def _action_line(action: Action, owners: Owners) -> str:
    """An action as the "ACTION:" line under its item ("Ben Crossley to map the hotspots
    by 20.03.15"): the first wording that the reader takes for this action, so that it
    merges the line with the table row that repeats it and keeps the line's item."""
    candidates = _wordings(action)
    for line in candidates:
        if _reads_as(line, action, owners):
            return line
    return candidates[0]


def _wordings(action: Action) -> list[str]:
    """How minutes write an action, most natural first: "Chair to write to ...",
    "A letter would be sent ... – Chair – 31 March 2015", "Write to ... by 28.02.15"."""
    due = _when(action)
    plain = f"{action.what} by {due}" if due else action.what
    if not action.who:
        return [plain]
    first, _, rest = action.what.partition(" ")
    # "Write" becomes "write" after "Chair to"; "CCG" and "JSNA" keep their capitals.
    verb = first[:1].lower() + first[1:] if first[1:].islower() or len(first) == 1 else first
    who = action.who[:1].upper() + action.who[1:]
    owner_first = f"{who} to {' '.join(filter(None, (verb, rest)))}" + (f" by {due}" if due else "")
    dashed = f"{action.what} – {action.who}" + (f" – {due}" if due else "")
    wordings = [owner_first, dashed, plain]
    if first.lower() in _NOT_A_VERB:
        wordings.remove(owner_first)  # "Chair to a letter would be sent": not English
        wordings.append(owner_first)
    return wordings


def _reads_as(line: str, action: Action, owners: Owners) -> bool:
    """Whether the reader takes `line` for this action: not for a bare owner ("Invite the
    outreach team" ends in a group noun), and naming no other owner or date than the
    table row does (the reader fills the row's gaps from the line)."""
    if owner_only(line, owners) is not None:
        return False
    task = read_task(line, owners, strict=False)
    if task is None or not task.what:
        return False
    who = owners.resolve(action.who) if action.who else None
    return task.who in (None, who) and task.due_text in (None, _when(action) or None)


def _when(action: Action) -> str:
    if action.due_text:
        return action.due_text
    return short_date(action.due) if action.due else ""


# --- the next meeting ------------------------------------------------------------------


def _next_meeting(meeting: NextMeeting) -> str | None:
    """ "Tuesday 21 April 2015, 4pm, Chorley Town Hall. This will be a Skills themed
    meeting." A next meeting without a date is left out: nothing would read it back."""
    if meeting.date is None:
        return None
    parts = [long_date(meeting.date)]
    if meeting.time:
        parts.append(clock(meeting.time))
    if meeting.venue:
        parts.append(meeting.venue)
    text = ", ".join(parts) + "."
    if meeting.theme:
        article = "an" if meeting.theme[:1].lower() in "aeiou" else "a"
        text += f" This will be {article} {meeting.theme} themed meeting."
    return text


# --- Word ------------------------------------------------------------------------------


def _docx(layout: Layout) -> bytes:
    # Imported here so that writing Markdown or HTML never pays for python-docx.
    import docx

    document = docx.Document()
    document.core_properties.title = f"{layout.board or 'Board'} minutes"
    document.add_heading(layout.board or "Minutes", level=0)
    if layout.board:
        document.add_heading("Minutes", level=1)
    for label, value in layout.details:
        _labelled(document, f"{label}:", value)
    for block in layout.attendance:
        _labelled(document, f"{block.label}:", "")
        for entry in block.entries:
            document.add_paragraph(entry, style="List Bullet")
    for item in layout.items:
        document.add_heading(item.heading, level=2)
        if item.presenter_line:
            document.add_paragraph(item.presenter_line)
        for line in item.actions:
            _labelled(document, ACTION, line)
    if layout.decisions:
        document.add_heading("Decisions", level=2)
        for decision in layout.decisions:
            _labelled(document, AGREED, decision)
    if layout.actions:
        document.add_heading("Summary of actions", level=2)
        _action_table(document, layout.actions)
    if layout.next_meeting:
        document.add_heading("Date of next meeting", level=2)
        document.add_paragraph(layout.next_meeting)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _labelled(document, label: str, text: str) -> None:
    """A paragraph that opens with a bold label: "Date: Thursday 5 March 2015"."""
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    if text:
        paragraph.add_run(f" {text}")


def _action_table(document, rows: tuple[Row, ...]) -> None:
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=len(ACTION_COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    for cell, heading in zip(table.rows[0].cells, ACTION_COLUMNS):
        cell.text = ""
        cell.paragraphs[0].add_run(heading).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row.cells()):
            cell.text = text
    # Word reads a cell's own width before its column's: both are set.
    for column, width in zip(table.columns, ACTION_WIDTHS_CM):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
