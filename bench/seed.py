"""Fill a database with a large register for the /myactions benchmark.

    .venv/bin/python bench/seed.py                      # a fresh SQLite file (see DEFAULT_URL)
    .venv/bin/python bench/seed.py --database-url postgresql+psycopg://u:p@127.0.0.1/bench --reset

The register: 200 boards, 5,000 members (slack ids U00000001...), each on one to
three boards, and 100,000 actions owned by them (about 80% open, the rest done,
due dates spread a year either side of today, a few undated, a third from a
meeting). With a `joint` share, that share of actions is owned by several people: one further
owner from its board (three in ten of them two), drawn from a random stream of its own so the
rest of the register is the same. Rows go in with SQLAlchemy Core bulk inserts (`insert(table)` with
lists of dicts), so seeding takes seconds. The same `--seed` gives the same register.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, inspect, select, text  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from domain.names import name_key  # noqa: E402
from storage.database import Database, ensure_schema  # noqa: E402
from storage.models import Action, ActionOwner, Base, Board, Meeting, Member, Membership  # noqa: E402

DEFAULT_URL = f"sqlite:///{Path(tempfile.gettempdir()) / 'matters-bench.db'}"
FIRST = ("Ruth", "Amir", "Hayley", "Jim", "Priya", "Tom", "Grace", "Kwame", "Liz", "Owen", "Sian", "Dev",
         "Marta", "Colin", "Aisha", "Pete", "Nia", "Gareth", "Mei", "Joe")
LAST = ("Okafor", "Hughes", "McMahon", "Patel", "Windsor-Welsh", "Jones", "Khan", "Evans", "Brown", "Nowak",
        "Davies", "Singh", "O'Neill", "Taylor", "Osei", "Wright", "Chen", "Roberts", "Ahmed", "Lewis")
TASKS = ("Circulate the notes", "Share the referral figures", "Write to the commissioner about",
         "Bring a paper on", "Check the budget line for", "Arrange a site visit for",
         "Update the risk register for", "Report back on")
TOPICS = ("the housing pilot", "winter pressures", "the youth offer", "hate crime reporting",
          "the transport review", "safeguarding training", "the data-sharing agreement", "community grants")
CHUNK = 5_000


@dataclass(frozen=True)
class Size:
    boards: int = 200
    members: int = 5_000
    actions: int = 100_000

    def __str__(self) -> str:
        return f"{self.boards:,} boards, {self.members:,} members, {self.actions:,} actions"


def slack_id(n: int) -> str:
    return f"U{n:08d}"


def board_code(n: int) -> str:
    return f"B{n:04d}"


def _bulk(engine: Engine, table: Any, rows: list[dict[str, Any]]) -> None:
    """Core executemany in chunks, one transaction per chunk."""
    for start in range(0, len(rows), CHUNK):
        with engine.begin() as connection:
            connection.execute(insert(table), rows[start:start + CHUNK])


def reset(engine: Engine) -> None:
    """Drop the register's tables (and Alembic's) so ensure_schema starts from nothing.

    Refuses a database holding anything but an earlier bench register, so a real one is never lost.
    """
    tables = set(inspect(engine).get_table_names())
    if "members" in tables:
        with engine.connect() as connection:
            members = connection.execute(select(func.count()).select_from(Member.__table__)).scalar_one()
            ours = connection.execute(
                select(func.count()).select_from(Member.__table__).where(Member.email.like("%@bench.invalid"))
            ).scalar_one()
        if members != ours:
            raise SystemExit(f"refusing to reset {engine.url!r}: it holds members the benchmark did not make")
    Base.metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


def seed(url: str, size: Size = Size(), *, rng_seed: int = 1, fresh: bool = False, now: datetime | None = None,
         quiet: bool = False, joint: float = 0.0) -> dict[str, Any]:
    """Create the schema and fill it. Returns what was made: slack ids and counts."""
    started = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    today = now.date()
    rng = random.Random(rng_seed)
    if url.startswith("sqlite:///") and fresh:
        path = Path(url[len("sqlite:///"):])
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = Database.connect(url)
    engine = db.engine
    if fresh and not url.startswith("sqlite"):
        reset(engine)
    ensure_schema(engine)
    with engine.connect() as connection:
        existing = connection.execute(select(func.count()).select_from(Member.__table__)).scalar_one()
    if existing:
        raise SystemExit(f"the database at {engine.url!r} already has {existing} members; pass --reset to replace them")

    created = now - timedelta(days=400)
    members = []
    for n in range(1, size.members + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"
        members.append({
            "id": n, "name": name, "name_key": name_key(name), "title": None, "organisation": "Bench Council",
            "role": None, "initials": None, "aliases": [], "slack_id": slack_id(n),
            "email": f"member{n}@bench.invalid", "tz": "Europe/London", "created_at": created,
        })
    _bulk(engine, Member.__table__, members)

    boards_of: dict[int, list[int]] = {}
    memberships = []
    for member in range(1, size.members + 1):
        chosen = rng.sample(range(1, size.boards + 1), k=rng.choice((1, 1, 2, 2, 3)))
        boards_of[member] = chosen
        memberships += [{"board_id": b, "member_id": member, "role": "member"} for b in chosen]

    meetings = []
    meetings_of: dict[int, list[int]] = {}
    for b in range(1, size.boards + 1):
        for k in range(4):
            meeting_id = len(meetings) + 1
            starts = now + timedelta(days=90 * k - 270, hours=rng.randint(-48, 48))
            meetings.append({"id": meeting_id, "board_id": b, "starts_at": starts, "ends_at": starts + timedelta(hours=2),
                             "venue": "Town Hall", "theme": None, "sequence": 0,
                             "status": "held" if starts < now else "scheduled", "minutes_recorded_at": None})
            meetings_of.setdefault(b, []).append(meeting_id)

    numbers = dict.fromkeys(range(1, size.boards + 1), 0)
    actions = []
    open_count = 0
    for n in range(1, size.actions + 1):
        owner = rng.randint(1, size.members)
        board = rng.choice(boards_of[owner])
        numbers[board] += 1
        status = "open" if rng.random() < 0.8 else "done"
        open_count += status == "open"
        undated = rng.random() < 0.05
        due = None if undated else today + timedelta(days=rng.randint(-365, 365))
        made = now - timedelta(days=rng.randint(1, 400), seconds=rng.randint(0, 86_399))
        actions.append({
            "id": n, "board_id": board, "number": numbers[board],
            "meeting_id": rng.choice(meetings_of[board]) if rng.random() < 0.33 else None, "agenda_item_id": None,
            "what": f"{rng.choice(TASKS)} {rng.choice(TOPICS)} ({n})", "owner_id": owner, "owner_text": None,
            "due_date": due, "due_text": None if undated else f"{due:%-d %B %Y}",
            "status": status, "created_at": made, "created_by_id": rng.randint(1, size.members),
            "completed_at": now - timedelta(days=1) if status == "done" else None,
            "completed_by_id": owner if status == "done" else None,
        })

    on_board: dict[int, list[int]] = {}
    for member, chosen in boards_of.items():
        for b in chosen:
            on_board.setdefault(b, []).append(member)
    co_rng = random.Random(rng_seed + 1_000)
    further = []
    for action in actions:
        if co_rng.random() < joint:
            others = [m for m in on_board[action["board_id"]] if m != action["owner_id"]]
            chosen = co_rng.sample(others, k=min(len(others), 2 if co_rng.random() < 0.3 else 1))
            further += [{"action_id": action["id"], "member_id": m, "position": k} for k, m in enumerate(chosen, 1)]

    boards = [{
        "id": b, "name": f"Bench Partnership Board {b}", "code": board_code(b), "channel_id": f"C{b:08d}",
        "timezone": "Europe/London", "chair_id": None,
        "secretary_id": None, "settings": {}, "last_action_number": numbers[b], "created_at": created,
    } for b in range(1, size.boards + 1)]
    _bulk(engine, Board.__table__, boards)
    _bulk(engine, Membership.__table__, memberships)
    _bulk(engine, Meeting.__table__, meetings)
    _bulk(engine, Action.__table__, actions)
    _bulk(engine, ActionOwner.__table__, further)
    if engine.dialect.name == "postgresql":
        # Explicit ids leave the sequences behind; move them on so the bot can add rows later.
        with engine.begin() as connection:
            for table in ("members", "boards", "memberships", "meetings", "actions", "action_owners"):
                connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("ANALYZE"))
        elif engine.dialect.name == "postgresql":
            connection.execute(text("ANALYZE"))
    engine.dispose()
    result = {
        "url": url, "size": size, "slack_ids": [slack_id(n) for n in range(1, size.members + 1)],
        "memberships": len(memberships), "meetings": len(meetings), "open_actions": open_count,
        "co_owned": len({row["action_id"] for row in further}),
        "seconds": time.perf_counter() - started,
    }
    if not quiet:
        print(f"seeded {size} ({len(memberships):,} memberships, {len(meetings):,} meetings, "
              f"{open_count:,} open actions, {result['co_owned']:,} owned by several people) into {engine.url!r} in {result['seconds']:.1f} s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL, help=f"default: {DEFAULT_URL}")
    parser.add_argument("--boards", type=int, default=Size.boards)
    parser.add_argument("--members", type=int, default=Size.members)
    parser.add_argument("--actions", type=int, default=Size.actions)
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--joint", type=float, default=0.0, help="share of actions owned by several people (default 0)")
    parser.add_argument("--reset", action="store_true",
                        help="drop the register's tables first (a SQLite file is always recreated)")
    args = parser.parse_args(argv)
    fresh = args.reset or args.database_url.startswith("sqlite:///")
    seed(args.database_url, Size(args.boards, args.members, args.actions), rng_seed=args.seed, fresh=fresh,
         joint=args.joint)
    return 0


if __name__ == "__main__":
    sys.exit(main())
