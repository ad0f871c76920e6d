"""Actions set the plain ways clerks and volunteers type them: the roll's initials closing a task's line, owner
and date labels on lines under a task, an owner's label over a list, and what sets no work (tallies, reactions,
suggestions the meeting did not take up). All examples invented."""

from minutes.actions import closing_initials
from minutes.owners import Owners
from minutes.reader import read_minutes

_ROLL = "Present: James Wilde, Sarah Pike, Kate Thorne, Neil Hughes\n\n"


def _actions(body: str, head: str = "Harwood Hall Committee\nMinutes of the meeting held on 12 March 2026\n\n"):
    return [(action.what, action.who, action.due_text) for action in read_minutes(head + _ROLL + body).actions]


# --- initials the roll defines, closing a task's line ---

def test_roll_initials_name_one_person_and_an_acronym_or_a_name_word_none():
    owners = Owners(["James Wilde", "Sarah Pike", "Bo Lindgren"])
    assert owners.roll_initials("JW") == "James Wilde"
    assert owners.roll_initials("NHS") is None
    assert owners.roll_initials("BO") is None  # a word of a name, not its initials
    assert owners.roll_initials("Jw") is None


def test_closing_initials_are_owners_unless_an_acronym_or_the_object_of_the_task():
    owners = Owners(["James Wilde", "Sarah Pike", "Kate Thorne"])
    assert closing_initials("Circulate the draft policy to members JW", owners) == (
        "James Wilde", "Circulate the draft policy to members")
    assert closing_initials("Book the hall for the AGM  SP/KT", owners) == (
        "Sarah Pike, Kate Thorne", "Book the hall for the AGM")
    assert closing_initials("Write to the trust about the defibrillator NHS", owners) is None
    assert closing_initials("Provide the admissions data to JW", owners) is None  # whom it is for
    assert closing_initials("Carried forward. JW", owners) is None  # after a stop: a marker's business


def test_a_plain_line_closing_on_roll_initials_is_their_action():
    body = ("1. Policy\nThe draft policy was discussed.\nCirculate the draft policy to members JW\n"
            "Book the hall for the AGM  SP/KT\nWrite to the NHS trust about the defibrillator NHS\n")
    assert _actions(body) == [("Circulate the draft policy to members", "James Wilde", None),
                              ("Book the hall for the AGM", "Sarah Pike, Kate Thorne", None)]


