"""Listed actions, markers and bar tables: task - owner lists, instructions closed by a name in brackets, owners
past a wide gap, bar tables without outer borders, follow-up and whom columns, and how far an owner's marker
reaches. Each is tried on a few invented lines."""

from __future__ import annotations

from minutes import extract_text, read_minutes
from minutes.actions import opens_with_task_verb


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read_minutes(text).actions]


_HEAD = ("Harbour Walk Residents' Forum\nNotes of the meeting held on 10 March 2026\n\n"
         "Attendees:\nPeta Ormond (PO) - Chair\nGavin Lusk (GL) - Treasurer\nIlse Marrow-Finch (IMF) - Secretary\n\n")


# --- listed entries: "what - owner [- when]" without a date -----------------------------

def test_a_follow_up_list_of_task_dash_owner_needs_no_date():
    text = _HEAD + (
        "1. Bins\n\nThe new bin store was discussed.\n\n"
        "Follow-up tasks\n"
        "* Order a second padlock for the bin store - Gavin Lusk - before the spring clean\n"
        "* Circulate the revised rota to residents - PO\n"
        "* Ask the landlord whether the gate can be rehung - Ilse Marrow-Finch - next meeting, 14 April\n")
    assert sorted((what, who) for what, who, _ in actions_of(text)) == [
        ("Ask the landlord whether the gate can be rehung", "Ilse Marrow-Finch"),
        ("Circulate the revised rota to residents", "Peta Ormond"),
        ("Order a second padlock for the bin store", "Gavin Lusk"),
    ]


def test_a_bulleted_task_dash_owner_dash_note_keeps_the_note_as_when():
    text = _HEAD + (
        "1. Bins\n\n"
        "* Order a second padlock for the bin store - Gavin Lusk - before the spring clean\n"
        "* Raise the gate at the landlord's liaison meeting - PO - next liaison, 3 April\n")
    found = read_minutes(text).actions
    assert [(a.what, a.who, a.due_text) for a in found] == [
        ("Order a second padlock for the bin store", "Gavin Lusk", "before the spring clean"),
        ("Raise the gate at the landlord's liaison meeting", "Peta Ormond", "3 April"),
    ]
    assert found[1].due.isoformat() == "2026-04-03"


def test_a_listed_topic_and_its_presenter_after_a_dash_is_no_action():
    text = _HEAD + (
        "Agenda\n"
        "- Update on the bin store - Gavin Lusk\n"
        "- Review of the year - Peta Ormond\n"
        "- Gardening club - Ilse Marrow-Finch\n")
    assert actions_of(text) == []


def test_a_dashed_entry_naming_nobody_the_attendance_lists_is_no_action_without_a_date():
    text = _HEAD + "1. Bins\n\n- Order a padlock for the store - Mark Other\n"
    assert actions_of(text) == []


def test_a_task_verb_opens_an_instruction_but_not_a_topic():
    assert opens_with_task_verb("Circulate the revised rota")
    assert opens_with_task_verb("Announce the dates on the blog")
    assert opens_with_task_verb("Re-advertise the post with a revised description")
    assert not opens_with_task_verb("Update on the bin store")
    assert not opens_with_task_verb("Gardening club news")
    assert not opens_with_task_verb("Circulate rota")  # (too short to be sure)
    assert not opens_with_task_verb("Open day arrangements")


# --- listed entries closed by an owner in brackets -------------------------------------

def test_a_listed_instruction_closed_by_a_given_name_in_brackets_is_theirs():
    text = _HEAD + (
        "2. Open day\n\n"
        "- Announce the open day on the noticeboard and newsletter (Gavin)\n"
        "- Ask the council for a road closure permit (Peta — this week)\n")
    found = read_minutes(text).actions
    assert [(a.what, a.who, a.due_text) for a in found] == [
        ("Announce the open day on the noticeboard and newsletter", "Gavin Lusk", None),
        ("Ask the council for a road closure permit", "Peta Ormond", "this week"),
    ]


