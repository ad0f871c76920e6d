"""Sending exactly once: claim, send, mark.

Each part of a message has a key in the sent-messages log (kind, target, recipient,
slot). A sweep claims the keys in a committed transaction of its own, sends one
message built from the parts it won, and ends the claim in one short transaction
right after the answer: sent, released (the message surely did not arrive),
undeliverable, or in doubt. A second worker, a second run or a restart finds the
keys taken and sends nothing twice.

A claim names its holder (host, process id) and has a deadline. The message goes
out under a message key (in Slack's message metadata; an e-mail's Message-ID), and
that key is recorded with the claim before the message is sent. When the answer is
lost (a 5xx, a timeout, a dropped connection: the message may have arrived) the
claim is left in doubt, its deadline now; a holder that dies mid-send leaves its
claim to run out, or, when the holder was a process on this host that is now gone
(jobs.holders), to be taken over at once. Either way the next sweep to take the claim over first looks for
the message key in the conversation's recent history: found, it is marked sent;
not found, it is sent again. So nothing is lost and, as far as the chat's history
can tell, nothing arrives twice. E-mail cannot be looked for; it is sent again with
the same Message-ID, which mail programs use to drop the copy.

Messages to different recipients go out from a small pool of threads; each
recipient's messages go in order from one thread. The sender keeps each chat's
pace. A sweep stops between messages when asked to (SIGTERM) or when its deadline
passes, and leaves the rest, unclaimed, to the next sweep.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from jobs.holders import gone, this_process
from messages import UNREACHABLE, Message
from messages import message as neutral_message
from messages.compose import document
from messages.document import plain_text

log = logging.getLogger("matters.jobs")
# How long a claim holds before another worker may take it over (after looking for its message).
# Far longer than one message can take: each Web API call times out after 10 s.
CLAIM_TIMEOUT = timedelta(minutes=10)
# How far before a claim its message is looked for: clocks differ a little between us and the chat.
DOUBT_MARGIN = timedelta(minutes=2)
# Messages in flight at once, each to a different recipient.
POOL_SIZE = 8
# After a stop is asked for, how long the sweep waits for the messages in flight before it returns.
STOP_GRACE_SECONDS = 0.5
# A recipient the register knows but chat does not (yet): planned, shown in dry runs, never claimed.
UNLINKED = "unlinked:"


def recipient_address(member: Any) -> str:
    """Where a member is reached: the chat they last used when they are on both, else Slack, else Teams,
    else their e-mail address, else nowhere yet."""
    chats = {"slack": member.slack_id, "teams": f"teams:{member.teams_id}" if member.teams_id else None}
    if member.last_chat in chats and chats[member.last_chat]:
        return str(chats[member.last_chat])
    if chats["slack"] or chats["teams"]:
        return str(chats["slack"] or chats["teams"])
    if member.email:
        return f"mailto:{member.email}"
    return f"{UNLINKED}{member.id}"


def recipient_label(member: Any) -> str:
    if member.slack_id or member.teams_id:
        return member.name
    return f"{member.name} (by e-mail)" if member.email else f"{member.name} (no chat account or e-mail)"


def board_addresses(board: Any, teams_channel: Any | None) -> list[tuple[str, str]]:
    """Where a board's channel messages go, with a label each: its Slack channel and/or its Teams channel
    (`teams_channel`, from `Register.teams_channel_of(board.id)`)."""
    found = [(board.channel_id, f"{board.name} channel")] if board.channel_id else []
    if teams_channel is not None:
        found.append((f"teams-channel:{teams_channel.conversation_id}", f"{board.name} channel in Teams"))
    return found


def channel_key(key: str, address: str) -> str:
    """A channel message's outbox key at this address: unchanged for the Slack channel, marked for the
    Teams one, so a board in both channels has each told once."""
    return f"{key}:teams" if address.startswith("teams-channel:") else key


class Undeliverable(Exception):
    """The recipient cannot be reached at all (left the workspace, say): recorded, never retried."""


class DeliveryFailed(Exception):
    """A passing failure that proves the message did not arrive (refused, rate limited): the claim is
    released for the next sweep."""


class DeliveryUncertain(DeliveryFailed):
    """The answer was lost after the request went (a 5xx, a timeout, a dropped connection): the message
    may have arrived. The claim is left in doubt, for the next sweep to look for before sending again."""


Receipt = tuple[str | None, str | None]


class Sender(Protocol):
    def send(self, recipient: str, message: Message, *, key: str) -> Receipt:
        """Render the message for the recipient's platform and deliver it, marked with its outbox `key`;
        return (channel, ts) as the platform knows them."""

    def find(self, recipient: str, key: str, *, since: datetime) -> Receipt | None:
        """The (channel, ts) of a message to `recipient` sent under `key` since `since`, if the platform shows
        one; None if it does not (or cannot tell). Raises DeliveryFailed when it cannot look now."""


@dataclass(frozen=True)
class Part:
    """One thing to tell, under the key that makes it be told once."""

    key: str
    item: Any


@dataclass(frozen=True)
class Outgoing:
    """One message to one recipient, built from whichever of its parts this sweep claims."""

    kind: str
    recipient: str
    parts: tuple[Part, ...]
    render: Callable[[list[Any]], Message]
    label: str = ""
    # Who hears, once, when the recipient cannot be reached at all (the board's secretary).
    escalate_to: str | None = None


def wall_clock() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Report:
    planned: list[str] = field(default_factory=list)
    sent: int = 0
    skipped: int = 0
    # Messages found already in the chat after an answer was lost: marked sent, not sent again.
    recovered: int = 0
    unreachable: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    stopped: bool = False  # the worker was asked to stop; what was not sent waits for the next sweep
    left: int = 0  # messages not started (stopped, or the sweep's deadline passed): the next sweep's
    # Sent but not marked because the register failed (gone mid-sweep, say): the claim runs out and a
    # later sweep finds the message in the chat. The first such error, for the command line to report.
    unmarked: int = 0
    mark_error: Exception | None = None

    def add(self, other: "Report") -> None:
        self.planned += other.planned
        self.sent += other.sent
        self.skipped += other.skipped
        self.recovered += other.recovered
        self.unreachable += other.unreachable
        self.failed += other.failed
        self.left += other.left
        self.unmarked += other.unmarked
        self.mark_error = self.mark_error or other.mark_error


def deliver(db: Any, outgoing: Sequence[Outgoing], sender: Sender, *, dry_run: bool = False,
            wall: Callable[[], datetime] = wall_clock, stopping: Callable[[], bool] = lambda: False,
            deadline: float | None = None, pool: int = POOL_SIZE, holder_gone: Callable[[str], bool] = gone) -> Report:
    """Send each message whose parts are not yet sent. One failure never stops the rest.

    Claims are stamped and aged by the wall clock, not the sweep's `--at` time, so a run
    "as if" in the past or future never makes a real worker's claims look abandoned.
    Up to `pool` recipients are served at once. When `stopping()` turns true, or `deadline`
    seconds have passed, no further message is started: the sweep returns once the
    messages in flight are done (or STOP_GRACE_SECONDS after a stop), leaving no claim
    behind for the messages it did not start. A claim whose holder is `holder_gone` (a process
    on this host that has ended) is taken over at once, as if past its deadline.
    """
    report = Report()
    if dry_run:
        for message in outgoing:
            with db.unit_of_work() as reg:
                done = reg.taken_keys([p.key for p in message.parts])
            fresh = [p for p in message.parts if p.key not in done]
            if fresh:
                preview = plain_text(document(message.render([p.item for p in fresh])))
                report.planned.append(f"{message.kind} to {message.label or message.recipient}: "
                                      + preview.replace("\n", " | "))
        return report
    queues: dict[str, list[Outgoing]] = {}
    for message in outgoing:
        if message.recipient.startswith(UNLINKED):
            report.unreachable.append(message.label)
        else:
            queues.setdefault(message.recipient, []).append(message)
    cutoff = time.monotonic() + deadline if deadline is not None else None
    run = _Run(db, sender, wall, stopping, cutoff, deque(queues.values()), holder_gone)
    run.go(max(1, min(pool, len(queues))))
    for part in run.reports:
        report.add(part)
    report.stopped = run.halted == "stopped"
    if report.left:
        log.warning("sweep_halted reason=%s left=%d", run.halted, report.left)
    return report


class _Run:
    """One delivery: worker threads take a recipient's queue at a time until none is left or a halt."""

    def __init__(self, db: Any, sender: Sender, wall: Callable[[], datetime], stopping: Callable[[], bool],
                 cutoff: float | None, queues: deque[list[Outgoing]], holder_gone: Callable[[str], bool]):
        self.db, self.sender, self.wall, self.stopping, self.cutoff = db, sender, wall, stopping, cutoff
        self.holder_gone = holder_gone
        self.queues = queues
        self.lock = threading.Lock()
        self.reports: list[Report] = []
        self.halted = ""  # "stopped" or "deadline" once no further message may start
        self.crash: BaseException | None = None

    def _halt_reason(self) -> str:
        if self.halted:
            return self.halted
        if self.stopping():
            self.halted = "stopped"
        elif self.cutoff is not None and time.monotonic() > self.cutoff:
            self.halted = "deadline"
        return self.halted

    def _work(self) -> None:
        mine = Report()
        with self.lock:
            self.reports.append(mine)
        try:
            while True:
                with self.lock:
                    if not self.queues:
                        return
                    messages = self.queues.popleft()
                for number, message in enumerate(messages):
                    if self._halt_reason():
                        mine.left += len(messages) - number
                        break
                    _deliver_one(self.db, message, self.sender, self.wall, mine, self.holder_gone)
        except BaseException as crash:  # noqa: BLE001 - handed to the caller's thread, as if raised there
            self.crash = crash
            self.halted = "crashed"

    def go(self, size: int) -> None:
        threads = [threading.Thread(target=self._work, name=f"deliver-{n}", daemon=True) for n in range(size)]
        for thread in threads:
            thread.start()
        stop_seen: float | None = None
        while any(thread.is_alive() for thread in threads):
            for thread in threads:
                thread.join(0.05)
            if stop_seen is None and self._halt_reason() == "stopped":
                stop_seen = time.monotonic()
            if stop_seen is not None and time.monotonic() - stop_seen > STOP_GRACE_SECONDS:
                break  # what is still in flight keeps its claim, looked for by a later sweep
        if self.crash is not None:
            raise self.crash
        with self.lock:
            while self.queues:
                self.reports[0].left += len(self.queues.popleft())


