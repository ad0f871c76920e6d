"""Engines, sessions and schema upgrades for SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from storage.register import Register

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaBehind(Exception):
    """The database has tables from an older version of the bot."""


# How long a statement waits for another transaction's lock, and a connection for the server,
# before giving up: a person is told to try again rather than left waiting.
LOCK_WAIT_SECONDS = 10.0
CONNECT_SECONDS = 5


def make_engine(url: str, *, lock_wait: float = LOCK_WAIT_SECONDS) -> Engine:
    """An engine tuned for the URL's database.

    SQLite gets foreign keys, WAL and a busy timeout; PostgreSQL a connect timeout and a
    lock timeout. Either way a locked or unreachable database fails within seconds.
    """
    if url.startswith("sqlite"):
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": lock_wait},
            poolclass=StaticPool if in_memory else None,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record):  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, pool_timeout=lock_wait,
                         connect_args={"connect_timeout": CONNECT_SECONDS,
                                       "options": f"-c lock_timeout={int(lock_wait * 1000)}"})


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _heads(engine: Engine) -> tuple[set[str], set[str]]:
    script = ScriptDirectory.from_config(alembic_config(engine))
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current, set(script.get_heads())


def upgrade(engine: Engine) -> None:
    """Bring the schema up to the newest migration."""
    command.upgrade(alembic_config(engine), "head")


def ensure_schema(engine: Engine) -> None:
    """Create the schema in an empty database; refuse to run on an outdated one."""
    current, heads = _heads(engine)
    if not current:
        upgrade(engine)
    elif current != heads:
        raise SchemaBehind("the database schema is out of date: run `python bot.py db upgrade`")


class Database:
    """The register's database: one engine, and units of work over it."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def connect(cls, url: str, *, lock_wait: float = LOCK_WAIT_SECONDS) -> "Database":
        return cls(make_engine(url, lock_wait=lock_wait))

    @contextmanager
    def unit_of_work(self) -> Iterator[Register]:
        """A Register over one transaction: committed when the block ends, rolled back on error."""
        session: Session = self._sessions()
        try:
            yield Register(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def ping(self) -> bool:
        """Whether the database answers a trivial query."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means "not healthy"
            return False
