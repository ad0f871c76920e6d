"""Exactly once when Slack's answer is lost: a message that landed is found in the conversation's
history by the outbox key in its metadata and is never posted twice; one that did not land is sent
by the very next sweep. Run on SQLite and PostgreSQL against the stand-in for Slack's Web API."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from console.local_slack import DROP
from handlers import web_client
from handlers.delivery import EVENT_TYPE, SlackSender
from jobs.outbox import CLAIM_TIMEOUT, DeliveryFailed, Outgoing, Part, deliver, this_process
from jobs.runner import SweepContext, run_job
from storage.models import SentMessage
from tests.blockkit import assert_valid_message
from tests.outbox_world import SWEEP_AT, board_with_due_actions, posts_to


def sweep(db, slack, *, minutes: float = 0, timeout: float = 10, **options):  # type: ignore[no-untyped-def]
    """One nudges sweep, its wall clock `minutes` after SWEEP_AT."""
    wall = SWEEP_AT + timedelta(minutes=minutes)
    return run_job("nudges", db, SlackSender(web_client("xoxb-test", slack.api_url, timeout=timeout)), wall,
                   wall=lambda: wall, **options)


def rows(db):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        return list(reg.session.scalars(select(SentMessage).order_by(SentMessage.id)))


@pytest.mark.parametrize("how", [500, DROP])
def test_a_post_whose_answer_is_lost_is_found_by_the_next_sweep_and_not_sent_again(db, slack, how):
    [owner] = board_with_due_actions(db, 1)
    slack.lose_answer(how)
    first = sweep(db, slack)
    assert first.sent == 0 and len(first.failed) == 1 and "may have arrived" in first.failed[0]
    assert posts_to(slack, [owner]) == {owner: 1}, "the 5xx or the dropped connection was not retried"
    [held] = rows(db)
    assert held.sent_at is None and held.message_key == held.key and held.holder == this_process()

    second = sweep(db, slack, minutes=1)
    assert (second.sent, second.recovered, second.failed) == (0, 1, [])
    assert posts_to(slack, [owner]) == {owner: 1}
    [looked] = slack.sent("conversations.history")
    assert looked.body["channel"] == slack.dm_channel(owner) and looked.body["include_all_metadata"] in ("1", "true")
    assert slack.sent("conversations.open"), "a person's channel id comes from conversations.open"
    [marked] = rows(db)
    assert marked.sent_at is not None and marked.ts == slack.history[slack.dm_channel(owner)][0]["ts"]
    assert sweep(db, slack, minutes=2).sent == 0


def test_every_message_carries_its_outbox_key_in_its_metadata(db, slack):
    owners = board_with_due_actions(db, 3)
    sweep(db, slack)
    posts = slack.sent("chat.postMessage")
    assert len(posts) == 3
    keys = {row.key for row in rows(db)}
    for post in posts:
        assert post.body["metadata"]["event_type"] == EVENT_TYPE
        assert post.body["metadata"]["event_payload"]["key"] in keys
        assert_valid_message({k: v for k, v in post.body.items() if k != "metadata"})
    assert sorted(p.body["channel"] for p in posts) == sorted(owners)


def test_a_lost_answer_for_a_post_that_never_landed_is_sent_by_the_next_sweep_once(db, slack):
    owners = board_with_due_actions(db, 2)
    slack.outage("chat.postMessage", 502)  # a gateway's 502: nothing was posted
    assert sweep(db, slack).sent == 0
    slack.outage("chat.postMessage", None)
    again = sweep(db, slack, minutes=1)
    assert (again.sent, again.recovered) == (2, 0)
    assert posts_to(slack, owners) == dict.fromkeys(owners, 1)


def test_a_timeout_is_in_doubt_and_the_late_post_is_found_not_repeated(db, slack):
    [owner] = board_with_due_actions(db, 1)
    slack.slow_down("chat.postMessage", 2.5)
    first = sweep(db, slack, timeout=1)
    assert first.sent == 0 and "may have arrived" in first.failed[0]
    slack.wait_for("chat.postMessage", 1, timeout=10)  # Slack got there in the end
    slack.slow_down("chat.postMessage", 0)
    second = sweep(db, slack, minutes=1)
    assert second.recovered == 1 and posts_to(slack, [owner]) == {owner: 1}


class DiesAfterPosting:
    """Posts the message for real, then the process dies before the claim is marked."""

    class Death(BaseException):
        pass

    def __init__(self, sender: SlackSender):
        self.sender = sender

    def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
        self.sender.send(recipient, message, key=key)
        raise self.Death

    def find(self, recipient, key, *, since):  # type: ignore[no-untyped-def]
        return self.sender.find(recipient, key, since=since)


def test_a_worker_dying_between_the_post_and_the_mark_leaves_nothing_to_send_twice(db, slack):
    [owner] = board_with_due_actions(db, 1)
    dying = DiesAfterPosting(SlackSender(web_client("xoxb-test", slack.api_url)))
    with pytest.raises(DiesAfterPosting.Death):
        run_job("nudges", db, dying, SWEEP_AT, wall=lambda: SWEEP_AT)
    assert sweep(db, slack, minutes=5).skipped == 1, "the claim holds until its deadline"
    late = CLAIM_TIMEOUT.total_seconds() / 60 + 1
    recovered = sweep(db, slack, minutes=late)
    assert recovered.recovered == 1 and recovered.sent == 0
    assert posts_to(slack, [owner]) == {owner: 1}


def test_a_claim_whose_holder_is_gone_is_settled_by_the_very_next_sweep(db, slack):
    [owner] = board_with_due_actions(db, 1)
    dying = DiesAfterPosting(SlackSender(web_client("xoxb-test", slack.api_url)))
    with pytest.raises(DiesAfterPosting.Death):
        run_job("nudges", db, dying, SWEEP_AT, wall=lambda: SWEEP_AT)
    host, _, tag = this_process().rsplit(":", 2)
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    with db.unit_of_work() as reg:  # the claim as a process on this host that has since ended left it
        reg.session.execute(update(SentMessage).values(holder=f"{host}:{ended.pid}:{tag}"))
    recovered = sweep(db, slack, minutes=1)  # well inside the claim's ten minutes
    assert (recovered.recovered, recovered.sent, recovered.skipped) == (1, 0, 0)
    assert posts_to(slack, [owner]) == {owner: 1}
    [row] = rows(db)
    assert row.sent_at is not None and row.holder == this_process()


def test_only_a_holder_known_to_be_gone_gives_up_its_claim_before_the_deadline(db):
    now = SWEEP_AT
    with db.unit_of_work() as reg:
        reg.claim(["k:1", "k:2"], kind="nudge", recipient="U1", holder="elsewhere:7:x", now=now,
                  deadline=now + CLAIM_TIMEOUT)
        reg.send_under(["k:1", "k:2"], holder="elsewhere:7:x", message_key="k:1")
    later = now + timedelta(minutes=1)
    with db.unit_of_work() as reg:
        assert reg.claim(["k:1"], kind="nudge", recipient="U1", holder="here:1:a", now=later,
                         deadline=later + CLAIM_TIMEOUT, holder_gone=lambda holder: False) == []
        [taken] = reg.claim(["k:2"], kind="nudge", recipient="U1", holder="here:1:a", now=later,
                            deadline=later + CLAIM_TIMEOUT, holder_gone=lambda holder: holder == "elsewhere:7:x")
        assert (taken.key, taken.earlier_key, taken.earlier_at) == ("k:2", "k:1", now)
        assert reg.claim(["k:2"], kind="nudge", recipient="U1", holder="here:1:a", now=later,
                         deadline=later + CLAIM_TIMEOUT, holder_gone=lambda holder: True) == [], \
            "a caller never takes its own claim over, whatever the liveness check says"
    assert {r.key: r.holder for r in rows(db)} == {"k:1": "elsewhere:7:x", "k:2": "here:1:a"}


def test_when_the_history_cannot_be_read_the_message_stays_in_doubt_and_is_not_sent_blind(db, slack):
    [owner] = board_with_due_actions(db, 1)
    slack.lose_answer(500)
    sweep(db, slack)
    slack.outage("conversations.history", 503)
    blind = sweep(db, slack, minutes=1)
    assert blind.sent == 0 and "could not check" in blind.failed[0]
    slack.outage("conversations.history", None)
    assert sweep(db, slack, minutes=2).recovered == 1
    assert posts_to(slack, [owner]) == {owner: 1}


def test_a_claim_is_released_or_marked_only_by_its_holder(db):
    now = SWEEP_AT
    with db.unit_of_work() as reg:
        [mine] = reg.claim(["k:1"], kind="nudge", recipient="U1", holder="here:1:a", now=now,
                           deadline=now + CLAIM_TIMEOUT)
        assert mine.earlier_key is None
        assert reg.claim(["k:1"], kind="nudge", recipient="U1", holder="there:2:b", now=now,
                         deadline=now + CLAIM_TIMEOUT) == []
    with db.unit_of_work() as reg:
        reg.release(["k:1"], holder="there:2:b")
        assert reg.mark_sent(["k:1"], holder="there:2:b", now=now, channel=None, ts=None) == 0
    [row] = rows(db)
    assert row.holder == "here:1:a" and row.sent_at is None
    with db.unit_of_work() as reg:
        reg.send_under(["k:1"], holder="here:1:a", message_key="k:1")
        reg.mark_in_doubt(["k:1"], holder="here:1:a", now=now)
    later = now + timedelta(seconds=1)
    with db.unit_of_work() as reg:
        [taken] = reg.claim(["k:1"], kind="nudge", recipient="U1", holder="there:2:b", now=later,
                            deadline=later + CLAIM_TIMEOUT)
        assert (taken.earlier_key, taken.earlier_at) == ("k:1", now)
    with db.unit_of_work() as reg:
        reg.release(["k:1"], holder="here:1:a")
    assert [r.holder for r in rows(db)] == ["there:2:b"]


def test_a_sweep_past_its_deadline_starts_nothing_more_and_says_how_many_it_left(db, slack, caplog):
    owners = board_with_due_actions(db, 4)
    caplog.set_level(logging.INFO)
    report = sweep(db, slack, context=SweepContext(deadline_seconds=0))
    assert report.left == 4 and report.sent == 0 and rows(db) == [], "nothing claimed, nothing held"
    assert "sweep_halted reason=deadline left=4" in caplog.text and "outcome=deadline" in caplog.text
    assert sweep(db, slack, minutes=5).sent == 4
    assert posts_to(slack, owners) == dict.fromkeys(owners, 1)


def test_many_threads_and_two_sweeps_at_once_send_each_message_once(db, slack):
    import threading

    owners = board_with_due_actions(db, 24)
    reports = []
    threads = [threading.Thread(target=lambda: reports.append(sweep(db, slack))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(r.sent for r in reports) == 24
    assert posts_to(slack, owners) == dict.fromkeys(owners, 1)


@pytest.mark.slow  # (seconds of CPU; runs in CI's slow suite)
def test_a_refused_connection_is_a_plain_failure_and_the_claim_is_released(db):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]  # nothing listens once the probe is closed
    sender = SlackSender(web_client("xoxb-test", f"http://127.0.0.1:{closed}/api/", timeout=2))
    outgoing = Outgoing(kind="meeting", recipient="C0CLOSED", parts=(Part("meeting:refused", None),),
                        render=lambda _: {"text": "hello"})
    report = deliver(db, [outgoing], sender, wall=lambda: SWEEP_AT)
    assert len(report.failed) == 1 and "may have arrived" not in report.failed[0]
    assert rows(db) == [], "released: the message surely did not arrive"
    with pytest.raises(DeliveryFailed):
        sender.find("U0NOBODY", "meeting:refused", since=SWEEP_AT)


@pytest.mark.slow  # a real run-job process; test_jobs stops a sweep in this one, and the worker by SIGTERM
def test_run_job_stops_on_sigterm_between_messages_and_leaves_no_claim_behind(db, slack):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    owners = board_with_due_actions(db, 40)
    slack.slow_down("chat.postMessage", 0.3)
    env = {**os.environ, "DATABASE_URL": db.engine.url.render_as_string(hide_password=False),
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.api_url}
    job = subprocess.Popen([sys.executable, str(root / "bot.py"), "run-job", "nudges", "--at", "2026-11-23T10:00"],
                           env=env, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        slack.wait_for("chat.postMessage", 1, timeout=30)
    finally:
        job.send_signal(signal.SIGTERM)
        output = job.communicate(timeout=30)[0]
    assert job.returncode == 0, output
    assert "sweep_halted reason=stopped" in output and "left for the next sweep" in output
    stopped_after = len(slack.sent("chat.postMessage"))
    assert 0 < stopped_after < 40
    assert all(row.sent_at is not None for row in rows(db)), "no claim is left for a message not started"
    slack.slow_down("chat.postMessage", 0)
    rest = run_job("nudges", db, SlackSender(web_client("xoxb-test", slack.api_url)), SWEEP_AT)
    assert rest.sent == 40 - stopped_after
    assert posts_to(slack, owners) == dict.fromkeys(owners, 1)


def test_messages_are_claimed_and_marked_sent_a_batch_at_a_time(db, monkeypatch):
    """Forty messages cost a few claiming and marking statements, not two transactions each; every one is
    still claimed before it is sent and marked after. Answers are marked every MARK_SECONDS as well as
    every MARK_EVERY: the interval is widened here so that a loaded machine, slow between answers, does
    not turn the count into a measure of its own speed."""
    from sqlalchemy import event

    import jobs.outbox

    monkeypatch.setattr(jobs.outbox, "MARK_SECONDS", 5.0)

    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    sent: list[str] = []

    class Answering:
        def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
            assert [r.key for r in rows_now() if r.key == key and r.sent_at is None and r.message_key == key]
            sent.append(key)
            return "D0", f"{len(sent)}.0"

    def rows_now():  # type: ignore[no-untyped-def]
        with db.unit_of_work() as reg:
            return list(reg.session.scalars(select(SentMessage)))

    outgoing = [Outgoing(kind="nudge", recipient=f"U0P{n:04d}", parts=(Part(f"k:{n}:a", n), Part(f"k:{n}:b", n)),
                         render=lambda items: {"text": "x"}) for n in range(40)]
    seen_before = len(seen)
    report = deliver(db, outgoing, Answering(), wall=lambda: SWEEP_AT)
    assert report.sent == 40 and len(sent) == 40
    writes = [s for s in seen[seen_before:] if s.lstrip().upper().startswith(("INSERT INTO SENT", "UPDATE SENT"))]
    assert 0 < len(writes) <= 12, writes
    assert all(r.sent_at is not None and r.holder is not None for r in rows(db)) and len(rows(db)) == 80
