"""Action logs, dashed entries and PDF cells: a log's columns and titles, action cells written what - owner -
date, arrow entries, dashed lines under an actions heading or a review, PDF cells pulled against their
neighbours, and a closing log's row read as the same action as the minutes' own. Each is tried on a few invented
lines."""

from __future__ import annotations

from pathlib import Path

from minutes import extract_text, read_minutes
from minutes.action_tables import WHAT, table_columns


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def read(text: str):
    return read_minutes(text)


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read(text).actions]


_HEAD = ("Riverside Allotments Committee\nMinutes of the meeting held on 3 March 2026\n"
         "Present: Ann Cole (Chair), Raj Khanna, Tess Moore\n\n")


# --- a closing "Decision and action log" -------------------------------------------------

def test_a_closing_decision_and_action_log_is_the_meetings_own_not_a_review():
    text = _HEAD + (
        "1. Matters arising\n\nThe minutes were approved.\n\n2. Water supply\n\nMembers discussed the troughs.\n\n"
        "Decision and action log\n\n"
        "Ref\tType\tDescription\tLead\tTarget\n"
        "AC-01\tDecision\tMinutes of February approved\t-\t-\n"
        "AC-02\tAction\tOrder two new water troughs\tRaj Khanna\t30 April 2026\n"
        "AC-03\tAction (c/f)\tRepair the shed roof\tTess Moore\tJune 2026\n\n"
        "Next meeting: 7 April 2026\n")
    minutes = read(text)
    assert [(a.what, a.who, a.carried) for a in minutes.actions] == [
        ("Order two new water troughs", "Raj Khanna", False), ("Repair the shed roof", "Tess Moore", True)]
    assert "Minutes of February approved" in minutes.decisions


def test_an_action_log_title_with_business_after_it_still_reviews_earlier_actions():
    text = _HEAD + (
        "Decision and action log\n\n"
        "Ref\tAction\tLead\tDue\tStatus\n"
        "AC-01\tRepair the shed roof\tTess Moore\t30 April 2026\tIn progress\n\n"
        "1. Water supply\n\nMembers discussed the troughs.\n\n2. Finance\n\nThe accounts were noted.\n")
    assert [a.what for a in read(text).actions if not a.carried] == []


# --- "what – owner – when" cells ----------------------------------------------------------

def test_a_heading_joining_task_owner_and_date_names_the_task_column():
    assert table_columns("Ref\tAction / Owner / By when")[1] == WHAT
    assert table_columns("Item\tNotes\tAction / Owner / By when") is not None


def test_an_action_cell_written_what_dash_owner_dash_date_gives_each_part():
    text = _HEAD.replace("Raj Khanna", "Raj Khanna (RK)").replace("Tess Moore", "Tess Moore (TM)") + (
        "Item\tNotes\tAction / Owner / By when\n"
        "1. Water\tThe troughs leak at the north end.\tOrder two new troughs – RK – 30/04/2026\n"
        "2. Sheds\tThe roof was discussed again.\tRepair the shed roof – TM – 4 May (c/f); Buy felt – RK\n"
        "3. AOB\tNothing raised.\tNone\n")
    minutes = read(text)
    assert [(a.what, a.who, a.due_text, a.carried) for a in minutes.actions] == [
        ("Order two new troughs", "Raj Khanna", "30/04/2026", False),
        ("Repair the shed roof", "Tess Moore", "4 May", True),
        ("Buy felt", "Raj Khanna", None, False)]


def test_a_cell_whose_dash_joins_no_owner_is_not_cut():
    text = _HEAD + ("Action\tOwner\tDue\n"
                    "Mend the north-east gate - the one by the road\tRaj Khanna\t30/04/2026\n")
    assert actions_of(text) == [("Mend the north-east gate - the one by the road", "Raj Khanna", "30/04/2026")]


# --- arrow lists with owners in brackets ---------------------------------------------------

_INITIALS_HEAD = ("Riverside Allotments Committee\nMinutes of the meeting held on 3 March 2026\n"
                  "Present: Ann Cole (AC), Raj Khanna (RK), Tess Moore (TM)\nNext meeting: 7 April 2026\n\n")


