"""Benchmark `/decisions WORDS` on a register of 100,000 decisions: the database's own full-text
search (FTS5 on SQLite, tsvector on PostgreSQL) beside a LIKE scan of the same rows, in the same run.

    .venv/bin/python bench/decisions.py
    BENCH_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:55432/bench .venv/bin/python bench/decisions.py

For each database it makes a fresh register at the newest schema, fills it with 20 boards of
50 meetings of 100 decisions each (words drawn from a board's vocabulary, some common, some
rare), then times the use case `domain.decisions.find_decisions` (what `/decisions` runs) for
searches picked at random from a fixed list, and the same query shape with `LIKE '%word%'`
in place of the full-text match. The table goes to stdout and into docs/benchmarks.md
between the `bench:decisions` markers.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text  # noqa: E402

from bench.results_doc import write_section  # noqa: E402
from domain.decisions import find_decisions, search_words  # noqa: E402
from storage.database import Database, ensure_schema  # noqa: E402
from storage.models import AgendaItem, Board, Decision, Meeting  # noqa: E402

BOARDS, MEETINGS, PER_MEETING = 20, 50, 100
COMMON = ["agreed", "board", "strategy", "report", "partnership", "funding", "plan", "review", "health",
          "housing", "safety", "children", "adults", "police", "council", "budget", "data", "sharing"]
RARE = ["defibrillator", "allotments", "ombudsman", "floodplain", "apprenticeships", "dementia", "fostering",
        "homelessness", "vaping", "broadband"]
# Common words (each in about a third of all decisions) and rare ones (a few in a hundred).
COMMON_SEARCHES = ["data sharing", "budget", "strategy review", "housing plan"]
RARE_SEARCHES = ["dementia", "floodplain agreed", "vaping", "ombudsman report"]
SEARCHES = COMMON_SEARCHES + RARE_SEARCHES


def sentence(rng: random.Random) -> str:
    words = rng.sample(COMMON, 6) + ([rng.choice(RARE)] if rng.random() < 0.2 else [])
    rng.shuffle(words)
    return "The board " + " ".join(words) + "."


def seed(db: Database) -> None:
    rng = random.Random(15)
    start = datetime(2015, 1, 14, 14, 0, tzinfo=timezone.utc)
    with db.engine.begin() as connection:
        for b in range(BOARDS):
            board_id = connection.execute(insert(Board).values(
                name=f"Bench Board {b}", code=f"BB{b}", timezone="Europe/London", settings={},
                last_action_number=0, created_at=start).returning(Board.id)).scalar_one()
            meetings = connection.execute(insert(Meeting).returning(Meeting.id), [
                {"board_id": board_id, "starts_at": start + timedelta(weeks=6 * m), "status": "held", "sequence": 0}
                for m in range(MEETINGS)]).scalars().all()
            items = connection.execute(insert(AgendaItem).returning(AgendaItem.id), [
                {"meeting_id": m, "position": 0, "number": "3", "title": "Part B", "status": "accepted",
                 "exempt": True} for m in meetings]).scalars().all()
            rows = []
            for meeting_id, item_id in zip(meetings, items):
                for p in range(PER_MEETING):
                    rows.append({"meeting_id": meeting_id, "board_id": board_id, "position": p, "text": sentence(rng), "source": "minutes",
                                 "agenda_item_id": item_id if p == 0 else None})
            connection.execute(insert(Decision), rows)


def like_scan(reg: Any, board_id: int, words: list[str], limit: int = 10) -> list[Any]:
    """The baseline: the same query shape, each word matched by LIKE '%word%' over every decision."""
    query = reg._decisions_with_context(board_id, False)
    for word in words:
        query = query.where(func.lower(Decision.text).like(f"%{word}%"))
    return reg.session.execute(query.order_by(Meeting.starts_at.desc(), Decision.position).limit(limit)).all()


def time_it(run: Any, searches: list[str], repeat: int) -> list[float]:
    timings = []
    for query in searches * repeat:
        started = time.perf_counter()
        run(query)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def measure(url: str, repeat: int) -> list[tuple[str, str, list[float], int]]:
    db = Database.connect(url)
    if url.startswith("postgresql"):
        with db.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    ensure_schema(db.engine)
    began = time.perf_counter()
    seed(db)
    if url.startswith("postgresql"):
        with db.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    seeded = time.perf_counter() - began
    name = f"{db.engine.dialect.name} ({seeded:.1f} s to seed)"
    rows = []
    with db.unit_of_work() as reg:
        total = reg.session.scalar(select(func.count()).select_from(Decision))
        board = reg.board_by_code("BB7")
        found = {q: len(find_decisions(reg, board, q)) for q in SEARCHES}
        assert all(found.values()), found  # every search finds something to show
        for label, searches in (("common words", COMMON_SEARCHES), ("rare words", RARE_SEARCHES)):
            rows.append((name, f"full-text (/decisions), {label}",
                         time_it(lambda q: find_decisions(reg, board, q), searches, repeat), total))
            rows.append((name, f"LIKE scan (baseline), {label}",
                         time_it(lambda q: like_scan(reg, board.id, search_words(q)), searches, repeat), total))
    db.engine.dispose()
    return rows


def table(results: list[tuple[str, str, list[float], int]], repeat: int) -> str:
    lines = ["| Database | Search | Decisions | Searches | p50 ms | p90 ms | p99 ms | max ms |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, how, timings, total in results:
        q = statistics.quantiles(timings, n=100)
        lines.append(f"| {name} | {how} | {total:,} | {len(timings):,} | {q[49]:.2f} | {q[89]:.2f} | "
                     f"{q[98]:.2f} | {max(timings):.2f} |")
    head = (f"Run on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}; {BOARDS} boards x {MEETINGS} meetings x {PER_MEETING} decisions; "
            f"common searches {', '.join(repr(s) for s in COMMON_SEARCHES)}; rare {', '.join(repr(s) for s in RARE_SEARCHES)}; "
            f"each {repeat} times on board BB7 (5,000 of the decisions), ten shown a search.")
    return head + "\n\n" + "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=25, help="times each search is timed (default 25)")
    parser.add_argument("--no-doc", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="matters-decisions-")
    urls = [f"sqlite:///{folder}/decisions.db"]
    if os.environ.get("BENCH_POSTGRES_URL"):
        urls.append(os.environ["BENCH_POSTGRES_URL"])
    results = [row for url in urls for row in measure(url, args.repeat)]
    report = table(results, args.repeat)
    print(report)
    if not args.no_doc:
        write_section("decisions", report, "## The decisions register")
    return 0


if __name__ == "__main__":
    sys.exit(main())