def test_a_topic_closed_by_a_given_name_in_brackets_is_a_presenter_not_an_owner():
    text = _HEAD + "2. Open day\n\n- Open day arrangements (Gavin)\n- Treasurer's report for the quarter (Gavin)\n"
    assert actions_of(text) == []


# --- an owners' margin without an "Action by" head -------------------------------------

def test_a_line_closing_past_a_wide_gap_on_attendees_initials_is_their_action():
    text = _HEAD + (
        "3. Garden\n"
        "   GL reported the raised beds need new sleepers before spring.\n"
        "   Order replacement sleepers for the raised beds.                    GL\n"
        "   Ask the allotment society to lend a trailer.                       PO/IMF\n")
    assert actions_of(text) == [
        ("Order replacement sleepers for the raised beds", "Gavin Lusk", None),
        ("Ask the allotment society to lend a trailer", "Peta Ormond, Ilse Marrow-Finch", None),
    ]


def test_a_gap_before_words_that_name_nobody_is_no_owners_margin():
    text = _HEAD + (
        "3. Garden\n"
        "   The raised beds were inspected by the volunteers.                  Noted\n"
        "   Signed off as complete.                                            Tuesday\n")
    assert actions_of(text) == []


# --- bar tables in plain text, and a follow-up column ----------------------------------

from minutes.action_tables import TEXT, WHO, table_columns  # noqa: E402
from minutes.grid_tables import with_grid_tables  # noqa: E402


def test_a_bar_table_without_outer_borders_is_laid_out_as_rows_its_wrapped_cells_joined():
    lines = ["Ref  | Task                         | Lead | Due   |",
             "-----+------------------------------+------+-------+",
             "A1   | Paint the pavilion doors     | GL   | May   |",
             "     | before the summer fete       |      |       |",
             "A2   | Buy a new padlock            | PO   | April |",
             "",
             "Next item"]
    assert with_grid_tables(lines) == [
        "Ref\tTask\tLead\tDue",
        "A1\tPaint the pavilion doors before the summer fete\tGL\tMay",
        "A2\tBuy a new padlock\tPO\tApril",
        "", "Next item"]


def test_bars_in_running_text_without_a_rule_under_them_are_no_table():
    lines = ["Options: red | green | blue", "- the Forum chose green", "Noted."]
    assert with_grid_tables(lines) == lines


def test_a_bar_tables_first_empty_cell_carries_on_the_row_above(tmp_path):
    text = _HEAD + (
        "2. Issues raised by residents\n\n"
        "   Resident      | Issue raised                    | Response / follow-up\n"
        "   --------------+---------------------------------+---------------------------------\n"
        "   Mr Dunne      | Broken light by the bin store   | Gavin Lusk to report it to the\n"
        "                 |                                 | landlord by 20 March\n"
        "   Ms Obi        | Noise from the car park         | Noted; no follow-up\n"
        "   Mrs Kaye      | Overgrown hedge on the path     | PO to write to the owner of the\n"
        "                 |                                 | hedge\n")
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    assert [(a.what, a.who, a.due_text) for a in read_minutes(extract_text(path)).actions] == [
        ("Report it to the landlord", "Gavin Lusk", "20 March"),
        ("Write to the owner of the hedge", "Peta Ormond", None),
    ]


def test_a_follow_up_column_beside_the_matter_raised_holds_the_tasks_with_their_owners():
    assert table_columns("Member\tIssue raised\tResponse / follow-up") == [None, TEXT, WHO]
    assert table_columns("Question\tReply") == [TEXT, WHO]
    assert table_columns("Member\tIssue raised\tOwner\tFollow-up") is None or WHO in table_columns(
        "Member\tIssue raised\tOwner\tFollow-up")
    assert table_columns("Name\tOrganisation\tResponse") is None  # (no matter raised: no follow-up table)


# --- "Action - who: X, when: Y - task" ------------------------------------------------

