"""Benchmark /myactions against a large register, beside a bare Bolt app, in process and over HTTP.

    .venv/bin/python bench/myactions.py                 # seeds a fresh SQLite file, ~1 minute
    BENCH_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5432/bench .venv/bin/python bench/myactions.py

For each database (SQLite always; PostgreSQL too when BENCH_POSTGRES_URL is set)
it seeds the register (bench/seed.py: 200 boards, 5,000 members, 100,000
actions), then times /myactions for members picked at random:

* in process: the real app (handlers.create_app, process_before_response=True)
  and a bare Bolt app (bench/bare_app.py), each given signed form-encoded
  slash-command requests through `App.dispatch`, one after another;
* over HTTP: the real web process (gunicorn, gunicorn.conf.py, 'bot:wsgi_app()')
  and the bare app under the same gunicorn settings ('bench.bare_app:wsgi_app()'),
  each sent signed POST /slack/events requests by a few client threads over
  loopback, one new connection a request; and the real web process built with
  process_before_response=True ('bench.web_acked:wsgi_app()') as a what-if.

Every response must be 200 with blocks, or it counts as an error. Slack's Web
API is console.local_slack.LocalSlack on loopback; nothing leaves the machine.
The results table goes to stdout and into docs/benchmarks.md between the
`bench:results` markers (the rest of that file is left as it is).
"""

from __future__ import annotations

import argparse
import cProfile
import http.client
import json
import os
import platform
import pstats
import random
import re
import runpy
import secrets
import shlex
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402
from slack_bolt import App, BoltRequest  # noqa: E402
from slack_bolt.version import __version__ as bolt_version  # noqa: E402
from slack_sdk.signature import SignatureVerifier  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from bench.results_doc import DOC, write_section  # noqa: E402
from bench.bare_app import create_bare_app  # noqa: E402
from bench.seed import DEFAULT_URL, Size, seed  # noqa: E402
from console.local_slack import LocalSlack  # noqa: E402
from handlers import create_app  # noqa: E402
from handlers.services import Services  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import Action, ActionOwner, Board, Member  # noqa: E402

Request = tuple[bytes, dict[str, str]]
ACKED = "process_before_response=True"


# -- requests ------------------------------------------------------------------
def command_body(user_id: str, n: int, response_url: str) -> str:
    """A /myactions slash command as Slack posts it (form-encoded)."""
    return urlencode({
        "token": "bench", "team_id": "T0LOCAL", "team_domain": "bench", "channel_id": "C00000001",
        "channel_name": "board", "user_id": user_id, "user_name": user_id.lower(), "command": "/myactions",
        "text": "", "api_app_id": "A0BENCH", "response_url": response_url, "trigger_id": f"bench.{n}",
    })


def signed_requests(secret: str, slack_ids: Sequence[str], count: int, rng: random.Random,
                    response_url: str) -> list[Request]:
    """`count` signed requests from members picked at random (signed now: Bolt allows five minutes)."""
    return signed(secret, [command_body(rng.choice(slack_ids), n, response_url) for n in range(count)])


def signed(secret: str, bodies: Sequence[str],
           content_type: str = "application/x-www-form-urlencoded") -> list[Request]:
    """Each body with Slack's signature headers, signed now (Bolt accepts a request for five minutes)."""
    verifier = SignatureVerifier(secret)
    timestamp = str(int(time.time()))
    return [(body.encode(), {
        "content-type": content_type,
        "x-slack-signature": verifier.generate_signature(timestamp=timestamp, body=body),
        "x-slack-request-timestamp": timestamp,
    }) for body in bodies]


def answer_problem(status: int, body: bytes | str) -> str | None:
    """None for a 200 with blocks; otherwise what was wrong."""
    if status != 200:
        return f"status {status}: {str(body)[:120]}"
    try:
        payload = json.loads(body) if body else {}
    except ValueError:
        return f"not JSON: {str(body)[:120]}"
    if not isinstance(payload.get("blocks"), list) or not payload["blocks"]:
        return f"no blocks: {str(payload.get('text'))[:120]}"
    return None


