"""/myactions costs the same few SQL statements however large the register grows.

Each test sends a signed /myactions through the real Bolt app (`App.dispatch`,
process_before_response=True, LocalSlack as the Web API) and counts the
statements the engine sends to the database while it runs: once against a
small register, once against one twenty times larger, with twenty times the
caller's own actions spread over twenty times the boards.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt import App, BoltRequest
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import event, insert, select

from console.local_slack import LocalSlack
from handlers import create_app
from handlers.services import Services
from storage.database import Database, ensure_schema
from storage.models import Action, ActionOwner, Board, Meeting, Member, Membership
from storage.register import Register
from tests.conftest import PATIENT

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
SECRET = "myactions-queries-secret"
CALLER = "U0CALLER"
BYSTANDER = "U0BYSTANDER"
MOST_STATEMENTS = 2  # the member by slack id; the open actions joined to their boards, owners, meetings


def fill(db: Database, *, boards: int, others: int, callers_open: int, each: int = 3) -> None:
    """A register of `boards` boards and `others` members besides the caller and a bystander, each
    with `each` actions; the caller owns `callers_open` open actions spread over every board (a
    third from a meeting, some undated) and a few done ones that /myactions must leave out."""
    created = NOW - timedelta(days=30)
    today = NOW.date()
    members = [{"id": 1, "name": "Carol Caller", "name_key": "carol caller", "aliases": [], "slack_id": CALLER,
                "email": "carol@council.example", "created_at": created},
               {"id": 2, "name": "Bill Bystander", "name_key": "bill bystander", "aliases": [],
                "slack_id": BYSTANDER, "email": "bill@council.example", "created_at": created}]
    members += [{"id": n, "name": f"Member {n}", "name_key": f"member {n}", "aliases": [], "slack_id": f"U{n:07d}",
                 "email": f"m{n}@council.example", "created_at": created} for n in range(3, others + 3)]
    member_ids = [m["id"] for m in members]
    boards_of = {m: range(1, boards + 1) if m == 1 else {1 + (m + k) % boards for k in range(2)} for m in member_ids}
    memberships = [{"board_id": b, "member_id": m, "role": "member"} for m, bs in boards_of.items() for b in bs]
    meetings = [{"id": b, "board_id": b, "starts_at": NOW - timedelta(days=7), "status": "held", "sequence": 0}
                for b in range(1, boards + 1)]
    numbers = dict.fromkeys(range(1, boards + 1), 0)
    actions: list[dict[str, Any]] = []

    def action(owner: int, board: int, k: int, status: str) -> None:
        numbers[board] += 1
        due: date | None = None if k % 5 == 4 else today + timedelta(days=k % 40 - 20)
        actions.append({"board_id": board, "number": numbers[board], "what": f"Task {len(actions) + 1}",
                        "owner_id": owner, "due_date": due, "status": status, "created_at": created,
                        "meeting_id": board if k % 3 == 0 else None, "created_by_id": owner,
                        "completed_at": NOW if status == "done" else None})

    for k in range(callers_open):
        action(1, 1 + k % boards, k, "open")
    for k in range(max(1, callers_open // 3)):
        action(1, 1 + k % boards, k, "done")
    for owner in member_ids[1:]:
        for k in range(each):
            action(owner, 1 + (owner + k) % boards, k, "open" if k % 4 else "done")

    board_rows = [{"id": b, "name": f"Board {b}", "code": f"BD{b}", "channel_id": f"C{b:07d}",
                   "timezone": "Europe/London", "settings": {}, "last_action_number": numbers[b],
                   "created_at": created} for b in range(1, boards + 1)]
    with db.engine.begin() as connection:
        for table, rows in ((Member, members), (Board, board_rows), (Membership, memberships),
                            (Meeting, meetings), (Action, actions)):
            connection.execute(insert(table), rows)


class StatementLog:
    """Every statement the engine sends while `recording`."""

    def __init__(self, db: Database):
        self.statements: list[str] = []
        self._on = False
        event.listen(db.engine, "before_cursor_execute", self._record)

    def _record(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if self._on:
            self.statements.append(" ".join(statement.split()))

    def recording(self) -> "StatementLog":
        self.statements = []
        self._on = True
        return self

    def __enter__(self) -> "StatementLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self._on = False

    def __len__(self) -> int:
        return len(self.statements)

    def __str__(self) -> str:
        return "\n".join(f"  {i}. {s[:160]}" for i, s in enumerate(self.statements, 1))


@pytest.fixture
def slack() -> Iterator[LocalSlack]:
    with LocalSlack() as stand_in:
        yield stand_in


def register(tmp_path: Any, name: str, **size: int) -> Database:
    db = Database.connect(f"sqlite:///{tmp_path / name}.db")
    ensure_schema(db.engine)
    fill(db, **size)
    return db


def bolt_app(db: Database, slack: LocalSlack) -> App:
    return create_app(Services(db=db, clock=lambda: NOW), token="xoxb-test", signing_secret=SECRET,
                      api_url=slack.api_url, process_before_response=True, ack_budget=PATIENT)


def my_actions(app: App, slack: LocalSlack, user_id: str) -> dict[str, Any]:
    """Send /myactions as `user_id`, signed as Slack signs it; the reply, which must be a 200 with blocks."""
    body = urlencode({"token": "t", "team_id": "T0LOCAL", "channel_id": "C0000001", "channel_name": "board",
                      "user_id": user_id, "user_name": user_id.lower(), "command": "/myactions", "text": "",
                      "response_url": slack.response_url("q"), "trigger_id": "trigger.q"})
    timestamp = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)
    response = app.dispatch(BoltRequest(body=body, headers={
        "content-type": ["application/x-www-form-urlencoded"], "x-slack-signature": [signature],
        "x-slack-request-timestamp": [timestamp]}))
    assert response.status == 200, response.body
    reply = json.loads(response.body)
    assert reply.get("blocks"), reply
    return reply


def statements_for_myactions(db: Database, slack: LocalSlack) -> tuple[StatementLog, dict[str, Any]]:
    """The statements one caller's /myactions issues, after a bystander's has warmed the app and pool."""
    app = bolt_app(db, slack)
    log = StatementLog(db)
    my_actions(app, slack, BYSTANDER)
    with log.recording():
        reply = my_actions(app, slack, CALLER)
    return log, reply


SMALL = {"boards": 3, "others": 10, "callers_open": 4}
LARGE = {"boards": 60, "others": 200, "callers_open": 80}  # twenty times as large


def test_myactions_costs_the_same_few_statements_on_a_register_twenty_times_larger(tmp_path, slack):
    small, small_reply = statements_for_myactions(register(tmp_path, "small", **SMALL), slack)
    large, large_reply = statements_for_myactions(register(tmp_path, "large", **LARGE), slack)

    assert small_reply["text"].startswith("You have 4 open actions")
    assert large_reply["text"].startswith("You have 80 open actions")
    assert len(large) == len(small), f"small register:\n{small}\nregister twenty times larger:\n{large}"
    assert len(small) <= MOST_STATEMENTS, f"/myactions issued {len(small)} statements:\n{small}"


def test_myactions_answers_a_caller_with_no_actions_in_the_same_statements(tmp_path, slack):
    db = register(tmp_path, "quiet", boards=3, others=10, callers_open=0)
    with db.engine.begin() as connection:
        connection.execute(Action.__table__.delete().where(Action.owner_id == 1))

    log, reply = statements_for_myactions(db, slack)

    assert reply["text"].startswith("You have no open actions")
    assert len(log) <= MOST_STATEMENTS, str(log)


def test_the_count_would_catch_a_query_for_each_action(tmp_path, slack, monkeypatch):
    """The guard works: load the caller's actions without their boards and meetings, as a careless
    change would, and the larger register costs more statements than the smaller one."""

    def lazy_open_actions(self: Register, member_id: int) -> Any:
        return self.session.scalars(
            select(Action).where(Action.owner_id == member_id, Action.status == "open")
            .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
        ).all()

    monkeypatch.setattr(Register, "open_actions_of_member", lazy_open_actions)
    small, _ = statements_for_myactions(register(tmp_path, "small", **SMALL), slack)
    large, _ = statements_for_myactions(register(tmp_path, "large", **LARGE), slack)

    assert len(large) > len(small) > MOST_STATEMENTS


def co_own(db: Database, count: int) -> None:
    """Make the caller a further owner of `count` of other members' open actions, and give as many of the
    caller's own a further owner: actions owned by several people, as minutes give them."""
    with db.engine.begin() as connection:
        theirs = connection.execute(select(Action.id).where(Action.owner_id > 2, Action.status == "open")
                                    .order_by(Action.id).limit(count)).scalars().all()
        mine = connection.execute(select(Action.id).where(Action.owner_id == 1, Action.status == "open")
                                  .order_by(Action.id).limit(count)).scalars().all()
        connection.execute(insert(ActionOwner), [{"action_id": a, "member_id": 1, "position": 1} for a in theirs]
                           + [{"action_id": a, "member_id": 2, "position": 1} for a in mine])


def test_actions_the_caller_owns_with_others_cost_no_more_statements_on_a_register_twenty_times_larger(
        tmp_path, slack):
    small_db, large_db = register(tmp_path, "small", **SMALL), register(tmp_path, "large", **LARGE)
    co_own(small_db, 2)
    co_own(large_db, 40)

    small, small_reply = statements_for_myactions(small_db, slack)
    large, large_reply = statements_for_myactions(large_db, slack)

    assert small_reply["text"].startswith("You have 6 open actions")  # 4 of their own, 2 with others
    assert large_reply["text"].startswith("You have 120 open actions")
    assert "Carol Caller and Bill Bystander" not in small_reply["text"]  # their own list names no owner
    assert len(large) == len(small) <= MOST_STATEMENTS, f"small:\n{small}\nlarge:\n{large}"
