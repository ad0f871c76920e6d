"""The console as a Teams user: the Teams commands and cards as text, buttons pressed by their text."""

from __future__ import annotations

import io

from console.teams_shell import card_lines, run_teams_console
from teams.cards import my_actions_card
from tests.message_samples import action_view


def test_a_card_reads_as_lines_with_its_buttons_in_brackets():
    lines, buttons = card_lines(my_actions_card([action_view(1, what="Share the figures")]))
    assert "ACSP-1  Share the figures" in lines
    assert "    [Done ACSP-1]  [Snooze a week ACSP-1]  [Add update ACSP-1]" in lines
    assert "    [Set date ACSP-1]" in lines
    assert [b["verb"] for b in buttons] == ["done", "snooze", "addupdate", "newdate"]


def test_the_demo_board_in_teams_lists_actions_and_a_done_press_replaces_the_card(sqlite_db, clock):
    from handlers.services import Services

    services = Services(db=sqlite_db, clock=clock)
    out = io.StringIO()
    status = run_teams_console(sqlite_db, services, speaker=None, demo=True, stdin=io.StringIO(""), stdout=out)
    assert status == 0
    with sqlite_db.unit_of_work() as reg:
        board = reg.boards()[0]
        owner = next(a.owner for a in reg.actions_of_board(board.id) if a.owner is not None)
        name = owner.name
    out = io.StringIO()
    script = "myactions\n"
    run_teams_console(sqlite_db, services, speaker=name, demo=False, stdin=io.StringIO(script), stdout=out)
    shown = out.getvalue()
    assert f"you are {name}" in shown and "open action" in shown
    done = next(line for line in shown.splitlines() if "[Done " in line).split("[")[1].split("]")[0]
    out = io.StringIO()
    run_teams_console(sqlite_db, services, speaker=name, demo=False, stdin=io.StringIO(f"myactions\n{done}\nmyactions\n"),
                      stdout=out)
    after = out.getvalue()
    assert "(the card is replaced)" in after and f"{done.split()[1]} " in after and "is done." in after
    assert after.count("[" + done + "]") == 1, "gone from the list after the press"
    out = io.StringIO()
    run_teams_console(sqlite_db, services, speaker=name, demo=False, stdin=io.StringIO("gardening\n"), stdout=out)
    assert "I don't know “gardening”; try help." in out.getvalue()


def test_the_command_line_console_speaks_as_a_teams_user(tmp_path):
    from tests.bot_cli import bot_here

    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'console.db'}"}
    result = bot_here("console", "--teams", "--demo", "--as", "Tom Ellery", env=env, cwd=tmp_path,
                      without=("SLACK_", "TEAMS_"),
                      stdin="myactions\nDone AHWB-2\ndone AHWB-99\nas Ruth Okafor\nmyactions\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "as in Teams" in out and "you are Tom Ellery" in out
    assert "[Done AHWB-2]" in out and "(the card is replaced)" in out and "AHWB-2 Draft the terms of reference" in out
    assert "I can't find an action AHWB-99" in out
    assert "(you are now Ruth Okafor)" in out and "AHWB-3" in out
    unknown = bot_here("console", "--teams", "--as", "Nobody At All", env=env, cwd=tmp_path,
                       without=("SLACK_", "TEAMS_"))
    assert unknown.returncode == 2
