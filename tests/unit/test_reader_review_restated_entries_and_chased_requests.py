"""Reviews of earlier actions: entries that restate the earlier action and then report on it, a status with its
update after a colon, an earlier minute's reference in brackets after the entry's number, an owner saying in the
passive what would be done, an unanswered request to be chased, and review titles written as parish and panel
agendas write them. Each rule is tried on a few invented lines in layouts real minutes use."""

from minutes import read_minutes
from minutes.owners import Owners
from minutes.review_passages import matter_of, on_matter
from minutes.reviews import open_entry, review_entries

_OWNERS = Owners(["Jo Archer", "Ravi Singh", "Helen Brook", "Tom Wade", "Cllr Nia Rees"], {"JA": "Jo Archer",
                                                                                            "TW": "Tom Wade"})
_PRESENT = "Present: Jo Archer (Chair), Ravi Singh, Helen Brook, Tom Wade, Cllr Nia Rees, Clerk\n\n"


def _entry(text):
    task = open_entry(text, _OWNERS)
    return (task.what, task.who, task.due_text) if task else None


def _entries(text):
    return [_entry(entry) for entry in review_entries(text, _OWNERS)]


def _all(text):
    return [(a.what, a.who, a.carried) for a in read_minutes(text).actions]


def test_a_status_whose_update_follows_a_colon_names_the_owner():
    assert _entry("GX12/26 (village hall boiler) remains open: Cllr Nia Rees to book the heating engineer for a service.") == (
        "Book the heating engineer for a service", "Cllr Nia Rees", None)
    assert _entry("GX14/26 (Hill Lane signs) remains open: Clerk still waiting on a second quote.") == (
        "Hill Lane signs: obtain a second quote", "Clerk", None)


def test_an_awaited_thing_with_a_chase_after_it_is_chased():
    assert _entry("GX14/26 (Hill Lane signs) remains open: Clerk still waiting on a second quote, to chase by the end "
                  "of May.") == ("Chase a second quote for the Hill Lane signs", "Clerk", "the end of May")


def test_an_earlier_minutes_reference_in_brackets_after_the_entrys_number_is_no_topic():
    assert _entry("88.2 (Min. 61) Play area fencing: the Clerk is still waiting for the contractor's invoice. Clerk "
                  "to chase.") == ("Chase the contractor's invoice for play area fencing", "Clerk", None)
    assert _entry("88.1 (Min. 57) Bench at the green: the bench has been installed. Closed.") is None


def test_an_entry_restating_the_earlier_action_then_reporting_on_it():
    text = ("12.1  Min. 4.3 (June) - obtain quotes for relining the car park at the pavilion.\n"
            "      Two quotes received, third awaited.          ACTION: TW\n"
            "12.2  Min. 8.1 (July) - write to the highways team about the flooded underpass at Mill\n"
            "      Lane. Letter sent in August; no reply. JA to chase.\n"
            "12.3  Min. 8.4 (July) - order new litter bins. Complete.")
    assert _entries(text) == [
        ("Obtain quotes for relining the car park at the pavilion", "Tom Wade", None),
        ("Write to the highways team about the flooded underpass at Mill Lane", "Jo Archer", None),
        None]


def test_a_bulleted_entry_of_running_text_is_read_a_sentence_at_a_time():
    # (A bullet, not a reference, opens the entry and no instruction is restated: its sentences are read one at a
    # time, as before.)
    assert review_entries("- Website. The pages are live. Grit bins: still awaited.", _OWNERS) == [
        "- Website.", "The pages are live.", "Grit bins: still awaited."]


def test_an_entry_opened_by_its_reference_runs_on_until_it_gives_its_status():
    text = ("- 26-04 Data sharing sign-off by all partners - 3 of 5 signed. Outstanding: two housing providers. TW to "
            "chase both. OPEN.\n"
            "- 26-07 Leaflet in easy read - printed. CLOSED.")
    assert _entries(text) == [("Chase the data sharing sign-off by all partners", "Tom Wade", None), None]
    # (A sentence about the review as a whole is no part of the entry before it.)
    assert review_entries("GX05/26 - Play area survey: TW confirmed this will come to the May meeting.\n"
                          "All other actions were closed.", _OWNERS)[-1] == "All other actions were closed."


