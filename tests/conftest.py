"""Shared fixtures: a fresh register on SQLite (always) and PostgreSQL (when TEST_POSTGRES_URL is set),
a fixed clock, a loopback stand-in for Slack, and a signed-request client for the web app."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from console.local_slack import LocalSlack
from handlers import create_app
from handlers.services import Services
import storage.drafts  # noqa: F401 - its table is emptied between tests too
from storage.database import Database, ensure_schema, make_engine
from storage.models import Base
from tests.slack_requests import SignedClient
from web import WebApp

# A Monday morning in late November, London time (GMT, so UTC too).
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
SECRET = "test-signing-secret"
# The budget before a holding answer, for every app a test builds unless it tests that answer: long
# enough that a loaded machine never makes an ordinary request look late. Those apps also run each
# listener in the request's own thread (process_before_response), so Bolt's fixed three-second wait
# for an ack cannot cut a slow request short either. Tests of the holding answer and of Bolt's
# threaded answers (tests/e2e/test_slack_habits.py) cut the budget and hold the listener themselves.
PATIENT = 60.0
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL")
NO_POSTGRES = "TEST_POSTGRES_URL is not set, so PostgreSQL is not tested here (.ci/run sets it)"
# The databases each `db` test runs on. Without TEST_POSTGRES_URL the PostgreSQL cases are not made at all
# (making and skipping some 600 of them cost collection and set-up time); the summary says so in one line.
DATABASES = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]
# The migrations run once a test session on each database; each test then starts from a copy of
# the migrated SQLite file, or from the PostgreSQL schema with every table emptied.
_MIGRATED: dict[str, Path | bool] = {}


def blank_postgres(url: str) -> Database:
    """The PostgreSQL test database with no schema at all, for tests that migrate it themselves; the
    next `_fresh_postgres` migrates it again."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    _MIGRATED["postgresql"] = False
    return Database(engine)


def _fresh_postgres(url: str) -> Database:
    engine = make_engine(url)
    with engine.begin() as connection:
        if not _MIGRATED.get("postgresql"):
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        else:
            tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    if not _MIGRATED.get("postgresql"):
        ensure_schema(engine)
        _MIGRATED["postgresql"] = True
    return Database(engine)


def _migrated_sqlite() -> Path:
    template = _MIGRATED.get("sqlite")
    if not isinstance(template, Path) or not template.exists():
        template = Path(tempfile.mkdtemp(prefix="matters-template-")) / "register.db"
        engine = make_engine(f"sqlite:///{template}")
        ensure_schema(engine)
        engine.dispose()
        _MIGRATED["sqlite"] = template
    return template


def empty_register(kind: str, folder: Path) -> Database:
    """An empty register at the newest schema: SQLite in `folder`, or the PostgreSQL test database."""
    if kind == "postgresql":
        if not POSTGRES_URL:
            pytest.skip(NO_POSTGRES)
        return _fresh_postgres(POSTGRES_URL)
    shutil.copyfile(_migrated_sqlite(), folder / "register.db")
    return Database.connect(f"sqlite:///{folder / 'register.db'}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    template = _MIGRATED.get("sqlite")
    if isinstance(template, Path):
        shutil.rmtree(template.parent, ignore_errors=True)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """The skips, one line per reason (pytest's own -rs gives one line per test)."""
    reasons: Counter[str] = Counter()
    if not POSTGRES_URL:
        reasons[NO_POSTGRES] = 0
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reasons[reason.removeprefix("Skipped: ")] += 1
    if reasons:
        terminalreporter.section("skipped, by reason", sep="-")
        for reason, count in reasons.most_common():
            terminalreporter.line(f"SKIPPED {count}: {reason}" if count else f"NOT RUN: {reason}")


def _emptied_sqlite() -> Database:
    """The session's one SQLite register for `db` tests, emptied: every table's rows deleted (in the
    order foreign keys allow). One engine serves every test, so each statement is compiled once a
    session rather than once a test; its file is a copy of the migrated template."""
    database = _MIGRATED.get("sqlite-register")
    if not isinstance(database, Database):
        path = _migrated_sqlite().parent / "tests-register.db"
        shutil.copyfile(_migrated_sqlite(), path)
        database = Database.connect(f"sqlite:///{path}")
        _MIGRATED["sqlite-register"] = database
        return database
    with database.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    return database


def _finished(database: Database) -> None:
    """A test's register put down: its connections closed, and any statement listener it added removed
    (the engine lives on for the next test)."""
    database.engine.dispose()
    for name in ("before_cursor_execute", "after_cursor_execute"):
        listeners = getattr(database.engine.dispatch, name)
        if list(listeners):  # (one never listened to is a shared empty stand-in, with nothing to clear)
            listeners.clear()


@pytest.fixture(params=DATABASES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty register at the newest schema, on each database the bot supports."""
    database = _emptied_sqlite() if request.param == "sqlite" else empty_register(request.param, tmp_path)
    yield database
    _finished(database)


@pytest.fixture
def sqlite_db() -> Iterator[Database]:
    """An empty register on SQLite only, for tests about the domain rather than the database."""
    database = _emptied_sqlite()
    yield database
    _finished(database)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def slack() -> Iterator[LocalSlack]:
    """The stand-in for Slack's Web API, with a small workspace directory."""
    stand_in = LocalSlack().start()
    stand_in.add_user("U0SARAH", "Sarah Jameson", "sarah.jameson@council.example")
    stand_in.add_user("U0HAYLEY", "Hayley Hughes", "hayley.hughes@council.example")
    stand_in.add_user("U0DIANE", "Diane Gradwell", "diane@vcfs.example")
    stand_in.add_user("U0OUTSIDER", "Olly Outsider", "olly@elsewhere.example")
    yield stand_in
    stand_in.stop()


@pytest.fixture
def services(db: Database, clock: Clock) -> Services:
    return Services(db=db, clock=clock)


@pytest.fixture
def web(services: Services, slack: LocalSlack) -> SignedClient:
    """The web process as gunicorn serves it, driven by signed requests as Slack sends them."""
    app = create_app(services, token="xoxb-test", signing_secret=SECRET, api_url=slack.api_url, ack_budget=PATIENT,
                     process_before_response=True)
    client = SignedClient(WebApp(app, services.db, SECRET), SECRET, slack)
    client.services_clock = services.clock
    return client
