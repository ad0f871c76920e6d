"""Actions owned by several people, in the register: an import records every owner when each is a
member, merges and is idempotent, keeps a joint owner as text when a part names nobody; a co-owner's
lists include the action. On SQLite and PostgreSQL (the `db` fixture)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from domain.actions import board_log, complete_action, my_open_actions
from domain.boards import save_board
from domain.meeting_record import record_minutes
from minutes.uncertain import unmatched_owners, unplaced
from storage.models import ActionOwner
from tests.joint_minutes import HOTSPOTS, joint_minutes

NOW = datetime(2015, 3, 5, 18, 0, tzinfo=timezone.utc)


def record(db, minutes, **options):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, minutes.board, now=NOW, timezone="Europe/London", channel_id="C0JOINT")
        return record_minutes(reg, minutes, board, now=NOW, digest=minutes.digest(), **options)


def owners_of(db, what: str) -> tuple[str | None, list[str], str | None]:
    """(first owner's name, the further owners' names in order, owner_text) of the action saying `what`."""
    with db.unit_of_work() as reg:
        board = reg.board_by_channel("C0JOINT")
        [action] = [a for a in reg.actions_of_board(board.id, statuses=("open", "done", "dropped")) if a.what == what]
        return (action.owner.name if action.owner else None, [m.name for m in action.further_owners],
                action.owner_text)


def test_an_owner_naming_several_members_records_each_of_them_first_named_first(db):
    done = record(db, joint_minutes())

    assert owners_of(db, HOTSPOTS) == ("Ben Crossley", ["Carl Whitlow"], "Ben Crossley, Inspector Carl Whitlow")
    assert "Ben Crossley, Inspector Carl Whitlow" not in done.unmatched_owners


def test_an_owner_of_whom_one_part_names_nobody_stays_as_written(db):
    done = record(db, joint_minutes())

    assert owners_of(db, "Report on housing-related ASB cases") == (
        None, [], "Gemma Froggatt and the housing team")
    assert done.unmatched_owners == ["Gemma Froggatt and the housing team"]
    problems = unplaced(joint_minutes())
    assert "owner names several people, kept as written (the housing team: nobody matches): " \
           "Gemma Froggatt and the housing team" in problems
    assert unmatched_owners(joint_minutes()) == ["Gemma Froggatt and the housing team"]


def test_the_same_minutes_twice_change_nothing_and_a_corrected_owner_merges(db):
    minutes = joint_minutes()
    record(db, minutes)
    with db.unit_of_work() as reg:
        before = reg.session.query(ActionOwner).count()

    again = record(db, minutes)
    assert again.unchanged
    # Read afresh (another digest), the same owners are no change either.
    merged = record_minutes_again(db, minutes, "another reading")
    assert merged.actions_added == 0 and merged.actions_updated == 0
    with db.unit_of_work() as reg:
        assert reg.session.query(ActionOwner).count() == before == 1

    swapped = [replace(a, who="Carl Whitlow and Ben Crossley and Joanne Pike") if a.what == HOTSPOTS else a
               for a in minutes.actions]
    corrected = record_minutes_again(db, replace(minutes, actions=tuple(swapped)), "a corrected reading")
    assert corrected.actions_updated == 1 and corrected.actions_added == 0
    assert owners_of(db, HOTSPOTS)[:2] == ("Carl Whitlow", ["Ben Crossley", "Joanne Pike"])


def record_minutes_again(db, minutes, digest: str):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        board = reg.board_by_channel("C0JOINT")
        return record_minutes(reg, minutes, board, now=NOW, digest=digest)


def test_replace_drops_a_joint_action_the_minutes_no_longer_hold_as_for_one_owner(db):
    minutes = joint_minutes()
    record(db, minutes)
    fewer = replace(minutes, actions=tuple(a for a in minutes.actions if a.what != HOTSPOTS))
    with db.unit_of_work() as reg:
        board = reg.board_by_channel("C0JOINT")
        done = record_minutes(reg, fewer, board, now=NOW, digest=fewer.digest(), replace=True)
    assert any(HOTSPOTS in line for line in done.removed)
    with db.unit_of_work() as reg:
        carl = reg.members_by_name_key("carl whitlow")[0]
        assert HOTSPOTS not in [a.what for a in my_open_actions(reg, carl, NOW)]


def test_each_owner_sees_the_action_in_their_list_and_either_may_complete_it(db):
    record(db, joint_minutes())
    with db.unit_of_work() as reg:
        ben, carl = reg.members_by_name_key("ben crossley")[0], reg.members_by_name_key("carl whitlow")[0]
        for member in (ben, carl):
            [shown] = [a for a in my_open_actions(reg, member, NOW) if a.what == HOTSPOTS]
            assert shown.owner == "Ben Crossley and Carl Whitlow"
            assert [o.name for o in shown.owners] == ["Ben Crossley", "Carl Whitlow"]
        board = reg.board_by_channel("C0JOINT")
        assert HOTSPOTS in [a.what for a in board_log(reg, board, NOW, owner=carl)]
        ref = shown.ref
        complete_action(reg, ref, by=carl, now=NOW)
    with db.unit_of_work() as reg:
        ben = reg.members_by_name_key("ben crossley")[0]
        assert HOTSPOTS not in [a.what for a in my_open_actions(reg, ben, NOW)]


def test_set_further_owners_writes_nothing_when_they_are_the_same(db):
    record(db, joint_minutes())
    with db.unit_of_work() as reg:
        board = reg.board_by_channel("C0JOINT")
        [action] = [a for a in reg.actions_of_board(board.id) if a.what == HOTSPOTS]
        carl = reg.members_by_name_key("carl whitlow")[0]
        assert reg.set_further_owners(action.id, [carl.id]) is False
        assert reg.set_further_owners(action.id, []) is True
        assert action.further_owners == [] and action.owner_ids == (action.owner_id,)


def test_exported_minutes_name_every_owner_of_a_joint_action_in_each_format(db):
    import io

    import docx

    from minutes.from_register import minutes_of
    from minutes.writer import write_minutes

    record(db, joint_minutes())
    with db.unit_of_work() as reg:
        meeting = reg.meetings_of_board(reg.board_by_channel("C0JOINT").id)[0]
        written = minutes_of(reg, meeting)
    [hotspots] = [a for a in written.actions if a.what == HOTSPOTS]
    assert hotspots.who == "Ben Crossley and Inspector Carl Whitlow"
    for fmt in ("md", "html"):
        text = write_minutes(written, fmt).decode()
        assert "Ben Crossley and Inspector Carl Whitlow" in text, fmt
    document = docx.Document(io.BytesIO(write_minutes(written, "docx")))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    paragraphs = [p.text for p in document.paragraphs]
    assert any("Ben Crossley and Inspector Carl Whitlow" in t for t in cells + paragraphs)


def test_either_owner_may_snooze_re_date_or_update_it_and_another_member_may_not(db):
    from datetime import date

    import pytest

    from domain.actions import add_update, change_due, snooze_action
    from domain.errors import NotAllowed

    record(db, joint_minutes())
    with db.unit_of_work() as reg:
        board = reg.board_by_channel("C0JOINT")
        [action] = [a for a in reg.actions_of_board(board.id) if a.what == HOTSPOTS]
        ref = f"{board.code}-{action.number}"
        carl = reg.members_by_name_key("carl whitlow")[0]
        gemma = reg.members_by_name_key("gemma froggatt")[0]
        snooze_action(reg, ref, by=carl, now=NOW)
        change_due(reg, ref, by=carl, now=NOW, due=date(2015, 4, 2))
        add_update(reg, ref, by=carl, now=NOW, note="Cameras listed")
        with pytest.raises(NotAllowed, match="belongs to Ben Crossley and Carl Whitlow"):
            add_update(reg, ref, by=gemma, now=NOW, note="Not mine")
        assert [u.kind for u in reg.action_updates(action.id)][-3:] == ["snoozed", "due", "note"]
