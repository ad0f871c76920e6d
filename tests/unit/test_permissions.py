"""Who may change an action (its owner, the board's chair, its secretary; nobody else), and who names the officers."""

from dataclasses import dataclass

from domain.permissions import may_appoint_officers, may_change_action, runs_board


@dataclass
class Board:
    chair_id: int | None = 1
    secretary_id: int | None = 2


@dataclass
class Action:
    owner_id: int | None
    board: Board
    further_owner_ids: tuple[int, ...] = ()

    @property
    def owner_ids(self) -> tuple[int, ...]:
        return ((self.owner_id,) if self.owner_id is not None else ()) + self.further_owner_ids


def test_the_owner_chair_and_secretary_may_change_an_action():
    action = Action(owner_id=3, board=Board())
    assert [may_change_action(action, who) for who in (1, 2, 3)] == [True, True, True]


def test_another_member_may_not():
    assert not may_change_action(Action(owner_id=3, board=Board()), 4)


def test_an_action_owned_by_a_group_is_changed_only_by_the_chair_or_secretary():
    action = Action(owner_id=None, board=Board())
    assert [may_change_action(action, who) for who in (1, 2, 3)] == [True, True, False]


def test_a_board_without_officers_is_run_by_nobody():
    assert not runs_board(Board(chair_id=None, secretary_id=None), 1)


def test_a_board_is_run_by_nobody_unknown():
    assert not runs_board(Board(chair_id=None, secretary_id=None), None)


def test_the_officers_and_a_workspace_admin_name_the_officers():
    board = Board()
    assert [may_appoint_officers(board, who, workspace_admin=False) for who in (1, 2, 3, None)] == [
        True, True, False, False]
    assert may_appoint_officers(board, None, workspace_admin=True)
    assert may_appoint_officers(board, 3, workspace_admin=True)


def test_every_owner_of_a_joint_action_may_change_it_and_nobody_else_besides_the_officers():
    action = Action(owner_id=3, board=Board(), further_owner_ids=(5, 6))
    assert [may_change_action(action, who) for who in (1, 2, 3, 4, 5, 6, 7)] == [
        True, True, True, False, True, True, False]