def test_an_action_line_giving_who_and_when_as_labelled_fields_before_the_task():
    text = _HEAD + (
        "4. Garden\n"
        "The beds were inspected.\n"
        "Action - who: GL, when: 20 March 2026 - order the new sleepers.\n"
        "Action - who: PO and IMF, when: on receipt of the quote - write to the landlord.\n")
    assert actions_of(text) == [
        ("Order the new sleepers", "Gavin Lusk", "20 March 2026"),
        ("Write to the landlord", "Peta Ormond, Ilse Marrow-Finch", "on receipt of the quote"),
    ]


def test_a_whom_column_names_who_does_each_task():
    assert table_columns("Ref\tWhat\tWhom\tDeadline\tUpdate") == ["number", "what", "who", "when", "other"]


def test_an_owner_before_a_dash_may_be_a_hyphenated_handle_or_two_joined_by_a_plus():
    text = ("# Parser WG notes, 12 February 2026\n\n"
            "Present: Ana Ruiz (@ana-r), Tom Birch (@tbirch)\n\n"
            "## Action items\n\n"
            "- [ ] @ana-r — fix the tokenizer crash (by 2026-02-19)\n"
            "- [ ] @ana-r + @tbirch — write the migration guide\n")
    assert actions_of(text) == [
        ("Fix the tokenizer crash", "Ana Ruiz", "2026-02-19"),
        ("Write the migration guide", "Ana Ruiz, Tom Birch", None),
    ]


def test_an_action_marker_without_an_owner_takes_the_lead_labelled_after_it():
    text = _HEAD + (
        "5. Work programme\n\n"
        "Action: Add a session on the allotments to the programme for June. Lead: Treasurer\n\n"
        "Action: Send the residents' survey to every flat. Lead: Gavin Lusk\n")
    assert actions_of(text) == [
        ("Add a session on the allotments to the programme for June", "Treasurer", None),
        ("Send the residents' survey to every flat", "Gavin Lusk", None),
    ]


def test_a_dashed_entry_carried_after_its_owner_or_dated_inside_a_note():
    text = _HEAD + (
        "Action points\n\n"
        "1. Repaint the bin store doors - GL (carried forward)\n"
        "2. Letter of support for the garden grant - Secretary - before the fund closes on 6 April\n")
    found = read_minutes(text).actions
    assert sorted((a.what, a.who, a.carried) for a in found) == [
        ("Letter of support for the garden grant", "Secretary", False),
        ("Repaint the bin store doors", "Gavin Lusk", True),
    ]
    assert {a.due.isoformat() for a in found if a.due} == {"2026-04-06"}


def test_a_position_column_is_each_rows_status():
    assert table_columns("Ref.\tItem\tResponsibility\tPosition") == ["number", "what", "who", "other"]
    text = _HEAD + (
        "1. Matters arising\n\nFollow-up from previous meetings:\n\n"
        "Ref.\tItem\tResponsibility\tPosition\n"
        "11/25-2\tRepaint the bin store doors\tGavin Lusk\tComplete\n"
        "11/25-4\tAsk the landlord about the gate\tPeta Ormond\tOutstanding - awaited from the agent\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Ask the landlord about the gate", "Peta Ormond", True)]


def test_a_reviewed_rows_rating_in_a_column_of_its_own_keeps_it_open_whatever_the_note_says():
    text = _HEAD + (
        "2. Notes of the last meeting and action tracker\n\n"
        "Ref\tAction\tLead\tDue\tUpdate\tRAG\n"
        "25/31\tPublish the garden leaflet\tGL\tJan 26\tPublished 02.02.26\tGreen – closed\n"
        "26/02\tAgree the bin rota with the landlord\tPO\t30.04.26\tMeeting held; draft rota circulated\tGreen\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Agree the bin rota with the landlord", "Peta Ormond", True)]


def test_an_instruction_before_an_owners_marker_is_the_task_whole_whoever_it_names_after_its_verb():
    text = _HEAD + (
        "6. Summer fete\n\n"
        "- Invite the Harbour Walk Choir to sing at the fete. ACTION: PO\n"
        "- Ask the landlord to open the side gate on the day. ACTION: GL\n")
    assert actions_of(text) == [
        ("Invite the Harbour Walk Choir to sing at the fete", "Peta Ormond", None),
        ("Ask the landlord to open the side gate on the day", "Gavin Lusk", None),
    ]