def test_a_bullet_closing_on_initials_in_markdown_notes():
    text = ("# Brightloom TSC\n\nDate: 2026-02-05\n\nAttendees: Greta Halvorsen, Ravi Menon\n\n## 1. Release\n\n"
            "- Cut the release branch on Monday GH\n- Check the licence headers in the new modules\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [("Cut the release branch on Monday", "Greta Halvorsen")]


# --- owner and date labels on lines of their own under a task ---

def test_lead_and_by_lines_under_a_task_give_its_owner_and_date():
    body = ("1. Grounds\nMembers discussed the car park.\nRepaint the car park lines\nLead: Neil Hughes\n"
            "By: 30 April 2026\n\nGet quotes for the fence\nResponsible: Sarah Pike\n")
    assert _actions(body) == [("Repaint the car park lines", "Neil Hughes", "30 April 2026"),
                              ("Get quotes for the fence", "Sarah Pike", None)]


def test_owner_lines_under_bullets_label_each_bullet():
    text = ("# Allotments\n\nDate: 14 March 2026\n\nAttendees: Tom Baxter, Gwen Ellis\n\n## 1. Water\n\n"
            "- Replace the washer on the standpipe\n  Lead: Tom Baxter\n- Ask the council about a second meter\n"
            "  Owner: Gwen Ellis\n  By: 20 April 2026\n")
    assert [(a.what, a.who, a.due_text) for a in read_minutes(text).actions] == [
        ("Replace the washer on the standpipe", "Tom Baxter", None),
        ("Ask the council about a second meter", "Gwen Ellis", "20 April 2026")]


def test_a_label_closing_a_wrapped_sentence_labels_no_line_of_it():
    body = ("1. Wheels\nApproved, on the condition that the wheels are marked best effort in the\n"
            "install docs for the first two releases.\nLead: Neil Hughes\n")
    assert _actions(body) == []


# --- an owner's label over a list ---

def test_delegated_to_and_owner_labels_over_a_list_own_every_entry():
    body = ("1. Hall\nDelegated to Kate Thorne\n- Order the new chairs\n- Arrange the cleaning rota\n\n"
            "Owner: Sarah Pike\n- Draft the welcome talk\n")
    assert _actions(body) == [("Order the new chairs", "Kate Thorne", None),
                              ("Arrange the cleaning rota", "Kate Thorne", None),
                              ("Draft the welcome talk", "Sarah Pike", None)]


def test_a_label_naming_no_one_on_the_roll_heads_no_list():
    body = "1. Hall\nOwner: the new tenant\n- Order the new chairs\n"
    assert all(who != "the new tenant" for _, who, _ in _actions(body))


# --- tallies, reactions and suggestions set no work ---

def test_tallies_and_reactions_are_no_actions_even_under_an_actions_heading():
    text = ("# Docs WG\n\nDate: 2026-03-10\n\nAttendees: Ana Ruiz, Bo Lindgren, Chidi Okafor\n\n## Action items\n\n"
            "- :+1: from @ana @bo\n- +1 Ana, Bo\n- Votes: 5 for, 1 against\n- Chidi to update the contributing guide\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [("Update the contributing guide", "Chidi Okafor")]


def test_suggestions_not_taken_up_are_no_actions_and_one_agreed_is():
    body = ("1. Highways\nIt was suggested that the bar prices be reviewed.\nIt was suggested to ask for a speed "
            "survey. This was agreed.\nThere was a suggestion to open on Sundays.\n")
    assert _actions(body) == [("Ask for a speed survey", None, None)]


# --- a bare "Action SH" line under a minute ---

def test_a_bare_action_line_of_roll_initials_or_all_marks_the_minute_above():
    body = ("1. Shelter\nThe glass is cracked. Quotes will be obtained for replacing the panel.\nAction NH\n\n"
            "2. Website\nThe members agreed to check the contact details on the new website.\nAction ALL\n")
    assert _actions(body) == [("Obtain quotes for replacing the panel", "Neil Hughes", None),
                              ("Check the contact details on the new website", "ALL", None)]


def test_an_action_line_naming_no_owner_marks_nothing():
    body = "1. Plan\nThe plan was discussed at length.\nAction Plan\n"
    assert _actions(body) == []


def test_an_action_marker_then_a_roll_name_and_a_dash_without_a_colon():
    text = ("# Hackspace\n\nDate: 2026-02-21\n\nPresent: Dominik Weber, Hana Ito\n\n## 1. Laser\n\n"
            "-   ACTION Dominik - order a replacement fan belt.\n-   ACTION everyone check the laser log\n"
            "-   ACTION Plan - the laser plan was discussed.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Order a replacement fan belt", "Dominik Weber"), ("Check the laser log", "Everyone")]


# --- issues reviewed by number, and an agenda list run on into the first heading ---

def test_issues_reviewed_by_number_are_entries_of_their_own():
    text = ("Brightloom TSC, 5 February 2026\n\nAttendees: Dan Bagley, Jeff Lund\n\n1. PR review\n\n"
            "#1755 - Needs the CLA. Jeff to reply.\n#1753 - Needs more discussion with the authors.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [("Reply", "Jeff Lund")]


def test_an_agenda_list_run_on_into_the_first_heading_is_still_a_listing():
    from minutes.body_titles import agenda_listing as _agenda_listing
    lines = ["Agenda:", "", "1. Quorum", "2. Secretary", "3. Releases", "1. Quorum", "", "Quorum is present.", "",
             "2. Secretary", "", "3. Releases", ""]
    assert _agenda_listing(lines) == {2, 3, 4}
