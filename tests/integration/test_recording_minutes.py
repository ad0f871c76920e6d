"""Minutes read into the register: meeting, attendance, decisions, actions, next meeting; never twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from domain.boards import save_board
from domain.meeting_record import record_minutes
from minutes import extract_text, read_minutes
from tests.fixture_minutes import read_fixture

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def record(db, minutes):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, minutes.board, now=NOW, timezone="Europe/London", channel_id="C0ASH")
        return record_minutes(reg, minutes, board, now=NOW, digest=minutes.digest())


def snapshot(db) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return {table: sorted(map(tuple, connection.execute(text(f"SELECT * FROM {table}"))), key=repr)
                for table in ("boards", "members", "memberships", "meetings", "attendance", "decisions",
                              "agenda_items", "actions", "action_updates")}


@pytest.fixture
def table_minutes():  # type: ignore[no-untyped-def]
    return read_fixture("what-who-when-table.txt")


def test_minutes_become_a_meeting_with_attendance_actions_and_the_next_meeting(db, table_minutes):
    done = record(db, table_minutes)
    assert done.created and done.actions_added == len(table_minutes.actions) > 0
    with db.unit_of_work() as reg:
        board = reg.board_by_name(table_minutes.board)
        meetings = reg.meetings_of_board(board.id)
        assert [m.status for m in meetings] == ["held", "scheduled"]
        assert meetings[1].starts_at.astimezone().date() == date(2015, 5, 7)
        held = reg.attendance_of(meetings[0].id)
        assert {a.status for a in held} >= {"present", "apologies", "in attendance"}
        actions = reg.actions_of_meeting(meetings[0].id)
        owned = {a.what: (a.owner.name if a.owner else a.owner_text) for a in actions}
        assert owned["Map the hotspots against CCTV coverage"] == "Ben Crossley"
        assert all(a.number >= 1 for a in actions)


def test_the_same_minutes_recorded_again_change_nothing(db, table_minutes):
    record(db, table_minutes)
    before = snapshot(db)
    again = record(db, table_minutes)
    assert again.unchanged
    assert snapshot(db) == before


def test_corrected_minutes_update_the_meeting_in_place(db, table_minutes):
    record(db, table_minutes)
    first = table_minutes.actions[0]
    corrected = replace(table_minutes, venue="Ashbourne Library",
                        actions=(replace(first, due=date(2015, 3, 27), due_text="27.03.15"),
                                 *table_minutes.actions[1:]))
    done = record(db, corrected)
    assert not done.created and done.actions_added == 0 and done.actions_updated == 1
    with db.unit_of_work() as reg:
        board = reg.board_by_name(table_minutes.board)
        [held, _] = reg.meetings_of_board(board.id)
        assert held.venue == "Ashbourne Library"
        assert len(reg.actions_of_meeting(held.id)) == len(table_minutes.actions)


def test_the_chorley_seed_records_nine_actions_and_the_next_meeting(db):
    seed = SEEDS / "chorley-psr-board-2015-02-10.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is absent: the seed minutes are not shipped with the project")
    minutes = read_minutes(extract_text(seed))
    done = record(db, minutes)
    assert done.actions_added == 9 and done.unmatched_owners == ["Group Leads"]
    with db.unit_of_work() as reg:
        board = reg.board_by_name("Chorley Public Service Reform Board")
        owners = [a.owner.name if a.owner else a.owner_text for a in reg.actions_of_board(board.id)]
        assert owners.count("Hayley Hughes") == 6 and "Tracie O’Gara" in owners
        [_, upcoming] = reg.meetings_of_board(board.id)
        local = upcoming.starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/London"))
        assert (local.date(), local.hour, upcoming.status) == (date(2015, 4, 21), 16, "scheduled")
        assert "Chorley Town Hall" in upcoming.venue


def register_record(db) -> dict:  # type: ignore[type-arg]
    """What the register says of each meeting, without ids."""
    from minutes.from_register import minutes_of

    with db.unit_of_work() as reg:
        board = reg.boards()[0]
        return {m.starts_at.isoformat(): minutes_of(reg, m).to_json() for m in reg.meetings_of_board(board.id)}


# Every fixture as markdown in the default run; as Word, four layouts there (a table, lines, prose and
# Part B business) and the rest in the slow suite: each Word round trip costs a third of a second.
WORD_IN_DEFAULT_RUN = {"what-who-when-table.txt", "action-lines.txt", "prose-actions.txt",
                       "governance-part-b-declarations.txt"}
ROUND_TRIPS = [pytest.param(fmt, name, id=f"{fmt}-{name}",
                            marks=[pytest.mark.slow] if fmt == "docx" and name not in WORD_IN_DEFAULT_RUN else [])
               for fmt in ("md", "docx") for name in sorted(p.name for p in FIXTURES.glob("*.txt"))]


@pytest.mark.parametrize("fmt,fixture", ROUND_TRIPS)
def test_export_then_import_gives_back_the_same_record(sqlite_db, tmp_path, fixture, fmt):
    from minutes.from_register import minutes_of
    from minutes.writer import write_minutes
    from tests.conftest import empty_register

    minutes = read_fixture(fixture)  # (read once a session: see tests.fixture_minutes)
    if minutes.date is None or minutes.board is None:
        pytest.skip(f"{fixture} names no board or date, so it makes no meeting")
    record(sqlite_db, minutes)
    with sqlite_db.unit_of_work() as reg:
        board = reg.board_by_name(minutes.board)
        held = [m for m in reg.meetings_of_board(board.id) if m.status == "held"][0]
        document = write_minutes(minutes_of(reg, held), fmt)
    exported = tmp_path / f"exported.{fmt}"
    exported.write_bytes(document)
    (tmp_path / "again").mkdir()
    again = empty_register("sqlite", tmp_path / "again")  # a copy of the migrated schema, not a migration
    record(again, read_minutes(extract_text(exported)))
    assert register_record(again) == register_record(sqlite_db)


THIN = "Ashbourne Community Safety Partnership\n\nMinutes of the meeting held on 5 March 2015\n"


def test_a_thin_document_for_a_recorded_meeting_keeps_its_venue_every_attendee_and_every_apology(
        db, table_minutes, tmp_path):
    record(db, table_minutes)
    thin_file = tmp_path / "thin.txt"
    thin_file.write_text(THIN.replace("Ashbourne Community Safety Partnership", table_minutes.board))
    thin = read_minutes(extract_text(thin_file))
    assert (thin.date, thin.venue, thin.present, thin.apologies) == (table_minutes.date, None, (), ())
    done = record(db, thin)
    assert not done.created and done.removed == []
    with db.unit_of_work() as reg:
        board = reg.board_by_name(table_minutes.board)
        [held, _] = reg.meetings_of_board(board.id)
        assert held.venue == table_minutes.venue is not None
        rows = reg.attendance_of(held.id)
        assert sorted(r.name for r in rows if r.status == "apologies") == sorted(
            a.name for a in table_minutes.apologies)
        assert {r.name for r in rows if r.status != "apologies"} == {p.name for p in table_minutes.present}
        assert len(reg.actions_of_meeting(held.id)) == len(table_minutes.actions)
        assert all(a.status == "open" for a in reg.actions_of_meeting(held.id))


def test_replacing_takes_away_what_the_new_document_lacks_and_says_what(db, table_minutes):
    record(db, table_minutes)
    thin = replace(table_minutes, venue=None, present=table_minutes.present[:1], apologies=(),
                   actions=table_minutes.actions[:1])
    with db.unit_of_work() as reg:
        board = reg.board_by_name(table_minutes.board)
        done = record_minutes(reg, thin, board, now=NOW, digest=thin.digest(), replace=True)
    assert f"the venue ({table_minutes.venue})" in done.removed
    assert any(table_minutes.present[1].name in line for line in done.removed)
    assert any(table_minutes.actions[1].what in line for line in done.removed)
    with db.unit_of_work() as reg:
        board = reg.board_by_name(table_minutes.board)
        [held, _] = reg.meetings_of_board(board.id)
        assert held.venue is None and [r.name for r in reg.attendance_of(held.id)] == [table_minutes.present[0].name]
        statuses = [a.status for a in reg.actions_of_meeting(held.id)]
        assert statuses.count("open") == 1 and statuses.count("dropped") == len(table_minutes.actions) - 1


def test_owners_written_short_are_recorded_as_the_member_they_name(db):
    minutes = read_minutes("Eastmarsh Safety Partnership\n\nHeld on 4 March 2026\n\n"
                           "Present: Station Manager Kerry Fagan, Graham Oates (Head of Community Safety), "
                           "Tom Price, Yolanda Price\n\n1. Fire safety\n\nACTION: SM Fagan to arrange home safety visits.\n"
                           "ACTION: Mr Price to book the hall.\nACTION: Head of Community Safety to write to the funders.\n")
    done = record(db, minutes)
    assert done.unmatched_owners == ["Mr Price"]  # two members are called Price: kept as written
    with db.unit_of_work() as reg:
        board = reg.board_by_name("Eastmarsh Safety Partnership")
        owned = {a.what: (a.owner.name if a.owner else f"text: {a.owner_text}") for a in reg.actions_of_board(board.id)}
    assert owned == {"Arrange home safety visits": "Station Manager Kerry Fagan", "Book the hall": "text: Mr Price",
                     "Write to the funders": "Graham Oates"}