def test_a_marker_inside_one_list_entry_marks_only_that_entry_and_its_own_sentence():
    text = _HEAD + (
        "4. Estate\n"
        "- Drain by the car park – still blocked. ACTION: GL to report the drain to the landlord.\n"
        "- Bike shed – IMF has a quote from the supplier, 18th April.\n"
        "The lights were checked. ACTION: PO to replace the bulbs. The hedge needs cutting before spring.\n")
    # (The hedge's need is work with no owner, as minutes/future_passives.py reads it; the marker gives it to no one.)
    assert actions_of(text) == [
        ("Report the drain to the landlord", "Gavin Lusk", None),
        ("Replace the bulbs", "Peta Ormond", None),
        ("Cut the hedge before spring", None, None),
    ]


def test_a_listed_entry_naming_its_owner_first_then_a_dash_and_the_task_is_no_owner_line():
    text = _HEAD + (
        "5. Estate\n\nThe board met privately. No actions were taken.\n\n"
        "Action items\n\n"
        "- Owner: Gavin Lusk — Publish the bin rota on the noticeboard. Due: 28 March 2026\n"
        "- Owner: Peta Ormond — Carried from January: renew the garden insurance.\n")
    found = read_minutes(text).actions
    assert [(a.what, a.who, a.due_text, a.carried) for a in found] == [
        ("Publish the bin rota on the noticeboard", "Gavin Lusk", "28 March 2026", False),
        ("Renew the garden insurance", "Peta Ormond", None, True),
    ]


def test_after_a_marked_sentence_ending_its_line_the_next_lines_are_the_minutes_text():
    text = _HEAD + (
        "HW/26/04 Questions from residents\n"
        "Two questions were received about parking.\n"
        "ACTION: PO to publish written answers with the notes.\n"
        "HW/26/05 Treasurer's report\n"
        "GL presented his report, highlighting the cost of the new bins. Members asked about the reserves.\n")
    assert actions_of(text) == [("Publish written answers with the notes", "Peta Ormond", None)]


def test_a_date_label_after_a_marked_task_is_its_date():
    text = _HEAD + ("3. Garden\n\n"
                    "- ACTION 5 - Circulate the planting plan to all residents. Lead: Gavin Lusk. Date: 19 March 2026.\n")
    assert actions_of(text) == [("Circulate the planting plan to all residents", "Gavin Lusk", "19 March 2026")]


def test_a_reviewed_numbered_action_with_its_meeting_in_brackets_is_carried_or_dropped_by_its_status():
    text = _HEAD + (
        "2. Minutes and action log from 11 January 2026\n\n"
        "The minutes were agreed. Action log:\n\n"
        "- ACTION 1 (Jan) - Bin store lighting report: complete, on today's agenda.\n"
        "- ACTION 2 (Jan) - Residents' parking survey: ongoing. Lead: Gavin Lusk.\n\n"
        "3. Garden\n\nThe beds were discussed.\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Residents' parking survey", "Gavin Lusk", True)]


def test_a_decisions_and_actions_heading_heads_a_numbered_list_of_actions_one_carried():
    text = _HEAD + (
        "6. AOB\n\nNone.\n\n"
        "Decisions & Actions\n\n"
        "1. Confirm the skip hire date; Lead: GL; By: 13 March\n"
        "2. Bin store signage (carried); Lead: PO; By: ASAP\n")
    found = read_minutes(text).actions
    assert [(a.what, a.who, a.carried) for a in found] == [
        ("Confirm the skip hire date", "Gavin Lusk", False), ("Bin store signage", "Peta Ormond", True)]