def test_a_log_reference_in_square_brackets_and_its_update_on_a_dashed_line_under_it():
    text = ("[B26-03] Housing to report on the empty homes pilot ........ OPEN\n"
            "- delayed by the new system; revised date 30 April 2027\n"
            "[B26-04] Police to confirm the patrol plan ........ CLOSED")
    assert _entries(text) == [("Report on the empty homes pilot", "Housing", "30 April 2027"), None]


def test_an_owner_and_a_status_or_date_in_the_brackets_closing_an_entry():
    assert _entry("- survey of bus shelters by parish (Highways Team, due June 2027)") == (
        "Survey of bus shelters by parish", "Highways Team", "June 2027")
    assert _entry("- letter to the water company on river outfalls (Chair, outstanding)") == (
        "Letter to the water company on river outfalls", "Chair", None)


def test_an_owner_saying_in_the_passive_what_would_be_done_answers_for_it():
    assert _entry("Item 12/25-26 (waiting times by ward): the Head of Service said the figures would be circulated "
                  "to members by 3 March 2027.") == (
        "Circulate the waiting times by ward to members", "Head of Service", "3 March 2027")
    # (What was done is no undertaking.)
    assert _entry("Item 13/25-26 (parking review): the Head of Service said the report had been published.") is None


def test_a_step_that_fixes_only_a_date_is_for_the_entrys_topic():
    assert _entry("Item 14/25-26 (tour of the new depot): the Clerk would confirm a date with members. Outstanding.") == (
        "Confirm a date with members for the tour of the new depot", "the Clerk", None)


def test_an_unanswered_request_is_followed_up_with_who_did_not_answer():
    assert _entry("2027/011 – the Clerk has still not had a reply from Northern Rail about the broken lift at the "
                  "station. Clerk to write again.") == (
        "Write again to Northern Rail about the broken lift at the station", "Clerk", None)
    assert _entry("Hedge at the school - no response from the landowner. Clerk to chase.") == (
        "Chase the landowner about the hedge at the school", "Clerk", None)


def test_a_review_titled_as_an_agenda_sentence_runs_to_the_next_such_title():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n"
            "GX03/27 To review the action log.\n"
            "GX12/26 (village hall boiler) remains open: Cllr Nia Rees to book the heating engineer for a service.\n"
            "GX13/26 (defibrillator pads) closed, pads replaced.\n\n"
            "GX04/27 To receive the County Councillor's report.\n"
            "Tom Wade to write to the head teacher about parking.\n")
    assert _all(text) == [("Book the heating engineer for a service", "Cllr Nia Rees", True),
                          ("Write to the head teacher about parking", "Tom Wade", False)]


def test_issues_raised_at_previous_meetings_under_a_reference_with_a_two_year_span():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n"
            "Minute 31/26-27\tPROGRESS ON ISSUES RAISED AT PREVIOUS MEETINGS\n"
            "31.1  Item 12/26-27 (school crossing patrol): Helen Brook to write to the county council. Outstanding.\n"
            "31.2  Item 14/26-27 (speed survey): the survey has been completed. Closed.\n\n"
            "Minute 32/26-27\tBUDGET\n"
            "32.1  Ravi Singh to circulate the draft budget.\n")
    assert _all(text) == [("Write to the county council", "Helen Brook", True),
                          ("Circulate the draft budget", "Ravi Singh", False)]


def test_when_a_matter_was_asked_for_set_between_commas_is_no_part_of_it():
    assert matter_of("Inspector Wade confirmed that the report on the junction collisions, requested in May, is still "
                     "with the roads unit and he will revert at the next meeting.") == "the report on the junction collisions"


