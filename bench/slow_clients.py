"""The web process under slow clients: /healthz and signed slash commands, timed while many loopback
clients send their request headers a byte at a time, beside gunicorn's gthread worker in the same run.

    .venv/bin/python bench/slow_clients.py [--clients 1000] [--seconds 60] [--no-doc]

Each worker class runs as the Procfile runs the web process (gunicorn.conf.py, 'bot:wsgi_app()',
2 workers x 8 threads) on a loopback port; the baseline overrides only `--worker-class gthread`.
The slow clients each open a connection, send a request line, then one header byte every five
seconds until the time is up. Meanwhile a probe asks for /healthz and posts a signed /myactions
twice a second, each with a 5 s timeout. The figures replace the part of docs/benchmarks.md
between the `bench:slow-clients` markers.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from slack_sdk.signature import SignatureVerifier  # noqa: E402

from bench.results_doc import write_section  # noqa: E402
from console.local_slack import LocalSlack  # noqa: E402

SECRET = "slow-clients-secret"
PROBE_TIMEOUT = 5.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def web_process(worker_class: str | None, env: dict[str, str], log: Path) -> Iterator[int]:
    """`bot:wsgi_app()` under gunicorn.conf.py (optionally another worker class); yields the port."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
    if worker_class:
        command += ["--worker-class", worker_class]
    with open(log, "ab") as out:
        process = subprocess.Popen([*command, "bot:wsgi_app()"], cwd=ROOT, env={**os.environ, **env},
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not healthy(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the web process did not start; see {log}")
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def healthy(port: int) -> bool:
    try:
        return ask(port, "GET", "/healthz")[0] == 200
    except OSError:
        return False


def ask(port: int, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
        ) -> tuple[int, float]:
    began = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=PROBE_TIMEOUT)
    try:
        connection.request(method, path, body=body, headers={**(headers or {}), "Connection": "close"})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - began
    finally:
        connection.close()


def signed_command(user: str, n: int) -> tuple[bytes, dict[str, str]]:
    body = urlencode({"token": "t", "team_id": "T0LOCAL", "channel_id": "C00000001", "user_id": user,
                      "user_name": "member", "command": "/myactions", "text": "", "api_app_id": "A0",
                      "response_url": "http://127.0.0.1:9/respond", "trigger_id": f"slow.{n}"})
    stamp = str(int(time.time()))
    return body.encode(), {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": stamp,
                           "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=stamp,
                                                                                                body=body)}


async def _slow_client(port: int, until: float, opened: list[int]) -> None:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return
    opened[0] += 1
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        await writer.drain()
        while time.monotonic() < until:
            await asyncio.sleep(5)
            writer.write(b"a")
            await writer.drain()
    except OSError:
        pass
    finally:
        writer.close()


def slow_clients(port: int, clients: int, seconds: float, opened: list[int]) -> threading.Thread:
    """`clients` connections sending their headers a byte every five seconds for `seconds`, on one thread."""
    async def crowd() -> None:
        until = time.monotonic() + seconds
        await asyncio.gather(*(_slow_client(port, until, opened) for _ in range(clients)))

    thread = threading.Thread(target=asyncio.run, args=(crowd(),), daemon=True)
    thread.start()
    return thread


def trial(worker_class: str | None, clients: int, seconds: float, folder: Path) -> dict[str, Any]:
    """Probe /healthz and a signed /myactions twice a second while the slow clients hold on."""
    with LocalSlack() as slack:
        database = folder / f"slow-{worker_class or 'default'}.db"
        env = {"DATABASE_URL": f"sqlite:///{database}",
               "SLACK_BOT_TOKEN": "xoxb-slow", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack.api_url,
               "LOG_LEVEL": "WARNING"}
        with web_process(worker_class, env, folder / "web.log") as port:
            opened = [0]
            crowd = slow_clients(port, clients, seconds, opened)
            time.sleep(min(5.0, seconds / 4))  # let the crowd connect
            results: dict[str, list[float | None]] = {"healthz": [], "command": []}
            n = 0
            while crowd.is_alive():
                n += 1
                for name in results:
                    try:
                        if name == "healthz":
                            status, took = ask(port, "GET", "/healthz")
                        else:
                            status, took = ask(port, "POST", "/slack/events", *signed_command("U0SLOW", n))
                        results[name].append(took if status == 200 else None)
                    except OSError:
                        results[name].append(None)
                time.sleep(0.5)
            crowd.join()
    summary: dict[str, Any] = {"clients": opened[0]}
    for name, times in results.items():
        answered = sorted(t for t in times if t is not None)
        summary[name] = {"asked": len(times), "failed": len(times) - len(answered),
                         "p50 ms": round(statistics.median(answered) * 1000, 1) if answered else None,
                         "max ms": round(answered[-1] * 1000, 1) if answered else None,
                         "over 1 s": sum(1 for t in answered if t > 1.0)}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--no-doc", action="store_true")
    args = parser.parse_args(argv)
    began = time.monotonic()
    rows = []
    with tempfile.TemporaryDirectory(prefix="matters-slow-") as folder:
        for label, worker_class in (("gthread (before)", "gthread"), ("web_worker.WebWorker (now)", None)):
            result = trial(worker_class, args.clients, args.seconds, Path(folder))
            print(label, result, flush=True)
            for name in ("healthz", "command"):
                r = result[name]
                rows.append(f"| {label} | {result['clients']} | {'/healthz' if name == 'healthz' else 'signed /myactions'} "
                            f"| {r['asked']} | {r['failed']} | {r['over 1 s']} | {r['p50 ms']} | {r['max ms']} |")
    if args.no_doc:
        return 0
    text = "\n".join([
        f"Run on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC in {time.monotonic() - began:.0f} s: "
        f"`python bench/slow_clients.py --clients {args.clients} --seconds {args.seconds:g}`; "
        f"nproc {os.cpu_count()}, shared with other work. A failure is no 200 within {PROBE_TIMEOUT:g} s.", "",
        "| Worker | Slow clients connected | Probe | Asked | Failed | Over 1 s | p50 ms | max ms |",
        "|---|---:|---|---:|---:|---:|---:|---:|", *rows])
    write_section("slow-clients", text, "## The web process under slow clients")
    return 0


if __name__ == "__main__":
    sys.exit(main())
