"""Each open action's next reminder moment: kept on every write, moved on when told, filled in by the migration."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from domain.actions import change_due, complete_action, record_action, snooze_action
from domain.boards import setup_board
from domain.dates import Due
from domain.identity import new_member
from jobs import nudges
from jobs.outbox import deliver
from jobs.runner import SweepContext
from storage.database import Database, alembic_config, upgrade
from tests.conftest import DATABASES, POSTGRES_URL, blank_postgres

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)  # a Monday, GMT
NINE = datetime.min.time().replace(hour=9)


def at_nine(day: date) -> datetime:
    return datetime.combine(day, NINE, timezone.utc)  # London is on GMT in these weeks


class Recorder:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
        self.sent.append(recipient)
        return "D1", f"{len(self.sent)}.0"


def _setup(reg, due_days=20, tz=None):  # type: ignore[no-untyped-def]
    secretary = new_member(reg, "Sarah James", NOW, slack_id="U0SEC")
    board, _ = setup_board(reg, "Chorley Public Service Reform Board", channel_id="C1", caller=secretary,
                           now=NOW, timezone="Europe/London")
    owner = new_member(reg, "Hayley Hughes", NOW, slack_id="U0HH", tz=tz)
    action = record_action(reg, board, owner=owner, what="Share the figures",
                           due=Due(NOW.date() + timedelta(days=due_days), "soon"), by=secretary, now=NOW)
    return board, secretary, owner, action


def moment_of(db, ref="CPSRB-1"):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        return reg.action_by_ref(*ref.split("-")[0:1], int(ref.split("-")[1])).next_reminder_at


def test_every_write_keeps_the_moment(db):
    with db.unit_of_work() as reg:
        _, secretary, owner, _ = _setup(reg)
        secretary_id = secretary.id
    due = NOW.date() + timedelta(days=20)  # Sunday 13 December: week-before on Friday 4 December
    assert moment_of(db) == at_nine(date(2026, 12, 4))
    with db.unit_of_work() as reg:
        snooze_action(reg, "CPSRB-1", by=reg.member(secretary_id), now=NOW)
    assert moment_of(db) == at_nine(date(2026, 12, 4))  # the snooze ends before the first reminder
    with db.unit_of_work() as reg:
        change_due(reg, "CPSRB-1", by=reg.member(secretary_id), now=NOW, due=date(2026, 11, 26))
    assert moment_of(db) == at_nine(date(2026, 11, 25))  # the working day before
    with db.unit_of_work() as reg:
        reg.action_by_ref("CPSRB", 1).snoozed_until = date(2026, 12, 1)
    assert moment_of(db) == at_nine(date(2026, 12, 1))
    with db.unit_of_work() as reg:
        complete_action(reg, "CPSRB-1", by=reg.member(secretary_id), now=NOW)
    assert moment_of(db) is None
    with db.unit_of_work() as reg:
        action = reg.action_by_ref("CPSRB", 1)
        assert reg.move_status(action, "done", "open")
    assert moment_of(db) == at_nine(date(2026, 12, 1))
    assert due  # the first due date was a Sunday


def test_an_owner_in_another_zone_is_reminded_at_the_start_of_their_day(db):
    with db.unit_of_work() as reg:
        _, _, owner, _ = _setup(reg, tz="America/New_York")
        owner_id = owner.id
    assert moment_of(db) == datetime(2026, 12, 4, 14, 0, tzinfo=timezone.utc)  # 09:00 EST
    with db.unit_of_work() as reg:
        reg.member(owner_id).tz = "Asia/Kolkata"
    assert moment_of(db) == datetime(2026, 12, 4, 3, 30, tzinfo=timezone.utc)  # 09:00 IST


def test_a_told_reminder_moves_the_moment_on_and_the_next_sweep_reads_nothing(db):
    with db.unit_of_work() as reg:
        _setup(reg, due_days=1)  # due Tuesday: the day-before reminder is today
    assert moment_of(db) == at_nine(NOW.date())
    sender = Recorder()
    report = deliver(db, nudges.plan(db, NOW), sender)
    assert report.sent == 1 and sender.sent == ["U0HH"]
    assert moment_of(db) == at_nine(NOW.date() + timedelta(days=1))  # the due day's reminder
    with db.unit_of_work() as reg:
        assert reg.reminders_come(NOW + timedelta(minutes=5)) == []
    assert nudges.plan(db, NOW + timedelta(minutes=5)) == []
    assert deliver(db, nudges.plan(db, NOW + timedelta(days=1)), sender).sent == 1


def test_a_reminder_told_by_an_earlier_worker_only_moves_the_moment_and_a_dry_run_moves_nothing(db):
    with db.unit_of_work() as reg:
        _setup(reg, due_days=1)
        reg.claim(["nudge:1:2026-11-24:day-before"], kind="nudge", recipient="U0HH", holder="test", now=NOW,
                  deadline=NOW + timedelta(minutes=10))
    # A claim still in flight is not settled: the action stays due for whoever sends it.
    assert [len(o.parts) for o in nudges.plan(db, NOW)] == [1]
    assert moment_of(db) == at_nine(NOW.date())
    with db.unit_of_work() as reg:
        reg.session.execute(text("UPDATE sent_messages SET sent_at = claimed_at"))
    after_hours = NOW.replace(hour=18)
    dry = SweepContext(dry_run=True)
    assert nudges.plan(db, after_hours, dry) == [] and moment_of(db) == at_nine(NOW.date())
    assert nudges.plan(db, after_hours) == []
    assert moment_of(db) == at_nine(NOW.date() + timedelta(days=1))


class StopAfter(threading.Event):
    """A stop flag that goes up after it has been looked at `n` times."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.left = n

    def is_set(self) -> bool:
        self.left -= 1
        return self.left < 0


