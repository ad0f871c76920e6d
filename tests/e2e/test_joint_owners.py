"""An action the minutes give to two people ("Ben Crossley and Inspector Carl Whitlow"), end to end: imported,
it is in both owners' /myactions (signed Slack requests through Bolt) and `myactions` (Teams activities with
Bot Framework JWTs); either may mark it done and it leaves the other's list; the nudges sweep reminds each
owner exactly once across two sweeps and a retry. On SQLite and PostgreSQL (the `db` fixture)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

from domain.boards import save_board
from domain.meeting_record import record_minutes
from handlers import web_client
from handlers.blocks import DONE
from handlers.delivery import SlackSender
from handlers.services import workspace_directory
from jobs.runner import run_job
from teams.app import create_app
from teams.auth import InboundAuth
from teams.connector import Connector
from tests.blockkit import assert_valid_message
from tests.joint_minutes import HOTSPOTS, joint_minutes
from tests.e2e.test_teams_conversations import Teams, card_of, cloud, words  # noqa: F401 - `cloud` is a fixture
from tests.teams_requests import APP_ID, BotConnector, TeamsUser, personal_conversation
from tests.unit.test_teams_cards import execute_actions

LONDON = ZoneInfo("Europe/London")
BEN, CARL = "U0BEN", "U0CARL"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON).astimezone(timezone.utc)


def import_joint_minutes(db, channel: str = "C0BOARD") -> None:  # type: ignore[no-untyped-def]
    minutes = joint_minutes()
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, minutes.board, now=at("2015-03-05T18:00"), timezone="Europe/London",
                              channel_id=channel)
        record_minutes(reg, minutes, board, now=at("2015-03-05T18:00"), digest=minutes.digest())


def hotspots_ref(db) -> str:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        board = reg.board_by_channel("C0BOARD")
        [action] = [a for a in reg.actions_of_board(board.id) if a.what == HOTSPOTS]
        return f"{board.code}-{action.number}"


def action_of(reg, ref: str):  # type: ignore[no-untyped-def]
    code, number = ref.split("-")
    return reg.action_by_ref(code, int(number))


@pytest.fixture
def owners_in_slack(slack):  # type: ignore[no-untyped-def]
    slack.add_user(BEN, "Ben Crossley", "ben.crossley@ashbourne.example")
    slack.add_user(CARL, "Carl Whitlow", "carl.whitlow@police.example")
    return slack


def test_both_owners_see_it_in_myactions_and_when_one_marks_it_done_it_leaves_the_others(
        web, owners_in_slack, services, clock):
    clock.now = at("2015-03-09T10:00")
    import_joint_minutes(services.db)
    ref = hotspots_ref(services.db)

    for user in (BEN, CARL):
        reply = web.command("/myactions", user=user)
        assert reply.status == 200
        assert_valid_message(reply.json)
        assert HOTSPOTS in reply.text
        shown = [b["text"]["text"] for b in reply.json["blocks"] if b["type"] == "section"]
        [line] = [s for s in shown if HOTSPOTS in s]
        assert "<@U0BEN> and <@U0CARL>" not in line  # a member's own list names no owner
        buttons = [e for b in reply.json["blocks"] if b["type"] == "actions" for e in b["elements"]]
        assert ref in [b["value"] for b in buttons if b["action_id"] == DONE]

    # The board's log names both, each as a mention built from their checked id.
    log = web.command("/actions", user=BEN)
    assert_valid_message(log.json)
    assert "<@U0BEN> and <@U0CARL>" in json.dumps(log.json["blocks"])

    owners_in_slack.clear()
    assert web.click(DONE, ref, user=CARL).status == 200
    [redrawn] = owners_in_slack.wait_for("respond")
    assert "is done" in redrawn.body["text"]
    with services.db.unit_of_work() as reg:
        action = action_of(reg, ref)
        assert action.status == "done" and action.completed_by_id != action.owner_id
    assert HOTSPOTS not in web.command("/myactions", user=BEN).text
    assert HOTSPOTS not in web.command("/myactions", user=CARL).text
    # The other owner's Home tab is drawn again without it.
    [home] = [c for c in owners_in_slack.wait_for("views.publish") if c.body["user_id"] == BEN]
    assert HOTSPOTS not in json.dumps(home.body["view"])


def test_a_member_who_owns_neither_part_may_not_mark_it_done(web, owners_in_slack, services, clock):
    clock.now = at("2015-03-09T10:00")
    owners_in_slack.add_user("U0GEMMA", "Gemma Froggatt", "gemma@housing.example")
    import_joint_minutes(services.db)
    ref = hotspots_ref(services.db)

    refused = web.command("/done", ref, user="U0GEMMA")
    assert "belongs to Ben Crossley and Carl Whitlow" in refused.text
    with services.db.unit_of_work() as reg:
        assert action_of(reg, ref).status == "open"


# -- the nudges sweep ---------------------------------------------------------------------------
class FailingOnce:
    """Slack's sender, but the first message to `recipient` fails for a passing reason (it surely did
    not arrive): the outbox releases its claim for the next sweep."""

    def __init__(self, sender: SlackSender, recipient: str):
        self.sender, self.recipient, self.failed = sender, recipient, False

    def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
        if recipient == self.recipient and not self.failed:
            self.failed = True
            raise ConnectionError("connection reset")
        return self.sender.send(recipient, message, key=key)


@pytest.fixture
def sweep(db, owners_in_slack):  # type: ignore[no-untyped-def]
    client = web_client("xoxb-test", owners_in_slack.api_url)
    sender = SlackSender(client)

    def run(name: str, when: str, **options):  # type: ignore[no-untyped-def]
        return run_job(name, db, options.pop("sender", sender), at(when),
                       directory=lambda: workspace_directory(client), wall=lambda: at(when), **options)

    import_joint_minutes(db)
    run.sender = sender  # type: ignore[attr-defined]
    return run


def reminders_to(slack, user: str) -> list:  # type: ignore[no-untyped-def]
    return [c for c in slack.sent("chat.postMessage") if c.body["channel"] == user and HOTSPOTS in c.body["text"]]


def test_each_owner_is_reminded_once_across_two_sweeps(sweep, owners_in_slack):
    sweep("nudges", "2015-03-19T09:30")
    sweep("nudges", "2015-03-19T09:45")

    for user in (BEN, CARL):
        [nudge] = reminders_to(owners_in_slack, user)
        assert_valid_message(nudge.body)
        assert "due tomorrow" in json.dumps(nudge.body["blocks"])


def test_an_owner_whose_reminder_failed_gets_it_on_the_next_sweep_and_the_other_not_again(sweep, owners_in_slack):
    first = sweep("nudges", "2015-03-19T09:30", sender=FailingOnce(sweep.sender, CARL))
    assert len(first.failed) == 1
    assert len(reminders_to(owners_in_slack, BEN)) == 1 and reminders_to(owners_in_slack, CARL) == []

    sweep("nudges", "2015-03-19T09:45")  # the retry
    sweep("nudges", "2015-03-19T10:00")
    assert len(reminders_to(owners_in_slack, BEN)) == 1
    assert len(reminders_to(owners_in_slack, CARL)) == 1


@pytest.mark.slow  # (seconds of CPU; runs in CI's slow suite)
def test_the_chair_hears_of_a_joint_action_once_naming_both_owners(sweep, owners_in_slack, db):
    owners_in_slack.add_user("U0RUTH", "Ruth Penrose", "ruth@ashbourne.example")
    with db.unit_of_work() as reg:
        reg.members_by_name_key("ruth penrose")[0].email = "ruth@ashbourne.example"
    # Easter Monday (6 April 2015) moves the weekly rhythm to Tuesdays; the fifth overdue reminder is the chair's.
    for day in ("2015-03-23", "2015-03-30", "2015-04-07", "2015-04-14", "2015-04-21"):
        sweep("nudges", f"{day}T10:00")
    to_chair = [c for c in reminders_to(owners_in_slack, "U0RUTH") if "As chair" in json.dumps(c.body["blocks"])]
    [told] = to_chair
    assert "<@U0BEN> and <@U0CARL>" in json.dumps(told.body["blocks"])
    assert len(reminders_to(owners_in_slack, BEN)) == len(reminders_to(owners_in_slack, CARL)) == 4


# -- Teams ----------------------------------------------------------------------------------------
BEN_IN_TEAMS = TeamsUser("Ben Crossley", "ben.crossley@ashbourne.example")
CARL_IN_TEAMS = TeamsUser("Carl Whitlow", "carl.whitlow@police.example")


@pytest.fixture
def teams(services, cloud):  # type: ignore[no-untyped-def]  # noqa: F811 - `cloud` is the fixture imported
    connector = BotConnector()
    for user in (BEN_IN_TEAMS, CARL_IN_TEAMS):
        connector.add_user(user)
    app = create_app(services, Connector(sleep=lambda _: None), InboundAuth(APP_ID, cloud.openid_url))
    with TestClient(app) as client:
        yield Teams(client, cloud, connector)
    connector.stop()


def test_in_teams_both_owners_list_it_and_either_completes_it(teams, services, clock):
    clock.now = at("2015-03-09T10:00")
    import_joint_minutes(services.db)
    ref = hotspots_ref(services.db)

    for user in (BEN_IN_TEAMS, CARL_IN_TEAMS):
        [listed] = teams.say(user, "myactions")
        assert HOTSPOTS in words(card_of(listed))
    [log] = teams.say(BEN_IN_TEAMS, "myactions")
    [done] = [a for a in execute_actions(card_of(log)) if a["verb"] == "done" and a["data"]["ref"] == ref]

    answer = teams.press(BEN_IN_TEAMS, done, conversation=personal_conversation(BEN_IN_TEAMS))
    assert answer["statusCode"] == 200 and "is done" in json.dumps(answer["value"])
    [again] = teams.say(CARL_IN_TEAMS, "myactions")
    assert HOTSPOTS not in words(card_of(again))