def test_an_arrow_entry_closing_on_owners_in_brackets_is_an_action_whatever_its_first_word():
    text = _INITIALS_HEAD + ("1. Open day\nTwo dates were agreed for the open day.\n"
                             "-> Posters and a leaflet for the open day [RK]\n"
                             "-> Evidence sheets for each plot [AC, TM - next meeting]\n"
                             "→ Draft the wording for the notice board (Tess Moore, by 31 March)\n")
    assert actions_of(text) == [("Posters and a leaflet for the open day", "Raj Khanna", None),
                                ("Evidence sheets for each plot", "Ann Cole, Tess Moore", "next meeting"),
                                ("Draft the wording for the notice board", "Tess Moore", "31 March")]


def test_an_arrow_entry_restating_the_minutes_sentence_is_one_action():
    text = _INITIALS_HEAD + ("1. Grants\nRK to apply for the next round of the community grant.\n"
                             "-> Apply for the community grant round [RK, Q2]\n")
    assert actions_of(text) == [("Apply for the community grant round", "Raj Khanna", "Q2")]


def test_an_arrow_whose_bracket_names_no_one_is_left_to_the_words():
    text = _INITIALS_HEAD + "1. Water\n-> Troughs to be replaced (see appendix)\n-> New tap fitted (£180)\n"
    # (The bracket gives no owner; what the words set, if anything, is for the rules of running text.)
    assert all(who is None and "appendix" not in (when or "") for _, who, when in actions_of(text))


# --- action logs: header words in a task -----------------------------------------------------

def test_a_task_using_a_headings_word_is_a_row_and_a_repeated_header_is_not():
    from minutes.action_tables import read_table

    lines = ["Minute\tAction\tBy whom\tBy when", "FR/7\tInternal audit action plan\tJP / AO\tApril",
             "Minute\tAction\tBy whom\tBy when", "FR/8\tBank mandate\tAO\tMay"]
    rows, _ = read_table(lines, 0, table_columns(lines[0]))
    assert [(row.what, row.who) for row in rows] == [("Internal audit action plan", "JP / AO"), ("Bank mandate", "AO")]


# --- PDF tables ---------------------------------------------------------------------------

def test_a_pdf_cell_pulled_left_against_the_one_before_is_parted_where_its_capital_starts():
    from minutes.pdf_tables import with_tables

    plain = "Ref Action Owner Due Status\nF/1 Mend the gate JP 30 March New\nF/2 Paint the hut AO 30 MarchNew\nEnd"
    layout = ("Ref     Action             Owner    Due         Status\n"
              "F/1     Mend the gate      JP       30 March    New\n"
              "F/2     Paint the hut      AO       30 MarchNew\n"
              "\n"
              "End")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[1:3] == ["F/1\tMend the gate\tJP\t30 March\tNew", "F/2\tPaint the hut\tAO\t30 March\tNew"]


def test_a_pdf_page_foot_far_below_a_table_is_not_its_last_row():
    from minutes.pdf_tables import with_tables

    plain = "Ref Action Owner Due\nF/1 Mend the gate Town Clerk 30.03.26\nF&R 16/03/2026 - Page 2"
    layout = ("Ref     Action             Owner          Due\n"
              "F/1     Mend the gate      Town Clerk     30.03.26\n" + "\n" * 12 +
              "                           F&R 16/03/2026 - Page 2")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[1] == "F/1\tMend the gate\tTown Clerk\t30.03.26"


# --- a right-hand owners' column beside the minute ---------------------------------------------

def test_a_sentence_ends_after_a_percentage_and_inside_a_closing_bracket():
    from minutes.decisions import sentences

    assert sentences("Sales rose to 68.2%. OP to circulate the figures. (Cllr Fry did not vote.) LH to seal it.") == [
        "Sales rose to 68.2%.", "OP to circulate the figures.", "(Cllr Fry did not vote.)", "LH to seal it."]


def test_the_column_owners_task_is_the_minutes_last_sentence_after_a_figure():
    text = ("Hilltop Trust Board\nMinutes of the meeting held on 3 March 2026\n"
            "Present: Ann Cole (AC), Owen Prys (OP)\n\n"
            "                                                                 ACTION\n"
            "TB26/001  CHIEF EXECUTIVE'S REPORT\n"
            "          AC highlighted the pressure on beds, with occupancy at 98.2%.\n"
            "          OP to circulate the recovery plan to members by 6 April.      OP\n")
    assert actions_of(text) == [("Circulate the recovery plan to members", "Owen Prys", "6 April")]


