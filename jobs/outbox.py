"""Sending exactly once: claim, send, mark.

Each part of a message has a key in the sent-messages log (kind, target, recipient,
slot). A sweep claims the keys in a committed transaction before sending, sends one
message built from the parts it won, and ends the claim after the answer: sent,
released (the message surely did not arrive), undeliverable, or in doubt. A second
worker, a second run or a restart finds the keys taken and sends nothing twice.
Claims are taken a batch of messages at a time (one INSERT for all their keys), a
little ahead of the sending threads, and answers are marked sent a batch at a time
(every MARK_EVERY answers or MARK_SECONDS); the rarer endings (released, in doubt,
undeliverable) are written at once. A message sent and not yet marked is safe: its
claim holds its message key, so it is settled as a message in doubt would be.

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
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
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
# Messages claimed in one transaction, a little ahead of the sending threads.
CLAIM_AHEAD = 64
# Answers marked sent in one transaction: every MARK_EVERY answers, or MARK_SECONDS after the last mark.
MARK_EVERY = 200
MARK_SECONDS = 0.02
# Messages taken at a time from a plan that is a generator (a streamed sweep).
STREAM_CHUNK = 1_000
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


@dataclass(frozen=True, slots=True)
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


def deliver(db: Any, outgoing: Iterable[Outgoing], sender: Sender, *, dry_run: bool = False,
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

    A plan that is a generator is taken STREAM_CHUNK messages at a time, each chunk delivered
    before the next is built, so a sweep never holds every message at once.
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
    cutoff = time.monotonic() + deadline if deadline is not None else None
    halted = ""
    messages = iter(outgoing)
    while True:
        chunk = list(itertools.islice(messages, STREAM_CHUNK))
        if not chunk:
            break
        queues: dict[str, list[Outgoing]] = {}
        for message in chunk:
            if message.recipient.startswith(UNLINKED):
                report.unreachable.append(message.label)
            else:
                queues.setdefault(message.recipient, []).append(message)
        run = _Run(db, sender, wall, stopping, cutoff, deque(queues.values()), holder_gone)
        run.go(max(1, min(pool, len(queues))))
        for part in run.reports:
            report.add(part)
        halted = run.halted
        if halted:
            break  # the rest of the plan is not built: the next sweep plans it again
    report.stopped = halted == "stopped"
    if report.left:
        log.warning("sweep_halted reason=%s left=%d", halted, report.left)
    return report


@dataclass
class _Claimed:
    """A message whose parts this sweep has claimed, waiting for a sending thread."""

    message: Outgoing
    claims: list[Any]


class _Run:
    """One delivery. This thread claims messages a batch at a time, a little ahead of the senders, and
    marks the answers a batch at a time; the sending threads take one recipient's messages at a time
    and only send. A message sent and not yet marked is held by a claim with its message key
    recorded, as one whose answer was lost: should the process die, it is looked for before it is
    sent again."""

    def __init__(self, db: Any, sender: Sender, wall: Callable[[], datetime], stopping: Callable[[], bool],
                 cutoff: float | None, queues: deque[list[Outgoing]], holder_gone: Callable[[str], bool]):
        self.db, self.sender, self.wall, self.stopping, self.cutoff = db, sender, wall, stopping, cutoff
        self.holder_gone = holder_gone
        self.queues = queues  # each recipient's messages, not yet claimed
        self.ready: deque[list[_Claimed]] = deque()  # claimed, for a sending thread to take
        self.unstarted: list[_Claimed] = []  # claimed, then halted before sending: released at the end
        self.answers: list[tuple[Outgoing, list[str], str | None, str | None]] = []  # sent, to be marked
        self.cond = threading.Condition()
        self.reports: list[Report] = [Report()]
        self.halted = ""  # "stopped", "deadline" or "crashed" once no further message may start
        self.crash: BaseException | None = None
        self.holder = this_process()

    def _halt_reason(self) -> str:
        if self.halted:
            return self.halted
        if self.stopping():
            self.halted = "stopped"
        elif self.cutoff is not None and time.monotonic() > self.cutoff:
            self.halted = "deadline"
        return self.halted

    # -- the sending threads -------------------------------------------------
    def _work(self) -> None:
        mine = Report()
        with self.cond:
            self.reports.append(mine)
        try:
            while True:
                with self.cond:
                    while not self.ready and (self.queues or self.busy_claiming) and not self._halt_reason():
                        self.cond.wait(0.05)
                    if not self.ready:
                        return
                    if self._halt_reason():
                        self.unstarted += [claimed for work in self.ready for claimed in work]
                        self.ready.clear()
                        return
                    work = self.ready.popleft()
                for number, claimed in enumerate(work):
                    if self._halt_reason():
                        with self.cond:
                            self.unstarted += work[number:]
                        break
                    self._send(claimed, mine)
        except BaseException as crash:  # noqa: BLE001 - handed to the caller's thread, as if raised there
            self.crash = crash
            self.halted = "crashed"
        finally:
            with self.cond:
                self.cond.notify_all()  # the marking loop need not wait out its interval to see this thread end

    def _send(self, claimed: _Claimed, report: Report) -> None:
        message, claims = claimed.message, claimed.claims
        if not claims:
            report.skipped += 1
            return
        if any(c.earlier_key for c in claims) or claims[0].key != message.parts[0].key:
            _settle(self.db, message, claims, self.sender, self.wall, report, self.holder, fresh=False,
                    holder_gone=self.holder_gone)
            return
        answer = _settle(self.db, message, claims, self.sender, self.wall, report, self.holder, fresh=True,
                         holder_gone=self.holder_gone)
        if answer is not None:
            with self.cond:
                self.answers.append((message, [c.key for c in claims], *answer))
                self.cond.notify_all()

    # -- this thread: claims ahead, marks behind -------------------------------
    busy_claiming = False

    def _claim_next(self) -> bool:
        """Claim the next recipients' messages, about CLAIM_AHEAD of them, in one transaction."""
        with self.cond:
            if self._halt_reason() or not self.queues or len(self.ready) >= 2 * self.size:
                return False
            batch: list[list[Outgoing]] = []
            count = 0
            while self.queues and count < CLAIM_AHEAD:
                batch.append(self.queues.popleft())
                count += len(batch[-1])
            self.busy_claiming = True
        try:
            now = self.wall()
            flat = [message for messages in batch for message in messages]
            with self.db.unit_of_work() as reg:
                won = reg.claim_many([(m.kind, m.recipient, [p.key for p in m.parts]) for m in flat],
                                     holder=self.holder, now=now, deadline=now + CLAIM_TIMEOUT,
                                     holder_gone=self.holder_gone)
            claims = iter(won)
            work = [[_Claimed(message, next(claims)) for message in messages] for messages in batch]
        finally:
            with self.cond:
                self.busy_claiming = False
                self.cond.notify_all()
        with self.cond:
            self.ready.extend(work)
            self.cond.notify_all()
        return True

    def _mark(self, answers: list[tuple[Outgoing, list[str], str | None, str | None]]) -> None:
        if not answers:
            return
        try:
            with self.db.unit_of_work() as reg:
                reg.mark_sent_many([(keys, channel, ts) for _, keys, channel, ts in answers], holder=self.holder,
                                   now=self.wall())
        except Exception as error:  # noqa: BLE001 - sent, but unmarked: the claims run out and their messages are found
            self.reports[0].unmarked += len(answers)
            self.reports[0].mark_error = self.reports[0].mark_error or error
            log.error("mark_sent_failed messages=%d error=%s", len(answers),
                      (str(error).splitlines() or [type(error).__name__])[0])

    def _take_answers(self, force: bool) -> list[tuple[Outgoing, list[str], str | None, str | None]]:
        with self.cond:
            if not self.answers or (not force and len(self.answers) < MARK_EVERY
                                    and time.monotonic() - self.marked < MARK_SECONDS):
                return []
            taken, self.answers = self.answers, []
        self.marked = time.monotonic()
        return taken

    def go(self, size: int) -> None:
        self.size, self.marked = size, time.monotonic()
        threads = [threading.Thread(target=self._work, name=f"deliver-{n}", daemon=True) for n in range(size)]
        try:
            self._claim_next()
            for thread in threads:
                thread.start()
            stop_seen: float | None = None
            while any(thread.is_alive() for thread in threads):
                if not self._claim_next():
                    with self.cond:
                        self.cond.wait(MARK_SECONDS)
                self._mark(self._take_answers(force=False))
                if stop_seen is None and self._halt_reason() == "stopped":
                    stop_seen = time.monotonic()
                if stop_seen is not None and time.monotonic() - stop_seen > STOP_GRACE_SECONDS:
                    break  # what is still in flight keeps its claim, looked for by a later sweep
        except BaseException:
            self.halted = "crashed"
            raise
        finally:
            self._mark(self._take_answers(force=True))
        if self.crash is not None:
            raise self.crash
        with self.cond:
            self.unstarted += [claimed for work in self.ready for claimed in work]
            self.ready.clear()
            unstarted, self.unstarted = self.unstarted, []
            left = len(unstarted) + sum(map(len, self.queues))
            self.queues.clear()
        keys = [c.key for claimed in unstarted for c in claimed.claims]
        if keys:
            with self.db.unit_of_work() as reg:
                reg.release(keys, holder=self.holder)
        self.reports[0].left += left


