"""Status markers set apart from an action's words close it (or carry it); a task whose words merely
include "done" or "complete" stays open."""

from minutes import read_minutes
from minutes.closed_entries import marked_status, open_entries
from minutes.markers import ACTION, segments
from minutes.model import Action


def test_leading_tag_closes():
    assert marked_status("(DONE) Kelly to send the slides to the list") == ("Kelly to send the slides to the list", "closed")
    assert marked_status("[Done] Ines to renew the insurance") == ("Ines to renew the insurance", "closed")
    assert marked_status("DONE: Paulo to print the race cards") == ("Paulo to print the race cards", "closed")


def test_trailing_status_after_a_break_closes():
    assert marked_status("Open new ticket for the new co-chair: DONE")[1] == "closed"
    assert marked_status("Send out the website link - Done")[1] == "closed"
    assert marked_status("Order the new buoys – Complete")[1] == "closed"
    assert marked_status("Chase the council grant (completed)")[1] == "closed"


def test_capitals_tick_and_strike_close():
    assert marked_status("Check if posted on the forum DONE") == ("Check if posted on the forum", "closed")
    assert marked_status("Update the membership list ✅") == ("Update the membership list", "closed")
    assert marked_status("~~Fix the trailer lights~~") == ("Fix the trailer lights", "closed")


def test_open_status_carries():
    assert marked_status("(Ongoing) Mo to draft the plan") == ("Mo to draft the plan", "open")
    assert marked_status("Renew the domain name - ongoing") == ("Renew the domain name", "open")
    kept = open_entries((Action("Renew the domain name - ongoing", "Jo"),), [])
    assert kept == (Action("Renew the domain name", "Jo", carried=True),)


def test_words_that_include_done_are_no_marker():
    for words in ("Make sure the audit is done by May", "Get the survey done", "Check the ramp is complete",
                  "Complete the survey", "Check the site is CLOSED", "Review the open pull requests",
                  "KEEP THE GATE SHUT DONE"):
        assert marked_status(words) is None, words


def test_leading_tag_of_a_marked_entry_moves_to_its_close():
    found = segments("Action Item: (DONE) Kelly to send the slides")
    assert [(s.kind, s.text) for s in found] == [(ACTION, "Kelly to send the slides (done)")]
    assert segments("Action: Kelly to send the slides")[0].text == "Kelly to send the slides"


_MINUTES = """Harbour Kite Club
Date: 14 March 2026
Present: Mara Quill (Chair), Tobias Fenn, Ines Rook

1. Previous actions
- ACTION: (DONE) Mara to send the slides to the list
- ACTION: Tobias check if the notice is posted DONE
- ACTION: (Ongoing) Ines to draft the safety plan
- ACTION: Mara to make sure the audit is done before the regatta
"""


def test_minutes_read_done_entries_as_no_actions():
    actions = read_minutes(_MINUTES).actions
    assert [(a.what, a.who, a.carried) for a in actions] == [
        ("Draft the safety plan", "Ines Rook", True),
        ("Make sure the audit is done before the regatta", "Mara Quill", False),
    ]


def test_standing_tag_carries_with_its_owner():
    minutes = _MINUTES.replace("- ACTION: (Ongoing) Ines to draft the safety plan\n",
                               "- ACTION: (STANDING) Everyone to reread the club rules\n")
    actions = read_minutes(minutes).actions
    assert ("Reread the club rules", "Everyone", True) in [(a.what, a.who, a.carried) for a in actions]
