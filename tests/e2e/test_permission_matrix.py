"""The permission matrix of docs/permissions.md, one test per cell.

The table is read from the document, so the two can't drift: each row's request is made
as each kind of person, through signed requests as Slack sends them, and what the bot did
is put in the table's words ("yes", "no", "own only", ...) and compared with the cell.
A refusal must be one friendly line that changes nothing in the register and shows
nothing of the board's actions.

For speed (a few seconds per database) the schema, the world and the app are made once per
database: the world's rows are put back before each test, and each test waits for every
listener it started to finish before the next begins.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from console.local_slack import Call, LocalSlack
from domain.actions import record_action
from domain.agenda import propose_item
from domain.boards import join, save_board
from domain.dates import Due
from domain.identity import new_member
from handlers import create_app, register
from handlers.blocks import NEW_ACTION_VIEW, UPDATE_VIEW
from handlers.commands.agenda import ACCEPT, DECLINE
from handlers.commands.meeting import CANCEL_MEETING
from handlers.errors import SORRY
from handlers.minutes_preview import CANCEL, CONFIRM, EDIT, EDIT_VIEW, EXEMPT, IMPORT_VIEW, REPLACE
from handlers.services import Services
from handlers.views.meeting_form import MEETING_VIEW
from minutes import Action as MinutesAction
from minutes import AgendaItem as MinutesItem
from minutes import Minutes
from storage.database import Database
from storage.drafts import Drafts, MinutesDraft
from storage.models import Base
from templates.block_kit import ADD_UPDATE, CARRY_CLOSE, CARRY_KEEP, CARRY_REDATE, DONE, NEW_DATE, ON_TRACK, SNOOZE
from tests.conftest import DATABASES, NOW, PATIENT, SECRET, empty_register
from tests.file_server import FileServer
from tests.slack_requests import Listeners, Reply, SignedClient
from web import WebApp

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "permissions.md"
ROLES = ("outsider", "member", "owner", "chair", "secretary", "admin")  # the table's columns, in order
WORDS = {"yes", "no", "own only", "proposes", "in channel"}

BOARD_NAME = "Ashworth Community Safety Partnership"
BOARD, ELSEWHERE, NEW_CHANNEL = "C0BOARD", "C0ELSEWHERE", "C0NEWBOARD"
# Each role's Slack user, and the action they own (the owner's is "the action concerned").
PEOPLE = {
    "outsider": ("U0NOBODY", "Nina Nobody", None),
    "member": ("U0MEMBER", "Mark Member", "Book the venue for the away day"),
    "owner": ("U0OWNER", "Olive Owner", "Review the confidential safeguarding cases"),
    "chair": ("U0CHAIR", "Cora Chair", "Write to the Police and Crime Commissioner"),
    "secretary": ("U0SECRETARY", "Sam Secretary", "Circulate the draft strategy"),
    "admin": ("U0ADMIN", "Ada Admin", None),
}
ON_BOARD = ("owner", "member", "chair", "secretary")  # the owner's action is recorded first: the concerned one
NEWCOMER = "U0NEWCOMER"  # whom /board link, chair and secretary name
UNLINKED_EMAIL = "una.unlinked@probation.example"  # a member /board sync can link
DECIDED = "The partnership agreed the knife crime strategy"
SHARED_MINUTES = (b"Minutes of the meeting of the Ashworth Community Safety Partnership held on 11 November 2026\n\n"
                  b"Present:\nCora Chair - Chair\n\nACTION: Mark Member to publish the annual report by "
                  b"30 December 2026\n")


# -- the table -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    name: str       # "done-button": the test ids' first part
    request: str    # as the table writes it
    slack_id: str   # the command, action_id or callback_id
    cells: dict[str, str]


def row_name(request: str) -> str:
    """"`/board setup`, a new board" -> "board-setup-a-new-board"."""
    return re.sub(r"[^a-z0-9]+", "-", request.lower()).strip("-")


def read_matrix(path: Path = DOC) -> dict[str, Row]:
    """The rows of the document's one table of Request | Slack id | the six roles."""
    rows: dict[str, Row] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or cells[0] in ("Request", "---"):
            continue
        assert len(cells) == 2 + len(ROLES), f"a row of {len(cells)} cells in {path.name}: {line}"
        name = row_name(cells[0])
        assert name not in rows, f"two rows read as {name}"
        rows[name] = Row(name, cells[0], cells[1].strip("`"), dict(zip(ROLES, cells[2:])))
    return rows


