"""Benchmark of the worker's sweeps at 100,000 and 1,000,000 actions, side by side.

    .venv/bin/python bench/sweeps.py                      # 100k and 1M on SQLite files in /tmp
    .venv/bin/python bench/sweeps.py --sizes 100k         # while developing
    .venv/bin/python bench/sweeps.py --database-url postgresql+psycopg://...  (one size: the URL is reset)

The register is realistic for the sweeps: 2,000 boards and 50,000 members at both sizes
(only the actions scale), 80% of actions open. Open actions are due over the past year and the next
three months, a fifth of them long overdue (a month to a year); done ones over the past
year. Nine boards in ten have a chair and a secretary; each board meets every 90 days, the
next meeting within a couple of days either side of the sweep. Every reminder up to the
previous working day is already in the sent-messages log, as a worker that has been
running would have left it, and the next reminder moments are filled in by the same
backfill migration 0009 runs (timed too).

Each size is measured in its own subprocess, so its peak memory (`ru_maxrss`) is that of
a worker doing the same work, at a Monday 09:30 in London:

- nudges: a first sweep that plans and delivers (to an in-process sender that answers at
  once: this measures planning and the outbox's claim and mark, not Slack), and a second
  sweep five minutes later that must send nothing;
- digest, agendas and minutes: one sweep each, planned and delivered the same way;
- statements executed by each plan, counted by a SQLAlchemy event listener.

Seeding writes rows with Core executemany in chunks of 20,000.

With `--joint SHARES` (say `0,0.2`) each size is seeded and swept once for each share of actions
owned by several people: that share of actions gets one further owner from its board (three in
ten of them two), and the sent log holds each owner's reminders, as a worker would have left them.
A share of 0 is the register without joint owners, swept in the same run as the baseline.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event, insert, text  # noqa: E402

from bench.results_doc import write_section  # noqa: E402
from bench.seed import FIRST, LAST, TASKS, TOPICS, board_code, reset, slack_id  # noqa: E402
from domain.names import name_key  # noqa: E402
from domain.nudge_policy import reminder_key, reminders, started_on  # noqa: E402
from domain.working_days import previous_working_day  # noqa: E402
from storage.database import Database, ensure_schema  # noqa: E402
from storage.models import Action, ActionOwner, Board, Meeting, Member, Membership, SentMessage  # noqa: E402
from storage.reminder_moments import backfill, moment  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)  # a Monday morning, GMT
# The register: the same 2,000 boards and 50,000 members at both sizes, so only the actions scale.
SIZES = {"100k": (2_000, 50_000, 100_000), "1M": (2_000, 50_000, 1_000_000)}
CHUNK = 20_000
BACKFILL_UP_TO = 100_000  # migration 0009's backfill is timed on the 100k register only (it is linear)


class Counter:
    """Statements executed, and the time spent in them."""

    def __init__(self, engine: Any) -> None:
        self.statements = 0
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *_: Any) -> None:
        self.statements += 1


class Answering:
    """A sender that answers at once, so delivery measures the outbox, not the chat platform."""

    def __init__(self) -> None:
        self.sent = 0

    def send(self, recipient: str, message: Any, *, key: str) -> tuple[str, str]:
        self.sent += 1
        return "D0", f"{self.sent}.000"


def _rows(engine: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    with engine.begin() as connection:
        connection.execute(insert(table), rows)


def seed(url: str, boards: int, members: int, actions: int, joint: float = 0.0) -> dict[str, Any]:
    started = time.perf_counter()
    if url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{url[len('sqlite:///'):]}{suffix}").unlink(missing_ok=True)
    db = Database.connect(url)
    engine = db.engine
    if not url.startswith("sqlite"):
        reset(engine)
    ensure_schema(engine)
    rng = random.Random(14)
    today = NOW.date()
    created = NOW - timedelta(days=500)
    _rows(engine, Member.__table__, [{
        "id": n, "name": (name := f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"), "name_key": name_key(name),
        "aliases": [], "slack_id": slack_id(n), "email": f"member{n}@bench.invalid", "tz": "Europe/London",
        "created_at": created} for n in range(1, members + 1)])
    boards_of: dict[int, list[int]] = {}
    on_board: dict[int, list[int]] = {}
    memberships = []
    for member in range(1, members + 1):
        chosen = rng.sample(range(1, boards + 1), k=rng.choice((1, 1, 2, 2, 3)))
        boards_of[member] = chosen
        for b in chosen:
            on_board.setdefault(b, []).append(member)
            memberships.append({"board_id": b, "member_id": member, "role": "member"})
    _rows(engine, Board.__table__, [{
        "id": b, "name": f"Bench Partnership Board {b}", "code": board_code(b), "channel_id": f"C{b:08d}",
        "timezone": "Europe/London",
        "chair_id": on_board[b][0] if b % 10 and on_board.get(b) else None,
        "secretary_id": on_board[b][-1] if b % 10 and on_board.get(b) else None,
        "settings": {}, "last_action_number": 0, "created_at": created} for b in range(1, boards + 1)])
    for start in range(0, len(memberships), CHUNK):
        _rows(engine, Membership.__table__, memberships[start:start + CHUNK])
    meetings, meetings_of, starts_of = [], {}, {}
    london = ZoneInfo("Europe/London")
    for b in range(1, boards + 1):
        for k in range(4):
            starts = NOW + timedelta(days=90 * k - 270, hours=rng.randint(-48, 48))
            starts_of[len(meetings) + 1] = starts
            meetings.append({"id": len(meetings) + 1, "board_id": b, "starts_at": starts,
                             "ends_at": starts + timedelta(hours=2), "venue": "Town Hall", "sequence": 0,
                             "status": "held" if starts < NOW else "scheduled"})
            meetings_of.setdefault(b, []).append(len(meetings))
    _rows(engine, Meeting.__table__, meetings)
    numbers = dict.fromkeys(range(1, boards + 1), 0)
    told_by = previous_working_day(today)  # the last sweep before this morning's
    open_count = told = co_owned = 0
    co_rng = random.Random(41)  # its own stream, so the register is the same whatever the share
    for start in range(1, actions + 1, CHUNK):
        rows, sent, further = [], [], []
        for n in range(start, min(start + CHUNK, actions + 1)):
            owner = rng.randint(1, members)
            board = rng.choice(boards_of[owner])
            numbers[board] += 1
            status = "open" if rng.random() < 0.8 else "done"
            if status == "done":
                due = today - timedelta(days=rng.randint(1, 365))
            elif rng.random() < 0.2:
                due = today - timedelta(days=rng.randint(30, 365))  # long overdue
            else:
                due = today + timedelta(days=rng.randint(-29, 90))
            made = min(NOW - timedelta(days=1), datetime.combine(due, datetime.min.time(), timezone.utc)
                       - timedelta(days=rng.randint(7, 90)))
            meeting_id = rng.choice(meetings_of[board]) if rng.random() < 0.33 else None
            row = {
                "id": n, "board_id": board, "number": numbers[board], "meeting_id": meeting_id,
                "what": f"{rng.choice(TASKS)} {rng.choice(TOPICS)} ({n})", "owner_id": owner,
                "due_date": due, "due_text": f"{due:%-d %B %Y}", "status": status, "created_at": made,
                "created_by_id": owner, "completed_at": NOW - timedelta(days=1) if status == "done" else None,
                "completed_by_id": owner if status == "done" else None, "next_reminder_at": None}
            rows.append(row)
            others = [m for m in on_board[board] if m != owner] if co_rng.random() < joint else []
            others = co_rng.sample(others, k=min(len(others), 2 if co_rng.random() < 0.3 else 1))
            further += [{"action_id": n, "member_id": m, "position": k} for k, m in enumerate(others, 1)]
            co_owned += bool(others)
            if status == "open":
                open_count += 1
                began = started_on(starts_of.get(meeting_id), made, london, due)
                come = [r for r in reminders(due, began, told_by) if r.on <= told_by]
                if come:
                    sent += [{"key": reminder_key(n, due, come[-1].slot, m if m != owner else None), "kind": "nudge",
                              "recipient": slack_id(m), "claimed_at": NOW - timedelta(days=3),
                              "sent_at": NOW - timedelta(days=3)}
                             for m in ([owner] if come[-1].to_chair else [owner, *others])]
                # What migration 0009's backfill writes (timed below on the smaller register).
                row["next_reminder_at"] = moment("open", due, None, began, london, come[-1].slot if come else None)
        _rows(engine, Action.__table__, rows)
        if further:
            _rows(engine, ActionOwner.__table__, further)
        if sent:
            _rows(engine, SentMessage.__table__, sent)
            told += len(sent)
    with engine.begin() as connection:
        for b, last in numbers.items():
            if last:
                connection.execute(Board.__table__.update().where(Board.__table__.c.id == b)
                                   .values(last_action_number=last))
        if engine.dialect.name == "postgresql":
            for table in ("members", "boards", "memberships", "meetings", "actions", "sent_messages", "action_owners"):
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                        f"(SELECT max(id) FROM {table}))"))
    seeded = time.perf_counter() - started
    filled = filled_cpu = None
    if actions <= BACKFILL_UP_TO:  # the same moments again, as the migration computes them
        started, cpu = time.perf_counter(), time.process_time()
        with engine.begin() as connection:
            backfill(connection, NOW)
        filled, filled_cpu = time.perf_counter() - started, time.process_time() - cpu
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    engine.dispose()
    return {"seed_s": seeded, "backfill_s": filled, "backfill_cpu_s": filled_cpu, "open": open_count, "told": told,
            "boards": boards, "members": members, "actions": actions, "joint": joint, "co_owned": co_owned}


def measure(url: str) -> dict[str, Any]:
    """One worker's round of sweeps, as `python bot.py worker` runs them."""
    from jobs import agendas, digest, minutes_summary, nudges
    from jobs.outbox import deliver

    db = Database.connect(url)
    if db.engine.dialect.name == "sqlite":
        # The outbox commits twice a message; on a shared disk each full fsync costs ~20 ms, which is
        # the disk, not the sweeps. The bench's worker syncs at checkpoints instead (NORMAL in WAL).
        event.listen(db.engine, "connect", lambda connection, _: connection.execute("PRAGMA synchronous=NORMAL"))
    counter = Counter(db.engine)
    sender = Answering()
    out: dict[str, Any] = {}

    def sweep(name: str, plan: Any, at: datetime) -> None:
        before = counter.statements
        started, cpu = time.perf_counter(), time.process_time()
        planned = plan(db, at)
        messages = parts = 0
        for message in planned:  # a sweep that streams (the digest) is consumed without being kept
            messages, parts = messages + 1, parts + len(message.parts)
        planned_s, planned_cpu = time.perf_counter() - started, time.process_time() - cpu
        statements = counter.statements - before
        started, cpu = time.perf_counter(), time.process_time()
        # Delivered as the worker does it: a streamed plan is planned again as it is sent.
        report = deliver(db, planned if isinstance(planned, list) else plan(db, at), sender)
        out[name] = {"plan_s": planned_s, "plan_cpu_s": planned_cpu, "deliver_cpu_s": time.process_time() - cpu,
                     "statements": statements, "messages": messages, "parts": parts,
                     "sent": report.sent, "deliver_s": time.perf_counter() - started, "failed": len(report.failed),
                     "peak_mib_after": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                     "streamed": not isinstance(planned, list)}

    sweep("nudges", nudges.plan, NOW)
    sweep("nudges again", nudges.plan, NOW + timedelta(minutes=5))
    sweep("digest", digest.plan, NOW)
    sweep("agendas", agendas.plan, NOW)
    sweep("minutes", minutes_summary.plan, NOW)
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.engine.dispose()
    return out