# --- a closing log restating the minutes ---------------------------------------------------

def test_a_closing_log_row_restating_a_minutes_task_for_the_same_owner_with_the_same_verb_is_one_action():
    text = _INITIALS_HEAD + ("1. Rota\nSaturday sessions have many missed slots. RK to review the booking process "
                             "with the volunteers.\n\n"
                             "Action log\n\nNo.\tAction\tLead\tDue\n"
                             "26/02\tReview Saturday booking process to reduce gaps\tRK\tNext meeting\n"
                             "26/03\tReview the tap rota\tAC\tNext meeting\n")
    assert actions_of(text) == [("Review Saturday booking process to reduce gaps", "Raj Khanna", "Next meeting"),
                                ("Review the tap rota", "Ann Cole", "Next meeting")]


# --- page furniture ---------------------------------------------------------------------------

def test_a_short_running_foot_ending_on_the_page_number_is_dropped():
    from minutes.normalise import normalise

    body = [f"Minute {number} was noted." for number in range(1, 9)]
    assert normalise("Minutes\nPublic Sector Data Advisory Panel - minutes of 3 December 2025 - Page 1 of 2\nEnd") == [
        "Minutes", "End"]
    lines = normalise("\n".join(["Minutes", *body[:4], "F&R 16/03/2026 - Page 1", "\fOFFICIAL     PN/M/01     Page 2 of 2",
                                 *body[4:], "See the plan on page 4", "Totals | Page 3 of the pack shows them"]))
    assert [line for line in lines if line] == ["Minutes", *body, "See the plan on page 4",
                                                "Totals | Page 3 of the pack shows them"]


def test_a_body_with_the_person_acting_for_it_in_brackets_is_owned_by_that_person():
    text = _HEAD + ("Ref\tAction\tOwner\tDue\n"
                    "A/1\tSend the water readings\tWater Board (Tess Moore)\t30/04/2026\n"
                    "A/2\tSend the meter plan\tWater Board (the engineer)\t30/04/2026\n")
    assert [(who) for _, who, _ in actions_of(text)] == ["Tess Moore", "Water Board (the engineer)"]


# --- register entries run together on one line -------------------------------------------------

def test_a_line_written_ref_what_owner_date_is_an_action_and_its_reference_is_no_part_of_it():
    text = _INITIALS_HEAD + ("1. Sheds\nThe roof was discussed.\n"
                             "- 07/25-5 Shed roof survey - RK - due December.\n"
                             "A12 Order the roofing felt – TM – 30 April\n"
                             "2026 budget lines - TM - 30 April\n")
    assert actions_of(text) == [("Shed roof survey", "Raj Khanna", "December"),
                                ("Order the roofing felt", "Tess Moore", "30 April"),
                                ("2026 budget lines", "Tess Moore", "30 April")]


def test_without_a_date_a_dashed_line_is_an_action_only_under_an_actions_heading():
    people = "Joanna Havers - Chief Nurse - JH\nShed roof survey - RK\n"
    assert actions_of(_INITIALS_HEAD + "1. Sheds\n" + people) == []
    assert actions_of(_INITIALS_HEAD + "Actions:\n- Shed roof survey - RK\n- Order the felt - AC\n") == [
        ("Shed roof survey", "Raj Khanna", None), ("Order the felt", "Ann Cole", None)]


def test_a_dated_dashed_entry_under_a_review_of_earlier_actions_is_carried():
    text = _INITIALS_HEAD + ("1. Matters arising and action log\nOutstanding:\n"
                             "- 07/25-5 Shed roof survey - RK - due December.\n")
    assert [(a.what, a.who, a.carried) for a in read(text).actions] == [("Shed roof survey", "Raj Khanna", True)]


def test_a_labelled_or_marked_dashed_line_is_left_to_its_label():
    text = _INITIALS_HEAD + ("Actions agreed\n1. Review the plots – Lead: Tess Moore – by 30/04/26\n")
    assert actions_of(text) == [("Review the plots", "Tess Moore", "30/04/26")]


# --- lists of owners over their tasks -------------------------------------------------------

