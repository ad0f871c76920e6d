"""Recording minutes writes a document's new actions together: the statements do not grow with the actions."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import event

from domain.boards import save_board
from domain.meeting_record import record_minutes
from minutes import read_minutes

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def minutes_text(board: str, day: date, actions: int) -> str:
    lines = [f"{board} Partnership Board", "", f"{day:%A %-d %B %Y} held at the Town Hall", "",
             "Present:", "", "Ruth Penrose (Ashbourne District Council), Carl Whitlow (Derbyshire Constabulary)", "",
             "What\tWho\tWhen"]
    lines += [f"Report on workstream {n}\t{'Ruth Penrose' if n % 2 else 'Carl Whitlow'}\t"
              f"{day + timedelta(days=14 + n):%d.%m.%y}" for n in range(actions)]
    return "\n".join(lines)


def statements_to_record(db, board: str, actions: int) -> int:  # type: ignore[no-untyped-def]
    minutes = read_minutes(minutes_text(board, date(2026, 11, 2), actions))
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        with db.unit_of_work() as reg:
            saved, _ = save_board(reg, minutes.board, now=NOW, timezone="Europe/London")
            done = record_minutes(reg, minutes, saved, now=NOW, digest=minutes.digest())
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert done.actions_added == actions
    return len(seen)


def test_ten_actions_and_sixty_cost_the_same_statements(db):
    statements_to_record(db, "Ashbourne", 5)  # the members are new here; on the next boards they are known
    assert statements_to_record(db, "Belper", 10) == statements_to_record(db, "Bakewell", 60)
    with db.unit_of_work() as reg:
        board = reg.board_by_name("Bakewell Partnership Board")
        actions = reg.actions_of_board(board.id, limit=100)
        assert sorted(a.number for a in actions) == list(range(1, 61))
        assert all(a.next_reminder_at is not None for a in actions)
        assert all(len(reg.action_updates(a.id)) == 1 for a in actions[:3])
