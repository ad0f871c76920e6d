"""The `nudges` sweep: one direct message per person per sweep, listing the actions they should hear about.

What is due comes from domain.nudge_policy; each (action, reminder, recipient) is a part of
the message, sent once. Owners hear about their own actions, each of an action's several
owners in their own message under their own key; a group's actions go
to the group's named lead, else the board's secretary (domain.groups); actions overdue after four reminders go to the chair.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Sequence
from typing import Any, NamedTuple

from domain.dates import describe_due
from domain.groups import Leads, answerer_id, group_key
from domain.joint_owners import Owner, joined
from domain.moments import Moment, in_zone, latest
from domain.nudge_policy import next_reminder_at, reminder_due, reminder_key, started_on, zone_of
from domain.refs import format_ref
from jobs.outbox import Outgoing, Part, recipient_address, recipient_label
from messages import NUDGE, Message, message


BATCH = 1_000  # actions read, decided and re-dated at a time: memory stays flat however many are due


@dataclass(frozen=True)
class _Owner:
    """An action's owner as the sweep reads them: only what a recipient needs."""

    id: int
    name: str
    slack_id: str | None
    email: str | None
    teams_id: str | None
    last_chat: str | None


def _recipients(row: Any, reminder: Any, key: str, members: dict[int, Any], leads: Leads,
                further: list[Any]) -> list[tuple[Any, str]]:
    """Who hears this reminder, each under their own key: the chair (else the secretary) once; else every
    owner, the first-named under the reminder's own key; else, for a group's action, who answers for it."""
    if reminder.to_chair:
        found = members.get(row.chair_id) or members.get(row.secretary_id)
        return [(found, key)] if found is not None else []
    if row.owner_id is not None:
        first = _Owner(row.owner_id, row.owner_name, row.owner_slack_id, row.owner_email, row.owner_teams_id,
                       row.owner_last_chat)
        return [(first, key)] + [
            (_Owner(o.id, o.name, o.slack_id, o.email, o.teams_id, o.last_chat),
             reminder_key(row.id, row.due_date, reminder.slot, o.id)) for o in further]
    # A group's action: its named lead, else the board's secretary (the one rule, domain.groups).
    chosen = answerer_id(None, row.owner_text, row.board_id, row.secretary_id, leads)
    found = members.get(chosen) if chosen is not None else None
    return [(found, key)] if found is not None else []


def _owner_words(row: Any, members: dict[int, Any], leads: Leads, further: Sequence[Any] = ()) -> str:
    """The owners as the chair's report names them: a group's action says who leads the group, if anyone."""
    if row.owner_id is not None:
        return joined([row.owner_name, *(o.name for o in further)])
    lead = members.get(leads.get((row.board_id, group_key(row.owner_text)), -1))
    return f"{row.owner_text or 'no owner'} (led by {lead.name})" if lead is not None else (row.owner_text or "no owner")


class Told(NamedTuple):
    """One reminder in a planned message, kept small while a sweep holds tens of thousands of them:
    strings shared between reminders are held once, and the item is spelled out as it is sent."""

    board_code: str
    number: int
    what: str
    board: str
    due_words: str
    overdue: bool
    to_chair: bool
    owner: str
    owners: tuple[Owner, ...]

    def item(self) -> dict[str, Any]:
        return {"ref": format_ref(self.board_code, self.number), "what": self.what, "board": self.board,
                "due_words": self.due_words, "overdue": self.overdue, "to_chair": self.to_chair,
                "owner": self.owner, "owners": self.owners}


def nudge_message(items: list[Any]) -> Message:
    return message(NUDGE, [item.item() if isinstance(item, Told) else item for item in items])