MATRIX = read_matrix()


# -- the world: one board with each kind of person ---------------------------------------------

@dataclass(frozen=True)
class Outcome:
    word: str  # what the bot did, in the table's words ("no" when it refused)
    told: str  # what the person was told


def did(done: bool, told: str, word: str = "yes") -> Outcome:
    return Outcome(word if done else "no", told)


@dataclass
class World:
    web: SignedClient
    slack: LocalSlack
    db: Database
    files: FileServer
    ref: str = ""          # the action concerned, the owner's
    code: str = ""
    meeting_id: int = 0    # the next meeting
    item_id: int = 0       # an agenda item the member proposed for the next meeting
    draft_id: int = 0      # minutes the secretary shared, not yet confirmed
    replies: list[Reply] = field(default_factory=list)
    _since: int = 0

    def user(self, role: str) -> str:
        return PEOPLE[role][0]

    def dm(self, role: str) -> str:
        return "D" + self.user(role)[1:]

    def _sent(self, reply: Reply) -> Reply:
        self.replies.append(reply)
        return reply

    def command(self, role: str, command: str, text: str = "", channel: str = BOARD) -> Reply:
        self._since = len(self.slack.sent())
        return self._sent(self.web.command(command, text, user=self.user(role), channel=channel))

    def click(self, role: str, action_id: str, value: str) -> Reply:
        self._since = len(self.slack.sent())
        return self._sent(self.web.click(action_id, value, user=self.user(role), channel=self.dm(role)))

    def interact(self, payload: dict[str, Any]) -> Reply:
        self._since = len(self.slack.sent())
        return self._sent(self.web.interaction(payload))

    def submit(self, role: str, callback_id: str, values: dict[str, Any], metadata: str) -> Reply:
        self._since = len(self.slack.sent())
        return self._sent(self.web.submit(callback_id, values, user=self.user(role), private_metadata=metadata))

    def event(self, event: dict[str, Any]) -> Reply:
        self._since = len(self.slack.sent())
        return self._sent(self.web.event(event))

    def next_call(self, *methods: str, timeout: float = 30.0) -> Call:
        """The first call of one of these methods since the last request: what the person was shown."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [c for c in self.slack.sent()[self._since:] if c.method in methods]
            if found:
                return found[0]
            time.sleep(0.005)
        raise AssertionError(f"the bot sent none of {methods}")

    def action(self, reg: Any, ref: str | None = None) -> Any:
        return reg.action_by_ref(self.code, int((ref or self.ref).split("-")[1]))

    def everything_shown(self) -> str:
        """Every reply and every call to Slack so far, as one text."""
        bodies = [r.body.decode() for r in self.replies] + [json.dumps(c.body, ensure_ascii=False)
                                                            for c in self.slack.sent()]
        return "\n".join(bodies)


def build(world: World) -> None:
    """The board, its officers and members, four actions, two meetings, a proposed item and draft minutes."""
    with world.db.unit_of_work() as reg:
        board, _ = save_board(reg, BOARD_NAME, now=NOW, timezone="Europe/London", channel_id=BOARD)
        members = {role: new_member(reg, PEOPLE[role][1], NOW, slack_id=PEOPLE[role][0], email=_email(role))
                   for role in ON_BOARD}
        for role, member in members.items():
            join(reg, board, member, {"chair": "chair", "secretary": "officer"}.get(role, "member"))
        board.chair_id, board.secretary_id = members["chair"].id, members["secretary"].id
        join(reg, board, new_member(reg, "Una Unlinked", NOW, email=UNLINKED_EMAIL))
        held = reg.add_meeting(board_id=board.id, starts_at=NOW - timedelta(days=40), status="held", sequence=0,
                               minutes_recorded_at=NOW - timedelta(days=38))
        upcoming = reg.add_meeting(board_id=board.id, starts_at=NOW + timedelta(days=24),
                                   venue="Ashworth Town Hall", status="scheduled", sequence=0)
        for role in ON_BOARD:
            record_action(reg, board, owner=members[role], what=PEOPLE[role][2], by=members["secretary"], now=NOW,
                          due=Due(date(2026, 12, 18), "18/12/2026"), meeting=held if role == "owner" else None)
        item = propose_item(reg, board, by=members["member"], title="Knife crime figures", presenter=None, now=NOW)
        # Items 4 (open) and 5 (exempt) of the next meeting's agenda, for /agenda exempt and /agenda open.
        propose_item(reg, board, by=members["secretary"], title="Youth justice inspection", presenter=None, now=NOW)
        propose_item(reg, board, by=members["secretary"], title="Staffing restructure", presenter=None,
                     now=NOW).exempt = True
        reg.add_decision(meeting_id=held.id, position=0, text=DECIDED, source="minutes")
        draft = Drafts(reg.session).add(
            board_id=board.id, uploader_id=members["secretary"].id, channel_id=BOARD, slack_file_id="F0DRAFT",
            file_name="october-minutes.txt", now=NOW,
            minutes=Minutes(board=BOARD_NAME, date=date(2026, 10, 14),
                            agenda_items=(MinutesItem("1", "Annual report"),),
                            actions=(MinutesAction("Publish the annual report", who="Mark Member"),)))
        world.code, world.meeting_id, world.item_id, world.draft_id = board.code, upcoming.id, item.id, draft.id
    world.ref = f"{world.code}-1"


def _email(role: str) -> str:
    return f"{PEOPLE[role][1].split()[0].lower()}@ashworth.example"


# -- the requests, one small function a row -----------------------------------------------------

REQUESTS: dict[str, Callable[[World, str], Outcome]] = {}


def request(name: str) -> Callable[[Callable[[World, str], Outcome]], Callable[[World, str], Outcome]]:
    """Make the function the request of the table's row of this name."""
    def registered(perform: Callable[[World, str], Outcome]) -> Callable[[World, str], Outcome]:
        REQUESTS[name] = perform
        return perform
    return registered


