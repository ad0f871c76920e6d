"""Delivery under faults and at speed, this tree beside a baseline (main) in the same run.

    .venv/bin/python bench/delivery.py [--baseline-ref main] [--postgres-url URL] [--kills 20] [--no-doc]

Each scenario runs on this tree and on a copy of `--baseline-ref` (`git archive`; nothing is checked
out), each tree in its own process (bench/outbox_scenario.py) against one loopback stand-in for
Slack's Web API (console/local_slack.py), with a fresh database per scenario:

* lost answers: 121 due messages; Slack posts every message but loses the answer to 30% of them
  (half a 500, half a dropped connection). Sweeps run every five minutes of wall clock until one
  has nothing to do; then every direct message is counted: duplicates and lost.
* Teams, lost answers: the same in Teams (tests/teams_requests.py's Bot Connector, token endpoint
  and Microsoft Graph stand-ins): 121 members in their personal chats, 30% of answers lost after
  the message landed; the baseline's Teams sender retries and re-sends blind.
* kill -9: 300 due messages, each answered in 20 ms. `bot.py run-job nudges` is killed with SIGKILL
  `--kills` times (tests/outbox_world.run_and_kill, as the kill test does): half right after Slack
  has recorded a post and before it answers (the window between send and mark), half at a random
  moment after its first post. The very next sweep runs at once, and the claims it leaves held are
  counted; one sweep eleven minutes later (past any claim's deadline) finishes the work; then every
  message is counted.
* rate: 600 due messages to 600 people, each post answered in 20 ms; one sweep; messages a second.
* SIGTERM: `bot.py run-job nudges` with the same 600 due, told to stop once 50 have been posted: seconds
  from the signal to the process's exit, and claims left unsent behind it.

The figures replace the part of docs/benchmarks.md between the `bench:delivery` markers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.results_doc import write_section  # noqa: E402
from console.local_slack import DROP, LocalSlack  # noqa: E402
from tests.outbox_world import run_and_kill  # noqa: E402

SCENARIO = ROOT / "bench" / "outbox_scenario.py"


def baseline_tree(ref: str, into: Path) -> Path:
    """A copy of `ref`'s files, from `git archive` (read only: no checkout, no worktree)."""
    archive = into / "baseline.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", ref], stdout=out, check=True)
    tree = into / "baseline"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


