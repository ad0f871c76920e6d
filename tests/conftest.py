"""Shared fixtures: a fresh register on SQLite (always) and PostgreSQL (when TEST_POSTGRES_URL is set),
a fixed clock, a loopback stand-in for Slack, and a signed-request client for the web app."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from console.local_slack import LocalSlack
from handlers import create_app
from handlers.services import Services
from storage.database import Database, ensure_schema, make_engine
from tests.slack_requests import SignedClient
from web import WebApp

# A Monday morning in late November, London time (GMT, so UTC too).
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
SECRET = "test-signing-secret"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL")


def _fresh_postgres(url: str) -> Database:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    return Database(engine)


def empty_register(kind: str, folder: Path) -> Database:
    """An empty register at the newest schema: SQLite in `folder`, or the PostgreSQL test database."""
    if kind == "postgresql":
        if not POSTGRES_URL:
            pytest.skip("TEST_POSTGRES_URL is not set, so PostgreSQL is not tested here (.ci/run sets it)")
        database = _fresh_postgres(POSTGRES_URL)
    else:
        database = Database.connect(f"sqlite:///{folder / 'register.db'}")
    ensure_schema(database.engine)
    return database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty register at the newest schema, on each database the bot supports."""
    database = empty_register(request.param, tmp_path)
    yield database
    database.engine.dispose()


@pytest.fixture
def sqlite_db(tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    """An empty register on SQLite only, for tests about the domain rather than the database."""
    database = Database.connect(f"sqlite:///{tmp_path / 'register.db'}")
    ensure_schema(database.engine)
    yield database
    database.engine.dispose()


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
    app = create_app(services, token="xoxb-test", signing_secret=SECRET, api_url=slack.api_url)
    client = SignedClient(WebApp(app, services.db, SECRET), SECRET, slack)
    client.services_clock = services.clock
    return client