def test_a_list_of_names_with_colons_over_their_tasks_gives_each_task_its_owner():
    text = ("Tools working group\nNotes of the call on 3 March 2026\n\nNew action items\n\n"
            "- BobK:\n  - Ask the vendor to speed up the licence review\n  - Post the plan on the wiki\n"
            "- Hilltop Trust:\n  - Write up the service description\n"
            "- Pat-Lee\n  - Write up the second use case\n"
            "- Everyone\n  - Send agenda items to the list\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Ask the vendor to speed up the licence review", "BobK"), ("Post the plan on the wiki", "BobK"),
        ("Write up the service description", "Hilltop Trust"), ("Write up the second use case", "Pat-Lee"),
        ("Send agenda items to the list", "Everyone")]


def test_a_list_of_tasks_with_no_name_over_them_names_no_owner():
    text = ("Tools working group\nNotes of the call on 3 March 2026\n\nNew action items\n\n"
            "- Ask the vendor to speed up the licence review\n- Post the plan on the wiki\n")
    assert [who for _, who, _ in actions_of(text)] == [None, None]


def test_a_log_keeping_each_items_status_reads_its_item_column_as_the_task():
    assert table_columns("Status\tItem\tWho\tFrom") == ["other", WHAT, "who", "raised"]
    # A discussion grid (times, items, presenters and notes) is no log of tasks.
    assert table_columns("Time\tItem\tWho\tNotes") is None
    text = _HEAD + ("Status\tItem\tWho\tFrom\n"
                    "✅\tReply to the grant query\tRaj Khanna\t2026-01-18\n"
                    "⏳\tDraft the tenancy policy\tTess Moore\t2026-02-04\n")
    assert actions_of(text) == [("Draft the tenancy policy", "Tess Moore", None)]


def test_a_task_read_with_the_body_itself_as_owner_is_the_closing_logs_row_for_it():
    text = _INITIALS_HEAD + ("1. Wetlands\nMembers asked that the Committee visit the Ballinure wetlands project.\n\n"
                             "Action table\n\nItem\tAction\tLead\tTimeframe\n"
                             "1\tOrganise a site visit to the Ballinure wetlands\tTess Moore\tSpring 2026\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Organise a site visit to the Ballinure wetlands", "Tess Moore")]


def test_the_same_owners_task_under_the_same_item_in_the_minutes_and_the_log_is_one_action():
    text = _INITIALS_HEAD + ("1. Water safety\nTM to provide a recovery plan for the north trough to the May meeting.\n\n"
                             "Action tracker\n\nItem\tAction\tOwner\tDue\n"
                             "1\tRecovery plan for the north trough fence and gate\tTM\tMay meeting\n"
                             "1\tCheck the south trough\tTM\tMay meeting\n")
    assert [what for what, _, _ in actions_of(text)] == ["Recovery plan for the north trough fence and gate",
                                                         "Check the south trough"]


def test_words_that_carry_no_task_do_not_tell_two_wordings_of_one_task_apart():
    text = _INITIALS_HEAD + ("1. Data\nThe bins were full. TM agreed to look into whether this was linked to the dog "
                             "fouling campaign in August and report back.\n\nActions\n\n"
                             "- TM to look at whether the rise in litter-bin fill rate is linked to the August campaign; "
                             "report\n")
    assert len(actions_of(text)) == 1


def test_the_same_owner_date_and_verb_need_only_half_the_words_alike():
    text = _INITIALS_HEAD + ("1. Closure\nThe closure was approved. TM to confirm member letters have gone out by "
                             "27 March.\n\nAction summary\n\nRef\tAction\tLead\tDue\n"
                             "A/01\tConfirm Riverside plot member letters issued\tTM\t27/03/2026\n")
    assert [what for what, _, _ in actions_of(text)] == ["Confirm Riverside plot member letters issued"]


# --- several actions in one cell -----------------------------------------------------------