def test_an_action_log_review_opening_the_entries_after_the_notes():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n1. Notes and actions from 3 February\n"
            "Notes agreed.\nAction log review:\n"
            "- 26-04 Parking survey - TW drafting. OPEN, due 17/03/27.\n"
            "- 26-05 Easy read leaflet - printed. CLOSED.\n\n"
            "2. Any other business\n\nNone.\n")
    assert _all(text) == [("Parking survey", "Tom Wade", True)]


def test_a_status_set_first_as_a_label_then_the_owner_and_the_task():
    assert _entry("- OVERDUE: Tom Wade — Book the hall for the spring fair (due 20 March)") == (
        "Book the hall for the spring fair", "Tom Wade", "20 March")
    assert _entry("- In progress: Helen Brook — Draft the volunteer handbook") == (
        "Draft the volunteer handbook", "Helen Brook", None)
    assert _entry("- DONE: Helen Brook — Send the deck to the trustees") is None


def test_an_owner_in_square_brackets_opening_the_entry():
    assert _entry("- [Ravi] Confirm the pilot user list — IN PROGRESS") == ("Confirm the pilot user list", "Ravi Singh", None)
    # (A task too short to say its matter does not take the owner as its topic.)
    assert _entry("- [Ravi] Legal review — PENDING") == ("Legal review", "Ravi Singh", None)
    assert _entry("- [Ravi] Complete the workflow engine — DONE") is None


def test_a_topic_then_a_report_of_what_was_said_is_no_owner_and_its_undertaking_is_on_the_topic():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n5. OUTSTANDING ACTIONS\n"
            "The following points were noted:\n"
            "Bus Shelter Repairs - A Member raised a point about the shelter at the green and its glass. The Clerk "
            "agreed to chase this with the county council.\n\n"
            "6. ANY OTHER BUSINESS\nNone.\n")
    assert _all(text) == [("Chase the Bus Shelter Repairs with the county council", "The Clerk", True)]


def test_actions_from_last_time_and_an_arrow_to_the_date_a_step_is_due():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n1. Welcome and last notes\n"
            "Notes of 3 February agreed.\n\nActions from last time:\n"
            "  - Helen: volunteer handbook - DONE, now with new starters.\n"
            "  - Tom: parking permits for carers at the day centre - still open, estates\n"
            "    reviewing. Tom will keep chasing -> April.\n\n"
            "2. Any other business\n\nNone.\n")
    assert [(what, who, carried, due) for what, who, carried, due in (
        (a.what, a.who, a.carried, a.due_text) for a in read_minutes(text).actions)] == [
        ("Parking permits for carers at the day centre", "Tom Wade", True, "April")]


def test_a_title_after_a_finished_sentence_ends_an_unnumbered_review():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n"
            "Matters Arising\n"
            "Cllr Nia Rees asked for an update on the request to the Roads Department for a crossing at the\n"
            "school, raised in January. The Clerk advised that no reply had been received. Agreed to write again\n"
            "to the Department.\n"
            "Community Safety Report\n"
            "Tom Wade agreed to arrange a talk on scams before Easter.\n")
    assert _all(text) == [("Arrange a talk on scams before Easter", "Tom Wade", False),
                          ("Write again to the Roads Department about a crossing at the school", None, True)]


def test_a_request_followed_up_is_made_again_to_whom_it_was_made_about_what_it_asked():
    assert on_matter("Write again to the Department", "the request to the Department of Transport for a new bus stop") == (
        "Write again to the Department of Transport about a new bus stop")
    # (A task that names its own matter keeps its words.)
    assert on_matter("Write again to the Department about the bus stop",
                     "the request to the Department of Transport for a new bus stop") == (
        "Write again to the Department about the bus stop")


def test_the_earlier_action_in_brackets_after_its_number():
    assert _entry("26-09 (TW to write to the bus company about the school route) - letter drafted, awaiting comments; "
                  "carried forward, due end of May.") == (
        "Write to the bus company about the school route", "Tom Wade", "end of May")