def _child(args: list[str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _seeded(url: str, boards: int, members: int, actions: int, joint: float, *, reuse: bool) -> dict[str, Any]:
    """Seed the register; with `reuse`, seed once into a kept copy and measure each run on a fresh copy."""
    if not reuse:
        return _child(["--seed-only", url, str(boards), str(members), str(actions), str(joint)])
    path = Path(url[len("sqlite:///"):])
    kept, facts = path.with_suffix(".seeded"), path.with_suffix(".seeded.json")
    if not facts.exists() or (json.loads(facts.read_text())["actions"], json.loads(facts.read_text()).get("joint", 0.0)) \
            != (actions, joint):
        seeded = _child(["--seed-only", f"sqlite:///{kept}", str(boards), str(members), str(actions), str(joint)])
        facts.write_text(json.dumps(seeded))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(kept, path)
    return json.loads(facts.read_text())


def table(results: dict[str, dict[str, Any]]) -> str:
    sizes = list(results)
    head = "| | " + " | ".join(sizes) + (f" | {sizes[1]} / {sizes[0]} |" if len(sizes) == 2 else " |")
    lines = [head, "|---|" + "---:|" * (len(sizes) + (len(sizes) == 2))]

    def row(label: str, values: list[float], fmt: str, ratio: bool = True) -> None:
        cells = [fmt.format(v) for v in values]
        if len(values) == 2:
            cells.append(f"{values[1] / values[0]:.2f}x" if ratio and values[0] else "")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    r = [results[s] for s in sizes]
    row("actions (open)", [x["seed"]["actions"] for x in r], "{:,}", False)
    lines[-1] = lines[-1].replace(" |", "", 0)
    lines[-1] = "| actions (open) | " + " | ".join(
        f"{x['seed']['actions']:,} ({x['seed']['open']:,})" for x in r) + (" | |" if len(r) == 2 else " |")
    lines.append("| actions owned by several people | " + " | ".join(
        f"{x['seed'].get('co_owned', 0):,}" for x in r) + (" | |" if len(r) == 2 else " |"))
    row("reminders already in the sent log", [x["seed"]["told"] for x in r], "{:,}", False)
    row("seeding s", [x["seed"]["seed_s"] for x in r], "{:.1f}")
    lines.append("| backfill of moments (migration 0009), wall / CPU s | " + " | ".join(
        f"{x['seed']['backfill_s']:.1f} / {x['seed']['backfill_cpu_s']:.1f}" if x["seed"]["backfill_s"] is not None
        else "not run" for x in r) + (" | |" if len(r) == 2 else " |"))
    for name in ("nudges", "nudges again", "digest", "agendas", "minutes"):
        label = {"nudges": "nudges, first sweep", "nudges again": "nudges, five minutes later"}.get(name, name)
        row(f"{label}: plan s", [x["sweeps"][name]["plan_s"] for x in r], "{:.3f}")
        row(f"{label}: plan CPU s", [x["sweeps"][name]["plan_cpu_s"] for x in r], "{:.3f}")
        row(f"{label}: statements in the plan", [x["sweeps"][name]["statements"] for x in r], "{:,}")
        row(f"{label}: messages sent (parts)", [x["sweeps"][name]["sent"] for x in r], "{:,}", False)
        lines[-1] = f"| {label}: messages sent (parts) | " + " | ".join(
            f"{x['sweeps'][name]['sent']:,} ({x['sweeps'][name]['parts']:,})" for x in r) + (
            " | |" if len(r) == 2 else " |")
        streamed = any(x["sweeps"][name].get("streamed") for x in r)
        row(f"{label}: delivery s" + (" (planned again as it streams)" if streamed else ""),
            [x["sweeps"][name]["deliver_s"] for x in r], "{:.2f}")
        row(f"{label}: delivery CPU s", [x["sweeps"][name]["deliver_cpu_s"] for x in r], "{:.2f}")
    row("round of sweeps (plans and deliveries) s",
        [sum(v["deliver_s"] + (0 if v.get("streamed") else v["plan_s"]) for k, v in x["sweeps"].items()
             if isinstance(v, dict)) for x in r], "{:.1f}")
    row("round of sweeps, CPU s",
        [sum(v["deliver_cpu_s"] + (0 if v.get("streamed") else v["plan_cpu_s"]) for k, v in x["sweeps"].items()
             if isinstance(v, dict)) for x in r], "{:.1f}")
    row("worker peak memory MiB (ru_maxrss)", [x["sweeps"]["peak_mib"] for x in r], "{:.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1M", help="comma-separated: 100k, 1M")
    parser.add_argument("--database-url", help="one database for every size (reset each time); default SQLite files")
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/benchmarks.md")
    parser.add_argument("--reuse-seed", action="store_true",
                        help="SQLite only: keep a seeded copy beside each database and measure on a fresh copy of it")
    parser.add_argument("--joint", default="0", metavar="SHARES",
                        help="comma-separated shares of actions owned by several people, each swept (default 0)")
    parser.add_argument("--seed-only", nargs=5, metavar=("URL", "BOARDS", "MEMBERS", "ACTIONS", "JOINT"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--measure-only", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.seed_only:
        url, *numbers, joint = args.seed_only
        print(json.dumps(seed(url, *map(int, numbers), float(joint))))
        return 0
    if args.measure_only:
        print(json.dumps(measure(args.measure_only)))
        return 0
    started = time.perf_counter()
    results = {}
    for size in args.sizes.split(","):
        for joint in map(float, args.joint.split(",")):
            label = size if not joint else f"{size}, {joint:.0%} joint"
            name = size if not joint else f"{size}-joint{round(joint * 100)}"
            url = args.database_url or f"sqlite:///{Path(tempfile.gettempdir()) / f'matters-sweeps-{name}.db'}"
            boards, members, actions = SIZES[size]
            seeded = _seeded(url, boards, members, actions, joint,
                             reuse=args.reuse_seed and url.startswith("sqlite:///"))
            print(f"{label}: seeded in {seeded['seed_s']:.1f} s, backfill {seeded['backfill_s']} s", flush=True)
            results[label] = {"seed": seeded, "sweeps": _child(["--measure-only", url]), "url": url}
            print(json.dumps(results[label]["sweeps"], indent=1), flush=True)
    report = table(results)
    print(report)
    if not args.no_doc:
        engine = Database.connect(next(iter(results.values()))["url"]).engine
        with engine.connect() as connection:
            version = (connection.exec_driver_sql("select sqlite_version()").scalar() if engine.dialect.name == "sqlite"
                       else connection.exec_driver_sql("show server_version").scalar())
        header = (f"Run on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC in {time.perf_counter() - started:.0f} s; "
                  f"{platform.machine()}, Python {platform.python_version()}, {engine.dialect.name} {version}; "
                  f"sweeps as if at {NOW:%A %-d %B %Y %H:%M} UTC.")
        write_section("sweeps", f"{header}\n\n{report}", "## The sweeps at 100,000 and 1,000,000 actions")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
