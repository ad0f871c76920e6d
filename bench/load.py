"""Load on the web process (as the Procfile runs it) and the worker, beside a bare Bolt app.

    .venv/bin/python bench/load.py                      # SQLite, about 2 minutes
    BENCH_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:55432/load_test .venv/bin/python bench/load.py

For each database (SQLite always; PostgreSQL too when BENCH_POSTGRES_URL is set)
it seeds the 100,000-action register (bench/seed.py), then:

* starts the web process as the Procfile does (gunicorn, gunicorn.conf.py,
  'bot:wsgi_app()', bound to a free loopback port) with Slack's Web API on the
  loopback stand-in (console/local_slack.py, in this process), and drives it
  with a bounded pool of client threads (8, then 32; each request on a new
  connection, as bench/myactions.py does):
  - /myactions from members picked at random: a 200 with blocks, or an error;
  - Done clicks (block_actions, action_id `action_done`, value the action's
    reference): each click completes a different open action, by its owner,
    so each is a real write. The ack must be a 200; the listener then answers
    through the click's own response_url, which must get exactly one post
    saying the action is done. Afterwards the database must show exactly the
    clicked actions done (and one `done` update each), nothing else changed.
  The latency of a click is the client's (until the ack); "done in" is from the
  click to its response_url post reaching the stand-in, which is when the
  write has committed;
* reads the memory (VmRSS, VmHWM) of the gunicorn master and its workers;
* does the same for the bare Bolt app (bench/bare_app.py: /myactions acks a
  static message, a Done click just acks) under the same gunicorn settings,
  once, on the first database;
* runs the worker (`python bot.py worker`) until its first round of sweeps has
  logged (the scheduler runs every sweep at start-up), reads its memory, sends
  it SIGTERM and records its exit code. Nudges go out on working days in
  working hours only; outside them the worker's sweeps run as if at the next
  working day, 10:00 London time (this file's --worker-at mode: the real
  worker, with the `now` each sweep is given moved on), so there are nudges.

The tables go to stdout and into docs/benchmarks.md between the `bench:load`
markers. Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import secrets
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402
from slack_bolt.version import __version__ as bolt_version  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from bench.results_doc import DOC, write_section  # noqa: E402
from bench.myactions import (  # noqa: E402
    Request,
    answer_problem,
    command_body,
    database_label,
    gunicorn_process,
    gunicorn_shape,
    machine,
    redact,
    register_size,
    send_all,
    signed,
)
from bench.seed import DEFAULT_URL, Size, seed  # noqa: E402
from console.local_slack import LocalSlack  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import Action, ActionUpdate, Board, Member  # noqa: E402
from templates.block_kit import DONE  # noqa: E402

LONDON = ZoneInfo("Europe/London")
APP, BARE = "Matters Arising", "bare Bolt"
LOG_FAILURES = re.compile(r"request_failed|listener_failed|Traceback|database is locked|deadlock|status=5\d\d")


# -- requests ------------------------------------------------------------------
@dataclass(frozen=True)
class Click:
    action_id: int
    ref: str
    owner: str  # slack id


def click_body(click: Click, key: str, response_url: str) -> str:
    """A Done button in the /myactions list clicked by the action's owner, as Slack posts it."""
    return urlencode({"payload": json.dumps({
        "type": "block_actions", "user": {"id": click.owner, "username": click.owner.lower()},
        "api_app_id": "A0BENCH", "team": {"id": "T0LOCAL", "domain": "bench"},
        "channel": {"id": "C00000001", "name": "board"},
        "container": {"type": "message", "is_ephemeral": True, "channel_id": "C00000001"},
        "trigger_id": f"bench.{key}", "response_url": response_url,
        "actions": [{"type": "button", "action_id": DONE, "block_id": f"act:{click.ref}", "value": click.ref,
                     "text": {"type": "plain_text", "text": f"Done {click.ref}"}, "action_ts": f"{time.time():.6f}"}],
    })})


