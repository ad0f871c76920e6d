"""`python bot.py …` for tests, two ways.

`bot_here` runs the command in the test's own process: the same `bot.main`, with the environment,
working folder and standard input it would have had, and what it printed captured. Starting an
interpreter with this project's imports costs about a second of CPU, so most command-line tests run
this way. `bot_process` starts the real process, for the tests whose subject is the process itself
(its start, its signals, its imports); those are few, and the heavy ones are marked slow.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def bot_process(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, stdin: str = "",
                without: tuple[str, ...] = (), timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python bot.py ARGS` as a new process: its environment this one's, less the settings starting with
    any of `without`, with `env` over it."""
    environment = {k: v for k, v in os.environ.items() if not (without and k.startswith(without))}
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), *args], input=stdin, capture_output=True,
                          text=True, env={**environment, **(env or {})}, cwd=cwd or ROOT, timeout=timeout)


@contextlib.contextmanager
def _process_state_kept():  # type: ignore[no-untyped-def]
    """Whatever a command sets up for its process (logging, signal handlers) is put back afterwards."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    filters = {handler: list(handler.filters) for handler in handlers}
    named = {name: logging.getLogger(name).level for name in ("alembic", "pypdf", "matters", "slack_bolt")}
    signals = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    for handler in handlers:  # as in a new process, the root logger starts with no handler (pytest's are put back)
        root.removeHandler(handler)
    try:
        yield
    finally:
        for number, handler in signals.items():
            signal.signal(number, handler)
        root.setLevel(level)
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        for handler, kept in filters.items():
            handler.filters[:] = kept
        for name, named_level in named.items():
            logging.getLogger(name).setLevel(named_level)


def bot_here(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, stdin: str = "",
             without: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """The same command in this process, sparing an interpreter's start: what it printed and its status.
    The environment is as `bot_process` would give it."""
    import bot

    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, _process_state_kept():
        patch.chdir(cwd or ROOT)
        for name in [k for k in os.environ if without and k.startswith(without)]:
            patch.delenv(name)
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        patch.setattr(sys, "stdin", io.StringIO(stdin))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = bot.main(list(args))
            except SystemExit as stop:  # argparse's usage errors and --help
                status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return subprocess.CompletedProcess(list(args), status, out.getvalue(), err.getvalue())