def test_a_named_officer_owns_a_row_before_the_agency_beside_it_which_owns_it_only_where_none_is_named():
    text = _HEAD + (
        "2. Notes and action log from 10 February 2026\n\n"
        "No.\tAction\tResponsible agency\tNamed officer\tDate due\tRAG / comment\n"
        "61\tRepaint the bin store\tHarbour Homes\tGavin Lusk\tMar 2026\tAmber – quote received\n"
        "62\tSurvey the car park lighting\tHarbour Homes\t\tNext meeting\tRed – not yet started\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Repaint the bin store", "Gavin Lusk", True), ("Survey the car park lighting", "Harbour Homes", True)]


def test_a_review_of_outstanding_action_items_keeps_the_open_ones_carried_and_drops_the_done():
    text = _HEAD + (
        "8. Review Outstanding Action Items\n\n"
        "    * Gavin: publish the annual accounts\n"
        "          Status: Done.\n"
        "    * Peta: ask the landlord about the gate\n"
        "          Status: Not done; carried.\n\n"
        "9. New Business\n\nNone.\n")
    found = read_minutes(text).actions
    assert [(a.who, a.carried) for a in found] == [("Peta Ormond", True)]
    assert found[0].what.startswith("Ask the landlord about the gate")


def test_a_task_ends_where_the_next_minutes_number_opens_in_run_on_text():
    from minutes.wording import tidy_what
    assert tidy_what("clear the ditch before then. 24.26 CORRESPONDENCE Letter from the trust") == (
        "Clear the ditch before then")
    assert tidy_what("publish them on GOV.UK. 1.3 The Council reviewed the log") == "Publish them on GOV.UK"
    assert tidy_what("update version 2.1 of the plan") == "Update version 2.1 of the plan"


def test_a_bracketed_marker_wrapped_over_lines_marks_up_to_its_close_and_the_sentence_before():
    text = _HEAD + (
        "2. Parking\n"
        "2.1 The forum asked the Treasurer to write to the landlord about the permits. [Action:\n"
        "Gavin Lusk]\n"
        "2.2 Peta suggested a residents' rota. Members were unsure but agreed to trial it over the summer. [Action:\n"
        "Peta Ormond - next\nmeeting]\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Write to the landlord about the permits", "Gavin Lusk"),
        ("Trial a residents' rota over the summer", "Peta Ormond"),
    ]


def test_every_member_of_a_kind_can_own_a_marked_entry():
    text = _HEAD + (
        "Action items\n\n"
        "- [ ] everyone on the forum — review the draft newsletter\n"
        "- Share the bin rota on social media; Lead: all block reps; By: 20/03/2026\n\n"
        "7. Parking\n\nThe forms were discussed.\n"
        "ACTION: all flat owners - return the parking forms - end of March\n")
    assert [(a.who, a.what) for a in read_minutes(text).actions] == [
        ("everyone on the forum", "Review the draft newsletter"),
        ("all block reps", "Share the bin rota on social media"),
        ("all flat owners", "Return the parking forms"),
    ]


def test_a_body_with_its_named_person_in_brackets_before_the_dash_is_owned_by_the_person():
    text = _HEAD + ("#### Actions\n\n"
                    "1. Landlord (Gavin Lusk) - review the parking permits and report to the next meeting.\n"
                    "2. Harbour Homes (a manager) - repaint the lines.\n")
    found = read_minutes(text).actions
    assert found[0].who == "Gavin Lusk" and found[0].what.startswith("Review the parking permits")
    assert all(action.who != "a manager" for action in found)


def test_a_carried_note_before_an_entrys_owner_carries_it_and_leaves_the_owner():
    text = _HEAD + ("### 6. Action items\n\n"
                    "- Gavin Lusk — circulate the draft budget to members — by 20 March\n"
                    "- Carried from February: Peta Ormond — residents' survey on parking (still open)\n")
    found = read_minutes(text).actions
    assert [(a.who, a.carried) for a in found] == [("Gavin Lusk", False), ("Peta Ormond", True)]
    assert found[1].what.startswith("Residents' survey on parking")