# -- results -------------------------------------------------------------------
@dataclass
class Run:
    app: str
    database: str
    path: str
    latencies: list[float] = field(default_factory=list)  # seconds, one per request
    wall: float = 0.0
    problems: list[str] = field(default_factory=list)
    web_api_calls: int = 0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        rank = max(1, round(p / 100 * len(ordered)))  # nearest rank
        return ordered[min(rank, len(ordered)) - 1] * 1000

    @property
    def mean(self) -> float:
        return sum(self.latencies) / len(self.latencies) * 1000

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0

    def row(self) -> str:
        return (f"| {self.app} | {self.database} | {self.path} | {len(self.latencies):,} | {len(self.problems)} | "
                f"{self.percentile(50):.2f} | {self.percentile(90):.2f} | {self.percentile(99):.2f} | "
                f"{self.mean:.2f} | {self.rate:,.0f} |")


HEADER = ("| App | Database | Path | Requests | Errors | p50 ms | p90 ms | p99 ms | mean ms | req/s |\n"
          "|---|---|---|---:|---:|---:|---:|---:|---:|---:|")


# -- in process ----------------------------------------------------------------
def dispatch(app: App, request: Request) -> tuple[int, str]:
    body, headers = request
    response = app.dispatch(BoltRequest(body=body.decode(), headers={k: [v] for k, v in headers.items()}))
    return response.status, response.body


def in_process(run: Run, app: App, warmup: Sequence[Request], timed: Sequence[Request]) -> Run:
    for request in warmup:
        dispatch(app, request)
    clock = time.perf_counter
    started = clock()
    for request in timed:
        t0 = clock()
        status, body = dispatch(app, request)
        run.latencies.append(clock() - t0)
        problem = answer_problem(status, body)
        if problem:
            run.problems.append(problem)
    run.wall = clock() - started
    return run


# -- over HTTP -----------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(target: str, env: dict[str, str], log: Path) -> Iterator[int]:
    """The web process under gunicorn.conf.py on a free loopback port; yields the port."""
    with gunicorn_process(target, env, log) as (port, _):
        yield port


@contextmanager
def gunicorn_process(target: str, env: dict[str, str], log: Path) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """As `gunicorn`, yielding the port and the master process (for its pid)."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
               target]
    with open(log, "ab") as out:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PORT": str(port), **env}, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {process.returncode}; see {log}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not listen on {port} within 30 s; see {log}") from None
                time.sleep(0.1)
        yield port, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def post(port: int, request: Request) -> tuple[int, bytes]:
    body, headers = request
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/slack/events", body=body, headers={**headers, "Connection": "close"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass
class Sent:
    """One request's fate, as the client saw it."""

    began: float  # time.monotonic(), the stand-in's clock too
    latency: float
    status: int
    body: bytes


def send_all(port: int, requests: Sequence[Request], clients: int) -> tuple[list[Sent], float]:
    """Send every request from `clients` threads, each taking the next as it finishes the last; (results, wall)."""
    results: list[Sent | None] = [None] * len(requests)
    indexes = iter(range(len(requests)))
    lock = threading.Lock()

    def client() -> None:
        while True:
            with lock:
                i = next(indexes, None)
            if i is None:
                return
            began = time.monotonic()
            try:
                status, data = post(port, requests[i])
            except (OSError, http.client.HTTPException) as error:
                status, data = 0, repr(error).encode()
            results[i] = Sent(began, time.monotonic() - began, status, data)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in results if r is not None], time.monotonic() - started


def over_http(run: Run, port: int, warmup: Sequence[Request], timed: Sequence[Request], clients: int) -> Run:
    send_all(port, warmup, clients)
    results, run.wall = send_all(port, timed, clients)
    for sent in results:
        run.latencies.append(sent.latency)
        problem = answer_problem(sent.status, sent.body)
        if problem:
            run.problems.append(problem)
    return run


