"""Owners the third pass over actions reads: a post with the body it serves after a comma, a service
named by a word ending "-ing", everyone of a kind before a dash in a paragraph, initials
spaced apart, a sentence that gives the same owner more work ("Also to ..."), and a terse task's definite
noun that is about itself, not the task before. All names are invented."""

from __future__ import annotations

from minutes import read_minutes
from minutes.actions import read_task
from minutes.owners import Owners
from minutes.topics import about

_HEAD = """Brookfold Hall Committee
Minutes of the meeting held on 12 March 2026 at 7.30pm in the Hall

Present: Mary Holt (MH) (Chair), Peter Lane (PL) (Treasurer), Ann Rudd (AR) (Secretary), Gina Bell (GB)
Apologies: Sue Carr

"""
_TAIL = "\n\nNext meeting: 9 April 2026.\n"


def _actions(body: str) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(_HEAD + body + _TAIL).actions]


def test_a_post_and_its_body_after_a_comma_own_a_marked_task():
    actions = [(a.what, a.who, a.due_text) for a in read_minutes(
        _HEAD + "1. Plan\nThe plan was noted.\nACTION: Chief Executive, OPCC to circulate the plan by 30 April 2026."
        + _TAIL).actions]
    assert actions == [("Circulate the plan", "Chief Executive, OPCC", "30 April 2026")]


def test_two_people_with_a_comma_are_not_a_post_and_its_body():
    owners = Owners(["Ann Rudd", "Peter Lane"])
    task = read_task("Ann, Peter to check the float.", owners, strict=False)
    assert task is None or task.who != "Ann, Peter"


def test_a_post_and_its_body_after_a_comma_will_act_too():
    owners = Owners(["Joanna Pell"])
    task = read_task("Director of Public Health, County Council will report the uptake figures.", owners, strict=False)
    assert (task.what, task.who) == ("Report the uptake figures", "Director of Public Health, County Council")


def test_everyone_of_a_kind_before_a_dash_in_a_paragraph_owns_the_line():
    assert _actions("1. Quiz\nThe quiz is on 4 April.\nAll members - sell tickets for the quiz") == [
        ("Sell tickets for the quiz", "All members")]


def test_everyone_of_a_kind_acts_on_their_own_things():
    assert _actions("1. Water\nThe trough leaks.\nAll plot holders - check their taps are off") == [
        ("Check their taps are off", "All plot holders")]


def test_initials_spaced_apart_name_the_roll_person():
    assert _actions("1. Food\nG B to organise the interval food.") == [("Organise the interval food", "Gina Bell")]


def test_also_to_gives_the_owner_before_more_work():
    assert _actions("1. Concert\nAR to ring the school about the staging. Also to ring the brewery about the bar.") == [
        ("Ring the school about the staging", "Ann Rudd"), ("Ring the brewery about the bar", "Ann Rudd")]


def test_a_service_ending_in_ing_opens_a_task():
    assert ("Remove the fly-tipped waste", "Housing") in _actions(
        "1. Fires\nThere were eleven bin fires. Housing to remove the fly-tipped waste.")


def test_a_definite_noun_is_about_itself_unless_the_matter_before_is_the_same_thing():
    assert about("Check the accounts", [], None, "Pay the hedge cutting invoice") == "Check the accounts"
    assert about("Review the accounts", [], None, "Audit the annual accounts for 2025") == (
        "Review the accounts: the annual accounts for 2025")


def test_a_sum_raised_is_no_matter_raised():
    assert about("Ask the volunteers", ["The sale raised £612."]) == "Ask the volunteers"
