"""The register on each supported database: schema, identity, numbering and the audit trail."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect

from domain.actions import complete_action, my_open_actions, record_action
from domain.boards import save_board, setup_board
from domain.dates import Due
from domain.errors import BadInput, NotFound
from domain.identity import ChatPerson, identify, new_member

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def test_the_migrations_build_every_table(db):
    tables = set(inspect(db.engine).get_table_names())
    assert {"boards", "members", "memberships", "meetings", "agenda_items", "attendance", "decisions",
            "actions", "action_updates", "sent_messages", "alembic_version"} <= tables


def test_timestamps_come_back_as_aware_utc(db):
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, "Oldham Leadership Board", now=NOW.astimezone(timezone(timedelta(hours=1))),
                              timezone="Europe/London")
        board_id = board.id
    with db.unit_of_work() as reg:
        assert reg.board(board_id).created_at == NOW
        assert reg.board(board_id).created_at.tzinfo is not None


def test_a_chat_user_is_matched_by_email_then_by_name_and_remembered(db):
    with db.unit_of_work() as reg:
        by_email = new_member(reg, "Supt Denise Worth", NOW, email="Denise.Worth@police.example")
        by_name = new_member(reg, "CI Tracie O’Gara", NOW)
        ids = by_email.id, by_name.id
    with db.unit_of_work() as reg:
        assert identify(reg, ChatPerson("U1", "D. Worth", "denise.worth@police.example")).id == ids[0]
        assert identify(reg, ChatPerson("U2", "Tracie O'Gara")).id == ids[1]
        assert identify(reg, ChatPerson("U3", "Somebody Else")) is None
    with db.unit_of_work() as reg:
        assert reg.member_by_slack_id("U1").id == ids[0]
        assert reg.member_by_slack_id("U2").id == ids[1]


def test_two_unlinked_members_of_one_name_are_never_guessed_between(db):
    with db.unit_of_work() as reg:
        new_member(reg, "John Smith", NOW, organisation="Council")
        new_member(reg, "John Smith", NOW, organisation="Police")
    with db.unit_of_work() as reg:
        assert identify(reg, ChatPerson("U9", "John Smith")) is None


def _board_with_members(reg):  # type: ignore[no-untyped-def]
    secretary = new_member(reg, "Sarah James", NOW, slack_id="U0SEC")
    board, _ = setup_board(reg, "Chorley Public Service Reform Board", channel_id="C1", caller=secretary,
                           now=NOW, timezone="Europe/London")
    owner = new_member(reg, "Hayley Hughes", NOW, slack_id="U0HH")
    return board, secretary, owner


def test_actions_are_numbered_per_board_and_listed_soonest_first(db):
    with db.unit_of_work() as reg:
        board, secretary, owner = _board_with_members(reg)
        for what, days in (("later", 20), ("sooner", 2), ("middle", 10)):
            record_action(reg, board, owner=owner, what=what, due=Due(NOW.date() + timedelta(days=days), "x"),
                          by=secretary, now=NOW)
        listed = my_open_actions(reg, owner, NOW)
    assert [(a.ref, a.what) for a in listed] == [("CPSRB-2", "sooner"), ("CPSRB-3", "middle"), ("CPSRB-1", "later")]


def test_concurrent_writers_never_share_an_action_number(db):
    with db.unit_of_work() as reg:
        board, secretary, owner = _board_with_members(reg)
        board_id, secretary_id, owner_id = board.id, secretary.id, owner.id
    errors: list[Exception] = []

    def write(n: int) -> None:
        try:
            with db.unit_of_work() as reg:
                record_action(reg, reg.board(board_id), owner=reg.member(owner_id), what=f"task {n}",
                              due=Due(None, "asap"), by=reg.member(secretary_id), now=NOW)
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.unit_of_work() as reg:
        numbers = sorted(a.number for a in reg.actions_of_board(board_id))
    assert numbers == list(range(1, 9))


def test_a_refused_completion_leaves_no_trace(db):
    with db.unit_of_work() as reg:
        board, secretary, owner = _board_with_members(reg)
        record_action(reg, board, owner=owner, what="x", due=Due(None, "asap"), by=secretary, now=NOW)
        stranger = new_member(reg, "Olly Outsider", NOW)
        stranger_id = stranger.id
    with pytest.raises(NotFound):  # someone off the board is not even told the action exists
        with db.unit_of_work() as reg:
            complete_action(reg, "CPSRB-1", by=reg.member(stranger_id), now=NOW)
    with db.unit_of_work() as reg:
        action = reg.action_by_ref("CPSRB", 1)
        assert action.status == "open"
        assert [u.kind for u in reg.action_updates(action.id)] == ["created"]


def test_empty_or_enormous_action_text_is_refused(db):
    with db.unit_of_work() as reg:
        board, secretary, owner = _board_with_members(reg)
        for text in ("", "   \x00 ", "x" * 1001):
            with pytest.raises(BadInput):
                record_action(reg, board, owner=owner, what=text, due=Due(None, "asap"), by=secretary, now=NOW)


def test_a_channel_belongs_to_one_board(db):
    with db.unit_of_work() as reg:
        _board_with_members(reg)
        with pytest.raises(BadInput, match="already belongs"):
            save_board(reg, "Another Board", now=NOW, timezone="Europe/London", channel_id="C1")


def test_the_migrations_build_the_schema_the_models_describe(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from storage.models import Base

    def described_by_models(obj, name, kind, reflected, compare_to):  # type: ignore[no-untyped-def]
        # The decisions' full-text search is each database's own (migration 0010), not a model's.
        return not (str(name).startswith("decisions_fts") or name in ("search_vector", "ix_decisions_search_vector"))

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                                "include_object": described_by_models})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
