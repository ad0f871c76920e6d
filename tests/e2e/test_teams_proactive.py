"""Proactive messages in Teams, and one board whose members are on Slack, on Teams and on e-mail: each
reminder, agenda and minutes summary reaches each where they are, once, and Done works from each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from handlers import web_client
from handlers.delivery import SlackSender
from handlers.services import workspace_directory
from jobs.mail import MailSender, RoutingSender
from jobs.runner import run_job
from teams.app import create_app
from teams.connector import Connector, TeamsSender
from tests.e2e.test_jobs import ASHBOURNE, at, dms, import_minutes, smtp_server  # noqa: F401 - a fixture
from tests.bot_cli import bot_here
from tests.teams_requests import BotConnector, TeamsBot, TeamsUser, installed, invoke, personal_message
from tests.unit.test_teams_cards import check, execute_actions

ROOT = Path(__file__).resolve().parents[2]
BEN_ON_TEAMS = TeamsUser("Ben Crossley", "ben.crossley@ashbourne.example")
CARL = TeamsUser("Carl Whitlow", "carl.whitlow@police.example")
TEAMS_CHANNEL = "19:ashbourne-csp@thread.tacv2"


@pytest.fixture
def connector():  # type: ignore[no-untyped-def]
    stand_in = BotConnector()
    for user in (BEN_ON_TEAMS, CARL):
        stand_in.add_user(user)
    yield stand_in
    stand_in.stop()


def cards(activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [a["content"] for activity in activities for a in activity.get("attachments") or []]


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`python bot.py ARGS` (in this process: see tests.bot_cli), without the outside's chat settings."""
    return bot_here(*args, env=env, without=("TEAMS_", "SLACK_", "SMTP_"))


@pytest.mark.slow  # a real `bot.py teams` process; the tests below reach Teams members in this one
def test_a_teams_member_is_nudged_in_their_personal_chat_exactly_once(tmp_path, connector):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'register.db'}"}
    assert run("import-minutes", str(ASHBOURNE), env=env).returncode == 0
    bot = TeamsBot(env["DATABASE_URL"])
    try:  # Ben installs the app: the bot now knows how to write to him first
        assert bot.post(installed(BEN_ON_TEAMS, connector.service_url))[0] == 200
    finally:
        bot.stop()
    connector.clear()
    for when in ("2015-03-19T09:30", "2015-03-19T09:45"):
        done = run("run-job", "nudges", "--at", when, env=env)
        assert done.returncode == 0, done.stderr
    [nudge] = connector.activities()
    assert connector.sent("send")[0].conversation_id == f"a:personal-{BEN_ON_TEAMS.user_id}"
    [card] = cards([nudge])
    check(card)
    assert "Map the hotspots against CCTV coverage" in json.dumps(card)
    assert any(a["verb"] == "done" for a in execute_actions(card))


def test_a_member_never_seen_in_a_personal_chat_gets_one_opened_for_the_nudge(db, connector):
    import_minutes(db, ASHBOURNE)
    with db.unit_of_work() as reg:
        [carl] = reg.members_by_name_key("carl whitlow")
        carl.teams_id = CARL.aad_id  # @mentioned in a channel once: reference without a personal chat
        reg.save_teams_user(teams_id=CARL.aad_id, user_id=CARL.user_id, service_url=connector.service_url,
                            now=at("2015-03-05T18:00"), tenant_id="t")
    teams = RoutingSender(None, None, TeamsSender(db, Connector(sleep=lambda _: None)))
    for when in ("2015-03-30T09:30", "2015-03-30T11:00"):
        run_job("nudges", db, teams, at(when))
    [opened] = connector.sent("create")
    assert opened.body["members"] == [{"id": CARL.user_id}]
    [nudge] = connector.activities(f"a:personal-{CARL.user_id}")
    assert "Review Shop Watch radio contract" in json.dumps(nudge)


# -- one board, three ways of being reached ------------------------------------------
@pytest.fixture
def mixed(db, services, web, slack, connector, smtp_server):  # type: ignore[no-untyped-def]  # noqa: F811
    """Ashbourne CSP: Ben on Slack, Carl on Teams, Gemma by e-mail only; the board in a Slack channel and a
    Teams channel."""
    inbox, smtp_url = smtp_server
    slack.add_user("U0BEN", "Ben Crossley", "ben.crossley@ashbourne.example")
    import_minutes(db, ASHBOURNE)
    with db.unit_of_work() as reg:
        [gemma] = reg.members_by_name_key("gemma froggatt")
        gemma.email = "gemma@ashbourne-housing.example"
        [row] = reg.open_actions_of_member(gemma.id)
        report = reg.action_by_ref(row.board.code, row.number)
        report.due_date = date(2015, 3, 20)
        board = reg.board_by_channel("C0ASHBOURNE")
        reg.bind_teams_channel(board, conversation_id=TEAMS_CHANNEL, service_url=connector.service_url)
    services.clock.now = at("2015-03-19T09:00")
    client = TestClient(create_app(services, Connector(sleep=lambda _: None), None))
    client.__enter__()
    # Ben has used the bot in Slack, Carl in Teams; Gemma never will.
    web.command("/myactions", user="U0BEN", channel="D0BEN")
    assert client.post("/api/messages", json=personal_message(CARL, "myactions",
                                                              connector.service_url)).status_code == 200
    connector.clear()
    slack_client = web_client("xoxb-test", slack.api_url)
    sender = RoutingSender(SlackSender(slack_client), MailSender(smtp_url, "bot@ashbourne.example"),
                           TeamsSender(db, Connector(sleep=lambda _: None)))

    def sweep(name: str, when: str) -> None:
        report = run_job(name, db, sender, at(when), directory=lambda: workspace_directory(slack_client))
        assert report.failed == [], report.failed

    yield sweep, client, inbox
    client.__exit__(None, None, None)


