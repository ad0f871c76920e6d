"""Owners given by a label before an action's colon: one first name under an actions heading whose roll
does not list it ("Oriel: Prepare ..."), who an action is "for" ("ACTION ITEM for Secretariat:", "For Rashid:",
"Action for the Treasurer:"), and a topic's label before a named owner ("Kitchen: Esther to ..."), which
owns nothing. A "TO DO" heading heads an action list. Each is tried on a few invented lines."""

from __future__ import annotations

from minutes import read_minutes
from minutes.actions import read_task
from minutes.body_titles import ACTION_LIST_HEADING
from minutes.owners import Owners


def actions_of(text: str) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(text).actions]


_HEAD = "# Tooling group - call, 14 October 2026\n\nAttendees: Greta Lind (lead), Jun Sato\n\n"


def test_a_first_name_and_colon_under_actions_owns_the_task_the_roll_does_not_list():
    text = _HEAD + "## Actions\n- Oriel: Prepare a demo of the search\n- Tamsin: Raise the hosting question\n"
    assert actions_of(text) == [("Prepare a demo of the search", "Oriel"), ("Raise the hosting question", "Tamsin")]


def test_a_topic_label_or_a_compound_word_before_the_colon_owns_nothing():
    owners = Owners(["Greta Lind", "Jun Sato"])
    assert read_task("Pre-work: Consider the purpose statement", owners, strict=False).who is None
    assert read_task("Budget: the figures are late", owners, strict=False) is None or (
        read_task("Budget: the figures are late", owners, strict=False).who is None)


def test_an_action_for_someone_names_its_owner():
    owners = Owners(["Rashid Okonkwo", "Yuki Halvorsen"])
    assert read_task("For Rashid: Provide a guide to the test wiki.", owners, strict=False).who == "Rashid Okonkwo"
    text = ("TOOLING GROUP\nMinutes of the call held on 14 October 2026\n\nPresent: Greta Lind (lead), Jun Sato\n\n"
            "1. Hosting\nThe costs have risen.\nACTION ITEM for Jun: Send the revised budget to the chairs.\n")
    assert actions_of(text) == [("Send the revised budget to the chairs", "Jun Sato")]


def test_an_action_for_a_post_keeps_the_post():
    text = ("ALLOTMENT SOCIETY\nMinutes of the meeting held on 22 April 2026\n\nPresent: Ann Cole (Chair), "
            "Tom Wren (Treasurer)\n\n1. Accounts\nThe bank has changed its charges.\n"
            "Action for the Treasurer: Compare the charges with two other banks.\n")
    [(what, who)] = actions_of(text)
    assert what == "Compare the charges with two other banks" and who.lower().endswith("treasurer")


def test_a_topic_label_before_a_named_owner_is_no_part_of_the_owner():
    owners = Owners(["Esther Quayle", "Gideon Marsh"])
    task = read_task("Kitchen: Esther to descale the urn", owners, strict=False)
    assert (task.what, task.who) == ("Descale the urn", "Esther Quayle")


def test_to_do_and_job_list_headings_head_action_lists():
    for heading in ("TO DO", "To-do list:", "Joblist", "Todos"):
        assert ACTION_LIST_HEADING.match(heading), heading
    assert not ACTION_LIST_HEADING.match("To do with the hall")