def _answer(w: World, reply: Reply, *methods: str) -> tuple[str, Call | None]:
    """A command's refusal is its reply; otherwise wait for what it sends (a form, a post)."""
    if reply.text:
        return reply.text, None
    call = w.next_call(*methods)
    return str(call.body.get("text", "")), call


def _clicked(w: World, *also: str) -> tuple[str, Call]:
    """A button's answer, through its response_url (or the form it opens)."""
    call = w.next_call("respond", *also)
    return str(call.body.get("text", "")), call


def _form_error(reply: Reply) -> str:
    return " ".join(reply.json.get("errors", {}).values()) if reply.body else ""


@request("myactions")
def myactions(w: World, role: str) -> Outcome:
    told = w.command(role, "/myactions").text
    own = PEOPLE[role][2]
    if own is None or own not in told:
        return did(False, told)
    others = [PEOPLE[r][2] for r in ON_BOARD if r != role]
    assert not [t for t in others if t in told], told
    return did(True, told, "own only")


@request("action")
def action_command(w: World, role: str) -> Outcome:
    told = w.command(role, "/action", f"<@{w.user('member')}|mark> Ring the fire service by 30/12/2026").text
    with w.db.unit_of_work() as reg:
        return did(w.action(reg, f"{w.code}-5") is not None, told)


@request("new-action-form")
def new_action_form(w: World, role: str) -> Outcome:
    reply = w.submit(role, NEW_ACTION_VIEW, {
        "owner": {"value": {"type": "users_select", "selected_user": w.user("member")}},
        "what": {"value": {"type": "plain_text_input", "value": "Ring the fire service"}},
        "due": {"value": {"type": "datepicker", "selected_date": "2026-12-30"}},
    }, BOARD)
    with w.db.unit_of_work() as reg:
        return did(w.action(reg, f"{w.code}-5") is not None, _form_error(reply))


def _is_done(w: World) -> bool:
    with w.db.unit_of_work() as reg:
        return w.action(reg).status == "done"


@request("done")
def done_command(w: World, role: str) -> Outcome:
    told = w.command(role, "/done", f"{w.ref} all reviewed").text
    return did(_is_done(w), told)


@request("done-in-a-direct-message")
def done_in_a_direct_message(w: World, role: str) -> Outcome:
    w.event({"type": "message", "channel_type": "im", "channel": w.dm(role), "user": w.user(role),
             "text": f"done {w.ref}", "ts": "1700000000.000200"})
    told = str(w.next_call("chat.postMessage").body.get("text", ""))
    return did(_is_done(w), told)


@request("done-button")
def done_button(w: World, role: str) -> Outcome:
    w.click(role, DONE, w.ref)
    told, _ = _clicked(w)
    return did(_is_done(w), told)


@request("add-update-button")
def add_update_button(w: World, role: str) -> Outcome:
    w.click(role, ADD_UPDATE, w.ref)
    told, call = _clicked(w, "views.open")
    return did(call.method == "views.open", told)