def open_actions(db: Database, count: int, rng: random.Random) -> list[Click]:
    """`count` different open actions whose owners have a Slack id, picked at random."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(Action.id, Board.code, Action.number, Member.slack_id)
            .join(Board, Board.id == Action.board_id).join(Member, Member.id == Action.owner_id)
            .where(Action.status == "open", Member.slack_id.is_not(None)).order_by(Action.id)).all()
    if len(rows) < count:
        raise SystemExit(f"the register has {len(rows)} open actions; {count} are needed")
    return [Click(row[0], f"{row[1]}-{row[2]}", row[3]) for row in rng.sample(rows, count)]


def done_counts(db: Database, ids: Sequence[int]) -> tuple[int, int, int]:
    """(clicked actions now done, 'done' updates on them, done actions in the whole register)."""
    done = updates = 0
    with db.engine.connect() as connection:
        for start in range(0, len(ids), 1000):
            chunk = list(ids[start:start + 1000])
            done += connection.execute(select(func.count()).select_from(Action.__table__).where(
                Action.id.in_(chunk), Action.status == "done")).scalar_one()
            updates += connection.execute(select(func.count()).select_from(ActionUpdate.__table__).where(
                ActionUpdate.action_id.in_(chunk), ActionUpdate.kind == "done")).scalar_one()
        total = connection.execute(select(func.count()).select_from(Action.__table__).where(
            Action.status == "done")).scalar_one()
    return done, updates, total


# -- measuring -----------------------------------------------------------------
def percentile(values: Sequence[float], p: float) -> float:
    """Nearest rank, in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(max(1, round(p / 100 * len(ordered))), len(ordered)) - 1] * 1000


@dataclass
class Measure:
    app: str
    database: str
    kind: str  # "/myactions" or "Done"
    clients: int
    latencies: list[float] = field(default_factory=list)
    completions: list[float] = field(default_factory=list)  # Done: click to response_url post
    wall: float = 0.0
    problems: list[str] = field(default_factory=list)
    checked: str = ""
    stray: str = ""
    web_api: Counter[str] = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0

    def row(self) -> str:
        done_in = (f"{percentile(self.completions, 50):.1f} / {percentile(self.completions, 99):.1f}"
                   if self.completions else "n/a")
        return (f"| {self.app} | {self.database} | {self.kind} | {self.clients} | {len(self.latencies):,} | "
                f"{len(self.problems)} | {self.rate:,.0f} | {percentile(self.latencies, 50):.1f} | "
                f"{percentile(self.latencies, 90):.1f} | {percentile(self.latencies, 99):.1f} | {done_in} |")


RESULTS_HEADER = ("| App | Database | Request | Clients | Requests | Errors | req/s | p50 ms | p90 ms | p99 ms "
                  "| done in p50 / p99 ms |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")


def run_myactions(measure: Measure, port: int, secret: str, slack_ids: Sequence[str], rng: random.Random,
                  slack: LocalSlack, warmup: int, count: int) -> Measure:
    def requests(n: int) -> list[Request]:
        return signed(secret, [command_body(rng.choice(slack_ids), i, slack.response_url("load"))
                               for i in range(n)])

    send_all(port, requests(warmup), measure.clients)
    slack.clear()
    results, measure.wall = send_all(port, requests(count), measure.clients)
    for sent in results:
        measure.latencies.append(sent.latency)
        problem = answer_problem(sent.status, sent.body)
        if problem:
            measure.problems.append(problem)
    measure.web_api = Counter(call.method for call in slack.sent())
    return measure


def ack_problem(status: int, body: bytes) -> str | None:
    """A Done click's ack: a 200, empty or JSON that is not an error."""
    if status != 200:
        return f"status {status}: {body[:120]!r}"
    if body.strip():
        try:
            payload = json.loads(body)
        except ValueError:
            return f"ack not JSON: {body[:120]!r}"
        if isinstance(payload, dict) and payload.get("response_action") == "errors":
            return f"ack with errors: {body[:120]!r}"
    return None


