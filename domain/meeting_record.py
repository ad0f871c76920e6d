"""Recording a meeting's minutes in the register: the meeting, who came, what was decided,
what must be done and when the board meets next.

Recording the same minutes again, or a corrected version, updates the meeting in
place: actions are matched by what they say, and nothing is duplicated. A document for a
meeting already recorded MERGES: what it leaves empty (venue, theme, times) keeps its
value, and nothing it lacks (people, agenda items, decisions, actions) is removed, unless
the caller asks to `replace`, having shown the person what `removals` lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from domain.carried_match import SAME_WORDS, Earlier, Match, Wanted, match_carried, same_text
from domain.errors import BadInput
from domain.identity import new_member
from domain.names import name_key, split_title
from domain.owner_match import OwnerIndex

_STATUS = {"member": "present", "in attendance": "in attendance", "officer": "in attendance",
           "facilitator": "in attendance"}
_ROLE = {"member": "member", "in attendance": "adviser", "officer": "officer", "facilitator": "adviser"}
EARLIER_LIMIT = 5_000  # the newest open actions of a board a carried action is compared with


@dataclass(frozen=True)
class Carried:
    """What a carried action of the minutes ("ongoing", "c/f") was taken to be: the board's earlier open
    action `number` (its `earlier_what`, found by `how`: same words, a reference or similar words), or
    none, so added as new (`number` once recorded). `could_be` lists the numbers it matched equally."""

    what: str
    number: int | None = None
    earlier_what: str | None = None
    how: str | None = None
    could_be: tuple[int, ...] = ()

    @property
    def matched(self) -> bool:
        return self.how is not None

    @property
    def uncertain(self) -> bool:
        return len(self.could_be) > 1


@dataclass
class Recorded:
    """What recording did: the meeting, counts, and the owners that match no member."""

    meeting_id: int
    created: bool
    unchanged: bool = False
    actions_added: int = 0
    actions_updated: int = 0
    unmatched_owners: list[str] = field(default_factory=list)
    added_action_ids: list[int] = field(default_factory=list)
    # What a replacing import took away (people, items, decisions, actions, fields), as lines.
    removed: list[str] = field(default_factory=list)
    # Each carried action of the minutes, in their order: the earlier action it is, or new.
    carried: list[Carried] = field(default_factory=list)


def _at(day: date, moment: time | None, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, moment or time(0, 0), zone)


class _People:
    """Members of the board by name key and initials, created as the minutes name them."""

    def __init__(self, reg: Any, board: Any, now: datetime, present: Iterable[Any] = ()):
        self.reg, self.board, self.now = reg, board, now
        self.present = tuple(present)  # the minutes' attendees, whose roles may own actions
        self.by_key = {m.name_key: m for m in reg.members_of_board(board.id)}
        self.on_board = {m.id for m in self.by_key.values()}  # joined already: no query to join again
        self.candidates: dict[str, list[Any]] = {}  # name key -> members of that name on any board
        self.joining: list[dict[str, Any]] = []  # memberships to add, written together by `join_pending`
        self._index: tuple[int, OwnerIndex[Any]] | None = None  # by_key's size when built, and the index

    def join_pending(self) -> None:
        """Write the memberships of the people named so far, in one statement."""
        if self.joining:
            self.reg.add_memberships(self.joining)
            self.joining = []

    def look_up(self, names: Iterable[str]) -> None:
        """Find the members these names may be, in one query, before `member` is asked about each."""
        wanted = {name_key(n) for n in names if n} - set(self.by_key) - set(self.candidates)
        self.candidates.update(self.reg.members_by_name_keys(sorted(wanted)))

    def member(self, name: str, organisation: str | None = None, role: str = "member") -> Any:
        key = name_key(name)
        member = self.by_key.get(key)
        if member is None:
            if key not in self.candidates:
                self.look_up([name])
            found = [m for m in self.candidates[key] if not organisation or
                     m.organisation in (None, organisation)]
            member = found[0] if len(found) == 1 else new_member(self.reg, name, self.now, organisation=organisation)
            self.by_key[key] = member
        if organisation and not member.organisation:
            member.organisation = organisation
        title, _ = split_title(name)
        member.title = member.title or title
        if member.id not in self.on_board:  # the board's members were all read: not yet a member
            self.joining.append({"board_id": self.board.id, "member_id": member.id, "role": role})
            self.on_board.add(member.id)
        return member

    def owners(self, who: str | None) -> list[Any] | None:
        """The members an action's owner names (domain.owner_match: by name, unique initials, a title
        and surname, a first name or surname only one of them has, a role only one attendee holds), the
        first-named first: one, or several ("A and B") when every one of them is found; else None."""
        if not who:
            return None
        if self._index is None or self._index[0] != len(self.by_key):
            people = [(m.name, m.initials, m) for m in self.by_key.values()]
            roles = [(p.role, self.by_key[name_key(p.name)]) for p in self.present
                     if p.role and name_key(p.name) in self.by_key]
            self._index = (len(self.by_key), OwnerIndex(people, roles))
        return self._index[1].find_all(who)

    def owner(self, who: str | None) -> Any | None:
        """The first-named member of `owners`, or None."""
        found = self.owners(who)
        return found[0] if found else None


def record_minutes(reg: Any, minutes: Any, board: Any, *, now: datetime, digest: str,
                   replace: bool = False) -> Recorded:
    """Write what the minutes say into the board's register; `digest` identifies their content.
    For a meeting already recorded the minutes are merged in; `replace` removes what they lack."""
    if minutes.date is None:
        raise BadInput("I couldn't find the meeting's date in those minutes.")
    zone = ZoneInfo(board.timezone)
    meeting = reg.meeting_on(board.id, minutes.date, zone)
    created = meeting is None
    if meeting is not None and meeting.minutes_digest == digest and not (
            replace and removals(reg, minutes, meeting, zone)):
        return Recorded(meeting_id=meeting.id, created=False, unchanged=True)
    result = Recorded(meeting_id=0, created=created)
    if meeting is None:
        starts = _at(minutes.date, minutes.start_time, zone)
        meeting = reg.add_meeting(board_id=board.id, starts_at=starts, status="held", sequence=0)
    result.meeting_id = meeting.id
    merging = not created and not replace
    if not created:
        result.removed = removals(reg, minutes, meeting, zone) if replace else []
    earlier = _Earlier(reg, meeting) if merging else None
    _record_meeting_fields(meeting, minutes, zone, keep=merging)
    meeting.status, meeting.minutes_recorded_at = "held", meeting.minutes_recorded_at or now
    meeting.minutes_digest = digest
    people = _People(reg, board, now, minutes.present)
    named = (*minutes.present, *minutes.apologies, *getattr(minutes, "absent", ()))
    people.look_up([p.name for p in named] + [p.in_place_of for p in named if getattr(p, "in_place_of", None)])
    # An item the secretary marked exempt stays exempt when the minutes are recorded (again).
    # A meeting made just now has nothing recorded under it yet: nothing to read back or clear.
    was_exempt = set() if created else {" ".join(i.title.lower().split()) for i in reg.agenda_of(meeting.id)
                                        if i.exempt}
    if not created:
        reg.clear_meeting_record(meeting.id)
    _record_attendance(reg, people, meeting, minutes)
    items = {}
    agenda = list(minutes.agenda_items)
    if earlier is not None:
        agenda += [item for item in earlier.agenda if (item.number, item.title) not in
                   {(i.number, i.title) for i in minutes.agenda_items}]
    for position, item in enumerate(agenda):
        items[item.number] = reg.add_agenda_item(meeting_id=meeting.id, position=position, number=item.number,
                                                 title=item.title, presenter=item.presenter,
                                                 exempt=bool(getattr(item, "exempt", False))
                                                 or " ".join(item.title.lower().split()) in was_exempt)
    _record_governance(reg, people, meeting, minutes, items, now, earlier)
    if earlier is not None:
        earlier.restore_attendance(reg, meeting, minutes)
    _record_actions(reg, people, board, meeting, minutes, items, result, now)
    if replace and not created:
        _withdraw_missing_actions(reg, meeting, minutes, now)
    _record_next_meeting(reg, board, minutes.next_meeting, zone)
    people.join_pending()
    return result


def removals(reg: Any, minutes: Any, meeting: Any, zone: ZoneInfo | None = None) -> list[str]:
    """What recording `minutes` with `replace` would take from a meeting already recorded:
    one line each for a person, agenda item, decision, action or field the new minutes lack."""
    if meeting is None:
        return []
    lost: list[str] = []
    for name, value, new in (("venue", meeting.venue, minutes.venue), ("theme", meeting.theme, minutes.theme)):
        if value and not new:
            lost.append(f"the {name} ({value})")
    if meeting.ends_at is not None and minutes.end_time is None:
        lost.append("the end time")
    named = _names_in(minutes)
    for row in reg.attendance_of(meeting.id):
        if name_key(row.name) not in named:
            lost.append(f"{row.name} ({row.status})")
    numbers = {(i.number, i.title) for i in minutes.agenda_items}
    lost += [f"agenda item {item.number or ''} {item.title}".replace("  ", " ")
             for item in reg.agenda_of(meeting.id) if (item.number, item.title) not in numbers]
    lost += [f"decision: {d.text}" for d in reg.decisions_of(meeting.id)
             if d.source == "minutes" and d.text not in minutes.decisions]
    wanted = {" ".join(a.what.lower().split()) for a in minutes.actions}
    lost += [f"action {a.number}: {a.what}" for a in reg.actions_of_meeting(meeting.id)
             if a.status == "open" and " ".join(a.what.lower().split()) not in wanted]
    return lost


def _names_in(minutes: Any) -> set[str]:
    return {name_key(p.name) for p in (*minutes.present, *minutes.apologies, *getattr(minutes, "absent", ()))}


class _Earlier:
    """What a meeting held before a merge: kept where the new minutes are silent."""

    def __init__(self, reg: Any, meeting: Any) -> None:
        self.attendance = [
            {"member_id": row.member_id, "name": row.name, "organisation": row.organisation, "status": row.status,
             "capacity": row.capacity, "in_place_of_id": row.in_place_of_id, "in_place_of_name": row.in_place_of_name}
            for row in reg.attendance_of(meeting.id)
        ]
        self.agenda = [_Item(i.number, i.title, i.presenter, i.exempt) for i in reg.agenda_of(meeting.id)]
        # Only what minutes recorded: decisions and declarations made in chat are never cleared.
        self.decisions = [(d.text, d.item_number) for d in reg.decisions_of(meeting.id) if d.source == "minutes"]
        self.declarations = [(d.name, d.interest, d.item_number) for d in reg.declarations_of(meeting.id)
                             if d.source == "minutes"]

    def restore_attendance(self, reg: Any, meeting: Any, minutes: Any) -> None:
        named = _names_in(minutes)
        for row in self.attendance:
            if name_key(row["name"]) not in named:
                reg.add_attendance(meeting_id=meeting.id, **row)


@dataclass(frozen=True)
class _Item:
    number: str | None
    title: str
    presenter: str | None
    exempt: bool = False


def _record_meeting_fields(meeting: Any, minutes: Any, zone: ZoneInfo, *, keep: bool) -> None:
    """Date, times, venue and theme; with `keep`, a field the minutes leave empty keeps its value."""
    if minutes.start_time is not None or not keep:
        meeting.starts_at = _at(minutes.date, minutes.start_time, zone)
    if minutes.end_time is not None:
        meeting.ends_at = _at(minutes.date, minutes.end_time, zone)
    elif not keep:
        meeting.ends_at = None
    meeting.venue = minutes.venue or (meeting.venue if keep else None)
    meeting.theme = minutes.theme or (meeting.theme if keep else None)


def _withdraw_missing_actions(reg: Any, meeting: Any, minutes: Any, now: datetime) -> None:
    """With `replace`, an open action of this meeting that the new minutes no longer hold is dropped
    (kept in the register with its history, no longer chased)."""
    wanted = {" ".join(a.what.lower().split()) for a in minutes.actions}
    for action in reg.actions_of_meeting(meeting.id):
        if action.status == "open" and " ".join(action.what.lower().split()) not in wanted:
            action.status = "dropped"
            reg.add_action_update(action_id=action.id, at=now, kind="dropped",
                                  note="not in the minutes recorded again with --replace", new_value=None)


def _record_attendance(reg: Any, people: _People, meeting: Any, minutes: Any) -> None:
    rows = []
    for person in minutes.present:
        capacity = person.capacity or "member"
        member = people.member(person.name, person.organisation, _ROLE.get(capacity, "member"))
        if person.role and not member.role:
            member.role = person.role
        # The minutes say who chairs and who minutes the board; a board without them learns it here.
        if person.role and "chair" in person.role.lower().split(", ") and meeting.board.chair_id is None:
            meeting.board.chair_id = member.id
        if capacity == "officer" and meeting.board.secretary_id is None:
            meeting.board.secretary_id = member.id
        deputy_for = people.member(person.in_place_of) if person.in_place_of else None
        rows.append({"meeting_id": meeting.id, "member_id": member.id, "name": person.name,
                     "organisation": person.organisation, "status": _STATUS.get(capacity, "present"),
                     "capacity": capacity, "in_place_of_id": deputy_for.id if deputy_for else None,
                     "in_place_of_name": person.in_place_of})
    for status, group in (("apologies", minutes.apologies), ("absent", getattr(minutes, "absent", ()))):
        for person in group:
            member = people.member(person.name, person.organisation)
            rows.append({"meeting_id": meeting.id, "member_id": member.id, "name": person.name,
                         "organisation": person.organisation, "status": status, "capacity": "member",
                         "in_place_of_id": None, "in_place_of_name": None})
    people.join_pending()
    reg.add_attendances(rows)


def _owner_key(member: Any | None, written: str | None) -> tuple[str, Any] | None:
    """Who owns an action, comparable between the minutes and the register: the member, else the name as written."""
    if member is not None:
        return ("member", member if isinstance(member, int) else member.id)
    return ("text", name_key(written)) if written else None


@dataclass
class _CarriedPlan:
    """For each action of the minutes (by position): the one recorded from them before, if any; for each
    carried one not recorded before, the earlier open action it is (domain.carried_match); and the earlier
    open actions looked at."""

    found_here: dict[int, Any]
    matches: dict[int, Match]
    rows: list[Any]

    def outcome(self, n: int, found: Any, number: int | None = None) -> Carried:
        """What the carried action at position `n` is: itself recorded before, an earlier action, or new
        (`number` once added)."""
        again = self.found_here.get(n)
        if again is not None:  # recorded from these minutes before: itself, whatever it was then
            return Carried(found.what, again.number, again.what, SAME_WORDS)
        match = self.matches.get(n)
        if match is not None and match.earlier is not None:
            return Carried(found.what, match.earlier.number, match.earlier.what, match.how)
        could_be = tuple(c.number for c in match.candidates) if match is not None and match.uncertain else ()
        return Carried(found.what, number, could_be=could_be)


def _plan_carried(reg: Any, people: _People, board: Any, minutes: Any, meeting: Any | None,
                  before: datetime) -> _CarriedPlan:
    """Match the minutes' actions to what `meeting` (None: not recorded yet) holds, and their carried
    actions to the board's open actions raised before `before` at another meeting (at most EARLIER_LIMIT)."""
    here = {} if meeting is None else {same_text(a.what): a for a in reg.actions_of_meeting(meeting.id)}
    found_here = {n: here.get(same_text(found.what)) for n, found in enumerate(minutes.actions)}
    if not any(getattr(found, "carried", False) for found in minutes.actions):
        return _CarriedPlan(found_here, {}, [])
    rows = reg.open_actions_raised_before(board.id, before, besides=meeting.id if meeting else None,
                                          limit=EARLIER_LIMIT)
    carried = [(n, found) for n, found in enumerate(minutes.actions)
               if getattr(found, "carried", False) and found_here[n] is None]
    earlier = [Earlier(row.id, row.number, row.what, _owner_key(row.owner_id, row.owner_text)) for row in rows]
    wanted = [Wanted(found.what, _owner_key(people.owner(found.who), found.who)) for _, found in carried]
    matches = match_carried(wanted, earlier, code=board.code)
    return _CarriedPlan(found_here, {n: match for (n, _), match in zip(carried, matches)}, rows)