class Trial:
    """A fresh database per scenario (SQLite in a folder, or a PostgreSQL database reset each time)."""

    def __init__(self, folder: Path, postgres_url: str | None):
        self.folder, self.postgres_url, self.count = folder, postgres_url, 0

    def fresh_database(self) -> str:
        self.count += 1
        if not self.postgres_url:
            return f"sqlite:///{self.folder / f'delivery-{self.count}.db'}"
        from sqlalchemy import create_engine, text

        engine = create_engine(self.postgres_url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        return self.postgres_url


def scenario(tree: Path, url: str, stand_in: Any, kind: str, **options: Any) -> dict[str, Any]:
    command = [sys.executable, str(SCENARIO), "--tree", str(tree), "--database-url", url, "--api-url",
               getattr(stand_in, "api_url", "http://127.0.0.1:9/"), "--scenario", kind]
    for name, value in options.items():
        command += [f"--{name.replace('_', '-')}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tree, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"{kind} on {tree} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def count(slack: LocalSlack, members: int) -> dict[str, int]:
    posts: dict[str, int] = {}
    for call in slack.sent("chat.postMessage"):
        posts[call.body.get("channel", "")] = posts.get(call.body.get("channel", ""), 0) + 1
    expected = [f"U0M{n:05d}" for n in range(1, members + 1)]
    return {"due": members, "posts": sum(posts.values()),
            "duplicates": sum(max(0, posts.get(m, 0) - 1) for m in expected),
            "lost": sum(1 for m in expected if not posts.get(m)),
            "most copies": max(posts.values(), default=0)}


def lost_answers(tree: Path, trial: Trial) -> dict[str, Any]:
    members = 121
    with LocalSlack() as slack:
        url = trial.fresh_database()
        scenario(tree, url, slack, "seed", members=members)
        slack.lose_answers(0.3, (500, DROP), seed=13)
        result = scenario(tree, url, slack, "sweeps", sweeps=12)
        return {**count(slack, members), "sweeps": len(result["sweeps"]),
                "recovered": sum(s["recovered"] for s in result["sweeps"])}


def teams_lost_answers(tree: Path, trial: Trial) -> dict[str, Any]:
    """The lost-answers scenario in Teams: 121 members in their personal chats, the Bot Connector
    posting every message and losing the answer to 30% (half a 500, half a dropped connection);
    Microsoft Graph serving what landed, for a tree that looks there."""
    from tests.teams_requests import BotConnector, Graph, TeamsCloud, TeamsUser

    members = 121
    with TeamsCloud() as cloud, BotConnector() as connector, Graph(connector, cloud) as graph:
        users = [TeamsUser(f"Member {n}", aad_id=f"00000000-0000-4000-8000-{n:012d}") for n in range(1, members + 1)]
        for user in users:
            graph.add_chat(user, f"a:personal-{user.user_id}")
        url = trial.fresh_database()
        teams = {"chat": "teams", "service_url": connector.service_url, "token_url": cloud.token_url,
                 "graph_url": graph.url}
        scenario(tree, url, connector, "seed", members=members, **teams)
        connector.lose_answers(0.3, (500, DROP), seed=13)
        result = scenario(tree, url, connector, "sweeps", sweeps=12, **teams)
        landed = [len(connector.landed(f"a:personal-{user.user_id}")) for user in users]
    return {"due": members, "posts": sum(landed), "duplicates": sum(max(0, n - 1) for n in landed),
            "lost": sum(1 for n in landed if n == 0), "most copies": max(landed),
            "sweeps": len(result["sweeps"]), "recovered": sum(s["recovered"] for s in result["sweeps"])}


def kill_nine(tree: Path, trial: Trial, kills: int, rng: random.Random) -> dict[str, Any]:
    members = 300  # enough that every run still has messages to send when it is killed
    with LocalSlack() as slack:
        url = trial.fresh_database()
        scenario(tree, url, slack, "seed", members=members)
        slack.slow_down("chat.postMessage", 0.02)
        env = {**os.environ, "DATABASE_URL": url, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": slack.api_url,
               "LOG_LEVEL": "WARNING"}
        killed = sum(run_and_kill(tree, env, slack, rng, at_post=number % 2 == 0) for number in range(kills))
        nxt = scenario(tree, url, slack, "once")  # the very next sweep, no claim's deadline passed
        waiting = held_claims(url)
        after = scenario(tree, url, slack, "once", wall_minutes=11)  # past every claim's deadline
        return {**count(slack, members), "killed": killed, "waiting": waiting,
                "recovered": nxt["sweeps"][0]["recovered"] + after["sweeps"][0]["recovered"]}


def rate(tree: Path, trial: Trial) -> dict[str, Any]:
    members = 600
    with LocalSlack() as slack:
        url = trial.fresh_database()
        scenario(tree, url, slack, "seed", members=members)
        slack.slow_down("chat.postMessage", 0.02)
        [sweep] = scenario(tree, url, slack, "once")["sweeps"]
        return {**count(slack, members), "seconds": sweep["seconds"],
                "per second": round(sweep["sent"] / sweep["seconds"], 1)}


def sigterm(tree: Path, trial: Trial) -> dict[str, Any]:
    """`bot.py run-job nudges` told to stop (SIGTERM) while it is delivering: seconds to exit, how it
    ended, and claims left behind unsent."""
    members = 600
    with LocalSlack() as slack:
        url = trial.fresh_database()
        scenario(tree, url, slack, "seed", members=members)
        slack.slow_down("chat.postMessage", 0.02)
        env = {**os.environ, "DATABASE_URL": url, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": slack.api_url,
               "LOG_LEVEL": "INFO"}
        worker = subprocess.Popen([sys.executable, str(tree / "bot.py"), "run-job", "nudges", "--at",
                                   "2026-11-23T10:00"], env=env, cwd=tree, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        slack.wait_for("chat.postMessage", 50, timeout=120)
        told = time.monotonic()
        worker.send_signal(signal.SIGTERM)
        log = worker.communicate(timeout=120)[1]
        took = time.monotonic() - told
        return {**count(slack, members), "seconds": round(took, 2), "held": held_claims(url),
                "exit": worker.returncode, "sweep ended": sweep_end(log)}


def held_claims(url: str) -> int:
    """Claims neither sent nor given up: messages held back until a claim is settled."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        held = connection.execute(text("SELECT count(*) FROM sent_messages WHERE sent_at IS NULL "
                                       "AND error IS NULL")).scalar_one()
    engine.dispose()
    return int(held)


def sweep_end(log: str) -> float | None:
    """Seconds from the run's `sweep_stopping` line to its `sweep job=` line (None when it logged neither)."""
    stamps = {}
    for line in log.splitlines():
        for event in ("sweep_stopping", "sweep job="):
            if event in line and line[:4].isdigit():
                stamps[event] = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    if len(stamps) < 2:
        return None
    return round((stamps["sweep job="] - stamps["sweep_stopping"]).total_seconds(), 2)


def render(results: dict[str, dict[str, Any]], meta: dict[str, str]) -> str:
    lines = [f"Run on {meta['when']} in {meta['took']}.", "",
             f"* Machine: {meta['machine']}; database: {meta['database']}.",
             f"* Command: `{meta['command']}`; the baseline is {meta['baseline']} (git archive), in the same run.",
             "",
             "| Scenario | Code | Due | Posts | Duplicates | Lost | Most copies | Notes |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for name, label in (("lost", "30% of answers lost after posting"),
                        ("teams", "Teams: 30% of Bot Connector answers lost after posting"),
                        ("kill", "kill -9 during sweeps"),
                        ("rate", "600 messages, 20 ms answers"), ("sigterm", "SIGTERM to run-job mid-delivery")):
        if f"{name}:this" not in results:
            continue
        for code in ("baseline", "this"):
            r = results[f"{name}:{code}"]
            if name == "sigterm":
                r = {**r, "duplicates": r["duplicates"], "lost": "-"}
            if name in ("lost", "teams"):
                note = f"{r['sweeps']} sweeps; {r['recovered']} found in history instead of re-sent"
            elif name == "kill":
                note = (f"{r['killed']} runs killed; **{r['waiting']} claims still held after the very next "
                        f"sweep** (settled only past their deadline); {r['recovered']} found in history")
            elif name == "rate":
                note = f"one sweep, {r['seconds']:.2f} s: **{r['per second']:.0f} messages/s**"
            else:
                how = ("cleanly (status 0), the sweep ending **{:.2f} s** after the signal by its log".format(
                    r["sweep ended"]) if r["exit"] == 0 else f"killed by the signal (status {r['exit']})")
                note = (f"process gone {r['seconds']:.2f} s after the signal, {how}; {r['held']} claims left "
                        "unsent; the unsent rest is the next sweep's, so lost is not counted here")
            lines.append(f"| {label} | {meta[code]} | {r['due']} | {r['posts']} | {r['duplicates']} | {r['lost']} "
                         f"| {r['most copies']} | {note} |")
    return "\n".join(lines)


def write_doc(text: str, database: str) -> None:
    name = "delivery" + ("" if database == "SQLite" else f"-{database.lower()}")
    write_section(name, text, f"### Delivery on {database}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-ref", default="main")
    parser.add_argument("--postgres-url", help="run on PostgreSQL (its schema is dropped and made again)")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--only", choices=["lost", "teams", "kill", "rate", "sigterm"], action="append")
    parser.add_argument("--no-doc", action="store_true")
    args = parser.parse_args(argv)
    began = time.monotonic()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="matters-delivery-") as folder:
        trees = {"baseline": baseline_tree(args.baseline_ref, Path(folder)), "this": ROOT}
        trial = Trial(Path(folder), args.postgres_url)
        for name in args.only or ["lost", "teams", "kill", "rate", "sigterm"]:
            for code, tree in trees.items():
                if name == "lost":
                    results[f"{name}:{code}"] = lost_answers(tree, trial)
                elif name == "teams":
                    results[f"{name}:{code}"] = teams_lost_answers(tree, trial)
                elif name == "kill":
                    results[f"{name}:{code}"] = kill_nine(tree, trial, args.kills, random.Random(7))
                elif name == "sigterm":
                    results[f"{name}:{code}"] = sigterm(tree, trial)
                else:
                    results[f"{name}:{code}"] = rate(tree, trial)
                print(name, code, json.dumps(results[f"{name}:{code}"]), flush=True)
    if args.no_doc:
        return 0
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()
    base = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.baseline_ref], capture_output=True,
                          text=True).stdout.strip()
    meta = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "took": f"{time.monotonic() - began:.0f} s",
            "machine": f"{platform.system()} {platform.machine()}, nproc {os.cpu_count()}, "
                       f"Python {platform.python_version()}",
            "database": "PostgreSQL" if args.postgres_url else "SQLite",
            "command": "python bench/delivery.py" + (" --postgres-url URL" if args.postgres_url else ""),
            "baseline": f"{args.baseline_ref} at {base}", "this": f"this tree at {head}"}
    write_doc(render(results, meta), meta["database"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