def test_reminders_reach_each_member_where_they_are_once(mixed, slack, connector):
    sweep, _, inbox = mixed
    # 19 March: Ben's and Gemma's fall due tomorrow; 30 March: Carl's falls due tomorrow, theirs are overdue.
    for when in ("2015-03-19T09:30", "2015-03-19T10:30", "2015-03-30T09:30", "2015-03-30T10:30"):
        sweep("nudges", when)
    ben = [c.body["text"] for c in dms(slack, "U0BEN")]
    assert len(ben) == 2 and all("Map the hotspots against CCTV coverage" in t for t in ben)
    assert "overdue" in ben[1]
    [carl] = connector.activities(f"a:personal-{CARL.user_id}")
    assert "Review Shop Watch radio contract" in json.dumps(carl)
    mails = [message_from_bytes(raw, policy=default) for raw in inbox.messages]
    assert [m["To"] for m in mails] == ["gemma@ashbourne-housing.example"] * 2
    assert all("Report on housing-related ASB cases" in m.get_body(("plain",)).get_content() for m in mails)
    assert connector.activities(TEAMS_CHANNEL) == []  # reminders are personal
    for card in cards([carl]):
        check(card)


def test_the_minutes_summary_and_the_agenda_reach_both_of_the_boards_channels_once(mixed, slack, connector):
    sweep, _, _ = mixed
    for when in ("2015-03-19T09:30", "2015-03-19T10:30"):
        sweep("minutes", when)
    for when in ("2015-04-29T10:00", "2015-04-29T11:00", "2015-04-30T10:00"):
        sweep("agendas", when)
    in_slack = [c.body for c in slack.sent("chat.postMessage") if c.body["channel"] == "C0ASHBOURNE"]
    in_teams = connector.activities(TEAMS_CHANNEL)
    summary = "Map the hotspots against CCTV coverage"
    assert len([m for m in in_slack if "7 May 2015" in json.dumps(m) and summary in json.dumps(m)]) >= 1
    kinds_slack = [json.dumps(m) for m in in_slack]
    kinds_teams = [json.dumps(a) for a in in_teams]
    assert len(kinds_slack) == len(kinds_teams) >= 2  # the summary and the agenda, once each in each channel
    assert sum("Agenda" in k or "agenda" in k for k in kinds_teams) >= 1
    for card in cards(in_teams):
        check(card)


def test_done_works_from_slack_and_from_teams_on_the_same_register(mixed, web, slack, connector, services):
    sweep, client, _ = mixed
    sweep("nudges", "2015-03-30T09:30")
    [carl_nudge] = connector.activities(f"a:personal-{CARL.user_id}")
    [done] = [a for card in cards([carl_nudge]) for a in execute_actions(card) if a["verb"] == "done"]
    answer = client.post("/api/messages", json=invoke(CARL, done["verb"], done["data"], connector.service_url))
    assert answer.status_code == 200
    if isinstance(answer.json().get("value"), dict):
        check(answer.json()["value"])  # the clicked card, replaced with its new state
    [ben_nudge] = dms(slack, "U0BEN")
    buttons = [e for b in ben_nudge.body["blocks"] if b["type"] == "actions" for e in b["elements"]
               if "Done" in (e.get("text") or {}).get("text", "")]
    slack.clear()
    assert web.click(buttons[0]["action_id"], buttons[0]["value"], user="U0BEN", channel="D0BEN").status == 200
    [redrawn] = slack.wait_for("respond")  # Slack's listeners answer after the acknowledgement
    assert "is done" in json.dumps(redrawn.body) or "Done" in json.dumps(redrawn.body)
    with services.db.unit_of_work() as reg:
        done_now = {a.what for a in reg.actions_of_board(reg.board_by_channel("C0ASHBOURNE").id,
                                                          statuses=("done",), limit=100)}
    assert {"Review Shop Watch radio contract", "Map the hotspots against CCTV coverage"} <= done_now