def test_an_owner_still_working_on_a_thing_is_to_complete_it():
    assert _entry("(c) 12.27 Village website: Cllr Nia Rees is still working on the accessibility fixes, now expected "
                  "by the end of May.") == ("Complete the accessibility fixes", "Cllr Nia Rees", "the end of May")


def test_what_an_owner_says_will_come_to_a_meeting_is_theirs_to_bring():
    assert _entry("GX/26/122 (review of the volunteer policy) remains open; Helen Brook advised that the revised policy "
                  "will come to the June meeting.") == (
        "Bring the revised policy to the June meeting", "Helen Brook", "the June meeting")


def test_an_owner_instructed_in_the_passive_under_a_minute_number_on_its_topic():
    assert _entry("2611 – Play area gate: the Clerk reported that the contractor's repair was still disputed. The Clerk "
                  "was instructed to refer the matter to the Council's solicitor.") == (
        "Refer the play area gate to the Council's solicitor", "The Clerk", None)


def test_an_owners_step_labelled_in_capitals_joins_the_entry():
    assert review_entries("3.2 Insurance - the renewal falls in April. Still waiting on a quote from the broker. ACTION: "
                          "TW to bring the quote to the March meeting.", _OWNERS) == [
        "3.2 Insurance - the renewal falls in April. Still waiting on a quote from the broker. ACTION: TW to bring the "
        "quote to the March meeting."]


def test_moderngov_outstanding_actions_with_the_owner_on_an_action_line_of_its_own():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n"
            "301/26\nOutstanding actions of the Board\nMinutes:\n"
            "The Board considered the outstanding action list and the following were noted:-\n\n"
            "288/26  :  Volunteer Recognition -  It was noted that options for recognising volunteers would be "
            "considered as part of the people plan at the May meeting.\n\n"
            "Action  :  Helen Brook\n\n"
            "302/26\nQuestions from the public\nMinutes:\nThere were none.\n")
    assert _all(text) == [("Volunteer Recognition", "Helen Brook", True)]


def test_a_report_of_what_was_noted_is_no_task_whoever_the_words_before_it_name():
    assert _entry("301/26 : Staff Forum - It was noted that the forum would meet in May. Ongoing.") is None


def test_an_owners_tag_in_brackets_after_the_last_sentence_and_a_reference_cell_before_the_item():
    assert _entries("9.4\tBench by the pond\tQuote awaited from the joiner. [Clerk]") == [
        ("Bench by the pond", "Clerk", None)]
    assert _entries("- Bench by the pond - quote awaited from the joiner. [Clerk]") == [
        ("Bench by the pond: obtain quote", "Clerk", None)]


def test_a_logs_state_column_is_its_status():
    # (action_tables.py: "State" heads the status column as "Status" does, so a row marked done is no action.)
    from minutes.action_tables import table_columns
    assert table_columns("#\tItem\tWho\tOpened\tState")[-1] == table_columns("#\tItem\tWho\tOpened\tStatus")[-1]


def test_a_task_lists_title_column_is_what_is_to_be_done():
    # (Task lists exported from planners head the task "Title" beside "Assigned to" (main reads it since the merge); a roll's
    # "Name | Title | Organisation" stays no action table.)
    from minutes.action_tables import table_columns
    assert table_columns("Title\tAssigned to\tDue date\tStatus") == ["what", "who", "when", "other"]
    assert table_columns("Name\tTitle\tOrganisation") is None


def test_a_log_row_carried_from_an_earlier_meeting_says_so_in_its_status_or_after_its_words():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\nAction tracker\n\n"
            "| Action | Owner | Due | Status |\n|---|---|---|---|\n"
            "| Map the cycle routes (from Dec) | Tom Wade | 30 Apr 2027 | In progress |\n"
            "| Audit the grit bins | Helen Brook | 31 Mar 2027 | In progress – carried |\n"
            "| Book the spring clean | Ravi Singh | 20 Mar 2027 | Not started |\n\n"
            "Next meeting: 7 April 2027\n")
    assert _all(text) == [("Map the cycle routes", "Tom Wade", True), ("Audit the grit bins", "Helen Brook", True),
                          ("Book the spring clean", "Ravi Singh", False)]


