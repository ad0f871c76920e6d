"""What an operator meets first: a wrong DATABASE_URL, where `serve` listens, `run-job --at`,
and a quiet, quick command line."""

from __future__ import annotations

import logging
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from tests.bot_cli import bot_here, bot_process

ROOT = Path(__file__).resolve().parents[2]
ASHBOURNE = ROOT / "tests" / "fixtures" / "minutes" / "what-who-when-table.txt"
PASSWORD = "s3cret-pw"


def run(*args: str, env: dict[str, str], cwd: Path):  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), *args], capture_output=True, text=True,
                          env={**os.environ, **env}, cwd=cwd, timeout=60)


@pytest.fixture
def env(tmp_path):  # type: ignore[no-untyped-def]
    clean = {k: "" for k in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "HOST", "PORT")}
    return {**clean, "DATABASE_URL": f"sqlite:///{tmp_path / 'operator.db'}", "BOT_TIMEZONE": "Europe/London"}


@pytest.fixture(autouse=True)
def logging_as_it_was():  # type: ignore[no-untyped-def]
    """run-job in this process sets up the process's logging: put it back for the tests that follow."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    filters = {handler: list(handler.filters) for handler in handlers}
    yield
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    for handler, kept in filters.items():
        handler.filters[:] = kept
    logging.getLogger("alembic").setLevel(logging.NOTSET)


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """`python bot.py ...` in this process (no interpreter to start): returns (status, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "HOST", "PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'operator.db'}")
    monkeypatch.setenv("BOT_TIMEZONE", "Europe/London")

    def run_here(*args: str, **environ: str):  # type: ignore[no-untyped-def]
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        status = bot.main(list(args))
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, out, err)

    return run_here


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.mark.parametrize("url,says", [
    ("sqlite:///{tmp}/no/such/folder/m.db", "folder"),
    ("matters on the shared drive", "not a database URL"),
    (f"mysql://ops:{PASSWORD}@db.example/matters", "not installed"),
    (f"postgresql+asyncpg://ops:{PASSWORD}@db.example/matters", "not installed"),
    (f"oracle9://ops:{PASSWORD}@db.example/matters", "not a database this bot knows"),
    (f"postgresql+psycopg://ops:{PASSWORD}@127.0.0.1:{{port}}/matters", "cannot be used"),
])
def test_a_bad_database_url_is_one_line_and_exit_2_never_the_password(cli, tmp_path, url, says):
    import socket

    with socket.socket() as probe:  # a port with nothing listening on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = url.format(tmp=tmp_path, port=port)
    for command in (["board", "add", "Ashbourne"], ["db", "upgrade"], ["run-job", "nudges", "--dry-run"]):
        result = cli(*command, DATABASE_URL=url)
        line = one_error_line(result)
        assert says in line and PASSWORD not in result.stderr + result.stdout, line


def test_export_minutes_into_a_folder_that_does_not_exist_is_one_line(cli, tmp_path):
    assert cli("import-minutes", str(ASHBOURNE)).returncode == 0
    result = cli("export-minutes", "ACSP:2015-03-05", "--output", str(tmp_path / "nowhere" / "m.md"))
    assert "does not exist" in one_error_line(result)
    written = cli("export-minutes", "ACSP:2015-03-05", "--output", str(tmp_path / "m.md"))
    assert written.returncode == 0 and (tmp_path / "m.md").read_text().strip()


class DroppingSender:
    """Delivers the first message, then the database goes away (its folder is moved)."""

    def __init__(self, db, folder: Path):  # type: ignore[no-untyped-def]
        self.db, self.folder, self.sent = db, folder, 0

    def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
        self.sent += 1
        self.db.engine.dispose()
        if self.folder.exists():
            shutil.move(self.folder, self.folder.with_name("moved-away"))
        return recipient, "1.0"


def test_run_job_when_the_database_drops_mid_sweep_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{folder / 'jobs.db'}")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("BOT_TIMEZONE", "Europe/London")
    assert bot.main(["import-minutes", str(ASHBOURNE), "--channel", "C0ASHBOURNE"]) == 0
    from storage.database import Database

    linked = Database.connect(f"sqlite:///{folder / 'jobs.db'}")
    with linked.unit_of_work() as reg:
        for board in reg.boards():
            for member in reg.members_of_board(board.id):
                member.slack_id = f"U{member.id:04d}"
    linked.engine.dispose()
    opened = []
    real_open = bot.open_database

    def open_database(settings):  # type: ignore[no-untyped-def]
        opened.append(real_open(settings))
        return opened[-1]

    monkeypatch.setattr(bot, "open_database", open_database)
    monkeypatch.setattr(bot, "slack_jobs_io", lambda settings, db: (DroppingSender(opened[-1], folder), lambda: []))
    capsys.readouterr()
    assert bot.main(["run-job", "nudges", "--at", "2015-04-01"]) == 2  # two owners are due a reminder
    err = capsys.readouterr().err
    assert "Traceback" not in err
    [line] = [line for line in err.splitlines() if line.startswith("error:")]
    assert "jobs.db" in line and "does not exist" in line  # the folder was moved away mid-sweep


