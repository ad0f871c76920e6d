"""Actions minutes mark by layout rather than wording: owners' tasks shouted in capitals, owner
tags closing a line ("(TM)", "- Action: KB"), "For the Clerk:" lead-ins over boxed entries, a
tracker of tasks and where each stands, and a task said after what the body did ("... and will
write ..."). Each test fails without its rule."""

from datetime import date

import pytest

from minutes import read_minutes
from minutes.action_tables import spaced_columns, table_columns
from minutes.wording import shouted, spoken

_HEAD = ("Present: Cllr Ann Boyd (Chair), Cllr Ben Cole, Cllr Cara Dunn, Priya Shah, Tom Mercer (TM), "
         "Jane Byrne (JB)\nIn attendance: Mrs Dee Fox (Clerk)\n\n")


def _actions(text):
    return [(a.what, a.who, a.due, a.carried) for a in read_minutes(text).actions]


def test_a_line_in_capitals_is_put_in_small_letters_keeping_acronyms_titles_and_months():
    assert shouted("CLLR COLE TO ORDER THE BENCH")
    assert not shouted("Cllr Cole to order the BENCH")
    assert spoken("CLERK TO ADD CLLR FINLAY TO THE ASB REPORT BY 3 APRIL", 5) == (
        "Clerk to add Cllr Finlay to the ASB report by 3 April")


def test_an_owner_s_task_shouted_after_a_sentence_or_closing_a_line_is_an_action():
    text = _HEAD + ("1. Play area\nThe swing chain is worn. CLLR DUNN TO ARRANGE A REPAIR BY THE END OF MARCH.\n"
                    "A bench was offered. It was RESOLVED to accept it. CLLR COLE TO ORDER THE BENCH\n"
                    "The Council noted the grass cutting contract.\nThe verge is damaged. ACTION: CLERK TO REPORT THE VERGE.\n"
                    "\n2. Next meeting\nMonday 13 April 2026.\n")
    minutes = read_minutes("Minutes of the meeting held on 9 March 2026\n" + text)
    assert [(a.what, a.who, a.due) for a in minutes.actions] == [
        ("Arrange a repair", "Cllr Cara Dunn", date(2026, 3, 31)),
        ("Order the bench", "Cllr Ben Cole", None),
        ("Report the verge", "Clerk", None),
    ]


def test_a_shouted_line_whose_opening_names_no_owner_sets_no_task():
    text = _HEAD + "1. Highways\nThe pothole has reopened. THE ROAD TO THE SCHOOL IS STILL CLOSED.\n"
    assert _actions("Minutes of the meeting held on 9 March 2026\n" + text) == []


def test_round_bracketed_initials_or_an_office_closing_a_line_that_sets_work_name_its_owner():
    text = _HEAD + ("3. Winter review\nMembers asked for the site figures to be brought to the next meeting. (TM)\n\n"
                    "4. Survey\nItem\tSummary\n4.1\tHealthwatch will repeat the survey in the autumn. (JB)\n"
                    "4.2\tThe board welcomed the report and will write to the primary care team. (Clerk)\n"
                    "4.3\tThe survey had 600 replies. (Appendix A)\n")
    found = [(a.what, a.who) for a in read_minutes("Minutes of the meeting held on 9 March 2026\n" + text).actions]
    assert ("Repeat the survey in the autumn", "Jane Byrne") in found
    assert ("Write to the primary care team", "Clerk") in found
    assert any(who == "Tom Mercer" and what.startswith("Bring") for what, who in found)
    assert len(found) == 3


def test_a_dashed_action_label_closing_a_listed_line_names_the_owner_of_the_line():
    text = _HEAD + ("1. Discharge\nThe board discussed delays.\n"
                    "- Share the referral criteria with ward teams - Action: JB\n"
                    "- Set up a joint review of the longest waits - Action: JB / TM\n")
    assert [(a.what, a.who) for a in read_minutes("Minutes of the meeting held on 9 March 2026\n" + text).actions] == [
        ("Share the referral criteria with ward teams", "Jane Byrne"),
        ("Set up a joint review of the longest waits", "Jane Byrne, Tom Mercer"),
    ]


def test_for_the_clerk_and_for_all_members_lead_ins_own_the_boxed_entries_under_them():
    text = _HEAD + ("1. Finance\nThe balance was noted.\nFor the Clerk:\n[ ] write to the grant applicants\n"
                    "[ ] pay the hall hire invoice\nFor all members:\n[ ] send the Clerk your register updates by 31 March\n"
                    "\n2. Release\n\nFor the release manager:\n\n- [ ] tag the release candidate\n- [x] close the milestone\n")
    assert [(a.what, a.who, a.due) for a in read_minutes("Minutes of the meeting held on 9 March 2026\n" + text).actions] == [
        ("Write to the grant applicants", "Clerk", None),
        ("Pay the hall hire invoice", "Clerk", None),
        ("Send the Clerk your register updates", "All members", date(2026, 3, 31)),
        ("Tag the release candidate", "Release manager", None),
    ]


def test_a_lead_in_for_something_other_than_an_owner_heads_nothing():
    text = _HEAD + "1. Finance\nFor information:\n- the balance is £3,400\n- the audit is booked\n"
    assert _actions("Minutes of the meeting held on 9 March 2026\n" + text) == []


