"""Matters Arising: the composition root and command line.

settings -> database -> services -> Bolt app -> the chosen mode. See
../shared/CONTRACT.md for the commands; `python bot.py COMMAND --help` for each.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo
from typing import TYPE_CHECKING, Any, NoReturn

from config import Settings, check_host, listen_address
from logs import configure_logging
from domain.errors import DomainError

# The database, Bolt and the sweeps are imported by the commands that use them, so that
# `--help` and a mistyped command answer at once.
if TYPE_CHECKING:
    from domain.moments import Moment
    from storage.database import Database

ROOT = Path(__file__).resolve().parent


class UsageError(Exception):
    """Bad usage or bad input: one line on stderr, exit status 2."""


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def open_database(settings: Settings) -> Database:
    from storage.database import Database, SchemaBehind, ensure_schema

    db = Database.connect(settings.database_url)
    try:
        ensure_schema(db.engine)
    except SchemaBehind as error:
        raise UsageError(str(error)) from None
    return db


def build_services(settings: Settings, db: Database):  # type: ignore[no-untyped-def]
    from handlers.services import Services

    return Services(db=db, clock=utc_now, default_timezone=settings.timezone, public_url=settings.public_url)


def build_app(settings: Settings, db: Database, *, process_before_response: bool = False):  # type: ignore[no-untyped-def]
    from handlers import create_app

    return create_app(
        build_services(settings, db),
        token=settings.bot_token or "",
        signing_secret=settings.signing_secret,
        api_url=settings.api_url,
        process_before_response=process_before_response,
    )


def require(settings: Settings, *names: str) -> None:
    missing = settings.missing(*names)
    if missing:
        raise UsageError(f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set; see .env.example")


def wsgi_app():  # type: ignore[no-untyped-def]
    """The web process's WSGI app (the Procfile runs it under gunicorn)."""
    from storage.database import Database
    from web import WebApp

    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.secrets())
    require(settings, "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")
    db = Database.connect(settings.database_url)
    return WebApp(build_app(settings, db), db, settings.signing_secret or "")


# -- commands --------------------------------------------------------------
def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    require(settings, "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")
    open_database(settings).engine.dispose()
    address = listen_address(args.host or settings.host, args.port or settings.port)
    gunicorn = [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "gunicorn.conf.py"),
                "--chdir", str(ROOT), "--bind", address, "bot:wsgi_app()"]
    os.execv(sys.executable, gunicorn)
    return 0  # not reached: exec replaces this process