def _updates(w: World, kind: str) -> list[Any]:
    with w.db.unit_of_work() as reg:
        return [u for u in reg.action_updates(w.action(reg).id) if u.kind == kind]


@request("add-update-form")
def add_update_form(w: World, role: str) -> Outcome:
    reply = w.submit(role, UPDATE_VIEW, {"note": {"value": {"type": "plain_text_input", "value": "Half done"}}},
                     w.ref)
    return did(bool(_updates(w, "note")), _form_error(reply))


@request("snooze-button")
def snooze_button(w: World, role: str) -> Outcome:
    w.click(role, SNOOZE, w.ref)
    told, _ = _clicked(w)
    return did(bool(_updates(w, "snoozed")), told)


@request("new-date-picker")
def new_date_picker(w: World, role: str) -> Outcome:
    w.interact({
        "type": "block_actions", "user": {"id": w.user(role)}, "team": {"id": "T0TEST"},
        "channel": {"id": w.dm(role)}, "container": {"type": "message"}, "trigger_id": "trigger.date",
        "response_url": w.slack.response_url("date"),
        "actions": [{"type": "datepicker", "action_id": NEW_DATE, "block_id": f"nudge:{w.ref}",
                     "selected_date": "2027-01-15", "action_ts": "1"}],
    })
    told, _ = _clicked(w)
    with w.db.unit_of_work() as reg:
        return did(w.action(reg).due_date == date(2027, 1, 15), told)


@request("on-track-button")
def on_track_button(w: World, role: str) -> Outcome:
    w.click(role, ON_TRACK, w.ref)
    told, _ = _clicked(w)
    return did(bool(_updates(w, "on track")), told)


def _in_channel_only(w: World, role: str, command: str, shown: str) -> Outcome:
    """Shown in the board's channel, and nowhere else (a direct message with the bot)."""
    told = w.command(role, command).text
    if shown not in told:
        return did(False, told)
    elsewhere = w.command(role, command, channel=w.dm(role)).text
    return Outcome("in channel" if shown not in elsewhere else "everywhere", told)


@request("actions")
def actions_log(w: World, role: str) -> Outcome:
    return _in_channel_only(w, role, "/actions", PEOPLE["owner"][2])


@request("board-setup-a-new-board")
def board_setup_new(w: World, role: str) -> Outcome:
    told = w.command(role, "/board", "setup Ashworth Youth Justice Board", channel=NEW_CHANNEL).text
    with w.db.unit_of_work() as reg:
        return did(reg.board_by_channel(NEW_CHANNEL) is not None, told)


@request("board-setup-again-in-its-channel")
def board_setup_again(w: World, role: str) -> Outcome:
    reply = w.command(role, "/board", f"setup {BOARD_NAME}")
    return did(reply.json.get("response_type") == "in_channel", reply.text)


@request("board-setup-another-channel")
def board_setup_elsewhere(w: World, role: str) -> Outcome:
    told = w.command(role, "/board", f"setup {BOARD_NAME}", channel=ELSEWHERE).text
    with w.db.unit_of_work() as reg:
        return did(reg.board_by_name(BOARD_NAME).channel_id == ELSEWHERE, told)


def _newcomer_on_board(w: World, *, as_officer: str | None = None) -> bool:
    with w.db.unit_of_work() as reg:
        board, newcomer = reg.board_by_channel(BOARD), reg.member_by_slack_id(NEWCOMER)
        if newcomer is None or reg.membership(board.id, newcomer.id) is None:
            return False
        return as_officer is None or getattr(board, f"{as_officer}_id") == newcomer.id


@request("board-link")
def board_link(w: World, role: str) -> Outcome:
    told = w.command(role, "/board", f"link <@{NEWCOMER}|nell> Nell Newcomer").text
    return did(_newcomer_on_board(w), told)


def _name_officer(w: World, role: str, office: str) -> Outcome:
    told = w.command(role, "/board", f"{office} <@{NEWCOMER}|nell>").text
    return did(_newcomer_on_board(w, as_officer=office), told)


@request("board-chair")
def board_chair(w: World, role: str) -> Outcome:
    return _name_officer(w, role, "chair")


@request("board-secretary")
def board_secretary(w: World, role: str) -> Outcome:
    return _name_officer(w, role, "secretary")


@request("board-sync")
def board_sync(w: World, role: str) -> Outcome:
    told = w.command(role, "/board", "sync").text
    with w.db.unit_of_work() as reg:
        return did(reg.members_by_email(UNLINKED_EMAIL)[0].slack_id is not None, told)