def test_a_tracker_of_tasks_and_their_standing_reads_owners_from_the_tasks_and_drops_done_rows():
    assert table_columns("Action\tUpdate") == ["what", "other"]
    assert spaced_columns("Action      Progress") == ["what", "other"]
    assert table_columns("Action\tComments") is None and table_columns("Action\tUpdate\tRAG") is None
    text = _HEAD + ("2. Action tracker\n\nAction\tUpdate\n"
                    "ACTION (12/01) Priya to chase the insurer about the roof claim\tReport awaited. Open.\n"
                    "ACTION (12/01) Jane to move the account online\tDone.\n"
                    "ACTION (09/03) Tom to claim the Gift Aid by 31 March\tNew.\n")
    assert _actions("Minutes of the meeting held on 9 March 2026\n" + text) == [
        ("Chase the insurer about the roof claim", "Priya Shah", None, True),
        ("Claim the Gift Aid", "Tom Mercer", date(2026, 3, 31), False),
    ]


def test_a_marked_task_with_no_stop_ends_where_the_next_line_opens_as_minute_text():
    text = _HEAD + ("1. Finance\nThe balance was noted. Action: Clerk to set up the second signatory\n"
                    "The Council then discussed the precept for next year.\n"
                    "2. Trees\nAction: Clerk to write to the\nThe Old Rectory about the yew hedge.\n")
    assert [(a.what, a.who) for a in read_minutes("Minutes of the meeting held on 9 March 2026\n" + text).actions] == [
        ("Set up the second signatory", "Clerk"),
        ("Write to the The Old Rectory about the yew hedge", "Clerk"),
    ]


def test_a_log_with_no_due_column_takes_the_date_its_task_gives_but_not_an_invitation_s_or_another_event_s():
    text = _HEAD + ("2. Action log\n\nRef\tAction\tLead\tStatus\n"
                    "05/26\tBring the funding proposal to the next meeting\tPriya Shah\tNew\n"
                    "06/26\tInvite the housing team to present at the April meeting\tJane Byrne\tNew\n"
                    "07/26\tConfirm the police lead for the repeat audit in June\tTom Mercer\tNew\n"
                    "\n3. Date of next meeting\nWednesday 8 April 2026.\n")
    assert [(a.what, a.due) for a in read_minutes("Minutes of the meeting held on 11 February 2026\n" + text).actions] == [
        ("Bring the funding proposal to the next meeting", date(2026, 4, 8)),
        ("Invite the housing team to present at the April meeting", None),
        ("Confirm the police lead for the repeat audit in June", None),
    ]


def test_a_headerless_tracker_of_labelled_tasks_beside_their_standing_is_read_anywhere():
    text = _HEAD + ("1. Matters arising\n\nACTION (12/01) Priya to chase the insurer about the roof\tOpen\n"
                    "ACTION (12/01) Jane to move the account online\tDone\n\n2. Next meeting\nMonday 11 May 2026.\n")
    assert _actions("Minutes of the meeting held on 9 March 2026\n" + text) == [
        ("Chase the insurer about the roof", "Priya Shah", None, True)]


# The default run reads each long layout at a tenth of its length; the full length is slow (CI runs it).
@pytest.mark.parametrize("runs", [pytest.param(150, id="short"), pytest.param(1500, id="long", marks=pytest.mark.slow)])
def test_long_runs_of_the_layouts_read_every_task(runs):
    assert not shouted("A1 " + "1 2 3 4 5 " * (runs * 8 // 3) + "x")
    shouting = " ".join(f"Item {n} was noted. CLERK TO WRITE TO RESIDENT {n} ABOUT THE HEDGE." for n in range(runs))
    lead_ins = "\n".join(f"For the Clerk:\n[ ] write to resident {n}" for n in range(runs))
    tracker = "Action\tUpdate\n" + "\n".join(f"ACTION (12/01) Priya to chase supplier {n}\tOpen" for n in range(runs))
    for body, last in ((shouting, ("Write to resident {} about the hedge", "Clerk")),
                       (lead_ins, ("Write to resident {}", "Clerk")), (tracker, ("Chase supplier {}", "Priya Shah"))):
        actions = read_minutes("Minutes of the meeting held on 9 March 2026\n" + _HEAD + "1. Business\n" + body + "\n").actions
        assert len(actions) == runs and (actions[-1].what, actions[-1].who) == (last[0].format(runs - 1), last[1])


def test_a_person_the_attendance_names_in_round_brackets_closing_a_work_setting_line_owns_it():
    text = _HEAD + ("1. Paths\nThe lower path floods. A quote for a drain is to be obtained before the next meeting. (Priya)\n"
                    "The survey is in the shared folder. (Appendix B)\nTom will ask the council about the bins. (Tom Mercer)\n"
                    "The path was resurfaced in 2019. (Ben Cole)\n")
    found = [(a.what, a.who) for a in read_minutes("Minutes of the meeting held on 9 March 2026\n" + text).actions]
    assert found == [("Obtain a quote for a drain", "Priya Shah"), ("Ask the council about the bins", "Tom Mercer")]


def test_a_shouted_task_wrapped_onto_a_line_it_closes_goes_on_there_but_not_into_a_heading():
    text = _HEAD + ("26/034 HIGHWAYS\nThe hedge is overgrown. CLERK TO WRITE TO THE LANDOWNER ASKING\n"
                    "FOR THE HEDGE TO BE CUT BACK.\nThe balance was noted. CLERK TO PAY THE INVOICE\nPLAY AREA\n")
    assert [a.what for a in read_minutes("Minutes of the meeting held on 9 March 2026\n" + text).actions] == [
        "Write to the landowner asking for the hedge to be cut back", "Pay the invoice"]