def carried_preview(reg: Any, minutes: Any, board: Any, *, now: datetime) -> list[Carried]:
    """What recording `minutes` would make of each of their carried actions, writing nothing: for the
    preview of an import and `import-minutes --dry-run`."""
    if minutes.date is None or not any(getattr(found, "carried", False) for found in minutes.actions):
        return []
    zone = ZoneInfo(board.timezone)
    meeting = reg.meeting_on(board.id, minutes.date, zone)
    before = meeting.starts_at if meeting is not None else _at(minutes.date, minutes.start_time, zone)
    plan = _plan_carried(reg, _People(reg, board, now, minutes.present), board, minutes, meeting, before)
    return [plan.outcome(n, found) for n, found in enumerate(minutes.actions) if getattr(found, "carried", False)]


def _record_actions(reg: Any, people: _People, board: Any, meeting: Any, minutes: Any, items: dict[Any, Any],
                    result: Recorded, now: datetime) -> None:
    """Each action of the minutes updates the one recorded from them before (same words), or, when
    carried, the board's earlier open action it is (domain.carried_match); the others are added."""
    plan = _plan_carried(reg, people, board, minutes, None if result.created else meeting, meeting.starts_at)
    found_here, matches = plan.found_here, plan.matches
    # A carried action's earlier action, and (as before carried actions were matched by likeness) an action
    # not carried whose words are exactly an earlier open action's while the minutes carry some.
    chosen = {n: match.earlier.key for n, match in matches.items() if match.earlier is not None}
    exact = {same_text(row.what): row.id for row in reversed(plan.rows)}  # the newest of the same words
    for n, found in enumerate(minutes.actions):
        same = exact.get(same_text(found.what))
        if n not in matches and found_here[n] is None and same is not None and same not in chosen.values():
            chosen[n] = same
    earlier = reg.actions_by_ids(sorted(set(chosen.values())))
    new: list[tuple[int, dict[str, Any]]] = []
    further: dict[int, list[int]] = {}  # the owners after the first of each new action, by position
    for n, found in enumerate(minutes.actions):
        owners = people.owners(found.who) or []
        owner = owners[0] if owners else None
        if found.who and owner is None and found.who not in result.unmatched_owners:
            result.unmatched_owners.append(found.who)
        fields = {
            "owner_id": owner.id if owner else None,
            # A joint owner keeps its words as the minutes wrote them ("KT/DO"); one member needs none.
            "owner_text": None if len(owners) == 1 else found.who,
            "due_date": found.due,
            "due_text": found.due_text,
            "agenda_item_id": items[found.item].id if found.item in items else None,
        }
        action = found_here[n] or earlier.get(chosen.get(n, -1))
        carried_over = action is not None and action.meeting_id != meeting.id
        if carried_over:
            # Carried: only what the new minutes say changes; the earlier words stay (never the terser ones).
            fields = {name: value for name, value in fields.items() if value is not None}
        if action is not None:
            # The agenda is recorded afresh each time, so its ids are not a change in the action.
            changed = any(getattr(action, name) != value for name, value in fields.items() if name != "agenda_item_id")
            for name, value in fields.items():
                setattr(action, name, value)
            if owners or not carried_over:  # a carried action whose owner names nobody keeps its owners
                changed = reg.set_further_owners(action.id, [m.id for m in owners[1:]]) or changed
            result.actions_updated += changed
            continue
        if len(owners) > 1:
            further[n] = [m.id for m in owners[1:]]
        new.append((n, {"board_id": board.id, "meeting_id": meeting.id, "what": found.what[:1000], "status": "open",
                        "created_at": now, **fields}))
    # New actions go in together: their numbers in one UPDATE, the rows and their audit entries in batches.
    numbers = reg.take_action_numbers(board, len(new)) if new else range(0)
    rows_in = [{**fields, "number": number} for number, (_, fields) in zip(numbers, new)]
    added = reg.add_actions(rows_in, created_note="from the minutes")
    reg.add_further_owners([(action_id, further[n]) for action_id, (n, _) in zip(added, new) if n in further])
    result.actions_added += len(added)
    result.added_action_ids += added
    numbered = {n: number for number, (n, _) in zip(numbers, new)}
    result.carried += [plan.outcome(n, found, numbered.get(n)) for n, found in enumerate(minutes.actions)
                       if getattr(found, "carried", False)]


