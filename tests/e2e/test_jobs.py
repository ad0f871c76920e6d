"""The sweeps, run as the worker and `run-job` run them: what is due is sent once, through the
stand-in for Slack's Web API, and a crash, a retry or a second worker never sends it twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain.boards import save_board
from domain.meeting_record import record_minutes
from handlers import web_client
from handlers.delivery import SlackSender
from handlers.services import workspace_directory
from jobs.outbox import CLAIM_TIMEOUT
from jobs.runner import run_job
from minutes import extract_text, read_minutes
from tests.bot_cli import bot_here
from tests.blockkit import DANGEROUS, assert_valid_message, every_text

ROOT = Path(__file__).resolve().parents[2]
ASHBOURNE = ROOT / "tests" / "fixtures" / "minutes" / "what-who-when-table.txt"
SEEDS = ROOT.parent / "shared" / "seeds"
LONDON = ZoneInfo("Europe/London")
OFFICER_EMAILS = {"Ruth Penrose": "ruth@ashbourne.example", "Joanne Pike": "joanne.pike@ashbourne.example"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON).astimezone(timezone.utc)


def import_minutes(db, path: Path, channel: str = "C0ASHBOURNE"):  # type: ignore[no-untyped-def]
    minutes = read_minutes(extract_text(path))
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, minutes.board, now=at("2015-03-05T18:00"), timezone="Europe/London",
                              channel_id=channel)
        record_minutes(reg, minutes, board, now=at("2015-03-05T18:00"), digest=minutes.digest())
        # The board's officers are linked by e-mail only (a name in Slack is its owner's to edit).
        for member in reg.members_of_board(board.id):
            member.email = OFFICER_EMAILS.get(member.name, member.email)


@pytest.fixture
def workspace(slack):  # type: ignore[no-untyped-def]
    """Some of the board are in the workspace; none of them has used the bot yet."""
    slack.add_user("U0BEN", "Ben Crossley", "ben.crossley@ashbourne.example")
    slack.add_user("U0JOANNE", "Joanne Pike", "joanne.pike@ashbourne.example")
    slack.add_user("U0RUTH", "Ruth Penrose", "ruth@ashbourne.example")
    slack.add_user("U0CARL", "Carl Whitlow", "carl.whitlow@police.example")
    return slack


@pytest.fixture
def sweep(db, workspace):  # type: ignore[no-untyped-def]
    client = web_client("xoxb-test", workspace.api_url)
    sender = SlackSender(client)

    def run(name: str, when: str, **options):  # type: ignore[no-untyped-def]
        # The wall clock moves with the sweep here, so a claim's age can be simulated.
        return run_job(name, db, options.pop("sender", sender), at(when),
                       directory=lambda: workspace_directory(client), wall=lambda: at(when), **options)

    import_minutes(db, ASHBOURNE)
    return run


def dms(slack, user: str):  # type: ignore[no-untyped-def]
    return [c for c in slack.sent("chat.postMessage") if c.body["channel"] == user]


def test_nothing_is_sent_at_the_weekend_or_outside_working_hours(sweep, workspace):
    sweep("nudges", "2015-03-14T10:00")
    sweep("nudges", "2015-03-19T07:45")
    sweep("nudges", "2015-03-19T18:00")
    assert workspace.sent("chat.postMessage") == []


def test_an_owner_who_never_used_the_bot_is_reminded_the_day_before_once(sweep, workspace):
    sweep("nudges", "2015-03-19T09:30")
    [nudge] = dms(workspace, "U0BEN")
    assert "Map the hotspots against CCTV coverage" in nudge.body["text"]
    assert "due tomorrow" in json.dumps(nudge.body["blocks"])
    assert_valid_message(nudge.body)
    buttons = [e for b in nudge.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert any("Done" in b["text"]["text"] for b in buttons)
    sweep("nudges", "2015-03-19T09:45")
    assert len(dms(workspace, "U0BEN")) == 1


def test_an_overdue_action_is_reminded_on_the_next_working_day(sweep, workspace):
    sweep("nudges", "2015-03-19T09:30")
    sweep("nudges", "2015-03-23T10:00")
    nudges = dms(workspace, "U0BEN")
    assert len(nudges) == 2 and "overdue by 3 days" in json.dumps(nudges[1].body["blocks"])


def test_a_worker_that_was_down_catches_up_with_the_latest_reminder_only(sweep, workspace):
    sweep("nudges", "2015-03-24T11:00")
    [nudge] = dms(workspace, "U0BEN")
    assert "overdue" in nudge.body["text"]


def test_a_rate_limited_message_is_sent_after_retry_after_once(sweep, workspace):
    workspace.fail_next("chat.postMessage", 429, {"Retry-After": "1"})
    report = sweep("nudges", "2015-03-19T09:30")
    assert report.sent >= 1 and report.failed == []
    assert len(dms(workspace, "U0BEN")) == 1


def test_a_person_who_cannot_be_messaged_is_recorded_and_the_sweep_goes_on(sweep, workspace, db):
    workspace.fail_next("chat.postMessage", 200, {}, {"ok": False, "error": "user_not_found"})
    first = sweep("nudges", "2015-04-01T10:00")
    assert len(first.failed) == 1 and first.sent >= 1
    again = sweep("nudges", "2015-04-01T10:30")
    assert again.sent == 0 and again.failed == []


def test_two_workers_sweeping_at_once_send_each_message_once(sweep, workspace):
    results = []
    threads = [threading.Thread(target=lambda: results.append(sweep("nudges", "2015-04-01T10:00")))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sent = workspace.sent("chat.postMessage")
    assert sum(r.sent for r in results) == len(sent) > 0
    assert len({c.body["channel"] for c in sent}) == len(sent)


class Crash(BaseException):
    """The process dies: not an error the sweep could catch."""


class DyingSender:
    def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
        raise Crash


def test_a_sweep_killed_between_claim_and_send_sends_after_restart(sweep, workspace):
    with pytest.raises(Crash):
        sweep("nudges", "2015-03-19T09:30", sender=DyingSender())
    sweep("nudges", "2015-03-19T09:35")
    assert dms(workspace, "U0BEN") == [], "the claim is still fresh"
    later = (at("2015-03-19T09:30") + CLAIM_TIMEOUT + timedelta(minutes=1)).astimezone(LONDON)
    sweep("nudges", later.replace(tzinfo=None).isoformat())
    assert len(dms(workspace, "U0BEN")) == 1


@pytest.mark.slow  # (seconds of CPU; runs in CI's slow suite)
def test_the_chair_hears_instead_after_four_overdue_reminders(sweep, workspace):
    # Easter Monday (6 April 2015) moves the third reminder, and the weekly rhythm with it, to Tuesdays.
    for day in ("2015-03-23", "2015-03-30", "2015-04-07", "2015-04-14", "2015-04-21"):
        sweep("nudges", f"{day}T10:00")
    to_chair = [c for c in dms(workspace, "U0RUTH") if "As chair" in json.dumps(c.body["blocks"])]
    assert to_chair and "Map the hotspots" in json.dumps(to_chair[0].body["blocks"])
    assert all("Map the hotspots" not in json.dumps(c.body) for c in dms(workspace, "U0BEN")[4:])


def test_the_minutes_summary_is_posted_once_to_the_board_channel(sweep, workspace):
    sweep("minutes", "2015-03-06T10:00")
    sweep("minutes", "2015-03-06T10:05")
    [posted] = [c for c in workspace.sent("chat.postMessage") if c.body["channel"] == "C0ASHBOURNE"]
    assert_valid_message(posted.body)
    text = json.dumps(posted.body["blocks"])
    assert "Map the hotspots against CCTV coverage" in text and "Ben Crossley" in text
    assert "Ashbourne Town Hall" in text


def test_minutes_older_than_thirty_days_at_first_sight_are_not_posted(sweep, workspace):
    sweep("minutes", "2015-04-10T10:00")
    assert workspace.sent("chat.postMessage") == []


def test_the_digest_goes_to_the_chair_and_secretary_on_monday_morning_once(sweep, workspace):
    sweep("digest", "2015-03-19T10:00")  # Thursday: too late for the week's report
    assert workspace.sent("chat.postMessage") == []
    sweep("digest", "2015-03-16T08:45")  # Monday, before working hours
    assert workspace.sent("chat.postMessage") == []
    sweep("digest", "2015-03-16T09:15")
    sweep("digest", "2015-03-16T09:20")
    sent = workspace.sent("chat.postMessage")
    assert sorted(c.body["channel"] for c in sent) == ["U0JOANNE", "U0RUTH"]
    for call in sent:
        assert_valid_message(call.body)
        assert "Ben Crossley\n• *ACSP-1* Map the hotspots against CCTV coverage · due Friday (20 Mar)" in call.body["text"]
        assert "Review Shop Watch" not in call.body["text"], "due next week, not this"


def test_text_from_minutes_reaches_slack_escaped(db, workspace, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(ASHBOURNE.read_text().replace("Map the hotspots", "Map <!channel> & <https://x.example|y>"))
    import_minutes(db, hostile, channel="C0HOSTILE")
    client = web_client("xoxb-test", workspace.api_url)
    run_job("minutes", db, SlackSender(client), at("2015-03-06T10:00"))
    run_job("nudges", db, SlackSender(client), at("2015-03-19T09:30"), directory=lambda: workspace_directory(client))
    sent = workspace.sent("chat.postMessage")
    assert sent
    for call in sent:
        for text in every_text(call.body):
            assert not DANGEROUS.search(text), text


def run_cli(*args: str, env: dict[str, str]):  # type: ignore[no-untyped-def]
    """`python bot.py ARGS` in this process (tests.bot_cli); the worker below and the SIGTERM test in
    test_exactly_once start real processes."""
    return bot_here(*args, env=env)


def test_run_job_from_the_command_line_sends_once_and_dry_runs_send_nothing(workspace, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'jobs.db'}", "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_API_URL": workspace.api_url}
    assert run_cli("import-minutes", str(ASHBOURNE), "--channel", "C0ASHBOURNE", env=env).returncode == 0
    dry = run_cli("run-job", "nudges", "--at", "2015-03-19T09:30", "--dry-run", env=env)
    assert dry.returncode == 0 and "Map the hotspots against CCTV coverage" in dry.stdout
    assert workspace.sent("chat.postMessage") == []
    for when in ("2015-03-19T09:30", "2015-03-19T09:45"):
        assert run_cli("run-job", "nudges", "--at", when, env=env).returncode == 0
    assert len(dms(workspace, "U0BEN")) == 1
    bad = run_cli("run-job", "nudges", "--at", "someday", env=env)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert run_cli("run-job", "gardening", env=env).returncode == 2


def test_the_chorley_acceptance_run(workspace, tmp_path):
    seed = SEEDS / "chorley-psr-board-2015-02-10.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is absent: the seed minutes are not shipped with the project")
    workspace.add_user("U0HAYLEY", "Hayley Hughes")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'chorley.db'}", "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_API_URL": workspace.api_url}
    assert run_cli("import-minutes", str(seed), "--channel", "C0CHORLEY", env=env).returncode == 0
    run_cli("run-job", "nudges", "--at", "2015-02-14T10:00", env=env)
    assert workspace.sent("chat.postMessage") == []
    run_cli("run-job", "nudges", "--at", "2015-02-16T09:30", env=env)
    [first] = dms(workspace, "U0HAYLEY")
    assert "Circulate Away Day outcomes" in first.body["text"]
    run_cli("run-job", "nudges", "--at", "2015-02-16T09:45", env=env)
    assert len(dms(workspace, "U0HAYLEY")) == 1
    run_cli("run-job", "nudges", "--at", "2015-02-18T10:00", env=env)
    later = dms(workspace, "U0HAYLEY")
    assert len(later) == 2 and "Circulate Away Day outcomes" in later[1].body["text"]
    assert "overdue" in later[1].body["text"]


def test_the_secretary_is_told_once_when_an_owner_cannot_be_messaged(sweep, workspace):
    for when in ("2015-03-19T09:30", "2015-03-23T10:00"):
        workspace.fail_next("chat.postMessage", 200, {}, {"ok": False, "error": "account_inactive"})
        sweep("nudges", when)
    told = [c for c in dms(workspace, "U0JOANNE") if "couldn't reach" in c.body["text"]]
    assert len(told) == 1 and "Ben Crossley" in told[0].body["text"]
    assert_valid_message(told[0].body)


@pytest.fixture
def smtp_server():  # type: ignore[no-untyped-def]
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self) -> None:
            self.messages: list[bytes] = []

        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
            self.messages.append(envelope.content)
            return "250 OK"

    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, f"smtp://127.0.0.1:{port}"
    controller.stop()


def test_members_with_an_email_and_no_slack_account_are_reminded_by_email(db, slack, smtp_server):
    from email import message_from_bytes
    from email.policy import default

    from jobs.mail import MailSender, RoutingSender

    inbox, smtp_url = smtp_server
    import_minutes(db, ASHBOURNE)
    with db.unit_of_work() as reg:
        [ben] = reg.members_by_name_key("ben crossley")
        ben.email = "ben.crossley@ashbourne.example"
    client = web_client("xoxb-test", slack.api_url)
    sender = RoutingSender(SlackSender(client), MailSender(smtp_url, "bot@ashbourne.example"))
    for when in ("2015-03-19T09:30", "2015-03-19T09:45"):
        run_job("nudges", db, sender, at(when), directory=lambda: workspace_directory(client))
    assert slack.sent("chat.postMessage") == []
    [raw] = inbox.messages
    mail = message_from_bytes(raw, policy=default)
    assert mail["To"] == "ben.crossley@ashbourne.example" and mail["From"] == "bot@ashbourne.example"
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert "Map the hotspots against CCTV coverage" in text and "due tomorrow" in text
    assert "Map the hotspots against CCTV coverage" in html and "<p>" in html


def nudge_buttons(call):  # type: ignore[no-untyped-def]
    return [e for b in call.body["blocks"] if b["type"] == "actions" for e in b["elements"]]


def test_snoozing_a_reminder_holds_reminders_a_week_but_not_the_due_date(sweep, workspace, web, db):
    sweep("nudges", "2015-03-19T09:30")
    [nudge] = dms(workspace, "U0BEN")
    assert {e.get("action_id") for e in nudge_buttons(nudge)} >= {"action_done", "action_snooze", "action_new_date"}
    web.services_clock.now = at("2015-03-19T09:40")
    web.click("action_snooze", "ACSP-1", user="U0BEN")
    [answer] = workspace.wait_for("respond")
    assert "reminders paused until Thursday 26 March" in answer.body["text"]
    sweep("nudges", "2015-03-23T10:00")
    assert len(dms(workspace, "U0BEN")) == 1, "snoozed"
    sweep("nudges", "2015-03-26T10:00")
    assert len(dms(workspace, "U0BEN")) == 2
    with db.unit_of_work() as reg:
        assert str(reg.action_by_ref("ACSP", 1).due_date) == "2015-03-20"


def test_a_new_date_from_the_reminder_moves_the_due_date_with_an_audit_entry(sweep, workspace, web, db):
    sweep("nudges", "2015-03-19T09:30")
    web.services_clock.now = at("2015-03-19T09:40")
    web.interaction({"type": "block_actions", "user": {"id": "U0BEN"}, "team": {"id": "T0TEST"},
                     "channel": {"id": "D0BEN"}, "container": {"type": "message"}, "trigger_id": "t",
                     "response_url": workspace.response_url("nd"),
                     "actions": [{"type": "datepicker", "action_id": "action_new_date", "block_id": "nudge:ACSP-1",
                                  "selected_date": "2015-04-17", "action_ts": "1"}]})
    [answer] = workspace.wait_for("respond")
    assert "now due Friday 17 April 2015" in answer.body["text"]
    with db.unit_of_work() as reg:
        action = reg.action_by_ref("ACSP", 1)
        assert str(action.due_date) == "2015-04-17"
        assert [(u.kind, u.old_value, u.new_value) for u in reg.action_updates(action.id)][-1] == \
            ("due", "2015-03-20", "2015-04-17")


def test_an_owner_can_answer_a_reminder_in_words(sweep, workspace, web, db):
    sweep("nudges", "2015-03-19T09:30")
    web.services_clock.now = at("2015-03-19T09:40")
    web.event({"type": "message", "channel_type": "im", "channel": "D0BEN", "user": "U0BEN",
               "text": "done acsp-1 all mapped", "ts": "1.1"})
    replies = workspace.wait_for("chat.postMessage", 2)
    assert "ACSP-1" in replies[-1].body["text"] and "is done" in replies[-1].body["text"]
    with db.unit_of_work() as reg:
        assert reg.action_by_ref("ACSP", 1).status == "done"
    web.event({"type": "message", "channel_type": "im", "channel": "D0BEN", "user": "U0BEN",
               "text": "what now?", "ts": "1.2"})
    assert "I understand" in workspace.wait_for("chat.postMessage", 3)[-1].body["text"]


def test_the_worker_sweeps_on_start_and_stops_cleanly_on_sigterm(workspace, tmp_path):
    import signal
    import time

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'worker.db'}", "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_API_URL": workspace.api_url}
    assert run_cli("import-minutes", str(ASHBOURNE), "--channel", "C0ASHBOURNE", env=env).returncode == 0
    worker = subprocess.Popen([sys.executable, str(ROOT / "bot.py"), "worker"], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120  # a loaded machine only makes the start slower
        while time.monotonic() < deadline and worker.poll() is None and not workspace.sent("users.list"):
            time.sleep(0.1)
        assert workspace.sent("users.list"), "the worker never synced the directory"
    finally:
        worker.send_signal(signal.SIGTERM)
        output = worker.communicate(timeout=60)[0]
    assert worker.returncode == 0, output
    assert "worker_started" in output and "xoxb-test" not in output


def test_a_moved_due_date_brings_its_reminders_back(sweep, workspace, db):
    sweep("nudges", "2015-03-19T09:30")
    with db.unit_of_work() as reg:
        action = reg.action_by_ref("ACSP", 1)
        action.due_date = action.due_date.replace(day=27)  # Friday 27 March
    sweep("nudges", "2015-03-26T09:30")
    assert len(dms(workspace, "U0BEN")) == 2 and "due tomorrow" in json.dumps(dms(workspace, "U0BEN")[1].body)


def ledger(db):  # type: ignore[no-untyped-def]
    """The sent-messages log: (key, sent, ts) for every claim."""
    from sqlalchemy import select

    from storage.models import SentMessage

    with db.unit_of_work() as reg:
        return [(m.key, m.sent_at is not None or m.error is not None, m.ts)
                for m in reg.session.scalars(select(SentMessage))]


def test_while_slacks_web_api_is_down_nothing_is_lost_and_all_goes_once_it_is_back(sweep, workspace, db, caplog):
    workspace.outage("chat.postMessage", 503)
    down = sweep("nudges", "2015-04-01T10:00")
    assert down.sent == 0 and len(down.failed) >= 2
    assert caplog.text.count("send_in_doubt") == len(down.failed)
    assert [done for _, done, _ in ledger(db)] == [False] * len(ledger(db)), "a 503 may hide a post: held in doubt"
    workspace.outage("chat.postMessage", None)
    back = sweep("nudges", "2015-04-01T10:01")
    assert back.sent == len(down.failed) and back.failed == [] and back.recovered == 0
    assert len(workspace.sent("conversations.history")) == len(down.failed), "each was looked for first"
    delivered = workspace.sent("chat.postMessage")
    assert len({c.body["channel"] for c in delivered}) == len(delivered) == back.sent


def test_sigterm_during_a_sweep_stops_it_between_messages_and_the_next_worker_sends_the_rest(sweep, workspace, db):
    import signal

    from jobs.runner import SWEEPS, SweepContext
    from jobs.scheduler import run_worker

    when = at("2015-04-01T10:00")
    client = web_client("xoxb-test", workspace.api_url)
    workspace.slow_down("chat.postMessage", 0.3)

    def terminate_once_a_message_has_gone() -> None:
        workspace.wait_for("chat.postMessage", 1, timeout=10)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=terminate_once_a_message_has_gone, daemon=True).start()
    handlers = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        run_worker(db, SlackSender(client), lambda: workspace_directory(client), clock=lambda: when,
                   context=SweepContext())  # returns once the signal has stopped it
    finally:
        signal.signal(signal.SIGTERM, handlers[0])
        signal.signal(signal.SIGINT, handlers[1])
    stopped_after = len(workspace.sent("chat.postMessage"))
    assert all(done for _, done, _ in ledger(db)), "no claim is left half done"
    assert len(ledger(db)) == stopped_after

    workspace.slow_down("chat.postMessage", 0)
    for name in SWEEPS:
        sweep(name, "2015-04-01T10:05")
    sent = workspace.sent("chat.postMessage")
    assert len(sent) > stopped_after, "the stop came before the sweep had finished"
    rows = ledger(db)
    assert all(done for _, done, _ in rows)
    assert len({ts for _, _, ts in rows}) == len(sent), "each message went once"