def run_done(measure: Measure, port: int, secret: str, clicks: list[Click], slack: LocalSlack, warmup: int,
             db: Database | None, tag: str, settle: float = 60.0) -> Measure:
    """Done clicks, each on its own action; the real app's writes are then checked in the database."""
    before = done_counts(db, [])[2] if db is not None else 0
    warm, timed = clicks[:warmup], clicks[warmup:]

    def requests(batch: Sequence[Click], prefix: str) -> tuple[list[Request], list[str]]:
        keys = [f"{tag}-{prefix}{i}" for i in range(len(batch))]
        return signed(secret, [click_body(c, k, slack.response_url(k)) for c, k in zip(batch, keys)]), keys

    warm_requests, _ = requests(warm, "w")
    slack.clear()
    send_all(port, warm_requests, measure.clients)
    if db is not None:  # the warm-up's listeners finish before the timed clicks start
        slack.wait_for("respond", len(warm), timeout=settle)
    slack.clear()
    timed_requests, keys = requests(timed, "t")
    results, measure.wall = send_all(port, timed_requests, measure.clients)
    for sent in results:
        measure.latencies.append(sent.latency)
        problem = ack_problem(sent.status, sent.body)
        if problem:
            measure.problems.append(problem)
    if db is None:  # the bare app only acks
        time.sleep(0.5)
        measure.web_api = Counter(call.method for call in slack.sent())
        return measure
    slack.wait_for("respond", len(timed), timeout=settle)
    time.sleep(0.5)  # anything sent twice arrives too
    measure.web_api = Counter(call.method for call in slack.sent())
    posts: dict[str, list[Any]] = {}
    for call in slack.sent("respond"):
        posts.setdefault(str(call.body.get("response_url", "")).rsplit("/", 1)[-1], []).append(call)
    for sent, key, click in zip(results, keys, timed):
        got = posts.get(key, [])
        if len(got) != 1:
            measure.problems.append(f"{click.ref}: {len(got)} response_url posts")
            continue
        text = str(got[0].body.get("text", ""))
        if "is done" not in text or got[0].body.get("replace_original") not in (True, "true"):
            measure.problems.append(f"{click.ref}: response_url got {text[:120]!r}")
        measure.completions.append(got[0].at - sent.began)
    stray = sorted(set(posts) - set(keys))
    if stray:  # posts for clicks of the warm-up (counted by the database check) or of nobody
        measure.stray = f"{sum(len(posts[k]) for k in stray)} response_url posts for other clicks: {', '.join(stray[:5])}"
    done, updates, after = done_counts(db, [c.action_id for c in clicks])
    expected = len(clicks)
    measure.checked = (f"{done:,} of {expected:,} clicked actions done, {updates:,} `done` updates on them, "
                       f"register's done count up by {after - before:,}")
    if not (done == updates == after - before == expected):
        measure.problems.append(f"database: {measure.checked}")
    return measure


# -- memory --------------------------------------------------------------------
def status_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in KiB; (0, 0) if it has gone."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0, 0
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    return tuple(int(fields.get(name, "0 kB").split()[0]) for name in ("VmRSS", "VmHWM"))  # type: ignore[return-value]


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return sorted(found)


@dataclass
class Memory:
    app: str
    database: str
    master: tuple[int, int]
    workers: list[tuple[int, int]]

    def row(self) -> str:
        rss = sum(w[0] for w in self.workers)
        hwm = sum(w[1] for w in self.workers)
        return (f"| {self.app} | {self.database} | {mib(self.master[0])} | {len(self.workers)} | {mib(rss)} | "
                f"{mib(hwm)} | {mib(self.master[0] + rss)} |")


MEMORY_HEADER = ("| Web process | Database | master RSS MiB | workers | workers RSS MiB (sum) | workers peak MiB "
                 "(VmHWM sum) | total RSS MiB |\n|---|---|---:|---:|---:|---:|---:|")


def mib(kib: int) -> str:
    return f"{kib / 1024:.0f}"


# -- the worker ----------------------------------------------------------------
@dataclass
class WorkerRun:
    database: str
    clock: str
    seconds: float = 0.0
    sweeps: dict[str, str] = field(default_factory=dict)
    rss: tuple[int, int] = (0, 0)
    exit_code: int | None = None
    stopped_in: float = 0.0
    received: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def row(self) -> str:
        sent = ", ".join(f"{name} {self.sweeps.get(name, '?')}" for name in ("nudges", "agendas", "minutes", "digest"))
        return (f"| {self.database} | {self.clock} | {self.seconds:.1f} | {sent} | "
                f"{self.received.get('chat.postMessage', 0):,} | {mib(self.rss[0])} | {mib(self.rss[1])} | "
                f"{self.exit_code} in {self.stopped_in:.1f} s | {len(self.problems)} |")


