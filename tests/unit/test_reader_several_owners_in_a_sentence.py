"""Rules for actions in sentences and lists: several owners' tasks in one sentence joined by
commas and "and", a plain line under "Actions:" that opens with its owner and "to", an action list's
"Owner – task" lines below an "Owner: task" line, terse tasks of two verbs over one object the minute
named before, and the cost of the patterns touched. Every line here is invented."""

import pytest

from minutes.owner_lines import owner_lines_closed
from minutes.owners import Owners
from minutes.prose_tasks import owned_clauses
from minutes.reader import read_minutes
from minutes.topics import is_terse

_OWNERS = Owners(["Paula Nunn", "Mark Reeve", "Jean Orchard", "Tom Baines"], posts={"Clerk": "Ann Lowe"})
_HEAD = ("Brindle Community Association\nMinutes of the committee meeting held on 10 February 2026\n\n"
         "Present: Paula Nunn (Chair), Mark Reeve, Jean Orchard, Tom Baines\n\n")


def _actions(body):
    return [(action.what, action.who) for action in read_minutes(_HEAD + body).actions]


# --- several owners in one sentence (minutes/prose_tasks.py) ---

def test_a_bare_comma_and_a_plain_and_part_owners_tasks():
    said = owned_clauses("Jean to order bunting, Tom to book the band and the Clerk to write to the police.")
    assert said == ["Jean to order bunting", "Tom to book the band", "Clerk to write to the police."]


def test_names_listed_before_one_task_stay_one_clause():
    assert owned_clauses("Ann Cole, Bob Ray, and Cy Dee agreed to help") == ["Ann Cole, Bob Ray, and Cy Dee agreed to help"]
    assert owned_clauses("In March, Tom to write to the school") == ["In March, Tom to write to the school"]


def test_those_invited_to_do_something_are_not_second_owners():
    assert owned_clauses("Clerk to invite Cllr Dean and PCSO Hale to attend") == [
        "Clerk to invite Cllr Dean and PCSO Hale to attend"]


def test_each_owner_in_a_sentence_gets_a_task():
    found = _actions("1. Summer fair\nJean Orchard to order bunting, Tom Baines to book the band and "
                     "Mark Reeve to update the website.\n")
    assert ("Order bunting", "Jean Orchard") in found
    assert ("Book the band", "Tom Baines") in found
    assert ("Update the website", "Mark Reeve") in found


# --- owners' lines in a list (minutes/owner_lines.py, body.py) ---

def test_a_plain_owner_to_line_ends_the_line_before_it():
    text = "Harry to write to the parking team\nJean Orchard to book skips"
    assert owner_lines_closed(text, _OWNERS) == "Harry to write to the parking team.\nJean Orchard to book skips"


def test_a_name_wrapped_over_two_lines_is_not_cut():
    owners = Owners(["Ann Lowe"], posts={"Meetings Administrator": "Ann Lowe"})
    text = "The motion was agreed. The Meetings\nAdministrator will forward the motion."
    assert owner_lines_closed(text, owners) == text
    assert owner_lines_closed("The report was sent to the\nClerk to check", _OWNERS).count(".") == 0


def test_plain_owner_lines_under_actions_are_each_a_task():
    found = _actions("Actions:\nTom Baines to repaint the noticeboard\nJean Orchard to review the accounts\n")
    assert found == [("Repaint the noticeboard", "Tom Baines"), ("Review the accounts", "Jean Orchard")]


def test_an_owner_dash_task_line_under_an_owner_colon_line_is_its_own_entry():
    found = _actions("Actions:\n\n- MR: circulate the draft newsletter\n- JO – ask the school about parking\n")
    assert found == [("Circulate the draft newsletter", "Mark Reeve"), ("Ask the school about parking", "Jean Orchard")]


# --- two verbs over one object (minutes/topics.py) ---

def test_two_verbs_joined_leave_their_object_unsaid():
    assert is_terse("Sign and return")
    assert is_terse("sign and return it")
    assert not is_terse("Sign and return the lease")


def test_sign_and_return_takes_what_was_agreed():
    found = _actions("5. Lease\nThe draft lease from the council was agreed. PN to sign and return.\n")
    assert found == [("Sign and return the draft lease from the council", "Paula Nunn")]


# --- cost ---

@pytest.mark.slow  # hostile volume: a pattern that regressed to time squared would hang the slow suite visibly
def test_patterns_stay_fast_on_hostile_input():
    for text in (" " * 5000, "a" * 5000, "," * 5000, ", and " * 2000, "Tom to " * 2000, "A and " * 2000,
                 "\nTom to " * 2000, "x\n" * 5000):
        owned_clauses(text)
        owner_lines_closed(text, _OWNERS)
        is_terse(text[:200])


# --- a dash in a colon's place (minutes/prose_tasks.py) ---

def test_a_known_person_a_dash_and_an_instruction_is_a_task():
    found = _actions("Release\n\n- Freeze is next Friday.\n- Jean Orchard - update the changelog\n"
                     "- Tom Baines - happy with the plan\n")
    assert found == [("Update the changelog", "Jean Orchard")]


def test_names_after_a_verb_of_getting_in_touch_are_whom_the_owner_contacts():
    """"Mark to email Carl and Dee to arrange the posting": Carl and Dee are whom Mark e-mails, not a second
    owner; "Vic to check the figures and Joy to submit the form" is still two owners' tasks."""
    assert owned_clauses("Mark to email Carl and Dee to arrange the posting of the journals") == [
        "Mark to email Carl and Dee to arrange the posting of the journals"]
    assert owned_clauses("Sue to phone Ravi Shah and Tom Bell to confirm the rota") == [
        "Sue to phone Ravi Shah and Tom Bell to confirm the rota"]
    assert owned_clauses("Ann to write to Cllr Lee and Cllr Roe to seek their support") == [
        "Ann to write to Cllr Lee and Cllr Roe to seek their support"]
    assert owned_clauses("Vic to check the figures and Joy to submit the form") == [
        "Vic to check the figures", "Joy to submit the form"]
