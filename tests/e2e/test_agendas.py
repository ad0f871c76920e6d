"""The run-up to a meeting: invitations, update requests, the agenda with matters arising,
apologies with substitutes, and attendance."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain.agenda import timetable
from handlers import web_client
from handlers.delivery import SlackSender
from handlers.services import workspace_directory
from jobs.runner import run_job
from tests.bot_cli import bot_here
from tests.blockkit import DANGEROUS, assert_valid_message, every_text
from tests.e2e.test_jobs import ASHBOURNE, import_minutes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
LONDON = ZoneInfo("Europe/London")
CHANNEL = "C0ASHBOURNE"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON).astimezone(timezone.utc)


@pytest.fixture
def board(db, slack, web):  # type: ignore[no-untyped-def]
    """Ashbourne's minutes imported: the next meeting is Thursday 7 May 2015 at 14:00."""
    for user, name in (("U0BEN", "Ben Crossley"), ("U0JOANNE", "Joanne Pike"), ("U0RUTH", "Ruth Penrose"),
                       ("U0CARL", "Carl Whitlow"), ("U0GEMMA", "Gemma Froggatt")):
        slack.add_user(user, name)
    import_minutes(db, ASHBOURNE, channel=CHANNEL)
    web.services_clock.now = at("2015-04-20T10:00")
    assert "Linked" in web.command("/board", "sync", user="U0JOANNE", channel=CHANNEL).text
    slack.clear()
    return web


def sweep(db, slack, when: str):  # type: ignore[no-untyped-def]
    client = web_client("xoxb-test", slack.api_url)
    return run_job("agendas", db, SlackSender(client), at(when), directory=lambda: workspace_directory(client))


def posts(slack, channel: str = CHANNEL):  # type: ignore[no-untyped-def]
    return [c for c in slack.sent("chat.postMessage") if c.body["channel"] == channel]


def test_the_agenda_deadline_is_five_clear_working_days_before():
    from datetime import date

    assert timetable(date(2015, 4, 21), {}).agenda_on == date(2015, 4, 13)
    # Easter 2016: Good Friday 25 March and Easter Monday 28 March are not working days.
    assert timetable(date(2016, 3, 31), {}).agenda_on == date(2016, 3, 21)
    # Christmas 2015: the 25th, the 28th (Boxing Day observed), New Year's Day and weekends push it back.
    assert timetable(date(2016, 1, 5), {}).agenda_on == date(2015, 12, 23)
    assert timetable(date(2015, 4, 21), {"agenda_clear_days": 3}).agenda_on == date(2015, 4, 15)


def test_the_agenda_is_posted_once_at_the_deadline_with_matters_arising(board, db, slack):
    sweep(db, slack, "2015-04-27T10:00")  # six clear working days before 7 May (4 May is a bank holiday)
    assert not [c for c in posts(slack) if "Agenda:" in c.body["text"]]
    sweep(db, slack, "2015-04-28T10:00")
    sweep(db, slack, "2015-04-28T10:05")
    [agenda] = [c for c in posts(slack) if "Agenda:" in c.body["text"]]
    assert_valid_message(agenda.body)
    text = agenda.body["text"]
    assert "Thursday 7 May 2015, 14:00" in text and "Ashbourne Town Hall" in text
    assert "Minutes of the last meeting and matters arising" in text
    assert "Review Shop Watch radio contract" in text and "<@U0CARL>" in text


def test_the_channel_is_invited_ten_working_days_before_and_owners_asked_for_updates(board, db, slack):
    sweep(db, slack, "2015-04-22T10:00")
    [invitation] = posts(slack)
    assert "/agenda add" in invitation.body["text"] and "/apologies" in invitation.body["text"]
    sweep(db, slack, "2015-04-24T10:00")
    [request] = posts(slack, "U0CARL")
    assert_valid_message(request.body)
    assert {e["action_id"] for b in request.body["blocks"] if b["type"] == "actions" for e in b["elements"]} >= \
        {"action_on_track", "action_done", "action_new_date", "action_add_update"}


def test_an_on_track_answer_shows_in_matters_arising(board, db, slack):
    board.click("action_on_track", "ACSP-2", user="U0CARL")
    slack.wait_for("respond")
    sweep(db, slack, "2015-04-30T10:00")
    [agenda] = [c for c in posts(slack) if "Agenda:" in c.body["text"]]
    assert "ACSP-2* Review Shop Watch radio contract" in agenda.body["text"]
    assert "_On track_" in agenda.body["text"]