def test_a_task_cell_of_sentences_each_naming_its_owner_beside_an_empty_owner_cell_gives_each():
    text = _INITIALS_HEAD + ("Ref\tAction\tOwner\tDue\n"
                             "1\tRK to write to the council about the gate. TM to book the hall for the fair.\t\t30/04/2026\n"
                             "2\tThe gate is broken. Order a new one\t\t30/04/2026\n")
    assert actions_of(text) == [("Write to the council about the gate", "Raj Khanna", "30/04/2026"),
                                ("Book the hall for the fair", "Tess Moore", "30/04/2026"),
                                ("The gate is broken. Order a new one", None, "30/04/2026")]


def test_an_undated_dashed_entry_under_actions_keeps_the_date_in_its_words():
    text = _INITIALS_HEAD + "Actions agreed\n1. Prepare the grant bid by 25 April 2026 - Raj Khanna\n"
    assert actions_of(text) == [("Prepare the grant bid", "Raj Khanna", "25 April 2026")]


def test_a_logs_due_month_with_a_short_year_is_that_month():
    text = _HEAD + ("Ref\tAction\tLead\tDue\n"
                    "A/1\tMend the gate\tRaj Khanna\tFeb-26\n"
                    "A/2\tPaint the hut\tTess Moore\tDec/2026\n")
    assert [(a.what, str(a.due)) for a in read(text).actions] == [("Mend the gate", "2026-02-28"),
                                                                  ("Paint the hut", "2026-12-31")]


def test_a_pdf_header_cell_joined_by_a_slash_is_one_column():
    from minutes.pdf_tables import with_tables

    plain = "Ref Action Lead Due RAG / update\nA/1\nMend the\ngate\nRK Feb-26 Amber - open\nNext meeting: 3 June"
    layout = ("Ref       Action          Lead      Due        RAG / update\n"
              "          Mend the\n"
              "A/1       gate            RK        Feb-26     Amber - open\n"
              "\n"
              "Next meeting: 3 June")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[:2] == ["Ref\tAction\tLead\tDue\tRAG / update", "A/1\tMend the gate\tRK\tFeb-26\tAmber - open"]


def test_a_list_entry_of_an_owner_an_arrow_and_the_task_sets_that_owner_the_task():
    from minutes.normalise import normalise

    assert normalise("- Tess → write to the council (by 23 Mar)\n* @rk -> tag the release\n- Water → leak")[:2] == [
        "- Tess to write to the council (by 23 Mar)", "* @rk to tag the release"]
    text = _INITIALS_HEAD + ("1. Gate\nThe gate is broken.\n- Tess → write to the council about the gate (by 23 Mar)\n"
                             "- Raj Khanna → order a new latch\n")
    assert actions_of(text) == [("Write to the council about the gate", "Tess Moore", "23 Mar"),
                                ("Order a new latch", "Raj Khanna", None)]


def test_a_numbered_list_under_actions_arising_from_this_meeting_with_lead_and_by_labels():
    text = _HEAD + ("Actions arising from this meeting\n"
                    "1. Launch the plot survey and publish it on the website. Lead: Raj Khanna. By: 13 April 2026.\n"
                    "2. Invite the water company to the June meeting. Lead: Tess Moore. By: –\n")
    assert actions_of(text) == [("Launch the plot survey and publish it on the website", "Raj Khanna", "13 April 2026"),
                                ("Invite the water company to the June meeting", "Tess Moore", "the June meeting")]


# --- minute references of other years; owners in the margin ---------------------------------

def test_a_reference_of_an_earlier_year_opening_a_line_heads_no_item():
    text = _INITIALS_HEAD + ("AC/26/021  Matters arising\n"
                             "AC/25/071 Gate repairs: RK to revise the quote. In progress.\n"
                             "AC/26/022  Water\nTM to fix the trough by 30 April.\n"
                             "AC/26/023  Finance\nThe accounts were noted.\n")
    minutes = read(text)
    assert [item.number for item in minutes.agenda_items] == ["21", "22", "23"]
    assert [(a.what, a.item) for a in minutes.actions if a.who == "Tess Moore"] == [("Fix the trough", "22")]


def test_an_owner_repeated_in_the_margin_under_an_action_line_ends_the_action():
    text = _INITIALS_HEAD + ("1. Audit\nAction: RK to report progress on the audit actions in June.\n"
                             "     RK\nThe committee approved the audit plan.\n")
    assert actions_of(text) == [("Report progress on the audit actions", "Raj Khanna", "June")]