def test_a_sentence_closed_by_its_owner_and_when_in_square_brackets():
    text = _HEAD + (
        "### 4. Garden\n\n"
        "4.2 Gavin Lusk will price the raised beds before the spring [Gavin Lusk, by the\n"
        "end of January].\n\n"
        "4.3 Publish the rota on the noticeboard and the website [Clerk, Q1 2026].\n")
    found = read_minutes(text).actions
    assert (found[0].what, found[0].who, str(found[0].due)) == (
        "Price the raised beds before the spring", "Gavin Lusk", "2027-01-31")  # (the next January)
    assert [(a.who, str(a.due)) for a in found[1:]] == [("Clerk", "2026-03-31")]


def test_a_target_date_closing_an_entry_is_its_date():
    text = _HEAD + ("3. Garden\n\n"
                    "Gavin Lusk to agree the planting plan with the landlord; target 31/03/26.\n\n"
                    "- TODO(@peta): write up the bin survey and post it (target 2026-04-15).\n")
    assert [str(a.due) for a in read_minutes(text).actions] == ["2026-03-31", "2026-04-15"]


def test_when_a_task_is_due_in_words_after_a_closing_dash():
    text = _HEAD + ("## Actions\n\n"
                    "- **Gavin:** order the padlocks and fit them — before the spring clean\n"
                    "- Peta Ormond — draft the newsletter — April committee meeting\n")
    assert actions_of(text) == [
        ("Order the padlocks and fit them", "Gavin Lusk", "before the spring clean"),
        ("Draft the newsletter", "Peta Ormond", "April committee meeting"),
    ]


def test_a_labelled_owner_closing_a_sentence_in_brackets_or_on_the_line_under_a_numbered_action():
    text = _HEAD + (
        "3. Bins\n\n"
        "The forum asked that the rota be circulated to all residents (Lead: Secretary).\n"
        "Order two more padlocks for the bin store (Owner: Treasurer, by 30 April).\n"
        "Repaint the lines in the car park. (Lead: Treasurer – from the spring clean)\n\n"
        "Actions\n1. Book the hall for the summer fete.\nResponsibility: PO\n2. Print the flyers.\nResponsibility: GL\n")
    assert actions_of(text) == [
        ("Circulate the rota to all residents", "Secretary", None),
        ("Order two more padlocks for the bin store", "Treasurer", "30 April"),
        ("Repaint the lines in the car park", "Treasurer", "from the spring clean"),
        ("Book the hall for the summer fete", "Peta Ormond", None),
        ("Print the flyers", "Gavin Lusk", None),
    ]