@request("board-lead")
def board_lead(w: World, role: str) -> Outcome:
    told = w.command(role, "/board", f'lead "Group Leads" <@{NEWCOMER}|nell>').text
    with w.db.unit_of_work() as reg:
        named = [(group, lead.slack_id) for group, lead in reg.leads_of_board(reg.board_by_channel(BOARD).id)]
    return did(named == [("Group Leads", NEWCOMER)], told)


@request("agenda")
def agenda(w: World, role: str) -> Outcome:
    told = w.command(role, "/agenda").text
    return did(PEOPLE["owner"][2] in told, told)


@request("agenda-add")
def agenda_add(w: World, role: str) -> Outcome:
    told = w.command(role, "/agenda", "add Youth violence update").text
    with w.db.unit_of_work() as reg:
        added = [i.status for i in reg.agenda_of(w.meeting_id) if i.title == "Youth violence update"]
    return did(bool(added), told, "proposes" if added == ["proposed"] else "yes")


@request("agenda-post")
def agenda_post(w: World, role: str) -> Outcome:
    told, posted = _answer(w, w.command(role, "/agenda", "post"), "chat.postMessage")
    return did(posted is not None and posted.body.get("channel") == BOARD, told)


def _decide(w: World, role: str, action_id: str, status: str) -> Outcome:
    w.click(role, action_id, str(w.item_id))
    told, _ = _clicked(w)
    with w.db.unit_of_work() as reg:
        return did(reg.agenda_item(w.item_id).status == status, told)


@request("agenda-accept-button")
def agenda_accept(w: World, role: str) -> Outcome:
    return _decide(w, role, ACCEPT, "accepted")


@request("agenda-decline-button")
def agenda_decline(w: World, role: str) -> Outcome:
    return _decide(w, role, DECLINE, "declined")


@request("apologies")
def apologies(w: World, role: str) -> Outcome:
    told = w.command(role, "/apologies").text
    with w.db.unit_of_work() as reg:
        return did(any(a.status == "apologies" for a in reg.attendance_of(w.meeting_id)), told)


@request("attendance")
def attendance(w: World, role: str) -> Outcome:
    told = w.command(role, "/attendance").text
    return did("Mark Member" in told, told)


@request("meeting")
def meeting(w: World, role: str) -> Outcome:
    return _in_channel_only(w, role, "/meeting", "Ashworth Town Hall")


def _form_opened(w: World, role: str, command: str, text: str) -> Outcome:
    told, opened = _answer(w, w.command(role, command, text), "views.open")
    return did(opened is not None, told)


@request("meeting-new")
def meeting_new(w: World, role: str) -> Outcome:
    return _form_opened(w, role, "/meeting", "new")


@request("meeting-edit")
def meeting_edit(w: World, role: str) -> Outcome:
    return _form_opened(w, role, "/meeting", "edit")


def _cancel_clicked(w: World, role: str, value: str) -> Outcome:
    """The meeting's Cancel button pressed (past Slack's confirmation) in the board's channel."""
    w._since = len(w.slack.sent())
    w._sent(w.web.click(CANCEL_MEETING, value, user=w.user(role), channel=BOARD))
    told, _ = _clicked(w)
    with w.db.unit_of_work() as reg:
        return did(reg.meeting(w.meeting_id).status == "cancelled", told)


@request("meeting-cancel")
def meeting_cancel(w: World, role: str) -> Outcome:
    reply = w.command(role, "/meeting", "cancel")
    with w.db.unit_of_work() as reg:
        assert reg.meeting(w.meeting_id).status != "cancelled", "cancelled before it was confirmed"
    buttons = [e for b in (reply.json.get("blocks") or []) if b.get("type") == "actions" for e in b["elements"]
               if e.get("action_id") == CANCEL_MEETING]
    if not buttons:
        return did(False, reply.text)
    assert buttons[0]["confirm"]["confirm"]["text"], "the Cancel button asks Slack to confirm first"
    return _cancel_clicked(w, role, buttons[0]["value"])


@request("meeting-cancel-button")
def meeting_cancel_button(w: World, role: str) -> Outcome:
    return _cancel_clicked(w, role, str(w.meeting_id))


@request("help")
def help_command(w: World, role: str) -> Outcome:
    told = w.command(role, "/help").text
    return did("/myactions" in told and "/meeting" in told, told)