def test_earlier_actions_reported_in_a_sentence_each_with_its_reference_and_owner_as_carried():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n2. Actions from the last meeting\n\n"
            "2.1 The secretariat reported that 2 of 4 actions were complete. Of the remaining actions, the note to "
            "the county on bus passes is still in draft (AP 27/01-2, carried: Helen Brook), and the map of cycle "
            "routes will come to the May meeting (AP 27/01-4, carried: Tom Wade).\n\n"
            "3. Any other business\n\nNone.\n")
    assert _all(text) == [("Note to the county on bus passes", "Helen Brook", True),
                          ("Map of cycle routes to come to the May meeting", "Tom Wade", True)]


def test_what_a_speaker_says_will_be_given_to_members_is_theirs_to_give():
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n2. Matters Arising\n\n"
            "Cllr Nia Rees asked about the crossing at Mill Lane, raised in January. The Clerk said it is in the "
            "spring programme and a start date will be given to members at the April meeting.\n\n"
            "3. Any other business\n\nNone.\n")
    assert _all(text) == [("Give members a start date for the crossing at Mill Lane", "The Clerk", True)]


def test_a_numbered_entry_keeps_its_number_and_a_status_opening_a_sentence_is_the_entrys():
    assert review_entries("2. Grit bins for Mill Lane – TW has ordered them. Ongoing – TW to fill them by March.",
                          _OWNERS) == ["2. Grit bins for Mill Lane – TW has ordered them. Ongoing – TW to fill them by March."]
    assert _entries("3. Volunteer handbook refresh – Helen has updated half of it. Ongoing – Helen to finish by the "
                    "April meeting.") == [("Finish the volunteer handbook refresh", "Helen Brook", "the April meeting")]


def test_the_owner_alone_closing_a_status_and_re_colon_is_no_break():
    assert _entry("5. Letter to the water company re: flooding at the ford – Not yet sent. Ongoing – TW.") == (
        "Letter to the water company re: flooding at the ford", "Tom Wade", None)


def test_he_or_she_taking_the_step_is_the_one_the_entry_said_reported():
    assert _entries("- Minute 41 (dog fouling bins) - the Clerk reported that two bins were still awaited. She would "
                    "chase them and report back.") == [("Chase the dog fouling bins and report back", "the Clerk", None)]


def test_a_step_with_its_condition_between_commas_follows_up_whoever_did_not_answer():
    assert _entries("(b) Minute 1501 - Blocked drain on Mill Lane. Still no response from the water company. The Clerk "
                    "will write again and, if there is no reply by the May meeting, refer the matter to the county "
                    "councillor.") == [
        ("Write again to the water company about the blocked drain on Mill Lane and refer the matter to the county "
         "councillor if there is no reply", "The Clerk", "the May meeting")]


def test_an_outstanding_matters_reports_matter_column_is_what_is_to_be_done():
    # ("Ref | Matter | Lead | Status | Comment", as a clerk's outstanding matters report heads it: read by main's
    # owners-column rule since the merge.)
    text = (_PRESENT + "Minutes of the meeting held on 3 March 2027\n\n27/004 Outstanding Matters Report\n\n"
            "| Ref | Matter | Lead | Status | Comment |\n|---|---|---|---|---|\n"
            "| 26/118 | Stile on footpath 9 | Clerk | Closed | Replaced in December |\n"
            "| 26/131 | Drainage survey of the green | Tom Wade | Amber | Contractor booked |\n\n"
            "27/005 Finance\n\nNoted.\n")
    assert _all(text) == [("Drainage survey of the green", "Tom Wade", True)]


def test_an_entry_with_an_owner_is_that_owners():
    assert _entry("- Lighting at the pier car park: with the Clerk, costing expected end of May. Open.") == (
        "Lighting at the pier car park", "the Clerk", None)
    # (A name after "with" that is no owner names none.)
    assert _entry("- Lighting at the pier car park: with Quay Lighting Ltd, costing expected end of May. Open.") is None
