"""Actions owned by several people, without a framework: who an owner written as several names is,
how the owners are named, how each one's reminder is told apart, and how every chat renders them."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from types import SimpleNamespace

from domain.actions import view
from domain.joint_owners import Owner, joined, owner_words, owners_of
from domain.nudge_policy import parse_reminder_key, reminder_key
from domain.owner_match import OwnerIndex
from handlers.job_messages import slack_message
from jobs.mail import email_for
from messages import AGENDA, MINUTES_SUMMARY, NUDGE, message
from teams.cards import activity_for
from templates import mentions
from tests.blockkit import assert_valid_message
from tests.unit.test_teams_cards import check

PEOPLE = ["Graham Oates", "Ifeoma Nwosu", "Kerry Thompson", "Dan Okafor", "Tom Price", "Yolanda Price"]


def index() -> OwnerIndex[str]:
    return OwnerIndex((name, None, name) for name in PEOPLE)


def test_every_person_an_owner_names_is_found_in_its_order_when_each_part_is_someone():
    people = index()
    assert people.find_all("Graham Oates and Ifeoma Nwosu") == ["Graham Oates", "Ifeoma Nwosu"]
    assert people.find_all("KT/DO") == ["Kerry Thompson", "Dan Okafor"]
    assert people.find_all("Ifeoma & Graham, Dan") == ["Ifeoma Nwosu", "Graham Oates", "Dan Okafor"]
    assert people.find_all("Graham Oates") == ["Graham Oates"]
    assert people.find_all("Graham and GO") == ["Graham Oates"]  # one person named twice is one owner


def test_an_owner_with_a_part_that_names_nobody_is_nobody_and_says_which_part():
    people = index()
    assert people.find_all("Graham Oates and the housing team") is None
    assert people.unfound_parts("Graham Oates and the housing team") == ["the housing team"]
    assert people.find_all("Mr Price and Dan") is None  # two people are called Price
    assert people.unfound_parts("Mr Price and Dan") == ["Mr Price"]
    assert people.unfound_parts("the housing team and the police") == []  # nobody at all: not "several people"
    assert people.unfound_parts("Graham Oates and Ifeoma Nwosu") == []


def test_owners_are_joined_as_english_lists_them():
    assert joined(["A"]) == "A" and joined(["A", "B"]) == "A and B" and joined(["A", "B", "C"]) == "A, B and C"
    assert joined([]) == ""


def action(*, owner=None, further=(), owner_text=None):  # type: ignore[no-untyped-def]
    board = SimpleNamespace(code="ACSP", name="Ashbourne CSP", timezone="Europe/London")
    return SimpleNamespace(id=1, number=1, what="Map the hotspots", board=board, owner=owner,
                           further_owners=list(further), owner_text=owner_text, due_date=date(2015, 3, 20),
                           status="open", meeting=None)


GRAHAM = SimpleNamespace(id=1, name="Graham Oates", slack_id="U0GRAHAM", teams_id=None)
IFEOMA = SimpleNamespace(id=2, name="Ifeoma <!channel> Nwosu", slack_id=None, teams_id="aad-ifeoma")


def test_a_view_names_every_owner_and_keeps_the_written_owner_when_none_is_a_member():
    shown = view(action(owner=GRAHAM, further=[IFEOMA], owner_text="GO/IN"), date(2015, 3, 19))
    assert shown.owner == "Graham Oates and Ifeoma <!channel> Nwosu"
    assert shown.owners == (Owner("Graham Oates", "U0GRAHAM"), Owner("Ifeoma <!channel> Nwosu", None, "aad-ifeoma"))
    assert owner_words(action(owner_text="Group Leads")) == "Group Leads" and owners_of(action()) == ()


def test_mentions_are_built_only_from_checked_ids_and_names_are_escaped():
    assert mentions((Owner("Graham Oates", "U0GRAHAM"), Owner("Ifeoma <!channel>", None))) == \
        "<@U0GRAHAM> and Ifeoma &lt;!channel&gt;"
    assert mentions((Owner("Forged", "<!here>"),)) == "Forged"
    assert mentions((), "the <housing> team") == "the &lt;housing&gt; team"


def test_each_owners_reminder_has_its_own_key_and_reads_back_as_the_actions():
    first = reminder_key(7, date(2015, 3, 20), "day-before")
    other = reminder_key(7, date(2015, 3, 20), "day-before", 42)
    assert first == "nudge:7:2015-03-20:day-before" and other != first
    assert parse_reminder_key(other) == parse_reminder_key(first) == (7, date(2015, 3, 20), "day-before")


def _chair_nudge():  # type: ignore[no-untyped-def]
    owners = (Owner("Graham Oates", "U0GRAHAM"), Owner("Ifeoma <at>Nwosu</at>", None, "aad-ifeoma"))
    return message(NUDGE, [{"ref": "ACSP-1", "what": "Map the hotspots", "board": "Ashbourne CSP",
                            "due_words": "overdue by 5 weeks", "overdue": True, "to_chair": True,
                            "owner": joined([o.name for o in owners]),
                            "owners": owners}])


def test_every_chat_names_both_owners_of_an_action_in_the_chairs_reminder_and_the_minutes_summary():
    summary = message(MINUTES_SUMMARY, [{
        "board": "Ashbourne", "when": "Thursday 5 March 2015", "venue": None, "theme": None, "decisions": [],
        "next_meeting": None, "actions": [{"ref": "ACSP-1", "what": "Map the hotspots", "due": date(2015, 3, 20),
                                           "due_text": None, "owner": "Graham Oates and Ifeoma <at>Nwosu</at>",
                                           "owners": _chair_nudge().items[0]["owners"]}]}])
    for shown in (_chair_nudge(), summary):
        slack = slack_message(shown)
        assert_valid_message(slack)
        assert "<@U0GRAHAM> and Ifeoma &lt;at&gt;Nwosu&lt;/at&gt;" in json.dumps(slack["blocks"])
        card = check(activity_for(shown)["attachments"][0]["content"])
        assert "Graham Oates and Ifeoma <at>Nwosu</at>" in json.dumps(card, ensure_ascii=False)
        mail = email_for(shown, to="chair@council.example", sender="bot@council.example", key="k")
        assert "Graham Oates and Ifeoma <at>Nwosu</at>" in mail.get_body(("plain",)).get_content()
        assert "Graham Oates and Ifeoma &lt;at&gt;Nwosu&lt;/at&gt;" in mail.get_body(("html",)).get_content()


def test_the_agendas_matters_arising_name_both_owners_on_every_chat():
    from tests.message_samples import samples

    agenda = samples()["agenda"].items[0]
    owners = (Owner("Graham Oates", "U0GRAHAM"), Owner("Ifeoma Nwosu", None, "aad-ifeoma"))
    arising = [{**agenda["arising"][0], "owner": joined([o.name for o in owners]), "owners": owners}]
    shown = message(AGENDA, [{**agenda, "arising": arising}])
    slack = slack_message(shown)
    assert_valid_message(slack)
    assert "<@U0GRAHAM> and Ifeoma Nwosu" in json.dumps(slack["blocks"])
    card = check(activity_for(shown)["attachments"][0]["content"])
    assert "Graham Oates and Ifeoma Nwosu" in json.dumps(card)
    mail = email_for(shown, to="clerk@council.example", sender="bot@council.example", key="k")
    assert "Graham Oates and Ifeoma Nwosu" in mail.get_body(("plain",)).get_content()


def test_the_import_previews_say_which_name_of_several_matches_nobody_in_slack_and_teams():
    from handlers.minutes_preview import preview as slack_preview
    from messages.document import plain_text
    from teams.files import preview as teams_preview
    from tests.joint_minutes import joint_minutes

    minutes = joint_minutes()
    said = "owner names several people, kept as written (the housing team: nobody matches): " \
           "Gemma Froggatt and the housing team"
    slack = slack_preview(1, board="Ashbourne", file_name="m.txt", minutes=minutes,
                          unmatched=["Gemma Froggatt and the housing team"])
    assert_valid_message(slack)
    assert said in slack["text"]
    teams = teams_preview(1, board="Ashbourne", file_name="m.txt", minutes=minutes,
                          unmatched=["Gemma Froggatt and the housing team"])
    assert said in plain_text(teams)
