"""A claim's holder names one process for good, and is judged gone only when that is sure: the same host,
boot and process-id namespace, and no such process (or a newer one with its id)."""

from __future__ import annotations

import subprocess
import sys

from jobs.holders import gone, this_process


def parts(holder: str) -> tuple[str, str, str, str]:
    host, pid, rest = holder.rsplit(":", 2)
    return host, pid, rest[:6] + rest[6:12], rest[13:]


def test_this_process_is_alive_and_short_enough_for_the_column():
    me = this_process()
    assert len(me) <= 100 and not gone(me) and me == this_process()


def test_an_ended_process_on_this_host_is_gone_and_so_is_one_from_an_earlier_boot():
    host, pid, place, start = parts(this_process())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert gone(f"{host}:{child.pid}:{place}.{start}"), "no such process now"
    assert gone(f"{host}:{pid}:{place}.{int(start) + 1}"), "its id now belongs to a newer process"
    assert gone(f"{host}:{pid}:000000{place[6:]}.{start}"), "the machine has booted since"


def test_a_holder_elsewhere_or_unreadable_is_never_judged_gone():
    host, pid, place, start = parts(this_process())
    assert not gone(f"another-host:999999:{place}.{start}"), "another host's processes cannot be seen"
    assert not gone(f"{host}:999999:{place[:6]}000000.{start}"), "another container with this host name"
    assert not gone(f"{host}:999999:a1b2c3"), "the older form (a token): its deadline decides"
    assert not gone(None) and not gone("")