@request("meeting-form")
def meeting_form(w: World, role: str) -> Outcome:
    reply = w.submit(role, MEETING_VIEW, {
        "date": {"value": {"type": "datepicker", "selected_date": "2027-02-10"}},
        "start": {"value": {"type": "timepicker", "selected_time": "14:00"}},
        "end": {"value": {"type": "timepicker", "selected_time": None}},
        "venue": {"value": {"type": "plain_text_input", "value": "Ashworth Fire Station"}},
        "theme": {"value": {"type": "plain_text_input", "value": None}},
    }, json.dumps({"channel": BOARD, "meeting": None}))
    with w.db.unit_of_work() as reg:
        venues = [m.venue for m in reg.meetings_of_board(reg.board_by_channel(BOARD).id)]
    return did("Ashworth Fire Station" in venues, _form_error(reply))


@request("minutes")
def minutes(w: World, role: str) -> Outcome:
    return _in_channel_only(w, role, "/minutes", PEOPLE["owner"][2])


@request("minutes-import")
def minutes_import(w: World, role: str) -> Outcome:
    return _form_opened(w, role, "/minutes", "import")


@request("minutes-import-form")
def minutes_import_form(w: World, role: str) -> Outcome:
    file = {"id": "F0SHARED", "name": "november-minutes.txt", "size": len(SHARED_MINUTES),
            "url_private_download": w.files.put("F0SHARED", SHARED_MINUTES)}
    w.submit(role, IMPORT_VIEW, {"file": {"value": {"type": "file_input", "files": [file]}}}, BOARD)
    told = str(w.next_call("chat.postEphemeral").body.get("text", ""))
    with w.db.unit_of_work() as reg:
        drafts = [d for d in reg.session.scalars(select(MinutesDraft)) if d.slack_file_id == "F0SHARED"]
    return did(bool(drafts), told)


def _draft_status(w: World) -> str:
    with w.db.unit_of_work() as reg:
        return Drafts(reg.session).get(w.draft_id).status


@request("minutes-confirm-button")
def minutes_confirm(w: World, role: str) -> Outcome:
    w.click(role, CONFIRM, str(w.draft_id))
    told, _ = _clicked(w)
    return did(_draft_status(w) == "confirmed", told)


@request("minutes-confirm-replacing-button")
def minutes_replace(w: World, role: str) -> Outcome:
    w.click(role, REPLACE, str(w.draft_id))
    told, _ = _clicked(w)
    return did(_draft_status(w) == "confirmed", told)


@request("minutes-edit-button")
def minutes_edit(w: World, role: str) -> Outcome:
    w.click(role, EDIT, str(w.draft_id))
    told, call = _clicked(w, "views.open")
    return did(call.method == "views.open", told)


@request("minutes-edit-form")
def minutes_edit_form(w: World, role: str) -> Outcome:
    reply = w.submit(role, EDIT_VIEW, {
        "what-0": {"value": {"type": "plain_text_input", "value": "Publish the annual report in January"}},
        "who-0": {"value": {"type": "plain_text_input", "value": "Mark Member"}},
    }, json.dumps({"draft": w.draft_id, "channel": BOARD, "response_url": None}))
    with w.db.unit_of_work() as reg:
        what = Drafts(reg.session).get(w.draft_id).minutes().actions[0].what
    return did(what.endswith("in January"), _form_error(reply))


@request("minutes-cancel-button")
def minutes_cancel(w: World, role: str) -> Outcome:
    w.click(role, CANCEL, str(w.draft_id))
    told, _ = _clicked(w)
    return did(_draft_status(w) == "cancelled", told)


def _agenda_item_exempt(w: World, title: str) -> bool:
    with w.db.unit_of_work() as reg:
        return next(i.exempt for i in reg.agenda_of(w.meeting_id) if i.title == title)


@request("agenda-exempt")
def agenda_exempt(w: World, role: str) -> Outcome:
    told = w.command(role, "/agenda", "exempt 4").text
    return did(_agenda_item_exempt(w, "Youth justice inspection"), told)


@request("agenda-open")
def agenda_open(w: World, role: str) -> Outcome:
    told = w.command(role, "/agenda", "open 5").text
    return did(not _agenda_item_exempt(w, "Staffing restructure"), told)


@request("minutes-exempt-toggle")
def minutes_exempt_toggle(w: World, role: str) -> Outcome:
    w.click(role, EXEMPT, f"{w.draft_id}:0")
    told, _ = _clicked(w)
    with w.db.unit_of_work() as reg:
        return did(Drafts(reg.session).get(w.draft_id).minutes().agenda_items[0].exempt, told)