def _record_governance(reg: Any, people: _People, meeting: Any, minutes: Any, items: dict[Any, Any],
                       now: datetime, earlier: _Earlier | None) -> None:
    """The decisions (each under its item where the minutes place it) and the declarations of interest;
    in a merge, those the earlier minutes recorded and these lack are kept. Decisions and declarations
    made in chat for this meeting are tied to the items recorded afresh."""
    numbers = tuple(getattr(minutes, "decision_items", ()) or ())
    decisions = [(text, numbers[n] if n < len(numbers) else None) for n, text in enumerate(minutes.decisions)]
    declarations = [(d.name, d.interest, d.item) for d in getattr(minutes, "declarations", ())]
    if earlier is not None:
        decisions += [(text, number) for text, number in earlier.decisions if text not in minutes.decisions]
        said = {(name_key(name), interest) for name, interest, _ in declarations}
        declarations += [row for row in earlier.declarations if (name_key(row[0]), row[1]) not in said]
    for position, (text, number) in enumerate(decisions):
        reg.add_decision(meeting_id=meeting.id, position=position, text=text, source="minutes",
                         agenda_item_id=items[number].id if number in items else None, item_number=number,
                         recorded_at=now)
    for name, interest, number in declarations:
        member = people.member(name)
        reg.add_declaration(meeting_id=meeting.id, member_id=member.id, name=name, interest=interest,
                            item_number=number, agenda_item_id=items[number].id if number in items else None,
                            source="minutes", created_at=now)
    for row in [*reg.decisions_of(meeting.id), *reg.declarations_of(meeting.id)]:
        if row.source == "chat" and row.agenda_item_id is None and row.item_number in items:
            row.agenda_item_id = items[row.item_number].id


def _record_next_meeting(reg: Any, board: Any, next_meeting: Any, zone: ZoneInfo) -> None:
    if next_meeting is None or next_meeting.date is None:
        return
    starts = _at(next_meeting.date, next_meeting.time, zone)
    meeting = reg.meeting_on(board.id, next_meeting.date, zone)
    if meeting is None:
        reg.add_meeting(board_id=board.id, starts_at=starts, venue=next_meeting.venue, theme=next_meeting.theme,
                        status="scheduled", sequence=0)
    elif meeting.status == "scheduled":
        venue = next_meeting.venue or meeting.venue
        if (meeting.starts_at, meeting.venue) != (starts, venue):
            meeting.sequence += 1  # calendars that subscribe to the board's feed see the move
        meeting.starts_at, meeting.venue = starts, venue
        meeting.theme = next_meeting.theme or meeting.theme