WORKER_HEADER = ("| Database | clock | start-up and first sweeps s | messages sent by each sweep | "
                 "chat.postMessage received | RSS after MiB | peak (VmHWM) MiB | exit code on SIGTERM | errors |\n"
                 "|---|---|---:|---|---:|---:|---:|---|---:|")
SWEEP_LINE = re.compile(r"sweep job=(\w+) .*?sent=(\d+) skipped=(\d+) failed=(\d+)")


def worker_clock(now: datetime) -> str | None:
    """None if nudges can go out now (a working day, 09:00-17:00 London); else the next such moment, 10:00."""
    from domain.working_days import is_working_day, next_working_day

    local = now.astimezone(LONDON)
    if is_working_day(local.date()) and 9 <= local.hour < 17:
        return None
    day = local.date() if is_working_day(local.date()) and local.hour < 9 else next_working_day(local.date())
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=LONDON).isoformat()


def run_worker(url: str, label: str, slack: LocalSlack, log: Path, timeout: float = 240.0) -> WorkerRun:
    from jobs.runner import SWEEPS

    shifted = worker_clock(datetime.now(timezone.utc))
    command = ([sys.executable, "bot.py", "worker"] if shifted is None
               else [sys.executable, str(Path(__file__).resolve()), "--worker-at", shifted])
    run = WorkerRun(label, "real" if shifted is None else f"moved to {shifted}")
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": slack.api_url, "DATABASE_URL": url}
    for name in ("SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SMTP_URL"):
        env.pop(name, None)
    slack.clear()
    log.write_text("")
    with open(log, "ab") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    started = time.monotonic()
    try:
        while time.monotonic() - started < timeout:
            text = log.read_text(errors="replace")
            for match in SWEEP_LINE.finditer(text):
                run.sweeps[match[1]] = f"{int(match[2]):,}"
                if int(match[4]):
                    run.problems.append(f"sweep {match[1]}: {match[4]} failed")
            for match in re.finditer(r"sweep_failed job=(\w+)", text):
                run.sweeps.setdefault(match[1], "failed")
            if all(name in run.sweeps for name in SWEEPS) or process.poll() is not None:
                break
            time.sleep(0.2)
        run.seconds = time.monotonic() - started
        missing = [name for name in SWEEPS if name not in run.sweeps]
        if missing:
            run.problems.append(f"no first sweep of {', '.join(missing)} within {timeout:.0f} s"
                                if process.poll() is None else f"worker exited early with {process.returncode}")
        time.sleep(1.0)  # the directory job, if it is still going
        run.rss = status_kib(process.pid)
    finally:
        stopping = time.monotonic()
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            run.exit_code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            run.problems.append("did not exit within 30 s of SIGTERM")
            process.kill()
            run.exit_code = process.wait()
        run.stopped_in = time.monotonic() - stopping
    text = log.read_text(errors="replace")
    run.received = Counter(call.method for call in slack.sent())
    sent_total = sum(int(m[2]) for m in SWEEP_LINE.finditer(text))
    if run.received.get("chat.postMessage", 0) != sent_total:
        run.problems.append(f"sweeps logged {sent_total} sent, the stand-in received "
                            f"{run.received.get('chat.postMessage', 0)} chat.postMessage")
    for match in re.finditer(r"sweep_failed job=\w+|Traceback", text):
        run.problems.append(match[0])
    if run.exit_code != 0:
        run.problems.append(f"exit code {run.exit_code} after SIGTERM")
    return run


def worker_at(moment: str) -> int:
    """`python bot.py worker` whose sweeps see the clock as if it had read `moment` at start-up.

    The scheduler itself keeps the real clock (so the sweeps run now); each sweep's `now` is moved on.
    """
    import bot
    import jobs.scheduler

    offset = datetime.fromisoformat(moment) - datetime.now(timezone.utc)
    real_run_job = jobs.scheduler.run_job

    def moved_run_job(name: str, db: Any, sender: Any, now: datetime, **kwargs: Any) -> Any:
        return real_run_job(name, db, sender, now + offset, **kwargs)

    jobs.scheduler.run_job = moved_run_job  # type: ignore[assignment]
    return bot.main(["worker"])