@request("decision")
def decision(w: World, role: str) -> Outcome:
    told = w.command(role, "/decision", "The board agreed to fund the youth diversion scheme").text
    with w.db.unit_of_work() as reg:
        board = reg.board_by_channel(BOARD)
        found = reg.search_decisions(board.id, ["diversion"])
    return did(bool(found), told)


@request("decisions")
def decisions(w: World, role: str) -> Outcome:
    return _in_channel_only(w, role, "/decisions", DECIDED)


def _declarations(w: World) -> list[Any]:
    with w.db.unit_of_work() as reg:
        return list(reg.declarations_of(w.meeting_id))


@request("declare")
def declare(w: World, role: str) -> Outcome:
    told = w.command(role, "/declare", "Knife crime figures - trustee of a youth charity").text
    return did(bool(_declarations(w)), told)


@request("declare-standing")
def declare_standing(w: World, role: str) -> Outcome:
    told = w.command(role, "/declare", "standing Director of Ashworth Homes Ltd").text
    with w.db.unit_of_work() as reg:
        member = reg.member_by_slack_id(w.user(role))
        return did(member is not None and member.interests == "Director of Ashworth Homes Ltd", told)


@request("carry-forward-close-button")
def carry_close(w: World, role: str) -> Outcome:
    w.click(role, CARRY_CLOSE, w.ref)
    told, _ = _clicked(w)
    with w.db.unit_of_work() as reg:
        return did(w.action(reg).status == "dropped", told)


@request("carry-forward-re-date-picker")
def carry_redate(w: World, role: str) -> Outcome:
    w.interact({
        "type": "block_actions", "user": {"id": w.user(role)}, "team": {"id": "T0TEST"},
        "channel": {"id": w.dm(role)}, "container": {"type": "message"}, "trigger_id": "trigger.carry",
        "response_url": w.slack.response_url("carry"),
        "actions": [{"type": "datepicker", "action_id": CARRY_REDATE, "block_id": f"carry:{w.ref}",
                     "selected_date": "2027-02-26", "action_ts": "1"}],
    })
    told, _ = _clicked(w)
    with w.db.unit_of_work() as reg:
        return did(w.action(reg).due_date == date(2027, 2, 26), told)


@request("carry-forward-keep-button")
def carry_keep(w: World, role: str) -> Outcome:
    w.click(role, CARRY_KEEP, w.ref)
    told, _ = _clicked(w)
    return did(bool(_updates(w, "kept")), told)


# -- fixtures: one schema per database, one stand-in Slack, a fresh world per test ----------------

@pytest.fixture(scope="module")
def files() -> Iterator[FileServer]:
    server = FileServer()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def slack() -> Iterator[LocalSlack]:
    """The stand-in for Slack, its directory holding each role, the newcomer and the unlinked member."""
    stand_in = LocalSlack().start()
    for role, (user_id, name, _) in PEOPLE.items():
        stand_in.add_user(user_id, name, _email(role) if role in ON_BOARD else f"{user_id.lower()}@elsewhere.example",
                          admin=role == "admin")
    stand_in.add_user(NEWCOMER, "Nell Newcomer", "nell@ashworth.example")
    stand_in.add_user("U0UNA", "Una Unlinked", UNLINKED_EMAIL)
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module", params=DATABASES)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The register at the newest schema, made once per database for the whole module."""
    database = empty_register(request.param, tmp_path_factory.mktemp("matrix"))
    yield database
    database.engine.dispose()


@pytest.fixture(scope="module")
def web(db: Database, slack: LocalSlack) -> SignedClient:
    """The conftest's `web`, made once for the module (Bolt takes some 50 ms to make an app under pytest),
    its listeners run on a pool the tests can wait on."""
    app = create_app(Services(db=db, clock=lambda: NOW), token="xoxb-test", signing_secret=SECRET,
                     api_url=slack.api_url, ack_budget=PATIENT,
                     process_before_response=True)
    client = SignedClient(WebApp(app, db, SECRET), SECRET, slack)
    client.listeners = Listeners.installed_in(app)  # type: ignore[attr-defined]
    return client


