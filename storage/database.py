"""Engines, sessions and schema upgrades for SQLite and PostgreSQL alike."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from storage.register import Register

MIGRATIONS = Path(__file__).with_name("migrations")
log = logging.getLogger("matters.database")


class SchemaBehind(Exception):
    """The database has tables from an older version of the bot."""


class DatabaseUnusable(Exception):
    """DATABASE_URL cannot be used, or the database it names does not answer.

    `str(error)` is one line for an operator, naming the problem and never the password.
    """


def shown_url(url: str) -> str:
    """The URL with its password hidden; a text that is no URL at all is not repeated."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(not a URL)"


def _first_line(error: BaseException, url: str) -> str:
    """The driver's own first line about a failure, with the password blanked should it appear."""
    original = getattr(error, "orig", None) or error
    line = (str(original).strip().splitlines() or [type(original).__name__])[0].strip()
    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    return line.replace(str(password), "***") if password else line


def database_problem(error: BaseException, url: str) -> str | None:
    """One line saying why the database at `url` cannot be used, or None if `error` is not about that."""
    if isinstance(error, DatabaseUnusable):
        return str(error)
    if not isinstance(error, DBAPIError):
        return None
    where = shown_url(url)
    if where.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:" and not Path(path).resolve().parent.is_dir():
            return f"DATABASE_URL {where}: the folder {Path(path).resolve().parent} does not exist"
    return f"the database at {where} cannot be used: {_first_line(error, url)}"


# How long a statement waits for another transaction's lock, and a connection for the server,
# before giving up: a person is told to try again rather than left waiting.
LOCK_WAIT_SECONDS = 10.0
CONNECT_SECONDS = 5


def make_engine(url: str, *, lock_wait: float = LOCK_WAIT_SECONDS) -> Engine:
    """An engine tuned for the URL's database.

    SQLite gets foreign keys, WAL and a busy timeout; PostgreSQL a connect timeout and a
    lock timeout. Either way a locked or unreachable database fails within seconds.
    A URL that cannot name a database raises DatabaseUnusable.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnusable("DATABASE_URL is not a database URL; give one such as sqlite:///matters.db "
                               "or postgresql+psycopg://USER:PASSWORD@HOST/DATABASE") from None
    try:
        return _engine(url, lock_wait)
    except NoSuchModuleError:
        raise DatabaseUnusable(f"DATABASE_URL {shown_url(url)}: {parsed.drivername!r} is not a database "
                               "this bot knows; use sqlite or postgresql+psycopg") from None
    except ImportError as error:
        raise DatabaseUnusable(f"DATABASE_URL {shown_url(url)}: its driver {error.name or parsed.drivername!r} "
                               "is not installed; use sqlite or postgresql+psycopg") from None


def _engine(url: str, lock_wait: float) -> Engine:
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


def schema_is_current(engine: Engine) -> bool:
    """Whether the database holds the newest schema, found by reading only: nothing is created or upgraded."""
    current, heads = _heads(engine)
    return bool(current) and current == heads


def upgrade(engine: Engine) -> None:
    """Bring the schema up to the newest migration."""
    before, heads = _heads(engine)
    if before != heads:
        command.upgrade(alembic_config(engine), "head")
        log.info("schema_upgraded from=%s to=%s", ",".join(sorted(before)) or "empty", ",".join(sorted(heads)))


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
