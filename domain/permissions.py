"""Who may do what to a board and its actions. docs/permissions.md has the whole matrix."""

from __future__ import annotations

from typing import Protocol


class _Board(Protocol):
    chair_id: int | None
    secretary_id: int | None


class _Action(Protocol):
    owner_ids: tuple[int, ...]  # every owner, the first-named first (domain.joint_owners)
    board: _Board


def runs_board(board: _Board, member_id: int | None) -> bool:
    """The chair and the secretary run a board: they may change any of its actions."""
    return member_id is not None and member_id in (board.chair_id, board.secretary_id)


def may_change_action(action: _Action, member_id: int) -> bool:
    """Only an owner (any of several), the board's chair or its secretary may complete or change an action."""
    return member_id in action.owner_ids or runs_board(action.board, member_id)


def may_appoint_officers(board: _Board, member_id: int | None, *, workspace_admin: bool) -> bool:
    """The chair and the secretary name the board's chair and secretary.

    So may a workspace admin, from the board's channel, so that a board whose officers have
    left can be recovered; it gives the admin no sight of the board's actions.
    """
    return runs_board(board, member_id) or workspace_admin