def test_a_proposed_item_is_accepted_by_the_secretary_and_numbered(board, db, slack):
    reply = board.command("/agenda", "add Night-time economy &lt;review&gt; - Carl Whitlow", user="U0CARL",
                          channel=CHANNEL)
    assert "Proposed for the next meeting" in reply.text
    [ask] = slack.wait_for("chat.postMessage")
    assert ask.body["channel"] == "U0JOANNE"
    assert_valid_message(ask.body)
    item_id = ask.body["blocks"][1]["elements"][0]["value"]
    board.click("agenda_accept", item_id, user="U0CARL", channel=CHANNEL)
    assert "Only the board's chair or secretary" in slack.wait_for("respond")[0].body["text"]
    board.click("agenda_accept", item_id, user="U0JOANNE", channel=CHANNEL)
    assert "Accepted" in slack.wait_for("respond", 2)[-1].body["text"]
    draft = board.command("/agenda", user="U0BEN", channel=CHANNEL)
    assert "*4.* Night-time economy &lt;review&gt; (Carl Whitlow)" in draft.text
    assert "*5.* Any other business" in draft.text


def test_an_item_accepted_after_the_agenda_went_out_is_posted_as_an_update(board, db, slack):
    sweep(db, slack, "2015-04-30T10:00")
    board.command("/agenda", "add Fireworks night planning", user="U0JOANNE", channel=CHANNEL)
    sweep(db, slack, "2015-04-30T11:00")
    sweep(db, slack, "2015-04-30T11:05")
    agendas = [c for c in posts(slack) if "Agenda:" in c.body["text"]]
    updates = [c for c in posts(slack) if "Agenda update" in c.body["text"]]
    assert len(agendas) == 1 and len(updates) == 1 and "Fireworks night planning" in updates[0].body["text"]


def test_apologies_with_a_substitute_show_in_the_agenda_and_the_substitute_gets_a_copy(board, db, slack):
    reply = board.command("/apologies", "for <@U0GEMMA|gemma>", user="U0CARL", channel=CHANNEL)
    assert "attending in your place" in reply.text and "<@U0GEMMA>" in reply.text
    sweep(db, slack, "2015-04-30T10:00")
    [agenda] = [c for c in posts(slack) if "Agenda:" in c.body["text"]]
    assert "Carl Whitlow (Gemma Froggatt in place)" in agenda.body["text"]
    [copy] = posts(slack, "U0GEMMA")
    assert "Agenda:" in copy.body["text"]


def test_apologies_need_a_next_meeting_and_a_board(web, slack):
    slack.add_user("U0BEN", "Ben Crossley")
    assert "isn't a board's channel" in web.command("/apologies", user="U0SARAH", channel="C0NOWHERE").text


def test_attendance_counts_by_organisation_and_member(board, db):
    reply = board.command("/attendance", user="U0BEN", channel=CHANNEL)
    assert_valid_message(reply.json)
    assert "last 1 meeting" in reply.text
    assert "Ruth Penrose: 1 · 0 · 0" in reply.text and "Martin Eyre: 0 · 1 · 0" in reply.text
    assert "Derbyshire Constabulary: 1 · 0 · 0" in reply.text


def test_text_from_people_in_the_agenda_reaches_slack_escaped(board, db, slack):
    board.command("/agenda", "add <!channel> & <https://evil.example|free money>", user="U0JOANNE", channel=CHANNEL)
    sweep(db, slack, "2015-04-30T10:00")
    for call in slack.sent("chat.postMessage"):
        for text in every_text(call.body):
            assert not DANGEROUS.search(text), text


def test_the_chorley_acceptance_run(slack, tmp_path):
    seed = SEEDS / "chorley-psr-board-2015-02-10.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is absent: the seed minutes are not shipped with the project")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'chorley.db'}", "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_API_URL": slack.api_url}

    def run(*args: str) -> None:  # `python bot.py ARGS`, in this process (tests.bot_cli)
        assert bot_here(*args, env=env).returncode == 0

    run("import-minutes", str(seed), "--channel", "C0CHORLEY")
    run("run-job", "agendas", "--at", "2015-04-10T10:00")
    assert posts(slack, "C0CHORLEY") == []
    run("run-job", "agendas", "--at", "2015-04-13T10:00")
    run("run-job", "agendas", "--at", "2015-04-13T10:30")
    [agenda] = posts(slack, "C0CHORLEY")
    assert "Chorley Town Hall" in agenda.body["text"]
    assert "Develop work plan for agreement at CPSRB" in agenda.body["text"]
    assert "<@U0HAYLEY>" in agenda.body["text"], "owners in the workspace are named by mention"


def test_the_agenda_links_the_calendar_feed_when_the_public_address_is_known(board, db, slack):
    from jobs.runner import SweepContext

    client = web_client("xoxb-test", slack.api_url)
    run_job("agendas", db, SlackSender(client), at("2015-04-28T10:00"),
            context=SweepContext(public_url="https://matters.example.org"))
    [agenda] = [c for c in posts(slack) if "Agenda:" in c.body["text"]]
    with db.unit_of_work() as reg:
        board_id = reg.board_by_channel(CHANNEL).id
    assert f"<https://matters.example.org/boards/{board_id}/meetings.ics|Add to calendar>" in agenda.body["text"]


