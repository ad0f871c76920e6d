"""Who holds a claim, and whether that holder is gone.

A holder is `HOST:PID:BBBBBBNNNNNN.START`: the host name, the process id, a short digest of this
boot (BBBBBB) and of the process-id namespace (NNNNNN), and the process's start time in clock ticks
since boot. Together they name one process for good: a later process given the same id after a
restart, or after a reboot, differs in its start or its boot.

A claim whose holder is on this host and is gone (no such process, a process started since, or a
boot since) is settled at once by the next sweep, instead of waiting out its deadline. A holder on
another host, in another process-id namespace (a container sharing the host name), or in a form
this code cannot read is never judged gone: its claim waits for its deadline as before.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
from functools import cache
from pathlib import Path

PROC = Path("/proc")
_HOLDER = re.compile(r"^(?P<host>.*):(?P<pid>\d+):(?P<boot>[0-9a-f]{6})(?P<ns>[0-9a-f]{6})\.(?P<start>\d+)$")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:6]


@cache
def _place() -> tuple[str, str] | None:
    """(boot digest, process-id namespace digest) of this machine and namespace; None without /proc."""
    try:
        boot = (PROC / "sys/kernel/random/boot_id").read_text().strip()
        namespace = os.readlink(PROC / "self/ns/pid")
    except OSError:
        return None
    return _digest(boot), _digest(namespace)


def _started(pid: int) -> int | None:
    """The process's start, in clock ticks since boot; None when there is no such process."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except (OSError, ValueError):
        return None
    return int(stat.rsplit(")", 1)[1].split()[19])  # field 22, counted after the command's name


def _host() -> str:
    return socket.gethostname()[:56]


@cache
def _this_process(pid: int) -> str:
    place, start = _place(), _started(pid)
    if place is None or start is None:  # no /proc: a token, and claims wait for their deadline
        return f"{_host()}:{pid}:{secrets.token_hex(3)}"
    return f"{_host()}:{pid}:{place[0]}{place[1]}.{start}"


def this_process() -> str:
    """This process, as a claim's holder (at most 100 characters)."""
    return _this_process(os.getpid())


def gone(holder: str | None) -> bool:
    """Whether the claim's holder is surely no longer running: on this host, and in this process-id
    namespace, its process has ended or been replaced, or the machine has booted since."""
    found = _HOLDER.match(holder or "")
    place = _place()
    if found is None or place is None or found["host"] != _host():
        return False
    if found["boot"] != place[0]:
        return True  # the machine has restarted since: every process of that boot is gone
    if found["ns"] != place[1]:
        return False  # another container with this host name: its processes cannot be seen from here
    return _started(int(found["pid"])) != int(found["start"])