# -- profile -------------------------------------------------------------------
def _cumulative(stats: pstats.Stats, path_end: str, name: str) -> float:
    return sum(value[3] for (path, _, func_name), value in stats.stats.items()  # type: ignore[attr-defined]
               if path.replace("\\", "/").endswith(path_end) and func_name == name)


def profile(app: App, requests: Sequence[Request]) -> list[tuple[str, float]]:
    """Where one in-process /myactions spends its time, by cProfile (which inflates Python-heavy parts)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for request in requests:
        dispatch(app, request)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = _cumulative(stats, "slack_bolt/app/app.py", "dispatch")
    handler = _cumulative(stats, "handlers/commands/actions.py", "my_actions_command")
    sql = (_cumulative(stats, "storage/register.py", "member_by_slack_id")
           + _cumulative(stats, "storage/register.py", "open_actions_of_member"))
    views = _cumulative(stats, "domain/actions.py", "my_open_actions") - _cumulative(
        stats, "storage/register.py", "open_actions_of_member")
    to_dict = _cumulative(stats, "handlers/blocks.py", "message")
    templates = _cumulative(stats, "templates/__init__.py", "render")
    reply = _cumulative(stats, "handlers/blocks.py", "my_actions")
    parts = [
        ("Block Kit objects to dicts (slack_sdk `to_dict`, validating every object)", to_dict),
        ("Block Kit objects built (SectionBlock, ButtonElement, ...)", reply - to_dict - templates),
        ("Jinja templates (summary and one line an action)", templates),
        ("SQL: member by slack id, open actions with joins (incl. ORM loading)", sql),
        ("ActionView for each action (time zone, due words)", views),
        ("rest of the handler (session, commit, close, ack)", handler - sql - views - reply),
        ("Bolt outside the listener (verify signature, parse, middleware, route)", total - handler),
    ]
    return [(label, seconds / total * 100) for label, seconds in parts] + [("per request, profiled (ms)",
                                                                          total / len(requests) * 1000)]


# -- the report ------------------------------------------------------------------
def register_size(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        def count(table: Any, *where: Any) -> int:
            return connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
        return {"boards": count(Board.__table__), "members": count(Member.__table__),
                "actions": count(Action.__table__), "open": count(Action.__table__, Action.status == "open"),
                "joint": connection.execute(select(func.count(func.distinct(ActionOwner.action_id)))).scalar_one()}


def database_label(db: Database) -> str:
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "postgresql":
            version = connection.execute(text("SHOW server_version")).scalar_one()
            return f"PostgreSQL {version.split()[0]}"
    return f"SQLite {sqlite3.sqlite_version}"


def redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]+@", r"//\1:***@", url)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{platform.system()} {platform.machine()}, {cpu}, nproc {usable}"


def gunicorn_shape() -> str:
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    return f"gunicorn {config['worker_class']}, {config['workers']} workers x {config['threads']} threads"


def write_doc(section: str) -> None:
    write_section("results", section, "## /myactions")


# -- the run -----------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL, help=f"the SQLite (or other) database; default {DEFAULT_URL}")
    parser.add_argument("--no-seed", action="store_true", help="use the database as it is (seeded before)")
    parser.add_argument("--requests", type=int, default=2000, help="timed requests per measurement (default 2000)")
    parser.add_argument("--warmup", type=int, default=200, help="untimed requests first (default 200)")
    parser.add_argument("--clients", type=int, default=4, help="HTTP client threads (default 4)")
    parser.add_argument("--seed", type=int, default=1, help="random seed for the register and the callers")
    parser.add_argument("--skip-http", action="store_true", help="only the in-process measurements")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile breakdown")
    parser.add_argument("--no-doc", action="store_true", help=f"don't write {DOC.relative_to(ROOT)}")
    parser.add_argument("--size", default="200,5000,100000", metavar="BOARDS,MEMBERS,ACTIONS",
                        help="the register seeded (default 200,5000,100000; 2000,50000,1000000 for a million)")
    parser.add_argument("--joint", type=float, default=0.0, metavar="SHARE",
                        help="share of actions owned by several people (bench/seed.py; default 0)")
    args = parser.parse_args(argv)
    size = Size(*map(int, args.size.split(",")))

    began = time.monotonic()
    rng = random.Random(args.seed)
    targets = [args.database_url]
    if os.environ.get("BENCH_POSTGRES_URL"):
        targets.append(os.environ["BENCH_POSTGRES_URL"])
    secret = secrets.token_hex(16)
    slack = LocalSlack().start()
    logs = Path(tempfile.mkdtemp(prefix="matters-bench-"))
    runs: list[Run] = []
    sizes: dict[str, dict[str, int]] = {}
    seeded: dict[str, float] = {}
    breakdown: list[tuple[str, float]] = []
    try:
        bare = create_bare_app(secret, slack.api_url, process_before_response=True)
        for index, url in enumerate(targets):
            if not args.no_seed:
                seeded[url] = seed(url, size, rng_seed=args.seed, fresh=True, quiet=False, joint=args.joint)["seconds"]
            db = Database.connect(url)
            label = database_label(db)
            sizes[label] = register_size(db)
            with db.engine.connect() as connection:
                slack_ids = list(connection.scalars(select(Member.slack_id).where(Member.slack_id.is_not(None))))
            app = create_app(Services(db=db, clock=lambda: datetime.now(timezone.utc)), token="xoxb-bench",
                             signing_secret=secret, api_url=slack.api_url, process_before_response=True)

            def requests(count: int) -> list[Request]:
                return signed_requests(secret, slack_ids, count, rng, slack.response_url("bench"))

            def measured(run: Run, measure: Callable[[Run], Run]) -> None:
                slack.clear()
                print(f"  {run.app} / {run.database} / {run.path} ...", end="", flush=True)
                measure(run)
                run.web_api_calls = len([c for c in slack.sent() if c.method != "auth.test"])
                print(f" p50 {run.percentile(50):.2f} ms, p99 {run.percentile(99):.2f} ms, "
                      f"{run.rate:,.0f} req/s, {len(run.problems)} errors")
                runs.append(run)

            print(f"{label}: {sizes[label]}")
            measured(Run("Matters Arising", label, "in process"),
                     lambda run: in_process(run, app, requests(args.warmup), requests(args.requests)))
            if index == 0:
                measured(Run("bare Bolt", "none", "in process"),
                         lambda run: in_process(run, bare, requests(args.warmup), requests(args.requests)))
                if not args.no_profile:
                    breakdown = profile(app, requests(300))
            if not args.skip_http:
                env = {"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": secret,
                       "SLACK_API_URL": slack.api_url, "DATABASE_URL": url}
                shapes = [("Matters Arising", "bot:wsgi_app()", {})]
                if index == 0:
                    shapes.append(("bare Bolt", "bench.bare_app:wsgi_app()", {}))
                shapes.append((f"Matters Arising ({ACKED})", "bench.web_acked:wsgi_app()", {}))
                if index == 0:
                    shapes.append((f"bare Bolt ({ACKED})", "bench.bare_app:wsgi_app()",
                                   {"BENCH_PROCESS_BEFORE_RESPONSE": "1"}))
                for name, target, extra in shapes:
                    with gunicorn(target, {**env, **extra}, logs / "gunicorn.log") as port:
                        measured(Run(name, "none" if name.startswith("bare") else label, "HTTP, gunicorn"),
                                 lambda run: over_http(run, port, requests(args.warmup), requests(args.requests),
                                                       args.clients))
            db.engine.dispose()
    finally:
        slack.stop()
    elapsed = time.monotonic() - began

    failures = 0
    log = logs / "gunicorn.log"
    if log.exists():
        failures = len(re.findall(r"request_failed|listener_failed|Traceback", log.read_text(errors="replace")))

    def find(app: str, path: str) -> Run | None:
        return next((r for r in runs if r.app == app and r.path == path), None)

    ours, baseline = find("Matters Arising", "in process"), find("bare Bolt", "in process")
    lines = [
        f"Run on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC in {elapsed:.0f} s.",
        "",
        f"* Machine: {machine()}; Python {platform.python_version()}; SQLAlchemy {sqlalchemy.__version__}; "
        f"slack-bolt {bolt_version}.",
        f"* Databases: {', '.join(f'{name} ({redact(url)})' for name, url in zip(sizes, targets))}.",
        *[f"* Register ({name}): {s['boards']:,} boards, {s['members']:,} members, {s['actions']:,} actions "
          f"({s['open']:,} open; {s['joint']:,} owned by several people; "
          f"about {s['open'] / max(s['members'], 1):.0f} open a member as first owner, "
          f"at most 20 listed in a reply)." for name, s in sizes.items()],
        *([f"* Seeding took {', '.join(f'{v:.1f} s' for v in seeded.values())}."] if seeded else []),
        f"* Command: `{' '.join(['BENCH_POSTGRES_URL=…'] if len(targets) > 1 else [])}"
        f"{'' if len(targets) == 1 else ' '}.venv/bin/python {shlex.join(sys.argv)}`",
        f"* {args.requests:,} timed requests per row after {args.warmup:,} untimed ones, from members picked at "
        f"random. In process: one at a time through `App.dispatch` (signature checked), process_before_response=True. "
        f"HTTP: {args.clients} client threads on the same machine, a new loopback connection a request, "
        f"{gunicorn_shape()}; latency is measured by the client. HTTP rows without a note run as the Procfile "
        f"does (`bot:wsgi_app()`, Bolt's default process_before_response=False: the listener runs on another "
        f"thread while the request thread polls for its ack in 10 ms sleeps); rows marked {ACKED} are "
        f"`bench/web_acked.py` and the bare app with that setting.",
        f"* Errors: responses that were not 200 with blocks. Web API calls during the timed requests: "
        f"{sum(r.web_api_calls for r in runs)}. Failures in the gunicorn logs: {failures}.",
        "",
        HEADER,
        *[run.row() for run in runs],
        "",
    ]
    if ours and baseline:
        ratio = ours.percentile(50) / baseline.percentile(50)
        lines += [
            "Targets (in process):",
            "",
            f"* p50 within 2x of bare Bolt: {ours.percentile(50):.2f} ms against {baseline.percentile(50):.2f} ms, "
            f"{ratio:.1f}x: **{'met' if ratio <= 2 else 'missed'}**.",
            f"* p99 under 50 ms: {ours.percentile(99):.2f} ms: **{'met' if ours.percentile(99) < 50 else 'missed'}**.",
            "",
        ]
    http_ours = find("Matters Arising", "HTTP, gunicorn")
    http_bare = find("bare Bolt", "HTTP, gunicorn")
    acked_ours = find(f"Matters Arising ({ACKED})", "HTTP, gunicorn")
    acked_bare = find(f"bare Bolt ({ACKED})", "HTTP, gunicorn")
    if http_ours and http_bare:
        lines += [f"Over HTTP the p50 ratio to bare Bolt is {http_ours.percentile(50) / http_bare.percentile(50):.1f}x "
                  f"as deployed" + (f", {acked_ours.percentile(50) / acked_bare.percentile(50):.1f}x with {ACKED}"
                                    if acked_ours and acked_bare else "") + ".", ""]
    if breakdown:
        lines += ["Where an in-process /myactions spends its time (cProfile over 300 requests, first database; "
                  "shares of `App.dispatch`):", "", "| Part | Share |", "|---|---:|"]
        lines += [f"| {label} | {share:.0f}% |" for label, share in breakdown[:-1]]
        lines += [f"| {breakdown[-1][0]} | {breakdown[-1][1]:.1f} |", ""]
    problems = [p for run in runs for p in run.problems]
    if problems:
        lines += ["First errors:", "", *[f"* {p}" for p in problems[:5]], ""]
    section = "\n".join(lines)
    print()
    print(section)
    if not args.no_doc:
        write_doc(section)
        print(f"written to {DOC.relative_to(ROOT)}; gunicorn log in {log}")
    return 1 if problems or failures else 0


if __name__ == "__main__":
    sys.exit(main())