def test_an_item_accepted_before_the_agenda_went_out_is_not_posted_again(board, db, slack):
    board.command("/agenda", "add Early item", user="U0JOANNE", channel=CHANNEL)
    sweep(db, slack, "2015-04-28T10:00")
    sweep(db, slack, "2015-04-28T11:00")
    assert [c for c in posts(slack) if "Agenda update" in c.body["text"]] == []
    [agenda] = [c for c in posts(slack) if "Agenda:" in c.body["text"]]
    assert "*4.* Early item" in agenda.body["text"]


def test_apologies_naming_someone_slack_does_not_know_are_refused_whole(board, db, slack):
    reply = board.command("/apologies", "for @Nobody", user="U0CARL", channel=CHANNEL)
    assert "I can't find “@Nobody”" in reply.text and "recorded nothing" in reply.text
    assert "\n" not in reply.text.strip()
    with db.unit_of_work() as reg:
        meeting = reg.next_meetings([reg.board_by_channel(CHANNEL).id], at("2015-04-20T10:00"))
        [meeting] = meeting.values()
        assert [r for r in reg.attendance_of(meeting.id) if r.status == "apologies"] == []


def test_a_group_owned_action_asks_the_secretary_for_its_update_as_its_nudges_do(board, db, slack):
    with db.unit_of_work() as reg:
        ashbourne = reg.board_by_channel(CHANNEL)
        secretary = reg.member(ashbourne.secretary_id)
        assert secretary is not None, "the fixture's board has a secretary"
        reg.add_action(board_id=ashbourne.id, number=reg.take_action_number(ashbourne), what="Refresh the group's terms",
                       owner_text="Group Leads", due_date=datetime(2015, 5, 20).date(), due_text="20.05.15",
                       status="open", created_at=at("2015-04-01T10:00"))
        secretary_id = secretary.slack_id
    sweep(db, slack, "2015-04-24T10:00")
    asked = posts(slack, secretary_id)
    assert any("Refresh the group's terms" in c.body["text"] or "Refresh the group's terms" in str(c.body["blocks"])
               for c in asked), [c.body["text"] for c in asked]


def test_a_group_with_a_named_lead_has_its_update_request_and_nudge_go_to_the_lead(board, db, slack):
    """The secretary names a lead for "Group Leads" in a signed /board request: the group's update request
    before the agenda and its reminder go to the lead, and the secretary hears of neither."""
    with db.unit_of_work() as reg:
        ashbourne = reg.board_by_channel(CHANNEL)
        secretary = reg.member(ashbourne.secretary_id).slack_id
        reg.add_action(board_id=ashbourne.id, number=reg.take_action_number(ashbourne), what="Refresh the group's terms",
                       owner_text="Group Leads", due_date=datetime(2015, 5, 20).date(), due_text="20.05.15",
                       status="open", created_at=at("2015-04-01T10:00"))
    named = board.command("/board", '"group leads." <@U0CARL|carl>'.join(["lead ", ""]), user=secretary,
                          channel=CHANNEL)
    assert named.status == 200 and "now leads Group Leads" in named.text, named.text
    refused = board.command("/board", 'lead "Group Leads" <@U0BEN|ben>', user="U0BEN", channel=CHANNEL)
    assert "Only the board's chair or secretary" in refused.text
    assert "Groups' leads on *Ashbourne Community Safety Partnership*: Group Leads: Carl Whitlow" in board.command(
        "/board", "", user=secretary, channel=CHANNEL).text
    slack.clear()
    sweep(db, slack, "2015-04-24T10:00")
    mentioned = lambda calls: [c for c in calls if "Refresh the group's terms" in str(c.body)]  # noqa: E731
    assert mentioned(posts(slack, "U0CARL")), "the update request goes to the group's lead"
    assert not mentioned(posts(slack, secretary))
    slack.clear()
    client = web_client("xoxb-test", slack.api_url)
    run_job("nudges", db, SlackSender(client), at("2015-05-19T10:00"), directory=lambda: workspace_directory(client))
    assert mentioned(posts(slack, "U0CARL")), "so does its reminder"
    assert not mentioned(posts(slack, secretary))
    removed = board.command("/board", 'lead "Group Leads" none', user=secretary, channel=CHANNEL)
    assert "has no named lead now" in removed.text
    with db.unit_of_work() as reg:
        assert reg.leads_of_board(reg.board_by_channel(CHANNEL).id) == []