@pytest.fixture(scope="module")
def listeners(web: SignedClient) -> Iterator[Listeners]:
    yield web.listeners  # type: ignore[attr-defined]
    web.listeners.shutdown()  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Saved:
    """A world built once, kept as its rows, and put back before each test."""

    rows: dict[str, list[dict[str, Any]]]
    world: dict[str, Any]

    def restore(self, db: Database) -> None:
        tables = Base.metadata.sorted_tables
        with db.engine.begin() as connection:
            for table in reversed(tables):
                connection.execute(table.delete())
            for table in tables:
                if self.rows[table.name]:
                    connection.execute(table.insert(), self.rows[table.name])
            if connection.dialect.name == "postgresql":  # the ids were given: move each sequence past them
                for table in tables:
                    connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                            f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"))


@pytest.fixture(scope="module")
def saved(web: SignedClient, slack: LocalSlack, db: Database, files: FileServer) -> Saved:
    world = World(web=web, slack=slack, db=db, files=files)
    build(world)
    with db.engine.connect() as connection:
        rows = {t.name: [dict(r._mapping) for r in connection.execute(select(t))] for t in Base.metadata.sorted_tables}
    ids = {"ref": world.ref, "code": world.code, "meeting_id": world.meeting_id, "item_id": world.item_id,
           "draft_id": world.draft_id}
    return Saved(rows, ids)


@pytest.fixture
def world(web: SignedClient, slack: LocalSlack, db: Database, files: FileServer, saved: Saved,
          listeners: Listeners) -> Iterator[World]:
    saved.restore(db)
    slack.clear()
    yield World(web=web, slack=slack, db=db, files=files, **saved.world)
    listeners.settle()


def snapshot(db: Database) -> dict[str, list[str]]:
    """Every row of every table, but for the note that an event was delivered (kept so a retry is ignored)."""
    with db.engine.connect() as connection:
        return {t.name: sorted(repr(tuple(r)) for r in connection.execute(select(t))
                               if not (t.name == "sent_messages" and r.kind == "event"))
                for t in Base.metadata.sorted_tables}


# -- the tests -------------------------------------------------------------------------------

CELLS = [pytest.param(name, role, id=f"{name}/{role}") for name in MATRIX for role in ROLES]


@pytest.mark.parametrize(("row", "role"), CELLS)
def test_cell(row: str, role: str, world: World) -> None:
    expected = MATRIX[row].cells[role]
    before = snapshot(world.db)
    outcome = REQUESTS[row](world, role)
    assert outcome.word == expected, f"{MATRIX[row].request} as {role}: {outcome.word}, told “{outcome.told}”"
    if expected != "no":
        return
    assert outcome.told and "\n" not in outcome.told.strip() and SORRY not in outcome.told, outcome.told
    assert snapshot(world.db) == before, "a refusal changed the register"
    shown = world.everything_shown()
    secrets = [PEOPLE[r][2] for r in ON_BOARD]
    if role in ("outsider", "admin"):
        secrets += [PEOPLE[r][1] for r in ON_BOARD]
    assert not [s for s in secrets if s in shown], f"a refusal showed {[s for s in secrets if s in shown]}"


def test_every_cell_is_a_word_the_document_defines() -> None:
    assert {c for row in MATRIX.values() for c in row.cells.values()} <= WORDS


def test_every_row_has_a_request_and_every_request_a_row() -> None:
    assert sorted(REQUESTS) == sorted(MATRIX)


class _RecordingApp:
    """Stands in for the Bolt app in `register(app)`, noting each id it is given."""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def _note(self, kind: str) -> Callable[[str], Callable[[Any], Any]]:
        def decorator(slack_id: str) -> Callable[[Any], Any]:
            self.ids.add(f"{slack_id}.im" if kind == "event" and slack_id == "message" else slack_id)
            return lambda listener: listener
        return decorator

    def __getattr__(self, kind: str) -> Any:
        return self._note(kind) if kind in ("command", "action", "view", "event") else (lambda listener: listener)


def test_every_command_button_and_form_is_in_the_matrix() -> None:
    app = _RecordingApp()
    register(app)  # type: ignore[arg-type]
    manifest = (ROOT / "manifest.yml").read_text(encoding="utf-8")
    commands = set(re.findall(r"^\s*- command: (/\S+)", manifest, re.MULTILINE))
    assert "/myactions" in commands
    # The Home tab shows one's own actions; a file shared with the bot follows the import form's rule.
    events = {"app_home_opened", "file_shared"}
    in_table = {row.slack_id for row in MATRIX.values()}
    assert commands - in_table == set()
    assert app.ids - events - in_table == set()
