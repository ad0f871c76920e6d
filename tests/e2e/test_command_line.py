"""The command line of ../shared/CONTRACT.md, run as an operator would run it."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

from console.local_slack import LocalSlack
from tests.bot_cli import bot_here, bot_process
from tests.slack_requests import signature_headers

ROOT = Path(__file__).resolve().parents[2]


# Most commands run in this process (tests.bot_cli.bot_here: an interpreter's start costs about a
# second of CPU); `process` starts the real one, once for each kind of process an operator starts.
run = run_here = bot_here
process = bot_process
# A test about what a command does runs it both ways: here by default, as a real process in the slow suite.
BOTH_WAYS = pytest.mark.parametrize("runner", [pytest.param(bot_here, id="here"),
                                               pytest.param(bot_process, id="process", marks=pytest.mark.slow)])


@pytest.fixture
def env(tmp_path):  # type: ignore[no-untyped-def]
    clean = {k: "" for k in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN")}
    return {**clean, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}


def test_board_add_creates_then_updates_a_board(env, tmp_path):
    first = run_here("board", "add", "Chorley Public Service Reform Board", "--channel", "C0CHORLEY", env=env,
                     cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "created board 1: Chorley Public Service Reform Board (CPSRB) in channel C0CHORLEY" in first.stdout
    again = run_here("board", "add", "Chorley Public Service Reform Board", "--timezone", "Europe/London", env=env,
                     cwd=tmp_path)
    assert again.returncode == 0 and "updated board 1" in again.stdout


@pytest.mark.parametrize("args", [
    ["board", "add", "X", "--timezone", "Mars/Olympus"],
    ["board", "add", "   "],
    ["board"],
    ["frobnicate"],
    [],
    ["serve"],
    ["socket"],
])
def test_bad_usage_or_input_exits_2_with_one_clear_line(env, tmp_path, args):
    # In this process but for one case: the others need no interpreter of their own to show it.
    result = (process if args == ["frobnicate"] else run_here)(*args, env=env, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr


def test_serve_and_socket_say_which_setting_is_missing(env, tmp_path):
    assert "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set" in run("serve", env=env, cwd=tmp_path).stderr
    assert "SLACK_APP_TOKEN is not set" in run("socket", env={**env, "SLACK_BOT_TOKEN": "xoxb-1"}, cwd=tmp_path).stderr


@pytest.mark.parametrize("command", [["--help"], ["serve", "--help"], ["console", "--help"], ["db", "--help"],
                                     ["board", "add", "--help"]])
def test_help_works_on_each_command(command):
    result = run(*command)
    assert result.returncode == 0 and "usage:" in result.stdout


@BOTH_WAYS
def test_db_upgrade_brings_an_empty_database_up_to_date(env, tmp_path, runner):
    result = runner("db", "upgrade", env=env, cwd=tmp_path)
    assert result.returncode == 0 and "up to date" in result.stdout
    assert run_here("db", "upgrade", env=env, cwd=tmp_path).returncode == 0


@BOTH_WAYS
def test_the_demo_console_answers_myactions_and_a_done_click(env, tmp_path, runner):
    result = runner("console", "--demo", env=env, cwd=tmp_path,
                 stdin="/myactions\nDone AHWB-2\n/done AHWB-99\n/as Ruth Okafor\n/myactions\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "you are Tom Ellery" in out
    assert "[Done AHWB-2]" in out and "AHWB-2 Draft the terms of reference" in out and "is done" in out
    assert "I can't find an action AHWB-99" in out
    assert "(you are now Ruth Okafor)" in out and "AHWB-3" in out


def test_the_console_speaks_as_the_member_named(env, tmp_path):
    result = run("console", "--demo", "--as", "Janine Holt", env=env, cwd=tmp_path, stdin="/myactions\n")
    assert "you are Janine Holt" in result.stdout and "befriending" in result.stdout
    unknown = run("console", "--as", "Nobody At All", env=env, cwd=tmp_path, stdin="")
    assert unknown.returncode == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_the_web_process_under_gunicorn_through_the_contract(env, tmp_path):
    with LocalSlack() as slack:
        slack.add_user("U0SARAH", "Sarah Jameson", "sarah@council.example")
        secret, port = "serve-secret", _free_port()
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "bot.py"), "serve", "--port", str(port)], cwd=tmp_path,
            env={**os.environ, **env, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret,
                 "SLACK_API_URL": slack.api_url, "WEB_CONCURRENCY": "1", "LOG_LEVEL": "DEBUG"},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            base = f"http://127.0.0.1:{port}"
            # However loaded the machine, a server that is still starting is waited for; one that has
            # stopped is a failure at once.
            deadline = time.monotonic() + 120
            while server.poll() is None and time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(f"{base}/healthz", timeout=5) as health:
                        assert json.load(health) == {"ok": True}
                        break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail("serve never answered /healthz")
            body = urlencode({"command": "/board", "text": "setup Chorley Public Service Reform Board",
                              "user_id": "U0SARAH", "channel_id": "C0BOARD", "team_id": "T1",
                              "response_url": slack.response_url(), "trigger_id": "t"})
            signed = urllib.request.Request(f"{base}/slack/events", data=body.encode(),
                                            headers=signature_headers(secret, body), method="POST")
            with urllib.request.urlopen(signed, timeout=60) as reply:
                answer = json.load(reply)["text"]
            if "CPSRB" not in answer:  # a loaded machine ran past the answer budget: the reply follows
                [late] = slack.wait_for("respond", timeout=60)
                answer = late.body["text"]
            assert "CPSRB" in answer
            unsigned = urllib.request.Request(f"{base}/slack/events", data=body.encode(), method="POST")
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(unsigned, timeout=60)
            assert refused.value.code == 401
        finally:
            server.terminate()
            output = server.communicate(timeout=10)[0]
        assert "xoxb-test" not in output and secret not in output
        assert re.search(r"what=/board who=U0SARAH status=200 outcome=(ok|held)\b", output) and "DEBUG" in output


FIXTURES = ROOT / "tests" / "fixtures" / "minutes"


def test_import_minutes_json_prints_an_object_for_one_file_and_an_array_for_several(env, tmp_path):
    one = run("import-minutes", str(FIXTURES / "what-who-when-table.txt"), "--dry-run", "--json", env=env,
              cwd=tmp_path)
    assert one.returncode == 0, one.stderr
    reading = json.loads(one.stdout)
    assert reading["board"] == "Ashbourne Community Safety Partnership" and reading["date"] == "2015-03-05"
    assert set(reading) == {"board", "date", "start_time", "end_time", "venue", "theme", "present", "apologies",
                            "agenda_items", "decisions", "declarations", "actions", "next_meeting"}
    several = run("import-minutes", str(FIXTURES), "--dry-run", "--json", env=env, cwd=tmp_path)
    assert several.returncode == 0 and isinstance(json.loads(several.stdout), list)
    assert not (tmp_path / "cli.db").exists(), "a dry run wrote a database"


@BOTH_WAYS
def test_import_minutes_records_once_and_binds_the_channel(env, tmp_path, runner):
    path = str(FIXTURES / "what-who-when-table.txt")
    first = runner("import-minutes", path, "--channel", "C0ASHBOURNE", env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "recorded" in first.stdout and "actions added" in first.stdout
    again = run("import-minutes", path, env=env, cwd=tmp_path)
    assert "already recorded, unchanged" in again.stdout


@pytest.mark.parametrize("name,content", [
    ("empty.txt", b""), ("binary.txt", bytes(range(256)) * 4), ("fake.docx", b"not a zip at all"),
    ("fake.pdf", b"%PDF-1.4 nonsense"), ("notes.xls", b"whatever"),
])
def test_bad_minutes_files_exit_2_with_one_line_and_write_nothing(env, tmp_path, name, content):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("import-minutes", str(bad), env=env, cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "cli.db").exists()


def test_a_missing_minutes_path_exits_2(env, tmp_path):
    result = run("import-minutes", str(tmp_path / "nowhere.docx"), env=env, cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_a_dry_run_without_json_prints_a_readable_summary_with_what_it_could_not_place(env, tmp_path):
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Westfold Leadership Board\n\nMinutes of the meeting held on 3 March 2015\n\n"
                       "Present: Ann Cole (Chair), Raj Khanna\n\n1. Budget\n\n"
                       "ACTION: Raj Khanna to circulate the budget by 31 March 2015.\n"
                       "ACTION: Write to the funders.\n")
    result = run("import-minutes", str(minutes), "--dry-run", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Westfold Leadership Board, 3 March 2015" in out and "present (2): Ann Cole" in out
    assert "Circulate the budget — Raj Khanna, 31 Mar 2015" in out
    assert "could not place:" in out and "action with no owner: Write to the funders" in out
    assert not (tmp_path / "cli.db").exists()


def _contents(database: Path) -> list[str]:
    """Every row and schema statement of a SQLite database: what a write would change. (Its bytes are not:
    SQLite's write-ahead log may be folded into the file whenever a process closes it, changing nothing.)"""
    import sqlite3

    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_a_dry_run_says_which_earlier_action_each_carried_action_is_and_what_is_uncertain(env, tmp_path):
    october, january = tmp_path / "october.txt", tmp_path / "january.txt"
    october.write_text("Westfold Health and Wellbeing Board\n\nMinutes of the meeting held on 14 October 2025\n\n"
                       "Present: Ann Cole (Chair), Raj Khanna, Beth Lowe\n\n1. Governance\n\n"
                       "ACTION: Raj Khanna to circulate the updated terms of reference to members by 30 November 2025.\n"
                       "ACTION: Raj Khanna to report on the homelessness strategy review to the board.\n"
                       "ACTION: Raj Khanna to report on the homelessness strategy review to the cabinet.\n")
    january.write_text("Westfold Health and Wellbeing Board\n\nMinutes of the meeting held on 13 January 2026\n\n"
                       "Present: Ann Cole (Chair), Raj Khanna, Beth Lowe\n\n1. Matters arising\n\n"
                       "Terms of reference to members (Raj Khanna) - carried forward.\n"
                       "Suicide prevention needs assessment to be shared with partners (Beth Lowe) - carried forward.\n"
                       "Homelessness strategy review report (Raj Khanna) - carried forward.\n")
    assert run("import-minutes", str(october), "--new-board", env=env, cwd=tmp_path).returncode == 0
    before = _contents(tmp_path / "cli.db")
    result = run("import-minutes", str(january), "--dry-run", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "\n".join([
        "  carried actions:",
        "    - Carried “Terms of reference to members”: is WHWB-1 “Circulate the updated terms of reference to "
        "members” (similar words)",
        "    - Carried “Share suicide prevention needs assessment with partners”: matches no open action, so "
        "it will be added as new",
        "    - Carried “Homelessness strategy review report”: could be WHWB-2 or WHWB-3, so it will be added as new",
        "  could not place:",
        "    ! carried action could be WHWB-2 or WHWB-3, so it will be added as new: Homelessness strategy review "
        "report",
    ]) in result.stdout
    assert _contents(tmp_path / "cli.db") == before, "a dry run writes nothing"
    recorded = run("import-minutes", str(january), env=env, cwd=tmp_path)
    assert "2 actions added" in recorded.stdout
    assert "Carried “Terms of reference to members”: is WHWB-1" in recorded.stdout
    assert "matched no open action, so it was added as new, WHWB-4" in recorded.stdout


def test_a_dry_run_makes_no_database_to_compare_carried_actions_with(env, tmp_path):
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Westfold Health and Wellbeing Board\n\nMinutes of the meeting held on 13 January 2026\n\n"
                       "Present: Ann Cole (Chair)\n\n1. Matters arising\n\n"
                       "Terms of reference to members (Ann Cole) - carried forward.\n")
    result = run("import-minutes", str(minutes), "--dry-run", env=env, cwd=tmp_path)
    assert result.returncode == 0 and "(carried forward)" in result.stdout
    assert "carried actions:" not in result.stdout and not (tmp_path / "cli.db").exists()


def test_a_folder_import_goes_on_past_a_bad_file_and_names_it_at_the_end(env, tmp_path):
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "a-broken.docx").write_bytes(b"not a zip at all")
    (folder / "b-good.txt").write_bytes((FIXTURES / "what-who-when-table.txt").read_bytes())
    result = run("import-minutes", str(folder), env=env, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "b-good.txt" in result.stdout and "recorded" in result.stdout
    assert "1 of 2 files not imported" in result.stderr and "a-broken.docx" in result.stderr


def test_a_mistyped_board_is_refused_naming_the_board_it_is_close_to(env, tmp_path):
    path = str(FIXTURES / "what-who-when-table.txt")
    assert run("board", "add", "Chorley Public Service Reform Board", env=env, cwd=tmp_path).returncode == 0
    typo = run("import-minutes", path, "--board", "Chorly PSR Board", env=env, cwd=tmp_path)
    assert typo.returncode == 2 and "Chorley Public Service Reform Board" in typo.stderr
    assert len(typo.stderr.strip().splitlines()) == 1
    meant = run("import-minutes", path, "--board", "Chorly PSR Board", "--new-board", env=env, cwd=tmp_path)
    assert meant.returncode == 0, meant.stderr and "Chorly PSR Board" in meant.stdout


def test_reimporting_a_thin_document_merges_and_replace_removes_what_it_lacks(env, tmp_path):
    full = FIXTURES / "what-who-when-table.txt"
    assert run("import-minutes", str(full), env=env, cwd=tmp_path).returncode == 0
    thin = tmp_path / "thin.txt"
    thin.write_text("Ashbourne Community Safety Partnership\n\nMinutes of the meeting held on 5 March 2015\n")
    merged = run("import-minutes", str(thin), env=env, cwd=tmp_path)
    assert merged.returncode == 0 and "merged" in merged.stdout and "removed" not in merged.stdout
    replaced = run("import-minutes", str(thin), "--replace", env=env, cwd=tmp_path)
    assert replaced.returncode == 0 and "removed: the venue" in replaced.stdout
