"""Rules for actions in running text and lines: owners' lines with a colon or a dash and
"will", work two members share, terse tasks and pronoun objects given their matter, undertakings in chat
logs and scribes' lower-case dialogue, the fields under a task read in one place, and the cost of the
patterns touched. Every line here is invented."""

import pytest

from minutes.bare_names import _ANSWER, _names
from minutes.chat_logs import chat_lines_named
from minutes.joint_owners import helpers_joined, partner_shared
from minutes.line_items import marker_kind
from minutes.owner_lines import owner_lines_closed
from minutes.owners import Owners
from minutes.reader import _LAST_REFERENCE, read_minutes
from minutes.task_fields import field_lines, owner_and_deadline
from minutes.topics import about

_OWNERS = Owners(["Alice Brennan", "Tom Hughes", "Jo Baxter", "Ravi Shah"])
_HEAD = ("Riverside Residents Association\nCommittee meeting, 4 March 2026\n\n"
         "Present: Alice Brennan (Chair), Tom Hughes, Jo Baxter, Ravi Shah\n\n")


def _actions(body):
    return [(action.what, action.who) for action in read_minutes(_HEAD + body).actions]


# --- owners' lines (minutes/owner_lines.py) ---

def test_each_owner_line_ends_the_line_before_it():
    text = "JB - will check the shed keys\nRavi: to print the flyers"
    assert owner_lines_closed(text, _OWNERS) == "JB - will check the shed keys.\nRavi to print the flyers"


def test_a_line_opening_with_no_owner_runs_on():
    text = "The hedge on the corner\nTuesday: to be confirmed"
    assert owner_lines_closed(text, _OWNERS) == text


def test_owner_lines_with_colon_and_dash_are_each_an_action():
    assert _actions("1. Garden\nJo - will check the shed keys\nRavi: to print the flyers\n") == [
        ("Check the shed keys", "Jo Baxter"), ("Print the flyers", "Ravi Shah")]


# --- work two members share (minutes/joint_owners.py) ---

def test_a_member_named_after_with_shares_the_task():
    assert partner_shared("Draft the grant bid with Ravi", "Tom Hughes", _OWNERS) == (
        "Draft the grant bid", "Tom Hughes, Ravi Shah")


def test_with_someone_off_the_roll_or_after_a_verb_of_talking_keeps_the_words():
    assert partner_shared("Meet with the parks officer", "Tom Hughes", _OWNERS) == (
        "Meet with the parks officer", "Tom Hughes")
    assert partner_shared("Discuss the budget with Ravi", "Tom Hughes", _OWNERS) == (
        "Discuss the budget with Ravi", "Tom Hughes")


def test_a_helper_in_commas_becomes_a_second_owner():
    assert helpers_joined("Jo, supported by Ravi, to organise the spring clean.", _OWNERS) == (
        "Jo and Ravi to organise the spring clean.")
    assert helpers_joined("Tom, with help from Jo, will repaint the noticeboard.", _OWNERS) == (
        "Tom and Jo will repaint the noticeboard.")
    assert helpers_joined("Tom, supported by the council, will bid.", _OWNERS) == (
        "Tom, supported by the council, will bid.")


def test_joint_tasks_are_read_with_both_owners():
    assert _actions("3. Grants\nJo, supported by Ravi, to organise the spring clean.\n") == [
        ("Organise the spring clean", "Jo Baxter, Ravi Shah")]


# --- terse tasks and pronoun objects (minutes/topics.py) ---

def test_a_verb_alone_takes_the_thing_the_sentence_before_put_to_the_meeting():
    assert about("Circulate", ["The revised grass cutting contract was discussed."]) == (
        "Circulate the revised grass cutting contract")
    assert about("Order", ["New signs were suggested."]) == "Order new signs"


def test_a_possessive_pronoun_takes_the_thing_it_stands_for():
    assert about("Arrange its circulation to all prescribers", ["The new protocol has been agreed."]) == (
        "Arrange the circulation of the new protocol to all prescribers")


def test_a_thing_that_needs_work_gives_that_work_as_the_matter():
    assert about("Arrange", ["Two swing seats need replacing."]) == "Arrange replacing two swing seats"


# --- chat logs and lower-case dialogue (minutes/chat_logs.py) ---

def test_an_irc_undertaking_is_its_speakers_and_talk_is_left_out():
    lines = ["[15:01] <alice> ok, signing keys first", "[15:03] <tom> I'll draft the announcement",
             "[15:05] <alice> ACTION: jo to generate the new key"]
    assert chat_lines_named(lines, _OWNERS) == [
        "", "Tom Hughes: I'll draft the announcement.", "ACTION: Jo Baxter to generate the new key."]


def test_lower_case_speakers_name_their_members_only_when_they_undertake():
    lines = ["ravi: The page is out of date.", "jo: I can update the page.", "- ACTION: tom to write an intro"]
    assert chat_lines_named(lines, _OWNERS) == [
        "ravi: The page is out of date.", "Jo Baxter: I can update the page.", "- ACTION: Tom Hughes to write an intro"]


def test_meetbot_commands_are_read_as_minutes_labels():
    lines = ["<alice> #action tom to book the hall", "<jo> #agreed the fee stays at ten pounds", "<ravi> #info hall is free"]
    assert chat_lines_named(lines, _OWNERS) == [
        "ACTION: Tom Hughes to book the hall.", "AGREED: the fee stays at ten pounds.", "hall is free."]


def test_one_line_in_a_speakers_form_is_no_log():
    lines = ["note: the hall is booked", "<tom> I'll draft it"]
    assert chat_lines_named(lines, _OWNERS) == lines


def test_undertakings_in_an_irc_log_are_read():
    body = ("[10:01] <alice> let's start\n[10:02] <tom> I'll send the link to everyone\n"
            "[10:03] <alice> ACTION: jo to fix the rota\n[10:04] <ravi> thanks\n")
    assert _actions(body) == [("Send the link to everyone", "Tom Hughes"), ("Fix the rota", "Jo Baxter")]


# --- the fields under a task (minutes/task_fields.py) ---

def test_field_lines_are_recognised_and_read_by_one_module():
    assert marker_kind("Owner: Jo Baxter") == "field"
    assert field_lines(["Lead: Jo Baxter", "By: 30 April 2026", "Next item"], 0) == (
        "Jo Baxter", "30 April 2026", "Lead", 2)
    assert owner_and_deadline(["Owner: Jo Baxter", "Deadline: 30 April"], 0) == ("Jo Baxter", "30 April", 2)


# --- cost (brief point 6) ---

@pytest.mark.slow  # hostile volume: a pattern that regressed to time squared would hang the slow suite visibly
def test_the_patterns_touched_stay_linear_on_hostile_runs():
    for run in (" " * 50_000, "a" * 50_000, "," * 50_000, "-" * 50_000, ", " * 25_000):
        _LAST_REFERENCE.search(run)
        _ANSWER.search(run)
        _names(run)
        helpers_joined(run[:1999], _OWNERS)
        partner_shared(run + " with Jo", "Tom Hughes", _OWNERS)
        chat_lines_named([run, run], _OWNERS)
        owner_lines_closed("\n".join([run, "Jo: will " + run]), _OWNERS)
