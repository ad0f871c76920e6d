"""The digest, agendas and minutes sweeps cost a fixed number of statements whatever the number of boards."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import event

from domain.actions import record_action
from domain.boards import setup_board
from domain.dates import Due
from domain.identity import new_member
from jobs import agendas, digest, minutes_summary
from jobs.outbox import deliver

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)  # a Monday morning, GMT


class Statements:
    """Every statement the engine runs while counting."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.seen: list[str] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        self.seen.append(statement)

    def during(self, work) -> tuple[int, list[str], object]:  # type: ignore[no-untyped-def]
        self.seen.clear()
        result = work()
        return len(self.seen), list(self.seen), result


class Recorder:
    def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
        return "C1", "1.0"


def fill(db, boards: int, *, officers: bool = True) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        for n in range(boards):
            secretary = new_member(reg, f"Secretary {n}", NOW, slack_id=f"U0SEC{n}")
            board, _ = setup_board(reg, f"Board {n}", channel_id=f"C0B{n}", caller=secretary, now=NOW,
                                   timezone="Europe/London")
            owner = new_member(reg, f"Owner {n}", NOW, slack_id=f"U0OWN{n}")
            board.chair_id = owner.id
            if not officers:
                board.chair_id = board.secretary_id = None
                board.channel_id = None
            meeting = reg.add_meeting(board_id=board.id, starts_at=NOW + timedelta(days=3), status="scheduled",
                                      sequence=0)
            reg.add_agenda_item(meeting_id=meeting.id, position=0, number="1", title="Welcome", status="accepted")
            for days in (-20, -3, 2, 30):
                record_action(reg, board, owner=owner, what=f"task {days}",
                              due=Due(NOW.date() + timedelta(days=days), "x"), by=secretary, now=NOW)


def _three_then_thirty(db, tmp_path):  # type: ignore[no-untyped-def]
    """The test's register filled with 3 boards, then a second one filled with 30."""
    from tests.conftest import empty_register
    fill(db, 3)
    yield 3, db
    (tmp_path / "more").mkdir()
    more = empty_register(db.engine.dialect.name, tmp_path / "more")
    fill(more, 30)
    yield 30, more


@pytest.mark.parametrize("sweep", [digest, agendas])
def test_a_sweep_runs_as_many_statements_for_thirty_boards_as_for_three(db, tmp_path, sweep):
    counts = {}
    for boards, fresh in _three_then_thirty(db, tmp_path):
        counter = Statements(fresh.engine)
        counts[boards], _, planned = counter.during(lambda: list(sweep.plan(fresh, NOW)))
        assert len({o.recipient for o in planned}) >= boards  # every board has something to send
        if fresh is not db:
            fresh.engine.dispose()
    assert counts[3] == counts[30]


def test_a_board_with_nobody_to_send_to_loads_no_actions(db):
    fill(db, 3, officers=False)
    counter = Statements(db.engine)
    for sweep in (digest, agendas):
        _, statements, planned = counter.during(lambda: list(sweep.plan(db, NOW)))
        assert planned == []
        assert not [s for s in statements if "FROM actions" in s]


def test_once_a_meetings_agenda_has_gone_the_sweep_does_not_build_it_again(db):
    fill(db, 3)
    deliver(db, agendas.plan(db, NOW), Recorder())
    counter = Statements(db.engine)
    _, statements, planned = counter.during(lambda: list(agendas.plan(db, NOW + timedelta(minutes=5))))
    assert planned == []
    assert not [s for s in statements if "FROM actions" in s]


def test_the_minutes_sweep_reads_the_sent_log_before_building_a_summary(db):
    fill(db, 2)
    with db.unit_of_work() as reg:
        for meeting in reg.meetings_of_board(1) + reg.meetings_of_board(2):
            meeting.starts_at = NOW - timedelta(days=2)
            meeting.minutes_recorded_at = NOW - timedelta(days=1)
    assert deliver(db, minutes_summary.plan(db, NOW), Recorder()).sent == 2
    counter = Statements(db.engine)
    _, statements, planned = counter.during(lambda: minutes_summary.plan(db, NOW + timedelta(minutes=5)))
    assert planned == [] and not [s for s in statements if "FROM actions" in s]


def test_a_second_agendas_sweep_costs_as_many_statements_for_thirty_boards_as_for_three(db, tmp_path):
    """Once the agendas have gone, the look for governance messages still owed is a fixed number of statements."""
    counts = {}
    for boards, fresh in _three_then_thirty(db, tmp_path):
        with fresh.unit_of_work() as reg:
            for board in reg.boards():
                reg.member(board.chair_id).interests = "Trustee of the Carers' Centre"
        deliver(fresh, agendas.plan(fresh, NOW), Recorder())
        counter = Statements(fresh.engine)
        counts[boards], _, planned = counter.during(lambda: list(agendas.plan(fresh, NOW + timedelta(minutes=5))))
        assert planned == []
        if fresh is not db:
            fresh.engine.dispose()
    assert counts[3] == counts[30]


def test_a_digest_lists_its_longest_overdue_actions_and_counts_the_rest(db):
    fill(db, 1)
    with db.unit_of_work() as reg:
        board = reg.boards()[0]
        owner = reg.member(board.chair_id)
        secretary = reg.member(board.secretary_id)
        for n in range(digest.SHOWN + 7):
            record_action(reg, board, owner=owner, what=f"late {n}", due=Due(NOW.date() - timedelta(days=40 - n), "x"),
                          by=secretary, now=NOW)
    [first, *_] = list(digest.plan(db, NOW))
    item = first.parts[0].item
    listed = [a for _, owners in item["groups"] for _, shown in owners for a in shown]
    assert len(listed) == digest.SHOWN and listed[0].what == "late 0"
    assert item["more"] == 7 + 3  # the seven beyond, and fill's three due by the end of the week