def _deliver_one(db: Any, message: Outgoing, sender: Sender, wall: Callable[[], datetime], report: Report,
                 holder_gone: Callable[[str], bool] = gone) -> None:
    """Claim, send and mark one message on its own (the secretary's notice that a recipient is unreachable)."""
    now, holder = wall(), this_process()
    with db.unit_of_work() as reg:
        claims = reg.claim([p.key for p in message.parts], kind=message.kind, recipient=message.recipient,
                           holder=holder, now=now, deadline=now + CLAIM_TIMEOUT, holder_gone=holder_gone)
    if not claims:
        report.skipped += 1
        return
    _settle(db, message, claims, sender, wall, report, holder, fresh=False, holder_gone=holder_gone)


def _settle(db: Any, message: Outgoing, claims: list[Any], sender: Sender, wall: Callable[[], datetime],
            report: Report, holder: str, *, fresh: bool,
            holder_gone: Callable[[str], bool] = gone) -> tuple[str | None, str | None] | None:
    """Send a message whose parts are claimed and end its claims, except a fresh send's sent mark: that
    answer is returned for the caller to mark with others. A fresh send is one whose claims are all new
    and whose first part is the key the claims recorded; otherwise the key is recorded first, and any
    claim taken over from an earlier attempt is looked for in the chat before anything is sent again."""
    by_key = {p.key: p for p in message.parts}
    keys = [c.key for c in claims]
    in_doubt = [c for c in claims if c.earlier_key]
    what = f"{message.kind} to {message.label or message.recipient}"
    if in_doubt:
        try:
            keys = _send_only_what_is_missing(db, message.recipient, in_doubt, keys, sender, wall, holder)
        except DeliveryFailed as error:
            with db.unit_of_work() as reg:
                reg.mark_in_doubt(keys, holder=holder, now=wall())
            report.failed.append(f"{what}: could not check what was sent ({error})")
            log.warning("check_failed kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
            return None
        if not keys:
            report.recovered += 1
            log.info("found_sent kind=%s recipient=%s parts=%d", message.kind, message.recipient, len(claims))
            return None
    elif not fresh:
        with db.unit_of_work() as reg:
            reg.send_under(keys, holder=holder, message_key=keys[0])
    try:
        channel, ts = sender.send(message.recipient, message.render([by_key[k].item for k in keys]), key=keys[0])
    except Undeliverable as error:
        with db.unit_of_work() as reg:
            reg.mark_undeliverable(keys, str(error), holder=holder)
        report.failed.append(f"{what}: {error}")
        log.warning("undeliverable kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        if message.escalate_to and message.escalate_to != message.recipient:
            _deliver_one(db, _unreachable_notice(message, str(error)), sender, wall, report, holder_gone)
        return None
    except DeliveryUncertain as error:
        with db.unit_of_work() as reg:
            reg.mark_in_doubt(keys, holder=holder, now=wall())
        report.failed.append(f"{what}: {error} (may have arrived; checked before sending again)")
        log.warning("send_in_doubt kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        return None
    except Exception as error:  # noqa: BLE001 - one failure never stops a sweep
        with db.unit_of_work() as reg:
            reg.release(keys, holder=holder)
        report.failed.append(f"{what}: {error}")
        log.warning("send_failed kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        return None
    report.sent += 1
    log.info("sent kind=%s recipient=%s parts=%d", message.kind, message.recipient, len(keys))
    if fresh and not in_doubt:
        return channel, ts
    try:
        with db.unit_of_work() as reg:
            reg.mark_sent(keys, holder=holder, now=wall(), channel=channel, ts=ts)
    except Exception as error:  # noqa: BLE001 - sent, but unmarked: the claim runs out and its message is found
        report.unmarked += 1
        report.mark_error = report.mark_error or error
        log.error("mark_sent_failed kind=%s recipient=%s error=%s", message.kind, message.recipient,
                  (str(error).splitlines() or [type(error).__name__])[0])
    return None


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