def test_an_action_marker_carrying_its_log_reference_is_an_action_marker():
    text = _INITIALS_HEAD + ("1. Plan\nACTION PB-025: TM to return the plot trajectories to RK by 6 March 2026.\n"
                             "ACTION A26/03: AC - update the plot mitigations - end of March.\n")
    assert actions_of(text) == [("Return the plot trajectories to RK", "Tess Moore", "6 March 2026"),
                                ("Update the plot mitigations", "Ann Cole", "end of March")]


def test_a_log_numbered_by_log_no_is_an_action_log():
    assert table_columns("Log no.\tDate raised\tDescription\tOwner\tUpdate\tStatus") == [
        "number", "raised", WHAT, "who", "other", "other"]


def test_a_pdf_cell_ending_one_space_short_of_the_next_column_is_parted_there():
    from minutes.pdf_tables import with_tables

    plain = ("Log no. Date raised Description Owner Update Status\nQ-1 13/11/25\nBenchmark\nrestrictive practice\n"
             "data against peers\nGH / OP Data requested Open\nDate of next meeting: Monday 16 February 2026 at 3.00 p.m.")
    layout = ("Log no.     Date raised   Description          Owner     Update          Status\n"
              "                          Benchmark\n"
              "Q-1         13/11/25      restrictive practice GH / OP   Data requested  Open\n"
              "                          data against peers\n"
              "Date of next meeting: Monday 16 February 2026 at 3.00 p.m.")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[1] == "Q-1\t13/11/25\tBenchmark restrictive practice data against peers\tGH / OP\tData requested\tOpen"
    assert rebuilt[2] == "Date of next meeting: Monday 16 February 2026 at 3.00 p.m."


def test_a_task_then_an_arrow_to_a_named_owner_is_their_action():
    text = _HEAD + ("1. Snapshots\n- Agreed to target beta next cycle.\n"
                    "- Upgrade tests for the plot snapshots → Raj, before the freeze\n"
                    "- Triage rotation sheet for the sheds → Tess Moore (by 30 April)\n"
                    "- Water troughs → leaking again\n")
    assert actions_of(text) == [("Upgrade tests for the plot snapshots", "Raj Khanna", None),
                                ("Triage rotation sheet for the sheds", "Tess Moore", "30 April")]


def test_an_arrow_entry_reporting_progress_first_is_left_to_the_review():
    text = _HEAD + "1. Sheds\n- Volume KEP feedback — still waiting on reviewers. Carrying over → Tess\n"
    assert actions_of(text) == []


def test_a_minute_column_of_references_beside_action_and_by_is_a_plain_log():
    text = _HEAD + ("1. Footway\nThe footway was discussed.\n\nClerk's action list\n"
                    "Minute\tAction\tBy\n"
                    "FC/26/29\tPhotograph the Chapel Lane footway\tRaj Khanna\n"
                    "FC/26/30(2)\tSubmit planning responses\tClerk\n"
                    "Signed ............ Chairman\tDate ............\n")
    assert actions_of(text) == [("Photograph the Chapel Lane footway", "Raj Khanna", None),
                                ("Submit planning responses", "Clerk", None)]


def test_a_running_head_of_names_and_a_date_is_no_register_entry():
    text = _HEAD + "1. Sheds\nRiverside Allotments - Full Committee - 3 March 2026\nThe sheds were noted.\n"
    assert actions_of(text) == []


def test_an_action_marker_with_its_reference_inside_a_paragraph():
    text = _INITIALS_HEAD + ("1. Consultation\nThe committee agreed to consult on the new rules. Action A28: Tess Moore "
                             "to launch the consultation in April.\n")
    assert actions_of(text) == [("Launch the consultation", "Tess Moore", "April")]


def test_a_logs_month_first_then_this_decades_year_is_that_month():
    text = _HEAD + "Ref\tAction\tLead\tDue\nA/1\tMend the gate\tRaj Khanna\tApr 26\n"
    assert [str(a.due) for a in read(text).actions] == ["2026-04-30"]


def test_a_by_label_takes_only_its_date():
    text = _HEAD + ("Actions arising from this meeting\n"
                    "1. Confirm the water budget. Lead: Raj Khanna. By: 13 March 2\n")
    assert actions_of(text) == [("Confirm the water budget", "Raj Khanna", "13 March")]
