"""Actions as hackspaces, student societies and standards groups write them: a task handed on with an arrow, a
review entry whose status says it goes on ("continued"), and an action asked for with "please". Each rule is tried
on a few invented lines in the layouts such notes use."""

from minutes import read_minutes
from minutes.owners import Owners
from minutes.reviews import open_entry

_PRESENT = "Present: Ana Ruiz, Ben Okafor, Cai Wen\n\n"
_OWNERS = Owners(["Ana Ruiz", "Ben Okafor", "Cai Wen"])


def _all(text):
    return [(a.what, a.who, a.carried) for a in read_minutes(text).actions]


def test_a_task_handed_on_with_an_arrow_is_the_new_owners():
    notes = ("# Makerspace members' meeting, 4 March 2026\n\n" + _PRESENT + "**Resolved**\n\n"
             "- Ana -> Ben: book the back room for the quiz\n- Cai: order the fan bearing\n")
    assert _all(notes) == [("Book the back room for the quiz", "Ben Okafor", False),
                           ("Order the fan bearing", "Cai Wen", False)]


def test_a_task_handed_on_with_an_arrow_sign_under_a_plain_heading():
    notes = ("Chess club committee\nDate: 4 March 2026\n\n" + _PRESENT + "Re-Assigned\n\n"
             "- Cai → Ana: order new clocks\n")
    assert _all(notes) == [("Order new clocks", "Ana Ruiz", False)]


def test_continued_ending_a_review_entry_keeps_it_open():
    assert open_entry("Ben: ask the department about the telescope - Continued.", _OWNERS) is not None


def test_continued_inside_the_words_is_no_status():
    # "continued" mid-sentence (the discussion went on) says nothing about the entry; "Done" closes it.
    assert open_entry("Ben: write the piece the discussion continued into - Done", _OWNERS) is None


def test_continued_and_done_side_by_side_in_a_review():
    notes = ("# Society committee, 4 March 2026\n\n" + _PRESENT + "## Review of last meeting's actions\n\n"
             "- Ana: book the common room - Done\n- Ben: contact the county league - Continued.\n\n"
             "## Tournament\n\nNothing more.\n")
    assert _all(notes) == [("Contact the county league", "Ben Okafor", True)]


def test_an_action_asked_of_everybody_with_please_is_everybodys():
    notes = "# Data group, 4 March 2026\n\n" + _PRESENT + "## Charter\n\n**Action**: Everybody please look over the charter\n"
    assert _all(notes) == [("Look over the charter", "Everybody", False)]


def test_an_action_asked_of_a_member_with_please_under_a_capital_marker():
    notes = "Society committee\n4 March 2026\n\n" + _PRESENT + "Trip\n\nACTION: Ben please bring a red torch\n"
    assert _all(notes) == [("Bring a red torch", "Ben Okafor", False)]


def test_please_without_a_marker_sets_no_task():
    notes = "# Data group, 4 March 2026\n\n" + _PRESENT + "## Fair\n\nMembers please note the date of the fair.\n"
    assert _all(notes) == []
