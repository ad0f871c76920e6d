"""Teams conversations through /api/messages, each activity signed as the Bot Framework signs it: a board set
up in a channel, an action recorded for an @mentioned member, `myactions` in the personal chat, and the card's
own Done button pressed with exactly the verb and data it carries. On SQLite and PostgreSQL (the `db` fixture)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from messages import UPDATE_REQUEST, message
from teams.app import create_app
from teams.auth import InboundAuth
from teams.cards import activity_for
from teams.connector import Connector
from tests.teams_requests import (
    APP_ID,
    BotConnector,
    TeamsCloud,
    TeamsUser,
    channel_conversation,
    channel_message,
    invoke,
    personal_conversation,
    personal_message,
)
from tests.unit.test_teams_cards import check, execute_actions

SARAH = TeamsUser("Sarah Jameson", "sarah.jameson@council.example")
HAYLEY = TeamsUser("Hayley Hughes", "hayley.hughes@council.example")
OLLY = TeamsUser("Olly Outsider", "olly@elsewhere.example")
CHANNEL = "19:board-channel@thread.tacv2"


@pytest.fixture
def cloud():  # type: ignore[no-untyped-def]
    issuer = TeamsCloud()
    yield issuer
    issuer.stop()


@pytest.fixture
def connector():  # type: ignore[no-untyped-def]
    stand_in = BotConnector()
    for user in (SARAH, HAYLEY, OLLY):
        stand_in.add_user(user)
    yield stand_in
    stand_in.stop()


class Teams:
    """The Teams service as the bot meets it: signed activities in, what the bot said out."""

    def __init__(self, client: TestClient, cloud: TeamsCloud, connector: BotConnector):
        self.client, self.cloud, self.connector = client, cloud, connector

    def post(self, activity: dict[str, Any]) -> Any:
        token = self.cloud.token(service_url=self.connector.service_url)
        response = self.client.post("/api/messages", json=activity, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        return response

    def say(self, user: TeamsUser, text: str) -> list[dict[str, Any]]:
        """A personal-chat message; the activities the bot answered with."""
        before = len(self.connector.activities())
        self.post(personal_message(user, text, self.connector.service_url))
        return self.connector.activities()[before:]

    def say_in_channel(self, user: TeamsUser, text: str, mentions: list[TeamsUser] = ()) -> list[dict[str, Any]]:  # type: ignore[assignment]
        before = len(self.connector.activities())
        self.post(channel_message(user, text, self.connector.service_url, mentions=list(mentions)))
        return self.connector.activities()[before:]

    def press(self, user: TeamsUser, action: dict[str, Any], inputs: dict[str, Any] | None = None,
              conversation: dict[str, Any] | None = None) -> dict[str, Any]:
        """Press an Action.Execute button: its verb and data exactly as the card carries them (plus inputs)."""
        data = {**action["data"], **(inputs or {})}
        return self.post(invoke(user, action["verb"], data, self.connector.service_url,
                                conversation=conversation)).json()


@pytest.fixture
def teams(services, cloud, connector):  # type: ignore[no-untyped-def]
    app = create_app(services, Connector(sleep=lambda _: None), InboundAuth(APP_ID, cloud.openid_url))
    with TestClient(app) as client:
        yield Teams(client, cloud, connector)


def card_of(activity: dict[str, Any]) -> dict[str, Any]:
    [attachment] = activity["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    return check(attachment["content"])


def words(card: dict[str, Any]) -> str:
    return json.dumps(card, ensure_ascii=False)


def set_up_board(teams: Teams) -> None:
    [answer] = teams.say_in_channel(SARAH, "board setup Chorley PSR Board")
    assert "Set up Chorley PSR Board" in answer["text"] and "You are its secretary" in answer["text"]


def test_a_board_set_up_in_a_channel_records_an_action_that_its_owner_sees_and_completes_in_the_personal_chat(
        teams, services):
    set_up_board(teams)
    [recorded] = teams.say_in_channel(SARAH, "action <at>Hayley Hughes</at> Circulate the [draft](https://evil.example) "
                                              "plan by 9 December 2026", mentions=[HAYLEY])
    card = card_of(recorded)
    assert "CPB-1" in words(card) and "Hayley Hughes" in words(card)
    assert "\\[draft\\](https://evil.example)" in recorded["text"], "the fallback shows the words, not a link"

    [listed] = teams.say(HAYLEY, "myactions")
    card = card_of(listed)
    assert "You have 1 open action." in words(card) and "Circulate the [draft](https://evil.example) plan" in words(card)
    [done] = [a for a in execute_actions(card) if a["verb"] == "done"]
    assert done["data"] == {"ref": "CPB-1"}

    answer = teams.press(HAYLEY, done, conversation=personal_conversation(HAYLEY))
    assert answer["statusCode"] == 200 and answer["type"] == "application/vnd.microsoft.card.adaptive"
    replaced = check(answer["value"])
    assert "CPB-1" in words(replaced) and "is done" in words(replaced)
    assert "You have no open actions." in words(replaced) and execute_actions(replaced) == []
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPB", 1).status == "done"
    [again] = teams.say(HAYLEY, "/myactions")
    assert "You have no open actions." in words(card_of(again))


def test_only_the_owner_chair_or_secretary_change_an_action_and_a_refusal_changes_nothing(teams, services):
    set_up_board(teams)
    teams.say_in_channel(SARAH, "action <at>Hayley Hughes</at> Map the hotspots by 9 December 2026",
                         mentions=[HAYLEY])
    [stranger] = teams.say(OLLY, "done CPB-1")
    assert stranger["text"].startswith("I don't know you as a member of any board yet.")
    [linked] = teams.say_in_channel(SARAH, "board link <at>Olly Outsider</at> Oliver Outsider", mentions=[OLLY])
    assert linked["text"] == "Olly Outsider is Oliver Outsider on Chorley PSR Board."
    answer = teams.press(OLLY, {"verb": "done", "data": {"ref": "CPB-1"}})
    assert answer["type"] == "application/vnd.microsoft.activity.message"
    assert answer["value"] == ("CPB-1 belongs to Hayley Hughes; only they, the board's chair or its secretary can "
                               "change it.")
    [olly_says] = teams.say(OLLY, "done CPB-1")
    assert olly_says["text"] == answer["value"]
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPB", 1).status == "open"
    # The secretary may.
    [said] = teams.say(SARAH, "done cpb-1 sent round")
    assert said["text"].startswith("✓ CPB-1")


def test_snooze_new_date_and_add_update_from_the_card(teams, services, clock):
    set_up_board(teams)
    teams.say_in_channel(SARAH, "action <at>Hayley Hughes</at> Map the hotspots by 9 December 2026",
                         mentions=[HAYLEY])
    card = card_of(teams.say(HAYLEY, "myactions")[0])
    buttons = {a["verb"]: a for a in execute_actions(card)}
    snoozed = check(teams.press(HAYLEY, buttons["snooze"])["value"])
    assert "reminders paused until" in words(snoozed)
    # The update request's On track button (the same card kit; its verb and data as the card carries them).
    [on_track] = [a for a in execute_actions(check(activity_for(message(UPDATE_REQUEST, [{
        "ref": "CPB-1", "what": "Map the hotspots", "board": "Chorley PSR Board", "due_words": "due soon",
        "overdue": False, "when": "Thursday"}]))["attachments"][0]["content"])) if a["verb"] == "ontrack"]
    tracked = check(teams.press(HAYLEY, on_track)["value"])
    assert "CPB-1 is on track; noted for matters arising." in words(tracked)
    moved = check(teams.press(HAYLEY, buttons["newdate"], {"date:CPB-1": "2026-12-18"})["value"])
    assert "now due Friday 18 December 2026" in words(moved)
    no_date = teams.press(HAYLEY, buttons["newdate"])
    assert no_date["type"] == "application/vnd.microsoft.activity.message" and "Pick a date" in no_date["value"]
    form = check(teams.press(HAYLEY, buttons["addupdate"])["value"])
    [save] = [a for a in execute_actions(form) if a["verb"] == "saveupdate"]
    saved = check(teams.press(HAYLEY, save, {"note": "Draft with <at>Everyone</at>"})["value"])
    assert "Update added to CPB-1" in words(saved)
    with services.db.unit_of_work() as reg:
        action = reg.action_by_ref("CPB", 1)
        assert str(action.due_date) == "2026-12-18"


def test_commands_answer_in_words_and_bad_input_is_one_line_that_changes_nothing(teams, services):
    [unknown] = teams.say(SARAH, "gardening tomorrow")
    assert unknown["text"] == "I don't know “gardening”; try help."
    [helped] = teams.say(SARAH, "help")
    assert "myactions" in words(card_of(helped))
    set_up_board(teams)
    [bad] = teams.say_in_channel(SARAH, "action <at>Hayley Hughes</at> Map the hotspots by someday",
                                 mentions=[HAYLEY])
    assert "someday" in bad["text"] and "\n" not in bad["text"] and "attachments" not in bad
    [no_who] = teams.say_in_channel(SARAH, "action Map the hotspots by Friday")
    assert no_who["text"].startswith("I need who: start with an @mention")
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPB", 1) is None
    [log] = teams.say_in_channel(SARAH, "actions")
    assert "0 open actions" in words(card_of(log))
    [not_here] = teams.say(SARAH, "actions")
    assert "isn't a board's channel" in not_here["text"]


def test_officers_are_named_and_members_linked_by_mention(teams, services):
    set_up_board(teams)
    [chair] = teams.say_in_channel(SARAH, "board chair <at>Hayley Hughes</at>", mentions=[HAYLEY])
    assert chair["text"] == "Hayley Hughes is now the chair of Chorley PSR Board."
    [stranger] = teams.say_in_channel(OLLY, "board secretary <at>Olly Outsider</at>", mentions=[OLLY])
    assert stranger["text"].startswith("I don't know you as a member of any board yet.")
    teams.say_in_channel(SARAH, "board link <at>Olly Outsider</at> Oliver Outsider", mentions=[OLLY])
    [refused] = teams.say_in_channel(OLLY, "board secretary <at>Olly Outsider</at>", mentions=[OLLY])
    assert refused["text"].startswith("Only the board's chair or secretary")
    with services.db.unit_of_work() as reg:
        board = reg.board_by_name("Chorley PSR Board")
        assert reg.member(board.chair_id).name == "Hayley Hughes"
        assert reg.member(board.secretary_id).name == "Sarah Jameson"
        assert reg.board_by_teams_channel(CHANNEL).id == board.id
    assert channel_conversation()["id"].startswith(CHANNEL)


def file_shared(user: TeamsUser, name: str, url: str, unique_id: str, service_url: str) -> dict[str, Any]:
    """A file shared in the personal chat, as Teams hands it to a bot that supports files."""
    return personal_message(user, "", service_url, attachments=[{
        "contentType": "application/vnd.microsoft.teams.file.download.info", "name": name,
        "contentUrl": "https://contoso.sharepoint.com/personal/x/" + name,
        "content": {"downloadUrl": url, "uniqueId": unique_id, "fileType": name.rsplit(".", 1)[-1]}}])


@pytest.fixture
def files():  # type: ignore[no-untyped-def]
    from tests.file_server import FileServer

    server = FileServer()
    yield server
    server.stop()


def test_minutes_shared_in_the_personal_chat_are_previewed_and_recorded_once_on_confirm(teams, services, files):
    from pathlib import Path

    table = (Path(__file__).resolve().parents[1] / "fixtures" / "minutes" / "what-who-when-table.txt").read_bytes()
    [set_up] = teams.say_in_channel(SARAH, "board setup Ashbourne Community Safety Partnership")
    assert "You are its secretary" in set_up["text"]
    before = len(teams.connector.activities())
    teams.post(file_shared(SARAH, "minutes <at>x</at>.txt", files.put("m1", table), "uid-1",
                           teams.connector.service_url))
    [shown] = teams.connector.activities()[before:]
    preview = card_of(shown)
    assert "read as the minutes of Ashbourne Community Safety Partnership" in words(preview)
    assert "Meeting of Thursday 5 March 2015" in words(preview)
    assert files.authorizations == [None], "Teams' download URL is already authorised: no token goes with it"
    [confirm] = [a for a in execute_actions(preview) if a["verb"] == "minutesconfirm"]
    done = check(teams.press(SARAH, confirm)["value"])
    assert "recorded the minutes of Ashbourne Community Safety Partnership for 5 March 2015" in words(done)
    with services.db.unit_of_work() as reg:
        board = reg.board_by_name("Ashbourne Community Safety Partnership")
        [meeting] = [m for m in reg.meetings_of_board(board.id) if m.minutes_recorded_at is not None]
        assert any("hotspots" in a.what for a in reg.actions_of_meeting(meeting.id))
    again = teams.press(SARAH, confirm)
    assert again["value"] == "Those minutes were already recorded."
    # The same file shared again (a retried activity) is not read into a second draft.
    before = len(teams.connector.activities())
    teams.post(file_shared(SARAH, "minutes <at>x</at>.txt", files.put("m1", table), "uid-1",
                           teams.connector.service_url))
    [retried] = teams.connector.activities()[before:]
    assert retried["text"] == "I've already read minutes &lt;at&gt;x&lt;/at&gt;.txt; its preview is above."


def test_a_carried_action_is_previewed_and_recorded_as_the_earlier_action_it_restates(teams, services, files):
    from pathlib import Path

    table = (Path(__file__).resolve().parents[1] / "fixtures" / "minutes" / "what-who-when-table.txt").read_bytes()
    later = (b"Ashbourne Community Safety Partnership\n\nThursday, 4 June 2015\n\n"
             b"Present: Councillor Ruth Penrose (Chair), Ben Crossley\n\n1. Matters arising\n\n"
             b"CCTV coverage of the hotspots (Ben Crossley) - carried forward.\n")
    teams.say_in_channel(SARAH, "board setup Ashbourne Community Safety Partnership")
    for unique, data in (("uid-c1", table), ("uid-c2", later)):
        before = len(teams.connector.activities())
        teams.post(file_shared(SARAH, f"{unique}.txt", files.put(unique, data), unique, teams.connector.service_url))
        [shown] = teams.connector.activities()[before:]
        preview = card_of(shown)
        [confirm] = [a for a in execute_actions(preview) if a["verb"] == "minutesconfirm"]
        done = check(teams.press(SARAH, confirm)["value"])
    def lines(card: dict[str, Any]) -> list[str]:
        return ["".join(run.get("text", "") for run in block.get("inlines", [])) for block in card["body"]]

    assert "•  Carried “CCTV coverage of the hotspots”: is ACSP-1 “Map the hotspots against CCTV coverage” " \
           "(similar words)" in lines(preview)
    assert "0 actions added" in words(done) and any(line.endswith("is ACSP-1 “Map the hotspots against CCTV "
                                                                   "coverage” (similar words)") for line in lines(done))
    with services.db.unit_of_work() as reg:
        board = reg.board_by_name("Ashbourne Community Safety Partnership")
        assert sum("hotspots" in a.what.lower() for a in reg.actions_of_board(board.id)) == 1


def test_a_file_that_is_not_minutes_is_refused_in_one_line(teams, files):
    set_up_board(teams)
    before = len(teams.connector.activities())
    teams.post(file_shared(SARAH, "photo.png", files.put("p1", b"\x89PNG"), "uid-2", teams.connector.service_url))
    [refused] = teams.connector.activities()[before:]
    assert refused["text"] == "photo.png isn't a minutes file I can read: share a .txt, .md, .html, .htm, .docx, .pdf file."
    assert files.authorizations == [], "nothing was downloaded"


TOM = TeamsUser("Tom Ellery", "u0demote@ashworth.example")  # the demonstration board's secretary
RUTH = TeamsUser("Ruth Okafor", "u0demoro@ashworth.example")


def test_the_boards_lists_reach_a_teams_channel_as_valid_cards(teams, services):
    from console.demo import load_demo

    teams.connector.add_user(TOM)
    teams.connector.add_user(RUTH)
    with services.db.unit_of_work() as reg:
        load_demo(reg, services.now(), services.default_timezone)
    [bound] = teams.say_in_channel(TOM, "board setup Ashworth Health and Wellbeing Board")
    assert bound["text"].startswith("✓ Bound Ashworth Health and Wellbeing Board")
    for said, expected in (("agenda", "Draft agenda: Ashworth Health and Wellbeing Board"),
                           ("meeting", "Expected attendance"),
                           ("attendance", "Attendance at Ashworth Health and Wellbeing Board"),
                           ("actions overdue", "overdue action"),
                           ("actions <at>Ruth Okafor</at>", "2 open actions of Ruth Okafor"),
                           ("actions Gareth", "of Gareth Pryce"),
                           ("help", "board setup NAME")):
        [answer] = teams.say_in_channel(TOM, said, mentions=[RUTH] if "<at>" in said else [])
        assert expected in words(card_of(answer)), said
    [sorry] = teams.say_in_channel(TOM, "apologies for <at>Ruth Okafor</at>", mentions=[RUTH])
    assert sorry["text"].startswith("Apologies recorded for Ashworth Health and Wellbeing Board on ")
    assert sorry["text"].endswith("with Ruth Okafor attending in your place.")
    [proposed] = teams.say_in_channel(RUTH, "/agenda add Winter <b>pressures</b> - Dr Okafor")
    assert proposed["text"].startswith("Proposed for the next meeting: Winter &lt;b&gt;pressures&lt;/b&gt;.")
    [minutes] = teams.say_in_channel(TOM, "minutes")
    assert "Minutes of Ashworth Health and Wellbeing Board" in words(card_of(minutes))
    assert "Agreed" in words(card_of(minutes))


def test_officers_schedule_change_and_cancel_a_meeting_with_an_inline_form(teams, services):
    set_up_board(teams)
    [form] = teams.say_in_channel(SARAH, "meeting new")
    card = card_of(form)
    [save] = execute_actions(card)
    assert save["verb"] == "meetingsave" and save["data"] == {"meeting": None}
    past = teams.press(SARAH, save, {"date": "2020-01-01", "start": "14:00"}, conversation=channel_conversation())
    assert past["value"] == "1 January 2020 has already passed; pick a date from today on."
    saved = check(teams.press(SARAH, save, {"date": "2026-12-10", "start": "14:00", "end": "16:00",
                                            "venue": "Town Hall <at>X</at>", "theme": ""},
                              conversation=channel_conversation())["value"])
    assert "Scheduled the meeting of Chorley PSR Board: Thursday 10 December 2026, 14:00–16:00." in words(saved)
    [edit] = teams.say_in_channel(SARAH, "meeting edit")
    [save] = execute_actions(card_of(edit))
    moved = check(teams.press(SARAH, save, {"date": "2026-12-11", "start": "10:00", "venue": "Town Hall"},
                              conversation=channel_conversation())["value"])
    assert "Moved the meeting of Chorley PSR Board: Friday 11 December 2026, 10:00." in words(moved)
    [refused] = teams.say_in_channel(HAYLEY, "meeting new")
    assert "attachments" not in refused


def statuses(services) -> list[str]:  # type: ignore[no-untyped-def]
    with services.db.unit_of_work() as reg:
        return [m.status for m in reg.meetings_of_board(reg.board_by_name("Chorley PSR Board").id)]


def test_meeting_cancel_asks_first_and_only_the_officers_button_cancels(teams, services):
    set_up_board(teams)
    teams.say_in_channel(SARAH, "board link <at>Hayley Hughes</at> Hayley Hughes", mentions=[HAYLEY])
    [form] = teams.say_in_channel(SARAH, "meeting new")
    [save] = execute_actions(card_of(form))
    teams.press(SARAH, save, {"date": "2026-12-11", "start": "10:00"}, conversation=channel_conversation())
    [asked] = teams.say_in_channel(SARAH, "meeting cancel")
    card = card_of(asked)
    assert "Cancel the meeting of Chorley PSR Board on Friday 11 December 2026, 10:00?" in words(card)
    cancel, keep = execute_actions(card)
    assert (cancel["title"], cancel["verb"], keep["title"], keep["verb"]) == (
        "Cancel the meeting", "meetingcancel", "Keep it", "meetingkeep")
    assert statuses(services) == ["scheduled"], "asking cancels nothing"
    kept = check(teams.press(SARAH, keep, conversation=channel_conversation())["value"])
    assert "nothing was cancelled" in words(kept) and statuses(services) == ["scheduled"]
    [refused] = teams.say_in_channel(HAYLEY, "meeting cancel")
    assert "attachments" not in refused and statuses(services) == ["scheduled"]
    pressed_by_member = teams.press(HAYLEY, cancel, conversation=channel_conversation())
    assert "chair or secretary" in json.dumps(pressed_by_member) and statuses(services) == ["scheduled"]
    done = check(teams.press(SARAH, cancel, conversation=channel_conversation())["value"])
    assert "Cancelled the meeting of Chorley PSR Board on Friday 11 December 2026, 10:00." in words(done)
    assert statuses(services) == ["cancelled"]
    again = teams.press(SARAH, cancel, conversation=channel_conversation())
    assert "Cancelled the meeting" not in json.dumps(again) and statuses(services) == ["cancelled"]


def test_the_secretary_names_a_groups_lead_by_mention_and_takes_it_away_with_none(teams, services):
    set_up_board(teams)
    [named] = teams.say_in_channel(SARAH, 'board lead “Group Leads” <at>Hayley Hughes</at>', mentions=[HAYLEY])
    assert named["text"] == ("Hayley Hughes now leads Group Leads on Chorley PSR Board: its actions' reminders "
                             "and update requests go to them.")
    [shown] = teams.say_in_channel(SARAH, "board")
    assert "groups' leads on Chorley PSR Board: Group Leads: Hayley Hughes" in shown["text"]
    [unquoted] = teams.say_in_channel(SARAH, "board lead Group Leads <at>Hayley Hughes</at>", mentions=[HAYLEY])
    assert "in quotes" in unquoted["text"]
    teams.say_in_channel(SARAH, "board link <at>Olly Outsider</at> Oliver Outsider", mentions=[OLLY])
    [refused] = teams.say_in_channel(OLLY, 'board lead "Group Leads" <at>Olly Outsider</at>', mentions=[OLLY])
    assert refused["text"].startswith("Only the board's chair or secretary")
    with services.db.unit_of_work() as reg:
        board = reg.board_by_name("Chorley PSR Board")
        assert [(group, lead.name) for group, lead in reg.leads_of_board(board.id)] == [("Group Leads", "Hayley Hughes")]
    [removed] = teams.say_in_channel(SARAH, 'board lead "group leads" none')
    assert "has no named lead now" in removed["text"]
    with services.db.unit_of_work() as reg:
        assert reg.leads_of_board(reg.board_by_name("Chorley PSR Board").id) == []