def test_a_short_listed_instruction_closed_by_initials_in_brackets_on_a_web_page(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text("<html><body><h1>Harbour Walk Residents' Forum</h1><p>Notes of the meeting held on 10 March 2026</p>"
                    "<h2>Present</h2><ul><li>Peta Ormond (PO), Chair</li><li>Gavin Lusk (GL), Treasurer</li></ul>"
                    "<h2>3. Fete</h2><ul><li>Print flyers for the fete <strong>(GL)</strong></li>"
                    "<li>Fete arrangements (PO)</li></ul></body></html>", encoding="utf-8")
    assert [(a.what, a.who) for a in read_minutes(extract_text(page)).actions] == [("Print flyers for the fete", "Gavin Lusk")]


def test_a_logs_status_giving_a_new_date_dates_the_row_whether_or_not_it_is_under_review():
    text = _HEAD + (
        "Annex A: Action log\n"
        "No.\tAction\tOwner\tDeadline\tStatus\n"
        "22.1\tRepaint the bin store doors\tGavin Lusk\tMar 2026\tOpen - delayed to May 2026\n"
        "22.2\tSurvey the car park lighting\tPeta Ormond\tApr 2026\tIn progress; report now in June\n"
        "22.3\tMap the dropped kerbs\tGavin Lusk\t\tIn progress - due end of April\n")
    assert [str(a.due) for a in read_minutes(text).actions] == ["2026-05-31", "2026-06-30", "2026-04-30"]


def test_an_owners_marker_after_a_reviewed_entry_gives_that_entry_its_owner_once():
    text = _HEAD + (
        "3. MATTERS ARISING\n"
        "   3.1 Broken gate at the bin store - reported again by GL.\n"
        "       Ongoing. ACTION: Peta Ormond\n"
        "   3.2 Website renewal - renewed to Jan 2027.\n"
        "       Complete.\n\n"
        "4. Garden\n   Nothing to report.\n")
    found = read_minutes(text).actions
    assert [(a.who, a.carried) for a in found] == [("Peta Ormond", True)]
    assert found[0].what.startswith("Broken gate at the bin store")


def test_a_simple_table_under_a_rule_of_dash_runs_is_laid_out_as_rows_its_wrapped_cells_joined():
    lines = ["   Ref   Action                          Lead        Status",
             "   ---   ------------------------------  ----------  -----------------",
             "   A21   Repaint the bin store doors     G Lusk      Complete",
             "   A23   Survey the car park lighting    P Ormond /  Open - slipped to",
             "                                         I Finch     March meeting",
             "",
             "3. Garden"]
    assert with_grid_tables(lines) == [
        "   Ref\tAction\tLead\tStatus",
        "   A21\tRepaint the bin store doors\tG Lusk\tComplete",
        "   A23\tSurvey the car park lighting\tP Ormond / I Finch\tOpen - slipped to March meeting",
        "", "3. Garden"]


def test_two_groups_of_names_side_by_side_over_dashes_are_no_table():
    lines = ["  Elected Members            Officials", "  ---------------            ---------",
             "  Cllr Ann Cole              Ms Joy Fowler, Clerk", ""]
    assert with_grid_tables(lines) == lines


def test_an_action_cell_naming_owners_before_a_dash_with_a_clause_after_it():
    text = _HEAD + (
        "Item\tDiscussion\tAction\n"
        "5\tEstate; GL reported on the residents' review of the notice boards.\tGL and PO - revise the notices; "
        "put them up before the fete.\n"
        "6\tAOB; None.\t\n")
    found = read_minutes(text).actions
    assert [(a.what.split(" and ")[0], a.who) for a in found] == [("Revise the notices", "Gavin Lusk, Peta Ormond")]
    assert " and put them up" in found[0].what


def test_an_owners_marker_of_a_name_a_comma_and_when():
    text = _HEAD + ("3. Bins\n\nThe rota needs redoing; Gavin to bring costs for both options.\n\n"
                    "Follow-up: Gavin, next meeting (#28).\n")
    found = read_minutes(text).actions
    assert [(a.who, a.due_text) for a in found] == [("Gavin Lusk", "next meeting (#28)")]


def test_a_marked_bare_verb_names_who_and_when_for_the_sentence_that_says_it_will_be_done():
    text = _HEAD + ("4. Newsletter\n\n"
                    "4.1 The spring newsletter will be circulated to all flats by 20 April, with a reminder in May.\n"
                    "[Action: Secretary - circulate by 20/04]\n")
    found = read_minutes(text).actions
    assert [(a.what, a.who, str(a.due)) for a in found] == [
        ("Circulate the spring newsletter to all flats", "Secretary", "2026-04-20")]


def test_a_marker_naming_only_the_matter_for_owners_already_given_it_restates_the_task():
    text = _HEAD + ("4. Newsletter\n\n"
                    "4.1 The forum agreed that Gavin Lusk and Peta Ormond would draft the section on the garden.\n"
                    "[Action: Gavin Lusk / Peta Ormond - garden section]\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Draft the section on the garden", "Gavin Lusk, Peta Ormond")]


def test_two_marked_tasks_alike_but_for_their_destination_are_both_kept():
    text = _HEAD + ("1. Governance\n\n"
                    "ACTION: Gavin Lusk to report on the bin review to the forum.\n"
                    "ACTION: Gavin Lusk to report on the bin review to the landlord.\n")
    assert [a.what for a in read_minutes(text).actions] == [
        "Report on the bin review to the forum", "Report on the bin review to the landlord"]
