"""Benchmark of reading minutes: 400 documents of 100 actions each in one import, and one
200-page document.

    .venv/bin/python bench/imports.py [--database-url URL]

The documents are generated here in the house style of real minutes (a What / Who /
When table, attendance with organisations, a next meeting), for invented boards.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from minutes import read_minutes  # noqa: E402

PEOPLE = [("Ruth Penrose", "Ashbourne District Council"), ("Carl Whitlow", "Derbyshire Constabulary"),
          ("Gemma Froggatt", "Ashbourne Housing Trust"), ("Owen Blake", "Ashbourne District Council"),
          ("Sunita Rao", "Public Health Derbyshire"), ("Ben Crossley", "Ashbourne District Council")]
TOWNS = ["Ashbourne", "Bakewell", "Belper", "Buxton", "Chapel", "Clay Cross", "Dronfield", "Glossop", "Heanor",
         "Ilkeston", "Matlock", "Ripley", "Swadlincote", "Wirksworth", "Alfreton", "Bolsover", "Eckington",
         "Hadfield", "Long Eaton", "Shirebrook"]
WORKSTREAMS = ["housing", "transport", "youth", "safeguarding", "data sharing", "grants", "training", "estates",
               "health checks", "outreach"]
TASKS = ["Map the hotspots against CCTV coverage", "Review the radio contract", "Draft the partnership plan",
         "Report on housing cases", "Circulate the survey results", "Bring the budget paper"]


def document(board: int, meeting: date, actions: int, rng: random.Random, filler: int = 0) -> str:
    lines = [f"{TOWNS[board % 20]} {'Partnership' if board < 20 else 'Community Safety'} Board", "", f"{meeting:%A %-d %B %Y} held at Bench Town Hall", "",
             "Present:", "", ", ".join(f"{n} ({o})" for n, o in PEOPLE), "", "Apologies: Lee Tranter", ""]
    for paragraph in range(filler):
        lines += [f"{paragraph + 1}. ITEM {paragraph + 1}", "",
                  "The board discussed the report and noted progress across the partnership. " * 3, ""]
    lines += ["What\tWho\tWhen"]
    for n in range(actions):
        due = meeting + timedelta(days=rng.randint(7, 90))
        what = f"{TASKS[n % len(TASKS)]} for the {WORKSTREAMS[n // len(TASKS) % 10]} workstream, phase {n // 60 + 1}"
        lines.append(f"{what}\t{rng.choice(PEOPLE)[0]}\t{due:%d.%m.%y}")
    lines += ["", "DATE OF NEXT MEETING", "",
              f"The next meeting will be held on {meeting + timedelta(days=70):%A %-d %B %Y} at 4.00pm at Bench Town Hall."]
    return "\n".join(lines)


def plain_bulk_insert(url: str) -> tuple[float, float]:
    """Seconds to write the import's own actions and audit entries again with Core executemany
    (insert(table) with a list of dicts, chunks of 5,000), in a transaction rolled back afterwards."""
    from sqlalchemy import delete, insert, select

    from storage.database import Database
    from storage.models import Action, ActionUpdate

    engine = Database.connect(url).engine
    with engine.connect() as connection:
        transaction = connection.begin()
        actions = [dict(row._mapping) for row in connection.execute(select(Action.__table__))]
        updates = [dict(row._mapping) for row in connection.execute(select(ActionUpdate.__table__))]
        connection.execute(delete(ActionUpdate.__table__))
        connection.execute(delete(Action.__table__))
        started, cpu = time.perf_counter(), time.process_time()
        for table, rows in ((Action.__table__, actions), (ActionUpdate.__table__, updates)):
            for start in range(0, len(rows), 5_000):
                connection.execute(insert(table), rows[start:start + 5_000])
        seconds, seconds_cpu = time.perf_counter() - started, time.process_time() - cpu
        transaction.rollback()
    engine.dispose()
    return seconds, seconds_cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=f"sqlite:///{Path(tempfile.gettempdir()) / 'matters-imports.db'}")
    args = parser.parse_args(argv)
    rng = random.Random(3)
    if args.database_url.startswith("sqlite:///"):
        Path(args.database_url[len("sqlite:///"):]).unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for n in range(400):
            board, meeting = n % 40, date(2015, 1, 5) + timedelta(days=7 * (n // 40))
            Path(folder, f"minutes-{n:03d}.txt").write_text(document(board, meeting, 100, rng))
        os.environ["DATABASE_URL"] = args.database_url
        import bot
        # The modules the import loads on first use, loaded before the clock starts (as the plain insert's are).
        import domain.boards  # noqa: F401
        import domain.meeting_record  # noqa: F401
        import minutes.summary  # noqa: F401
        import storage.database  # noqa: F401
        from minutes import extract_text, minutes_paths

        # CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
        started, cpu = time.perf_counter(), time.process_time()
        for path in minutes_paths([Path(folder)]):
            read_minutes(extract_text(path))
        reading, reading_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        status = bot.main(["import-minutes", folder, "--new-board"])
        seconds, seconds_cpu = time.perf_counter() - started, time.process_time() - cpu
        recording, recording_cpu = seconds - reading, seconds_cpu - reading_cpu
        print(f"import of 400 documents x 100 actions: exit {status}, {seconds:.1f} s wall, {seconds_cpu:.1f} s CPU "
              f"({40_000 / seconds_cpu:,.0f} actions per CPU second); reading the documents alone {reading_cpu:.1f} s "
              f"CPU, so recording {recording_cpu:.1f} s CPU ({40_000 / recording_cpu:,.0f} actions per CPU second)")
        bulk, bulk_cpu = plain_bulk_insert(args.database_url)
        print(f"plain SQLAlchemy bulk insert of the same 40,000 actions and 40,000 audit entries: {bulk:.1f} s wall, "
              f"{bulk_cpu:.1f} s CPU ({40_000 / bulk_cpu:,.0f} actions per CPU second); recording costs "
              f"{recording_cpu / bulk_cpu:.1f}x its CPU, the whole import {seconds_cpu / bulk_cpu:.1f}x")
        started = time.perf_counter()
        bot.main(["import-minutes", folder, "--new-board"])
        print(f"the same 400 again (nothing changes): {time.perf_counter() - started:.1f} s")
    long_text = document(1, date(2015, 3, 5), 300, rng, filler=2_400)
    started = time.perf_counter()
    read = read_minutes(long_text)
    print(f"a 200-page document ({len(long_text.splitlines()):,} lines, {len(long_text) // 1024} KiB): "
          f"read in {time.perf_counter() - started:.2f} s, {len(read.actions)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