def plan(db: Any, now: Moment, context: Any = None) -> list[Outgoing]:
    """Who should hear about which actions now.

    Reads only the actions whose next reminder moment has come (storage keeps it), a batch at a
    time. Each is decided by the policy at `now` in its owner's time zone: a reminder not yet told
    becomes a part of a message; one already told, or none at this hour, re-dates the action to
    its next moment, so the next sweep does not read it again. A dry run re-dates nothing.
    """
    bundles: dict[tuple[str, bool], list[Part]] = {}
    labels: dict[str, str] = {}
    secretaries: dict[str, str] = {}
    officers: dict[int, Any] = {}
    shared: dict[Any, Any] = {}  # one copy of each board name, owner, due date's words…
    leads: dict[tuple[int, str], int] = {}  # groups' named leads, read once for each board with a group's action
    led: set[int] = set()
    stop = getattr(context, "stop", None)
    dry_run = getattr(context, "dry_run", False)
    after = None
    while stop is None or not stop.is_set():
        with db.unit_of_work() as reg:
            rows = reg.reminders_come(latest(now), after=after, limit=BATCH)
            if not rows:
                break
            after = (rows[-1].next_reminder_at, rows[-1].id)
            grouped = {r.board_id for r in rows if r.owner_id is None}
            leads.update(reg.group_leads(list(grouped - led)) if grouped - led else {})
            led |= grouped
            wanted = {i for r in rows for i in (r.chair_id, r.secretary_id) if i and i not in officers}
            wanted |= {i for i in leads.values() if i not in officers}
            officers.update(reg.members_by_ids(list(wanted)))
            further = reg.further_owners_of([r.id for r in rows if r.owner_id is not None])
            decided, redated = [], []
            for row in rows:
                zone = zone_of(row.owner_tz, row.board_tz)
                local = in_zone(now, zone)
                started = started_on(row.meeting_starts, row.created_at, zone, row.due_date)
                reminder = reminder_due(row.due_date, started, local.date(), local.time(), row.snoozed_until)
                if reminder is None:
                    redated.append((row.id, next_reminder_at(row.due_date, started, zone, row.snoozed_until,
                                                             now=local)))
                    continue
                key = reminder_key(row.id, row.due_date, reminder.slot)
                decided.append((row, zone, local, started, reminder,
                                _recipients(row, reminder, key, officers, leads, further.get(row.id, []))))
            told = reg.settled_keys([key for *_, people in decided for _, key in people])
            for row, zone, local, started, reminder, people in decided:
                waiting = [(person, key) for person, key in people if key not in told]
                if not waiting:  # told already, or nobody to tell: wait for the next one
                    redated.append((row.id, next_reminder_at(row.due_date, started, zone, row.snoozed_until,
                                                             reminder)))
                    continue
                words = (row.due_date, local.date())
                if words not in shared:
                    shared[words] = describe_due(*words)
                others = further.get(row.id, []) if row.owner_id is not None else []
                owner = _owner_words(row, officers, leads, others)
                owners = (Owner(row.owner_name, row.owner_slack_id, row.owner_teams_id),
                          *(Owner(o.name, o.slack_id, o.teams_id) for o in others)) if row.owner_id is not None else ()
                item = Told(shared.setdefault(row.board_code, row.board_code), row.number, row.what,
                            shared.setdefault(row.board_name, row.board_name), shared[words], reminder.overdue,
                            reminder.to_chair, shared.setdefault(owner, owner), shared.setdefault(owners, owners))
                for person, key in waiting:
                    address = recipient_address(person)
                    bundles.setdefault((address, reminder.to_chair), []).append(Part(key, item))
                    labels[address] = recipient_label(person)
                    secretary = officers.get(row.secretary_id)
                    if secretary is not None:
                        secretaries.setdefault(address, recipient_address(secretary))
            if not dry_run:
                reg.set_reminder_moments(redated)
        if len(rows) < BATCH:
            break
    return [Outgoing(kind="chair-overdue" if to_chair else "nudge", recipient=slack_id, parts=tuple(parts),
                     render=nudge_message, label=labels[slack_id], escalate_to=secretaries.get(slack_id))
            for (slack_id, to_chair), parts in bundles.items()]