def cmd_socket(settings: Settings, args: argparse.Namespace) -> int:
    require(settings, "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from jobs.runner import SweepContext
    from jobs.scheduler import background_worker

    db = open_database(settings)
    app = build_app(settings, db)
    sender, directory = slack_jobs_io(settings, db)
    scheduler = background_worker(db, sender, directory, clock=utc_now,
                                  context=SweepContext(public_url=settings.public_url))
    try:
        SocketModeHandler(app, settings.app_token).start()
    finally:
        scheduler.shutdown(wait=True)
    return 0


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def teams_connector(settings: Settings):  # type: ignore[no-untyped-def]
    """The Bot Connector client: with the app's token when its credentials are set, bare in local mode."""
    from teams.connector import AppToken, Connector

    token = None
    if settings.teams_app_id and settings.teams_app_password:
        token = AppToken(settings.teams_app_id, settings.teams_app_password, settings.teams_token_endpoint)
    return Connector(token)


def teams_history(settings: Settings, connector):  # type: ignore[no-untyped-def]
    """Microsoft Graph, read with the app's own token, for Teams messages whose answer was lost; None
    without the app's credentials and tenant (Graph's app-only tokens are issued per tenant)."""
    from teams.connector import AppToken
    from teams.history import GRAPH_SCOPE, GraphHistory

    if not (settings.teams_app_id and settings.teams_app_password and settings.teams_tenant_id):
        return None
    token = AppToken(settings.teams_app_id, settings.teams_app_password, settings.teams_token_endpoint,
                     scope=GRAPH_SCOPE)
    return GraphHistory(settings.teams_graph_url, token.value, settings.teams_app_id, connector.team)


def cmd_teams(settings: Settings, args: argparse.Namespace) -> int:
    host, port = args.host or settings.host, args.port or 3978
    if not settings.teams_app_id and host not in LOOPBACK:
        raise UsageError(f"local mode (TEAMS_APP_ID unset) listens on loopback only, not {host}; "
                         "set TEAMS_APP_ID and TEAMS_APP_PASSWORD to serve Teams")
    import uvicorn

    from teams.app import create_app
    from teams.auth import InboundAuth

    if settings.teams_app_id:
        auth = InboundAuth(settings.teams_app_id, settings.teams_openid_url)
        if not settings.teams_app_password:
            print("warning: TEAMS_APP_PASSWORD is not set, so replies go to the Bot Connector without a token",
                  file=sys.stderr)
    else:
        auth = None
        print(f"local mode: TEAMS_APP_ID is not set, so activities are NOT authenticated; "
              f"listening on {host}:{port} only (for the Bot Framework Emulator and tests)", file=sys.stderr)
    db = open_database(settings)
    app = create_app(build_services(settings, db), teams_connector(settings), auth)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
    return 0


def cmd_teams_manifest(settings: Settings, args: argparse.Namespace) -> int:
    from teams.manifest import app_package

    if not settings.teams_app_id:
        raise UsageError("TEAMS_APP_ID is not set; the package names the bot by its Microsoft app id")
    package = app_package(settings.teams_app_id, public_url=settings.public_url)
    Path(args.output).write_bytes(package)
    print(f"wrote {args.output}: upload it in Teams (Apps > Manage your apps > Upload an app)")
    return 0


def cmd_console(settings: Settings, args: argparse.Namespace) -> int:
    db = open_database(settings)
    if args.teams:
        from console.teams_shell import run_teams_console

        return run_teams_console(db, build_services(settings, db), speaker=args.as_name, demo=args.demo,
                                 stdin=sys.stdin, stdout=sys.stdout)
    from console.shell import run_console

    return run_console(db, build_services(settings, db), speaker=args.as_name, demo=args.demo,
                       stdin=sys.stdin, stdout=sys.stdout)


def cmd_db(settings: Settings, args: argparse.Namespace) -> int:
    from storage.database import Database, upgrade

    db = Database.connect(settings.database_url)
    upgrade(db.engine)
    print("database schema is up to date")
    return 0


def cmd_board(settings: Settings, args: argparse.Namespace) -> int:
    from domain.boards import save_board
    from domain.carry_forward import SETTING as CARRY_SETTING

    db = open_database(settings)
    with db.unit_of_work() as reg:
        board, created = save_board(reg, args.name, now=utc_now(), timezone=args.timezone or settings.timezone,
                                    channel_id=args.channel)
        if args.carry_forward is not None:
            board.settings = {**(board.settings or {}), CARRY_SETTING: args.carry_forward}
        line = f"{'created' if created else 'updated'} board {board.id}: {board.name} ({board.code})"
        if board.channel_id:
            line += f" in channel {board.channel_id}"
    print(line)
    return 0


def cmd_import_minutes(settings: Settings, args: argparse.Namespace) -> int:
    import contextlib
    import json

    from domain.boards import board_for_import, save_board
    from domain.meeting_record import record_minutes
    from messages.carried import carried_lines
    from minutes import MinutesFileError, extract_text, minutes_paths, read_minutes

    try:
        paths = minutes_paths([Path(p) for p in args.paths])
    except MinutesFileError as error:
        raise UsageError(str(error)) from None
    readings, failed = [], []
    # (Dues such as "within two weeks" in minutes with no date of their own count from today where boards meet.)
    today = utc_now().astimezone(ZoneInfo(settings.timezone)).date()
    for path in paths:  # a folder import goes on past a bad file and names it at the end
        try:
            readings.append((path, read_minutes(extract_text(path), today=today)))
        except MinutesFileError as error:
            failed.append(str(error))
    if args.json:
        found = [minutes.to_json() for _, minutes in readings]
        print(json.dumps(found[0] if len(paths) == 1 and found else found, indent=2, ensure_ascii=False))
    elif args.dry_run:
        print("\n\n".join(_dry_run_summary(settings, args, path, minutes) for path, minutes in readings))
    lines = []
    if not args.dry_run:
        for path, minutes in readings:
            if not (args.board or minutes.board):
                failed.append(f"{path.name}: no board name found in the minutes; say which with --board NAME")
            elif minutes.date is None:
                failed.append(f"{path.name}: no meeting date found in the minutes")
        readings = [(p, m) for p, m in readings if (args.board or m.board) and m.date is not None]
        db = open_database(settings) if readings else None
        with db.unit_of_work() if db else contextlib.nullcontext() as reg:
            for path, minutes in readings:
                try:
                    board_for_import(reg, args.board or minutes.board, allow_new=args.new_board)
                except DomainError as error:
                    failed.append(f"{path.name}: {error}")
                    continue
                board, _ = save_board(reg, args.board or minutes.board, now=utc_now(), timezone=settings.timezone,
                                      channel_id=args.channel)
                done = record_minutes(reg, minutes, board, now=utc_now(), digest=minutes.digest(),
                                      replace=args.replace)
                line = f"{path.name}: {board.name}, meeting of {minutes.date:%-d %B %Y} "
                if done.unchanged:
                    line += "already recorded, unchanged"
                else:
                    line += (f"{'recorded' if done.created else 'merged' if not args.replace else 'replaced'}: "
                             f"{done.actions_added} actions added, {done.actions_updated} updated")
                if done.unmatched_owners:
                    line += f"; owners kept as written (no member matches): {', '.join(done.unmatched_owners)}"
                if done.removed:
                    line += "; removed: " + "; ".join(done.removed)
                lines.append(line)
                lines += [f"  {carried.text}" for carried in carried_lines(done.carried, board.code, recorded=True)]
    if lines:
        print("\n".join(lines), file=sys.stderr if args.json else sys.stdout)
    if failed and len(paths) == 1:
        raise UsageError(failed[0])
    if failed:
        print(f"{len(failed)} of {len(paths)} file{'s' if len(paths) != 1 else ''} not imported:", file=sys.stderr)
        print("\n".join(f"  {line}" for line in failed), file=sys.stderr)
        return 2
    return 0


def _dry_run_summary(settings: Settings, args: argparse.Namespace, path: Path, minutes: Any) -> str:
    """The readable summary of one file's reading; when the register already holds its board, with what
    each carried action would be (an earlier open action, or new), the uncertain ones with what could not
    be placed. A dry run writes nothing, nor makes a database that is not there."""
    from domain.boards import board_for_import
    from domain.meeting_record import carried_preview
    from messages.carried import with_carried
    from minutes.summary import summary

    text = summary(minutes, path.name)
    name = args.board or minutes.board
    if not name or not any(action.carried for action in minutes.actions) or not _register_exists(settings):
        return text
    from storage.database import Database, schema_is_current

    # (Not open_database: that would make the schema in an empty database, or refuse an outdated one.)
    db = Database.connect(settings.database_url)
    try:
        if not schema_is_current(db.engine):
            return text
        with db.unit_of_work() as reg:
            try:
                board = board_for_import(reg, name, allow_new=True)
            except DomainError:
                board = None
            if board is None:
                return text
            return with_carried(text, carried_preview(reg, minutes, board, now=utc_now()), board.code)
    finally:
        db.engine.dispose()


def _register_exists(settings: Settings) -> bool:
    """Whether the database is there to read (a SQLite file that is missing is not made by reading)."""
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite":
        return True
    return bool(url.database) and url.database != ":memory:" and Path(url.database).exists()


def cmd_export_minutes(settings: Settings, args: argparse.Namespace) -> int:
    from minutes.from_register import minutes_of
    from minutes.writer import write_minutes

    output = Path(args.output) if args.output else None
    if output is not None and not output.resolve().parent.is_dir():
        raise UsageError(f"--output {args.output}: the folder {output.resolve().parent} does not exist")
    db = open_database(settings)
    with db.unit_of_work() as reg:
        meeting = reg.find_meeting(args.meeting)
        if meeting is None:
            raise UsageError(f"no meeting {args.meeting!r}: give its id or BOARDCODE:YYYY-MM-DD, e.g. CPSRB:2015-02-10")
        document = write_minutes(minutes_of(reg, meeting, include_exempt=args.include_exempt), args.format)
    if output is not None:
        try:
            output.write_bytes(document)
        except OSError as error:
            raise UsageError(f"--output {args.output}: cannot write there ({error.strerror})") from None
    else:
        sys.stdout.buffer.write(document)
        sys.stdout.flush()
    return 0


def cmd_export_decisions(settings: Settings, args: argparse.Namespace) -> int:
    from datetime import date

    from domain.decisions import register_of
    from templates.decisions_export import decisions_csv, decisions_markdown

    try:
        since = date.fromisoformat(args.since) if args.since else None
    except ValueError:
        raise UsageError(f"--since {args.since!r} is not a date such as 2015-02-10") from None
    output = Path(args.output) if args.output else None
    if output is not None and not output.resolve().parent.is_dir():
        raise UsageError(f"--output {args.output}: the folder {output.resolve().parent} does not exist")
    db = open_database(settings)
    with db.unit_of_work() as reg:
        board = reg.board_by_code(args.board) if len(args.board) <= 12 else None
        board = board or reg.board_by_name(" ".join(args.board.split()))
        if board is None:
            raise UsageError(f"no board {args.board[:120]!r}: give its name or its code")
        decisions = register_of(reg, board, since=since, include_exempt=args.include_exempt)
        write = decisions_csv if args.format == "csv" else decisions_markdown
        document = write(board.name, decisions)
    if output is not None:
        try:
            output.write_text(document, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"--output {args.output}: cannot write there ({error.strerror})") from None
    else:
        sys.stdout.write(document)
        sys.stdout.flush()
    return 0


def slack_jobs_io(settings: Settings, db: Database):  # type: ignore[no-untyped-def]
    """The sender and directory the sweeps use: Slack's Web API, the Bot Connector, and e-mail."""
    from handlers import web_client
    from handlers.delivery import SlackSender
    from handlers.services import workspace_directory
    from jobs.mail import MailSender, RoutingSender
    from teams.connector import TeamsSender

    client = web_client(settings.bot_token or "", settings.api_url)
    mail = MailSender(settings.smtp_url, settings.mail_from) if settings.smtp_url else None
    connector = teams_connector(settings)
    teams = TeamsSender(db, connector, history=teams_history(settings, connector))
    slack = SlackSender(client) if settings.bot_token else None
    return RoutingSender(slack, mail, teams), (lambda: workspace_directory(client))


def parse_at(text: str | None) -> Moment:
    """--at as ISO-8601. With an offset it is that instant; without one, each board's own wall
    clock; a date alone is the start of that working day (09:00) in each board's own zone."""
    from datetime import date

    from domain.moments import WallTime
    from domain.nudge_policy import WORK_STARTS

    if not text:
        return utc_now()
    try:
        if len(text) == len("2015-02-17"):
            return WallTime(datetime.combine(date.fromisoformat(text), WORK_STARTS))
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--at {text!r} is not an ISO-8601 date or time such as 2015-02-17 or 2015-02-16T09:30") from None
    if moment.tzinfo is None:
        return WallTime(moment)
    return moment.astimezone(timezone.utc)


def stop_on_signals(context) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM or SIGINT ends the sweep between messages, as the worker does: the flag is raised here,
    the sweep notices it within a second and leaves what it has not started to the next sweep."""
    import signal

    def stop(signum: int, _frame: object) -> None:
        logging.getLogger("matters.jobs").info("sweep_stopping signal=%s", signum)
        context.stop.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def cmd_run_job(settings: Settings, args: argparse.Namespace) -> int:
    from jobs.runner import SweepContext, run_job

    now = parse_at(args.at)
    db = open_database(settings)
    sender, directory = slack_jobs_io(settings, db)
    context = SweepContext(public_url=settings.public_url)
    stop_on_signals(context)
    report = run_job(args.name, db, sender, now, dry_run=args.dry_run,
                     directory=directory if settings.bot_token else None, context=context)
    if args.dry_run:
        print("\n".join(report.planned) or "nothing to send")
    else:
        print(f"{args.name}: sent {report.sent}, already sent {report.skipped}, failed {len(report.failed)}"
              + (f", found already delivered {report.recovered}" if report.recovered else "")
              + (f", left for the next sweep {report.left}" if report.left else ""))
    for failure in report.failed:
        print(f"failed: {failure}", file=sys.stderr)
    if report.mark_error is not None:  # sent, but the register could not record it: the operator must know
        raise report.mark_error
    return 0


def cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    if not settings.teams_app_id:  # a board on Teams alone needs no Slack token
        require(settings, "SLACK_BOT_TOKEN")
    from jobs.runner import SweepContext
    from jobs.scheduler import run_worker

    db = open_database(settings)
    sender, directory = slack_jobs_io(settings, db)
    run_worker(db, sender, directory, clock=utc_now, context=SweepContext(public_url=settings.public_url))
    return 0


# -- parsing ----------------------------------------------------------------
def host_address(text: str) -> str:
    try:
        return check_host(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def port_number(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number from 1 to 65535")
    return int(text)


def meeting_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 50:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of meetings from 1 to 50")
    return int(text)


class Parser(argparse.ArgumentParser):
    """argparse that reports bad usage in one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


def parser() -> Parser:
    top = Parser(prog="bot.py", description="Matters Arising: a partnership board's actions, in chat.")
    commands = top.add_subparsers(dest="command", required=True, parser_class=Parser, metavar="COMMAND")

    serve = commands.add_parser("serve", help="HTTP mode under gunicorn (POST /slack/events, GET /healthz)")
    serve.add_argument("--port", type=port_number, help="port to listen on (default: $PORT or 3000)")
    serve.add_argument("--host", type=host_address, metavar="H",
                       help="address to listen on (default: $HOST or 127.0.0.1, this machine only; "
                            "0.0.0.0 takes outside traffic)")
    serve.set_defaults(run=cmd_serve)

    commands.add_parser("socket", help="Socket Mode").set_defaults(run=cmd_socket)

    console = commands.add_parser("console", help="a local chat in the terminal, with no Slack at all")
    console.add_argument("--as", dest="as_name", metavar="NAME", help="the board member to speak as")
    console.add_argument("--demo", action="store_true", help="load a demonstration board first")
    console.add_argument("--teams", action="store_true",
                         help="speak as a Teams user: the Teams commands, cards shown as text")
    console.set_defaults(run=cmd_console)

    teams = commands.add_parser("teams", help="the Microsoft Teams endpoint, POST /api/messages (uvicorn)")
    teams.add_argument("--port", type=port_number, help="port to listen on (default: 3978)")
    teams.add_argument("--host", type=host_address, metavar="H", help="address to listen on (default: $HOST or 127.0.0.1)")
    teams.set_defaults(run=cmd_teams)

    manifest = commands.add_parser("teams-manifest", help="write the Teams app package (manifest.json and icons)")
    manifest.add_argument("--output", "-o", metavar="FILE.zip", default="matters-arising-teams.zip",
                          help="where to write it (default: matters-arising-teams.zip)")
    manifest.set_defaults(run=cmd_teams_manifest)

    db = commands.add_parser("db", help="database schema")
    db.add_argument("action", choices=["upgrade"], help="upgrade: bring the schema up to date")
    db.set_defaults(run=cmd_db)

    board = commands.add_parser("board", help="boards")
    board_commands = board.add_subparsers(dest="board_command", required=True, parser_class=Parser, metavar="ACTION")
    add = board_commands.add_parser("add", help="create (or update) a board and bind it to a Slack channel")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--channel", metavar="ID", help="Slack channel id, e.g. C0123ABCD")
    add.add_argument("--timezone", metavar="TZ", help="IANA time zone (default: $BOT_TIMEZONE)")
    add.add_argument("--carry-forward", type=meeting_count, metavar="N",
                     help="meetings an action may be carried before the chair decides its fate (default 3)")
    add.set_defaults(run=cmd_board)

    from minutes.summary import JSON_SHAPE

    imports = commands.add_parser("import-minutes", help="read minutes (.txt, .md, .html, .docx, .pdf) into the register",
                                  epilog=JSON_SHAPE, formatter_class=argparse.RawDescriptionHelpFormatter)
    imports.add_argument("paths", nargs="+", metavar="PATH", help="files, or folders of them")
    imports.add_argument("--board", metavar="NAME", help="the board (default: the name the minutes give)")
    imports.add_argument("--channel", metavar="ID", help="bind the board to this Slack channel")
    imports.add_argument("--dry-run", action="store_true",
                         help="read only; write nothing; print a summary, with what could not be placed")
    imports.add_argument("--replace", action="store_true",
                         help="for a meeting already recorded, remove what the new minutes lack (default: merge)")
    imports.add_argument("--new-board", action="store_true",
                         help="create the board even though its name is close to an existing board's")
    imports.add_argument("--json", action="store_true", help="print what was read, in the contract's JSON shape")
    imports.set_defaults(run=cmd_import_minutes)

    export = commands.add_parser("export-minutes", help="write a meeting's minutes as boards write them")
    export.add_argument("meeting", metavar="MEETING", help="meeting id, or BOARDCODE:YYYY-MM-DD")
    export.add_argument("--format", choices=["md", "docx", "html"], default="md")
    export.add_argument("--output", "-o", metavar="PATH", help="write to a file (default: standard output)")
    export.add_argument("--include-exempt", action="store_true",
                        help="include exempt (Part B) items and what was recorded under them")
    export.set_defaults(run=cmd_export_minutes)

    decisions = commands.add_parser("export-decisions", help="write a board's decisions register for an auditor")
    decisions.add_argument("board", metavar="BOARD", help="the board's name or code")
    decisions.add_argument("--since", metavar="DATE", help="only meetings on or after this date (YYYY-MM-DD)")
    decisions.add_argument("--format", choices=["csv", "md"], default="csv")
    decisions.add_argument("--include-exempt", action="store_true", help="include decisions under exempt items")
    decisions.add_argument("--output", "-o", metavar="PATH", help="write to a file (default: standard output)")
    decisions.set_defaults(run=cmd_export_decisions)

    from jobs import SWEEP_NAMES

    job = commands.add_parser("run-job", help="run one scheduler sweep once")
    job.add_argument("name", choices=sorted(SWEEP_NAMES), metavar="NAME",
                     help=f"one of: {', '.join(sorted(SWEEP_NAMES))}")
    job.add_argument("--at", metavar="ISO-8601", help="as if the clock read this (default: now); without an "
                     "offset, in each board's own time zone; a date alone is 09:00 that day")
    job.add_argument("--dry-run", action="store_true", help="print what would be sent; send nothing")
    job.set_defaults(run=cmd_run_job)

    commands.add_parser("worker", help="the scheduler: every sweep every few minutes").set_defaults(run=cmd_worker)
    return top


def main(argv: list[str] | None = None) -> int:
    settings = Settings()
    try:
        args = parser().parse_args(argv)
        settings = Settings.from_env()
        if args.command in ("serve", "socket", "worker", "run-job", "teams"):
            configure_logging(settings.log_level, settings.secrets())
        # pypdf reports damaged files on its logger too; import-minutes says so in its one line.
        logging.getLogger("pypdf").setLevel(logging.CRITICAL)
        return args.run(settings, args)
    except (UsageError, DomainError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        problem = _database_problem(error, settings.database_url)
        if problem is None:
            raise
        print(f"error: {problem}", file=sys.stderr)
        return 2


def _database_problem(error: Exception, url: str) -> str | None:
    """One line when `error` is the database being unusable (bad URL, not answering, gone mid-run)."""
    if "storage.database" not in sys.modules:  # nothing touched the database, so it is not about it
        return None
    from storage.database import database_problem

    return database_problem(error, url)


if __name__ == "__main__":
    sys.exit(main())