def _deliver_one(db: Any, message: Outgoing, sender: Sender, wall: Callable[[], datetime], report: Report,
                 holder_gone: Callable[[str], bool] = gone) -> None:
    now, holder = wall(), this_process()
    by_key = {p.key: p for p in message.parts}
    with db.unit_of_work() as reg:
        claims = reg.claim(list(by_key), kind=message.kind, recipient=message.recipient, holder=holder, now=now,
                           deadline=now + CLAIM_TIMEOUT, holder_gone=holder_gone)
        in_doubt = [c for c in claims if c.earlier_key]
        if claims and not in_doubt:
            reg.send_under([c.key for c in claims], holder=holder, message_key=claims[0].key)
    if not claims:
        report.skipped += 1
        return
    keys = [c.key for c in claims]
    what = f"{message.kind} to {message.label or message.recipient}"
    if in_doubt:
        try:
            keys = _send_only_what_is_missing(db, message.recipient, in_doubt, keys, sender, wall, holder)
        except DeliveryFailed as error:
            with db.unit_of_work() as reg:
                reg.mark_in_doubt(keys, holder=holder, now=wall())
            report.failed.append(f"{what}: could not check what was sent ({error})")
            log.warning("check_failed kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
            return
        if not keys:
            report.recovered += 1
            log.info("found_sent kind=%s recipient=%s parts=%d", message.kind, message.recipient, len(claims))
            return
    try:
        channel, ts = sender.send(message.recipient, message.render([by_key[k].item for k in keys]), key=keys[0])
    except Undeliverable as error:
        with db.unit_of_work() as reg:
            reg.mark_undeliverable(keys, str(error), holder=holder)
        report.failed.append(f"{what}: {error}")
        log.warning("undeliverable kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        if message.escalate_to and message.escalate_to != message.recipient:
            _deliver_one(db, _unreachable_notice(message, str(error)), sender, wall, report, holder_gone)
        return
    except DeliveryUncertain as error:
        with db.unit_of_work() as reg:
            reg.mark_in_doubt(keys, holder=holder, now=wall())
        report.failed.append(f"{what}: {error} (may have arrived; checked before sending again)")
        log.warning("send_in_doubt kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        return
    except Exception as error:  # noqa: BLE001 - one failure never stops a sweep
        with db.unit_of_work() as reg:
            reg.release(keys, holder=holder)
        report.failed.append(f"{what}: {error}")
        log.warning("send_failed kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        return
    try:
        with db.unit_of_work() as reg:
            reg.mark_sent(keys, holder=holder, now=wall(), channel=channel, ts=ts)
    except Exception as error:  # noqa: BLE001 - sent, but unmarked: the claim runs out and its message is found
        report.unmarked += 1
        report.mark_error = report.mark_error or error
        log.error("mark_sent_failed kind=%s recipient=%s error=%s", message.kind, message.recipient,
                  (str(error).splitlines() or [type(error).__name__])[0])
    report.sent += 1
    log.info("sent kind=%s recipient=%s parts=%d", message.kind, message.recipient, len(keys))


def _send_only_what_is_missing(db: Any, recipient: str, in_doubt: list[Any], keys: list[str], sender: Sender,
                               wall: Callable[[], datetime], holder: str) -> list[str]:
    """Look for the messages of claims taken over; mark those found sent. Returns the keys still to send,
    recorded under the key they will now go out under."""
    earliest: dict[str, datetime] = {}
    for claim in in_doubt:
        assert claim.earlier_key is not None and claim.earlier_at is not None
        earliest[claim.earlier_key] = min(claim.earlier_at, earliest.get(claim.earlier_key, claim.earlier_at))
    found: dict[str, Receipt] = {}
    for earlier_key, since in earliest.items():
        receipt = sender.find(recipient, earlier_key, since=since - DOUBT_MARGIN)
        if receipt is not None:
            found[earlier_key] = receipt
    rest = [k for k in keys if not any(c.key == k and c.earlier_key in found for c in in_doubt)]
    with db.unit_of_work() as reg:
        for earlier_key, (channel, ts) in found.items():
            reg.mark_sent([c.key for c in in_doubt if c.earlier_key == earlier_key], holder=holder, now=wall(),
                          channel=channel, ts=ts)
        if rest:
            reg.send_under(rest, holder=holder, message_key=rest[0])
    return rest


def _unreachable_notice(message: Outgoing, reason: str) -> Outgoing:
    def render(_: list[Any]) -> Message:
        return neutral_message(UNREACHABLE, [{"label": message.label, "reason": reason}])

    return Outgoing(kind="unreachable", recipient=message.escalate_to or "",
                    parts=(Part(f"unreachable:{message.recipient}", None),), render=render, label="the secretary")
