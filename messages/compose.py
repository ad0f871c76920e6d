"""Each kind of message, and each list a chat command answers with, laid out as a Document.

Teams cards, e-mail and previews render these; Slack keeps its own mrkdwn templates
(handlers/job_messages.py), which say the same things.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from domain.actions import ActionView
from messages import (
    ADD_UPDATE,
    AGENDA,
    AGENDA_INVITATION,
    AGENDA_UPDATE,
    CARRY_CLOSE,
    CARRY_FORWARD,
    CARRY_KEEP,
    CARRY_REDATE,
    DIGEST,
    DONE,
    MEETING_CHANGE,
    MINUTES_SUMMARY,
    NEW_DATE,
    NUDGE,
    ON_TRACK,
    SNOOZE,
    STANDING_INTERESTS,
    UNREACHABLE,
    UPDATE_REQUEST,
    Message,
)
from messages.document import (
    Block,
    Button,
    Controls,
    DatePick,
    Document,
    Heading,
    Line,
    Link,
    line,
    quiet,
    strong,
)

MAX_LISTED = 20  # actions with buttons in one message: a card stays well under Teams' 28 KB
MAX_LOG = 40
MATTERS_ARISING = "Minutes of the last meeting and matters arising"
DECLARATIONS = "Declarations of interest"
WARN = "⚠ "


def _due(overdue: bool, words: str) -> str:
    return f"{WARN if overdue else ''}{words}"


def _carried(count: int) -> str:
    return f"carried {count} meeting{'s' if count != 1 else ''}"


def action_controls(ref: str, *, on_track: bool = False) -> Controls:
    """Done, Snooze a week (or On track), New date and Add update for one action."""
    if on_track:
        return Controls(ref, (Button("On track", ON_TRACK, ref), Button(f"Done {ref}", DONE, ref, primary=True),
                              DatePick("Delayed: new date", NEW_DATE, ref), Button("Add note", ADD_UPDATE, ref)))
    return Controls(ref, (Button(f"Done {ref}", DONE, ref, primary=True), Button("Snooze a week", SNOOZE, ref),
                          DatePick("New date", NEW_DATE, ref), Button("Add update", ADD_UPDATE, ref)))


def _nudge(items: Sequence[dict[str, Any]]) -> Document:
    to_chair = items[0]["to_chair"]
    heading = ("As chair: these actions are still overdue after four reminders to their owners" if to_chair
               else "A reminder about your action" + ("s" if len(items) != 1 else ""))
    blocks: list[Block] = [Heading(heading)]
    for item in items[:MAX_LISTED]:
        blocks += [line(strong(item["ref"]), "  ", item["what"]),
                   line(item["board"], " · ", _due(item["overdue"], item["due_words"]),
                        f" · {item['owner']}" if to_chair else "", small=True)]
        if not to_chair:
            blocks.append(action_controls(item["ref"]))
    if len(items) > MAX_LISTED:
        blocks.append(line(f"…and {len(items) - MAX_LISTED} more: say myactions to see them all.", small=True))
    gist = "; ".join(f"{i['ref']} {i['what']} ({i['due_words']})" for i in items)
    return Document(f"Reminder: {gist}", tuple(blocks))


def _digest(items: Sequence[dict[str, Any]]) -> Document:
    item = items[0]
    title = f"{item['board']}: the week's exceptions, {item['week']}"
    blocks: list[Block] = [Heading(title)]
    if not item["groups"]:
        blocks.append(line("Nothing is overdue and nothing falls due this week. 🎉"))
    for organisation, owners in item["groups"]:
        blocks.append(line(strong(organisation)))
        for owner, shown in owners:
            blocks.append(line(owner))
            blocks += [line(strong(a.ref), " ", a.what, " · ", _due(a.overdue, a.due_words), bullet=True)
                       for a in shown]
    if item.get("more"):
        blocks.append(line(f"…and {item['more']} more not listed here: /actions in the board's channel shows "
                           "them all."))
    return Document(title, tuple(blocks))


def _agenda(items: Sequence[dict[str, Any]]) -> Document:
    a = items[0]
    title = f"{'Draft agenda' if a['draft'] else 'Agenda'}: {a['board']}"
    where = "".join([f" · {a['venue']}" if a["venue"] else ""])
    runs: list[Any] = [a["when"], where]
    if a["theme"]:
        runs += [" · ", quiet(a["theme"])]
    if a["calendar"]:
        runs += [" · ", Link(a["calendar"], "Add to calendar")]
    blocks: list[Block] = [Heading(title), line(*runs)]
    for entry in a["lines"]:
        blocks.append(line(strong(f"{entry.number}."), " ", entry.title,
                           f" ({entry.presenter})" if entry.presenter else ""))
        if entry.title == DECLARATIONS:
            declared = a.get("declarations") or []
            blocks += [line(strong(d["name"]), ": ", d["interest"], f" ({d['item']})" if d["item"] else "",
                            bullet=True) for d in declared]
            if not declared:
                blocks.append(line("None declared yet: declare one with “declare ITEM INTEREST”.", bullet=True))
        if entry.title == MATTERS_ARISING:
            for act in a["arising"]:
                blocks.append(line(strong(act["ref"]), " ", act["what"], " · ", act["owner"], " · ",
                                   _due(act["overdue"], act["due_words"]),
                                   f" · {_carried(act['carried'])}" if act.get("carried") else "",
                                   *((" · ", quiet(act["latest"])) if act["latest"] else ()), bullet=True))
            if a.get("more_arising"):
                blocks.append(line(f"…and {a['more_arising']} more open: /actions in the board's channel lists "
                                   "them all.", bullet=True))
            if not a["arising"]:
                blocks.append(line("No open actions.", bullet=True))
    if a["apologies"]:
        names = ", ".join(p["name"] + (f" ({p['substitute']} in place)" if p["substitute"] else "")
                          for p in a["apologies"])
        blocks.append(line(strong("Apologies"), ": ", names))
    if a["proposed"]:
        blocks.append(line(quiet("Proposed, awaiting the secretary"), ": ", "; ".join(a["proposed"])))
    return Document(f"{title}, {a['when']}", tuple(blocks))


def _agenda_update(items: Sequence[dict[str, Any]]) -> Document:
    title = f"Agenda update, {items[0]['board']}: added"
    blocks: list[Block] = [Heading(title)]
    blocks += [line(strong(f"{i['number']}. ") if i["number"] else "", i["title"],
                    f" ({i['presenter']})" if i["presenter"] else "", bullet=True) for i in items]
    return Document(title, tuple(blocks))


def _invitation(items: Sequence[dict[str, Any]]) -> Document:
    i = items[0]
    first = f"{i['board']} meets on {i['when']}" + (f" at {i['venue']}" if i["venue"] else "") + "."
    return Document(first, (line(strong(i["board"]), f" meets on {i['when']}",
                                 f" at {i['venue']}" if i["venue"] else "", "."),
                            line("Items for the agenda? Propose them with “agenda add TITLE”. Can't come? "
                                 "Send apologies, and name who comes in your place, with “apologies for @someone”.")))


def _update_request(items: Sequence[dict[str, Any]]) -> Document:
    first = items[0]
    count = len(items)
    text = (f"{first['board']} meets on {first['when']}. The agenda goes out soon, with your open "
            f"{'action' if count == 1 else 'actions'} as matters arising: how {'is it' if count == 1 else 'are they'} "
            "going?")
    blocks: list[Block] = [line(text)]
    for item in items[:MAX_LISTED]:
        blocks += [line(strong(item["ref"]), "  ", item["what"]),
                   line(item["board"], " · ", _due(item["overdue"], item["due_words"]), small=True),
                   action_controls(item["ref"], on_track=True)]
    return Document(text, tuple(blocks))


def _summary(items: Sequence[dict[str, Any]]) -> Document:
    s = items[0]
    title = f"Minutes of {s['board']}, {s['when']}" + (f" at {s['venue']}" if s["venue"] else "") + \
        (f" ({s['theme']})" if s["theme"] else "")
    blocks: list[Block] = [Heading(title)]
    if s["decisions"]:
        blocks.append(line(strong("Agreed")))
        blocks += [line(d, bullet=True) for d in s["decisions"]]
    if s["actions"]:
        blocks.append(line(strong("Actions")))
        for a in s["actions"]:
            due = f" · by {a['due']:%-d %b %Y}" if a["due"] else (f" · {a['due_text']}" if a["due_text"] else "")
            blocks.append(line(strong(a["ref"]), " ", a["what"], " · ", a["owner"], due, bullet=True))
    if s["next_meeting"]:
        blocks.append(line(strong("Next meeting"), ": ", s["next_meeting"]))
    return Document(title, tuple(blocks))


def _unreachable(items: Sequence[dict[str, Any]]) -> Document:
    i = items[0]
    text = (f"⚠ I couldn't reach {i['label'] or 'a member'} ({i['reason']}), so they are not getting their "
            "reminders. Please check how they can be reached.")
    return Document(text, (line(text),))


def _meeting_change(items: Sequence[dict[str, Any]]) -> Document:
    c = items[0]
    m = c["m"]
    if c["kind"] == "new":
        head = f"📅 {'Next' if c['is_next'] else 'New'} meeting of {m.board}: {c['when']}"
        tail = (f" at {m.venue}" if m.venue else "") + (f". Theme: {m.theme}" if m.theme else "")
    elif c["kind"] == "moved":
        head = f"📅 The next meeting of {m.board} has moved: now {c['when']}"
        before = c["before"]
        tail = (f" at {m.venue}" if m.venue else "") + f" (was {c['before_when']}" + \
            (f" at {before.venue}" if before is not None and before.venue else "") + ")"
    else:
        head, tail = f"✗ The meeting of {m.board} on {c['when']} is cancelled.", ""
    blocks: list[Block] = [line(strong(head), tail)]
    if c["calendar"]:
        blocks.append(line(Link(c["calendar"], "Add to calendar")))
    return Document(head + tail, tuple(blocks))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def carry_controls(ref: str) -> Controls:
    """Close, Re-date and Keep for one action carried too long."""
    return Controls(ref, (Button(f"Close {ref}", CARRY_CLOSE, ref), DatePick("Re-date", CARRY_REDATE, ref),
                          Button("Keep", CARRY_KEEP, ref)))


def _carry_forward(items: Sequence[dict[str, Any]]) -> Document:
    c = items[0]
    count = len(c["actions"])
    head = (f"{c['board']}: {count} action{'s' if count != 1 else ''} will be carried forward to {c['when']} "
            f"for the {_ordinal(c['limit'])} time or more")
    blocks: list[Block] = [Heading(head),
                           line("Please decide each one before the agenda goes out: ", strong("Close"), " it, ",
                                strong("Re-date"), " it, or ", strong("Keep"), " it as it is.")]
    for act in c["actions"][:MAX_LISTED]:
        blocks += [line(strong(act["ref"]), "  ", act["what"]),
                   line(act["owner"], " · ", _due(act["overdue"], act["due_words"]),
                        f" · {_carried(act['carried'])} so far", small=True),
                   carry_controls(act["ref"])]
    if count > MAX_LISTED:
        blocks.append(line(f"…and {count - MAX_LISTED} more: I'll list them again once these are decided.",
                           small=True))
    return Document(head, tuple(blocks))


def _standing_interests(items: Sequence[dict[str, Any]]) -> Document:
    s = items[0]
    title = f"Standing register of interests: {s['board']}, for the meeting on {s['when']}"
    blocks: list[Block] = [Heading(title)]
    blocks += [line(strong(e["name"]), ": ", e["interests"], bullet=True) for e in s["entries"]]
    return Document(title, tuple(blocks))


COMPOSERS: dict[str, Callable[[Sequence[Any]], Document]] = {
    NUDGE: _nudge, DIGEST: _digest, AGENDA: _agenda, AGENDA_UPDATE: _agenda_update,
    AGENDA_INVITATION: _invitation, UPDATE_REQUEST: _update_request, MINUTES_SUMMARY: _summary,
    UNREACHABLE: _unreachable, MEETING_CHANGE: _meeting_change, CARRY_FORWARD: _carry_forward,
    STANDING_INTERESTS: _standing_interests,
}


def document(message: Message) -> Document:
    """The message laid out for cards, e-mail and previews."""
    return COMPOSERS[message.kind](message.items)


# The answers to chat commands that list actions.

def action_line(a: ActionView, *, show_board: bool, show_owner: bool) -> tuple[Line, Line]:
    about = [a.board if show_board else "", a.owner if show_owner else "", _due(a.overdue, a.due_words),
             f"from the meeting of {a.meeting}" if a.meeting else ""]
    return line(strong(a.ref), "  ", a.what), line(" · ".join(p for p in about if p), small=True)


def my_actions(actions: Sequence[ActionView], notice: str | None = None) -> Document:
    """The caller's open actions, each with Done, Snooze a week, New date and Add update."""
    overdue = sum(a.overdue for a in actions)
    if actions:
        summary = f"You have {len(actions)} open action{'s' if len(actions) != 1 else ''}" + \
            (f", {overdue} overdue." if overdue else ".")
    else:
        summary = "You have no open actions. 🎉"
    blocks: list[Block] = [line(notice)] if notice else []
    blocks.append(Heading(summary))
    for a in actions[:MAX_LISTED]:
        blocks += [*action_line(a, show_board=True, show_owner=False), action_controls(a.ref)]
    if len(actions) > MAX_LISTED:
        blocks.append(line(f"…and {len(actions) - MAX_LISTED} more, due later.", small=True))
    return Document(f"{notice} {summary}" if notice else summary, tuple(blocks))


def board_log(board: str, actions: Sequence[ActionView], *, label: str, owner: str | None) -> Document:
    shown = actions[:MAX_LOG]
    count = len(actions)
    summary = f"{board}: {count} {label} action{'s' if count != 1 else ''}" + (f" of {owner}" if owner else "") + \
        (f" (showing the first {len(shown)})" if count > len(shown) else "") + "."
    blocks: list[Block] = [Heading(summary)]
    for a in shown:
        blocks += action_line(a, show_board=False, show_owner=True)
    return Document(summary, tuple(blocks))


def notice(text: str) -> Document:
    """A one-line answer."""
    return Document(text, (line(text),))
