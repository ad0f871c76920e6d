"""Sending exactly once: claim, send, mark.

Each part of a message has a key in the sent-messages log (kind, target, recipient,
slot). A sweep claims the keys in a committed transaction of its own, sends one
message built from the parts it won, then marks them sent. So a second worker, a
second run or a restart finds the keys taken and sends nothing twice.

Which side of exactly-once: at least once. A worker that dies after claiming but
before sending leaves a claim that is taken again once it is `CLAIM_TIMEOUT` old,
so nothing is lost; the price is that a worker dying in the instant between
Slack's answer and the commit that marks the message sent would send it once more
after the timeout. A lost reminder is the worse failure for a board.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from messages import UNREACHABLE, Message
from messages import message as neutral_message
from messages.compose import document
from messages.document import plain_text

log = logging.getLogger("matters.jobs")
CLAIM_TIMEOUT = timedelta(minutes=10)
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
    """A passing failure (Slack down, the network): the claim is released for the next sweep."""


class Sender(Protocol):
    def send(self, recipient: str, message: Message) -> tuple[str | None, str | None]:
        """Render the message for the recipient's platform and deliver it; return (channel, ts) as the
        platform knows them."""


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


@dataclass
class Report:
    planned: list[str] = field(default_factory=list)
    sent: int = 0
    skipped: int = 0
    unreachable: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    stopped: bool = False  # the worker was asked to stop; what was not sent waits for the next sweep


def wall_clock() -> datetime:
    return datetime.now(timezone.utc)


def deliver(db: Any, outgoing: Sequence[Outgoing], sender: Sender, *, dry_run: bool = False,
            wall: Callable[[], datetime] = wall_clock, stopping: Callable[[], bool] = lambda: False) -> Report:
    """Send each message whose parts are not yet sent. One failure never stops the rest.

    Claims are stamped and aged by the wall clock, not the sweep's `--at` time, so a run
    "as if" in the past or future never makes a real worker's claims look abandoned.
    Each message is claimed, sent and marked before the next, so when `stopping()` turns
    true the sweep ends between two messages and leaves no claim behind.
    """
    report = Report()
    for message in outgoing:
        if stopping():
            report.stopped = True
            break
        if dry_run:
            with db.unit_of_work() as reg:
                done = reg.taken_keys([p.key for p in message.parts])
            fresh = [p for p in message.parts if p.key not in done]
            if fresh:
                preview = plain_text(document(message.render([p.item for p in fresh])))
                report.planned.append(f"{message.kind} to {message.label or message.recipient}: "
                                      + preview.replace("\n", " | "))
            continue
        if message.recipient.startswith(UNLINKED):
            report.unreachable.append(message.label)
            continue
        _deliver_one(db, message, sender, wall, report)
    return report


def _deliver_one(db: Any, message: Outgoing, sender: Sender, wall: Callable[[], datetime], report: Report) -> None:
    now = wall()
    with db.unit_of_work() as reg:
        won = [p for p in message.parts
               if reg.claim(p.key, kind=message.kind, recipient=message.recipient, now=now,
                            stale_before=now - CLAIM_TIMEOUT)]
    if not won:
        report.skipped += 1
        return
    keys = [p.key for p in won]
    try:
        channel, ts = sender.send(message.recipient, message.render([p.item for p in won]))
    except Undeliverable as error:
        with db.unit_of_work() as reg:
            reg.mark_undeliverable(keys, str(error))
        report.failed.append(f"{message.kind} to {message.label or message.recipient}: {error}")
        log.warning("undeliverable kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        if message.escalate_to and message.escalate_to != message.recipient:
            _deliver_one(db, _unreachable_notice(message, str(error)), sender, wall, report)
        return
    except Exception as error:  # noqa: BLE001 - one failure never stops a sweep
        with db.unit_of_work() as reg:
            reg.release(keys)
        report.failed.append(f"{message.kind} to {message.label or message.recipient}: {error}")
        log.warning("send_failed kind=%s recipient=%s error=%s", message.kind, message.recipient, error)
        return
    try:
        with db.unit_of_work() as reg:
            reg.mark_sent(keys, now=wall(), channel=channel, ts=ts)
    except Exception as error:  # noqa: BLE001 - sent, but unmarked: the claim stays, so it is not sent again soon
        log.error("mark_sent_failed kind=%s recipient=%s error=%s", message.kind, message.recipient,
                  (str(error).splitlines() or [type(error).__name__])[0])
    report.sent += 1
    log.info("sent kind=%s recipient=%s parts=%d", message.kind, message.recipient, len(won))


def _unreachable_notice(message: Outgoing, reason: str) -> Outgoing:
    def render(_: list[Any]) -> Message:
        return neutral_message(UNREACHABLE, [{"label": message.label, "reason": reason}])

    return Outgoing(kind="unreachable", recipient=message.escalate_to or "",
                    parts=(Part(f"unreachable:{message.recipient}", None),), render=render, label="the secretary")