class Launched(Exception):
    """gunicorn would have started with these arguments."""


@pytest.fixture
def launch(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """`serve` as far as the exec of gunicorn; returns the --bind it would give."""
    monkeypatch.chdir(tmp_path)
    for name in ("HOST", "PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'serve.db'}")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")

    def execv(path, argv):  # type: ignore[no-untyped-def]
        raise Launched(argv[argv.index("--bind") + 1])

    monkeypatch.setattr(bot.os, "execv", execv)

    def serve(*args: str) -> str:
        with pytest.raises(Launched) as launched:
            bot.main(["serve", *args])
        return str(launched.value)

    return serve


def test_serve_listens_on_this_machine_only_unless_told(launch, monkeypatch):
    assert launch() == "127.0.0.1:3000"
    assert launch("--host", "0.0.0.0", "--port", "8080") == "0.0.0.0:8080"
    assert launch("--host", "::") == "[::]:3000"
    monkeypatch.setenv("HOST", "0.0.0.0")
    assert launch() == "0.0.0.0:3000"


def test_a_bad_host_is_one_line_and_exit_2(cli):
    assert "not an address" in one_error_line(cli("serve", "--host", "http://0.0.0.0"))
    assert "HOST" in one_error_line(cli("serve", HOST="every where"))


def test_gunicorn_binds_host_and_port_and_the_procfile_binds_every_address(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.setenv("PORT", "5055")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["bind"] == "127.0.0.1:5055"
    monkeypatch.setenv("HOST", "0.0.0.0")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["bind"] == "0.0.0.0:5055"
    [web] = [line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:")]
    assert "--bind 0.0.0.0:$PORT" in web


def test_a_date_alone_is_nine_oclock_that_working_day(cli):
    assert cli("import-minutes", str(ASHBOURNE), "--channel", "C0ASHBOURNE").returncode == 0
    dry = cli("run-job", "nudges", "--at", "2015-03-19", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Map the hotspots against CCTV coverage" in dry.stdout


def test_at_without_an_offset_is_read_in_each_boards_own_time_zone(cli):
    assert cli("import-minutes", str(ASHBOURNE), "--channel", "C0ASHBOURNE",
               BOT_TIMEZONE="Pacific/Auckland").returncode == 0
    # Half past nine in Auckland: the board's morning, though London's evening before.
    morning = cli("run-job", "nudges", "--at", "2015-03-19T09:30", "--dry-run", BOT_TIMEZONE="Europe/London")
    assert "Map the hotspots against CCTV coverage" in morning.stdout, morning.stdout
    # Half past nine London time, given with its offset, is night in Auckland: nothing to send.
    night = cli("run-job", "nudges", "--at", "2015-03-19T09:30+00:00", "--dry-run")
    assert night.stdout.strip() == "nothing to send"


@pytest.mark.parametrize("runner", [pytest.param(bot_here, id="here"),
                                    pytest.param(bot_process, id="process", marks=pytest.mark.slow)])
def test_commands_do_not_log_alembics_chatter(env, tmp_path, runner):
    result = runner("run-job", "nudges", "--dry-run", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "alembic" not in result.stderr and "Context impl" not in result.stderr
    assert "schema_upgraded from=empty" in result.stderr
    again = bot_here("run-job", "nudges", "--dry-run", env=env, cwd=tmp_path)  # the next, in this process
    assert "alembic" not in again.stderr and "schema_upgraded" not in again.stderr


def test_a_web_worker_does_not_warn_that_its_token_is_unused(monkeypatch, tmp_path, caplog):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'web.db'}")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
    with caplog.at_level("WARNING"):
        bot.wsgi_app().db.engine.dispose()
    assert not [r for r in caplog.records if r.levelname == "WARNING"], caplog.text


def test_help_imports_neither_the_database_nor_slack():
    probe = ("import sys, contextlib, io\nsys.argv = ['bot.py']\nimport bot\n"
             "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
             "    bot.main(['--help'])\n"
             "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
             "    bot.main(['run-job', '--help'])\n"
             "print(sorted(m for m in ('sqlalchemy', 'alembic', 'slack_bolt', 'slack_sdk', 'jinja2', 'dateparser')"
             " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_run_job_knows_every_sweep_by_name():
    from jobs import SWEEP_NAMES
    from jobs.runner import SWEEPS

    assert sorted(SWEEPS) == sorted(SWEEP_NAMES)