# -- the report ------------------------------------------------------------------
def log_failures(log: Path) -> list[str]:
    if not log.exists():
        return []
    return [m[0] for m in LOG_FAILURES.finditer(log.read_text(errors="replace"))]


def write_doc(section: str) -> None:
    write_section("load", section, "## Load")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL, help=f"the first database; default {DEFAULT_URL}")
    parser.add_argument("--no-seed", action="store_true", help="use the databases as they are (seeded before)")
    parser.add_argument("--requests", type=int, default=2000, help="timed requests a row (default 2000)")
    parser.add_argument("--warmup", type=int, default=200, help="untimed requests before each row (default 200)")
    parser.add_argument("--clients", default="8,32", help="concurrent clients, comma-separated (default 8,32)")
    parser.add_argument("--seed", type=int, default=1, help="random seed for the register and the requests")
    parser.add_argument("--no-worker", action="store_true", help="skip the worker")
    parser.add_argument("--no-doc", action="store_true", help=f"don't write {DOC.relative_to(ROOT)}")
    parser.add_argument("--worker-at", metavar="ISO-8601", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker_at:
        return worker_at(args.worker_at)

    began = time.monotonic()
    levels = [int(n) for n in args.clients.split(",")]
    rng = random.Random(args.seed)
    targets = [args.database_url] + ([os.environ["BENCH_POSTGRES_URL"]] if os.environ.get("BENCH_POSTGRES_URL")
                                     else [])
    secret = secrets.token_hex(16)
    logs = Path(tempfile.mkdtemp(prefix="matters-load-"))
    slack = LocalSlack()
    slack.start()
    measures: list[Measure] = []
    memories: list[Memory] = []
    workers: list[WorkerRun] = []
    sizes: dict[str, dict[str, int]] = {}
    labels: list[str] = []
    gunicorn_failures: dict[str, list[str]] = {}
    try:
        for index, url in enumerate(targets):
            if not args.no_seed:
                seed(url, Size(), rng_seed=args.seed, fresh=True)
            db = Database.connect(url)
            label = database_label(db)
            labels.append(label)
            sizes[label] = register_size(db)
            with db.engine.connect() as connection:
                slack_ids = list(connection.scalars(select(Member.slack_id).where(Member.slack_id.is_not(None))))
            per_level = args.warmup + args.requests
            clicks = open_actions(db, per_level * len(levels), rng)
            env = {"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": slack.api_url,
                   "DATABASE_URL": url}
            shapes = [(APP, "bot:wsgi_app()", label)] + ([(BARE, "bench.bare_app:wsgi_app()", "none")]
                                                         if index == 0 else [])
            for app, target, database in shapes:
                log = logs / f"gunicorn-{index}-{'app' if app == APP else 'bare'}.log"
                with gunicorn_process(target, env, log) as (port, process):
                    for clients in levels:
                        print(f"  {app} / {database} / /myactions x{clients} ...", end="", flush=True)
                        measure = run_myactions(Measure(app, database, "/myactions", clients), port, secret,
                                                slack_ids, rng, slack, args.warmup, args.requests)
                        print(f" {measure.rate:,.0f} req/s, p50 {percentile(measure.latencies, 50):.1f} ms, "
                              f"p99 {percentile(measure.latencies, 99):.1f} ms, {len(measure.problems)} errors")
                        measures.append(measure)
                    for n, clients in enumerate(levels):
                        print(f"  {app} / {database} / Done x{clients} ...", end="", flush=True)
                        mine = clicks[n * per_level:(n + 1) * per_level]
                        measure = run_done(Measure(app, database, "Done", clients), port, secret, mine, slack,
                                           args.warmup, db if app == APP else None, f"{index}{app[0]}{clients}")
                        print(f" {measure.rate:,.0f} req/s, p50 {percentile(measure.latencies, 50):.1f} ms, "
                              f"p99 {percentile(measure.latencies, 99):.1f} ms, {len(measure.problems)} errors"
                              + (f"; {measure.checked}" if measure.checked else "")
                              + (f"; {measure.stray}" if measure.stray else ""))
                        measures.append(measure)
                    memories.append(Memory(app, database, status_kib(process.pid),
                                           [status_kib(pid) for pid in children(process.pid)]))
                    print(f"  memory: {memories[-1].row()}")
                gunicorn_failures[f"{app} / {database}"] = log_failures(log)
            if not args.no_worker:
                print(f"  worker / {label} ...", end="", flush=True)
                workers.append(run_worker(url, label, slack, logs / f"worker-{index}.log"))
                print(f" {workers[-1].row()}")
            db.engine.dispose()
    finally:
        slack.stop()
    elapsed = time.monotonic() - began

    problems = [f"{m.app} / {m.database} / {m.kind} x{m.clients}: {p}" for m in measures for p in m.problems]
    problems += [f"gunicorn log ({name}): {p}" for name, found in gunicorn_failures.items() for p in found]
    problems += [f"worker / {w.database}: {p}" for w in workers for p in w.problems]
    web_api = Counter[str]()
    for m in measures:
        web_api.update(m.web_api)
    checks = [f"{m.database}, {m.clients} clients: {m.checked}" for m in measures if m.checked]
    postgres = len(targets) > 1
    first = next(iter(sizes.values()))
    calls = ", ".join(f"{method} {count:,}" for method, count in sorted(web_api.items())) or "none"
    lines = [
        f"Run on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC in {elapsed:.0f} s.",
        "",
        (f"* Machine: {machine()}; Python {platform.python_version()}; SQLAlchemy {sqlalchemy.__version__}; "
         f"slack-bolt {bolt_version}; {gunicorn_shape()} (gunicorn.conf.py, as the Procfile runs it, bound to "
         f"127.0.0.1)."),
        (f"* Databases: {', '.join(f'{name} ({redact(url)})' for name, url in zip(labels, targets))}; the "
         f"register: {first['boards']:,} boards, {first['members']:,} members, {first['actions']:,} actions "
         f"({first['open']:,} open)."),
        f"* Command: `{'BENCH_POSTGRES_URL=… ' if postgres else ''}.venv/bin/python {shlex.join(sys.argv)}`",
        (f"* Load: {args.requests:,} timed requests a row after {args.warmup:,} untimed, from "
         f"{' and '.join(map(str, levels))} client threads in the bench process (on the same machine as the "
         f"server, so they share its CPUs), each request on a new loopback connection; latency is the client's. "
         f"Done clicks each complete a different open action by its owner; \"done in\" is from the click to "
         f"its response_url post at the stand-in (the write committed and the list redrawn)."),
        (f"* Errors: a /myactions answer that is not 200 with blocks; a Done ack that is not 200; a Done without "
         f"exactly one response_url post saying it is done; a database that does not show exactly the clicked "
         f"actions done; 5xx, tracebacks or `database is locked` in the gunicorn logs "
         f"({sum(len(f) for f in gunicorn_failures.values())} found)."),
        (f"* Web API calls at the stand-in during the timed requests: {calls}. The stand-in fails none; a call "
         f"the app failed to make shows up as a missing response_url post or in the gunicorn logs."),
        *[f"* Done check ({c})." for c in checks],
        "",
        RESULTS_HEADER,
        *[m.row() for m in measures],
        "",
        "Memory of the web process after its runs (from /proc: VmRSS now, VmHWM the peak):",
        "",
        MEMORY_HEADER,
        *[m.row() for m in memories],
        "",
    ]
    if workers:
        lines += [
            ("The worker (`python bot.py worker`) through its first round of sweeps (all four run at start-up), "
             "then SIGTERM:"),
            "",
            WORKER_HEADER,
            *[w.row() for w in workers],
            "",
        ]
    if problems:
        lines += [f"Errors ({len(problems)}; first ten):", "", *[f"* {p}" for p in problems[:10]], ""]
    section = "\n".join(lines)
    print()
    print(section)
    if not args.no_doc:
        write_doc(section)
        print(f"written to {DOC.relative_to(ROOT)}; logs in {logs}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
