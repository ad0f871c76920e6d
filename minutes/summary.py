"""A reading as a person reads it: the summary `import-minutes --dry-run` prints."""

from __future__ import annotations

from collections.abc import Iterable

from minutes.model import Minutes
from minutes.uncertain import unplaced


def summary(minutes: Minutes, source: str, member_names: Iterable[str] = ()) -> str:
    """The meeting, its people, decisions and actions with owners and dates, and what could not be placed."""
    day = f"{minutes.date:%-d %B %Y}" if minutes.date else "date not found"
    times = "–".join(f"{t:%H:%M}" for t in (minutes.start_time, minutes.end_time) if t)
    lines = [f"{source}: {minutes.board or 'board not found'}, {day}"
             + (f", {times}" if times else "") + (f", {minutes.venue}" if minutes.venue else "")]
    lines.append(f"  present ({len(minutes.present)}): " + (", ".join(_person(p) for p in minutes.present) or "none read"))
    lines.append(f"  apologies ({len(minutes.apologies)}): " + (", ".join(a.name for a in minutes.apologies) or "none read"))
    if minutes.agenda_items:
        lines.append(f"  agenda items: {len(minutes.agenda_items)}"
                     + (f" ({sum(i.exempt for i in minutes.agenda_items)} exempt)"
                        if any(i.exempt for i in minutes.agenda_items) else ""))
    if minutes.declarations:
        lines.append("  declarations: " + "; ".join(
            f"{d.name}: {d.interest}" + (f" (item {d.item})" if d.item else "") for d in minutes.declarations))
    lines.append(f"  decisions: {len(minutes.decisions)}")
    lines.append(f"  actions ({len(minutes.actions)}):")
    for action in minutes.actions:
        due = f"{action.due:%-d %b %Y}" if action.due else (action.due_text or "no date")
        item = f" [item {action.item}]" if action.item else ""
        carried = " (carried forward)" if action.carried else ""
        lines.append(f"    - {action.what} — {action.who or 'NO OWNER'}, {due}{item}{carried}")
    next_meeting = minutes.next_meeting
    if next_meeting.date:
        lines.append(f"  next meeting: {next_meeting.date:%-d %B %Y}"
                     + (f" {next_meeting.time:%H:%M}" if next_meeting.time else "")
                     + (f", {next_meeting.venue}" if next_meeting.venue else ""))
    problems = unplaced(minutes, member_names)
    lines.append("  could not place:" + (" nothing" if not problems else ""))
    lines.extend(f"    ! {problem}" for problem in problems)
    return "\n".join(lines)


def _person(person) -> str:  # type: ignore[no-untyped-def]
    extra = ", ".join(part for part in (person.role, person.organisation) if part)
    return f"{person.name} ({extra})" if extra else person.name


JSON_SHAPE = """--json prints, for one file, an object (for several, an array of them):
  {"board", "date": "YYYY-MM-DD", "start_time"/"end_time": "HH:MM" or null, "venue", "theme",
   "present": [{"name", "organisation", "role", "in_place_of", "capacity"}],
   "apologies": [{"name", "organisation"}],
   "agenda_items": [{"number", "title", "presenter", "exempt": bool}],
   "decisions": ["..."], "declarations": [{"name", "interest", "item"}],
   "actions": [{"what", "who", "due": "YYYY-MM-DD" or null, "due_text", "item", "carried": bool}],
   "next_meeting": {"date", "time", "venue", "theme"}}
Absent values are null. A file that cannot be read is named on stderr; the others are still
read, and the exit status is 2."""