def test_the_plan_stops_between_batches_when_the_worker_is_asked_to(db, monkeypatch):
    with db.unit_of_work() as reg:
        board, secretary, owner, _ = _setup(reg, due_days=1)
        for n in range(4):
            record_action(reg, board, owner=owner, what=f"task {n}", due=Due(NOW.date() + timedelta(days=1), "x"),
                          by=secretary, now=NOW)
    monkeypatch.setattr(nudges, "BATCH", 2)
    stopped = nudges.plan(db, NOW, SweepContext(stop=StopAfter(1)))
    assert sum(len(o.parts) for o in stopped) == 2  # one batch, then the flag
    assert sum(len(o.parts) for o in nudges.plan(db, NOW)) == 5


@pytest.mark.parametrize("kind", DATABASES)
def test_the_migration_fills_in_every_open_actions_moment(kind, tmp_path: Path):
    if kind == "postgresql":
        assert POSTGRES_URL
        db = blank_postgres(POSTGRES_URL)
    else:
        db = Database.connect(f"sqlite:///{tmp_path / 'old.db'}")
    command.upgrade(alembic_config(db.engine), "0006")
    made = "2026-09-01 10:00:00"
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO members (id, name, name_key, aliases, slack_id, tz, created_at) VALUES "
            "(1, 'Hayley Hughes', 'hayley hughes', '[]', 'U0HH', NULL, :made)"), {"made": made})
        connection.execute(text(
            "INSERT INTO boards (id, name, code, timezone, settings, last_action_number, created_at) VALUES "
            "(1, 'Board', 'B', 'Europe/London', '{}', 3, :made)"), {"made": made})
        for number, due, status in ((1, "2026-12-14", "open"), (2, "2026-11-02", "open"), (3, "2026-11-02", "done"),
                                    (4, "2026-11-03", "open")):
            connection.execute(text(
                "INSERT INTO actions (id, board_id, number, what, owner_id, due_date, status, created_at) VALUES "
                "(:n, 1, :n, 'task', 1, :due, :status, :made)"), {"n": number, "due": due, "status": status,
                                                                  "made": made})
        # Action 2's latest reminder as of now was told; action 4's was not.
        connection.execute(text(
            "INSERT INTO sent_messages (key, kind, recipient, claimed_at, sent_at) VALUES "
            "(:key, 'nudge', 'U0HH', :made, :made)"), {"key": "nudge:2:2026-11-02:overdue-3", "made": made})
    from storage import reminder_moments
    monkeypatch = pytest.MonkeyPatch()
    # The migration reads the wall clock: pin "now" to Monday 23 November for the test.
    monkeypatch.setattr(reminder_moments, "backfill", _pinned(reminder_moments.backfill))
    try:
        upgrade(db.engine)
    finally:
        monkeypatch.undo()
    with db.unit_of_work() as reg:
        moments = {a.id: a.next_reminder_at for a in reg.actions_of_board(1, statuses=("open", "done"))}
    assert moments[1] == at_nine(date(2026, 12, 7))  # week before 14 December
    assert moments[2] == at_nine(date(2026, 11, 24))  # overdue-3 (17 November) told: overdue-4 next
    assert moments[3] is None
    assert moments[4] == at_nine(date(2026, 10, 27))  # overdue-3 untold: due from its first reminder
    db.engine.dispose()


def _pinned(backfill):  # type: ignore[no-untyped-def]
    def pinned(connection, _now, **options):  # type: ignore[no-untyped-def]
        return backfill(connection, NOW, **options)
    return pinned
