"""Reviews of earlier actions (matters arising, action logs, outstanding actions): an entry
still open is an action carried on, one done or closed is none, and the status words stay
out of the action's words. Each rule is tried on a few invented lines in layouts real
minutes use."""

from datetime import date

from minutes import read_minutes
from minutes.owners import Owners
from minutes.reviews import open_entry, review_entries, status_of

_OWNERS = Owners(["Jo Archer", "Ravi Singh", "Helen Brook", "Dr Lena Moss", "Tom Wade", "Bea Shaw", "Gail Stone",
                  "Per Holm"])
_PRESENT = "Present: Jo Archer (Chair), Ravi Singh, Helen Brook, Dr Lena Moss, Tom Wade, Bea Shaw, Gail Stone\n\n"


def _entry(text):
    task = open_entry(text, _OWNERS)
    return (task.what, task.who, task.due_text) if task else None


def _carried(text):
    return [(a.what, a.who) for a in read_minutes(text).actions if a.carried]


def _new(text):
    return [(a.what, a.who) for a in read_minutes(text).actions if not a.carried]


def test_the_last_status_word_says_whether_an_entry_goes_on():
    assert status_of("RS to circulate the plan - complete, circulated 1/12.") == "closed"
    assert status_of("Tom to draft the checklist — still open, PR in review.") == "open"
    assert status_of("Police to provide figures - provided in the pack. Closed.") == "closed"
    assert status_of("Tom Wade to arrange training - Harriet to arrange for January. Open.") == "open"
    assert status_of("TW has not yet completed the check") == "open"
    assert status_of("- [x] @pholm: tag the release ✅") == "closed"
    assert status_of("Members discussed the parking survey.") is None


def test_an_entry_with_a_reference_the_task_its_owner_and_a_status():
    assert _entry("- 04/26-2 Hedge cutting schedule to be agreed by all wards - JA - remains open, one ward to sign.") \
        == ("Agree hedge cutting schedule by all wards", "Jo Archer", None)
    assert _entry("- 04/26-5 Footpath survey - RS - due June.") == ("Footpath survey", "Ravi Singh", "June")
    assert _entry("Action 11/25-3  RS to provide the footfall figures - outstanding, due March.") == (
        "Provide the footfall figures", "Ravi Singh", "March")
    assert _entry("- Action 7.2 (Dr Moss to draft a note on sampling methods): ongoing;")[:2] == (
        "Draft a note on sampling methods", "Dr Lena Moss")
    assert _entry("- AI from 2026-02-03: Tom to draft the release checklist — still open, PR in review.") == (
        "Draft the release checklist", "Tom Wade", None)
    assert _entry("2.2 Action 5.2 (March): audit of housing cases. Ongoing; carried forward. Lead: Ravi Singh.") \
        == ("Audit of housing cases", "Ravi Singh", None)


def test_a_closed_entry_is_no_action():
    assert _entry("Action 11/25-1  JA to circulate the plan - complete, circulated 1/12.") is None
    assert _entry("- AI from 2026-02-03: Gail to book the venue — done, closed.") is None
    assert _entry("- R12 Police to provide figures on stops - provided in the pack. Closed.") is None


def test_a_status_word_inside_the_task_is_no_status():
    assert _entry("- [ ] @pholm: chase the 3 open bugs with no owner — carried over") == (
        "Chase the 3 open bugs with no owner", "Per Holm", None)


def test_a_topic_with_its_owner_written_before_or_after_the_status():
    assert _entry("- 12/25 Grit bins - still awaited from the supplier; Clerk chasing.") == ("Grit bins", "Clerk", None)
    assert _entry("The action on the estates review is carried forward (JA).") == ("Estates review", "Jo Archer", None)
    assert _entry("All actions were complete apart from the shop window posters, which BS is still chasing.") == (
        "Shop window posters", "Bea Shaw", None)


def test_an_owner_waiting_for_something_is_to_obtain_it():
    assert _entry("- Benches at the green: TW still waiting for the carpenter's quote.") == (
        "Benches at the green: obtain the carpenter's quote", "Tom Wade", None)
    assert _entry("b) 25/14 Litter signs - the Clerk is still waiting for the district council to supply the signs.") \
        == ("Litter signs: obtain the signs from the district council", "Clerk", None)


def test_a_bare_task_in_the_status_takes_the_entry_s_topic():
    assert _entry("- Action 3 (Parking review) - ongoing, HB to update at next meeting.") == (
        "Update on parking review", "Helen Brook", "next meeting")
    # A task with words of its own keeps them.
    assert _entry("TB/12: the risk register refresh remains open; JA to bring the revised register to the May meeting.") \
        == ("Bring the revised register to the May meeting", "Jo Archer", "the May meeting")


def test_entries_are_cut_at_lines_that_open_one_and_at_sentences_a_lone_status_staying_behind():
    text = ("Action 11/25-3  RS to provide the footfall figures -\n                 outstanding, due March.\n"
            "Bus shelter lighting - GS awaiting the quote. Still open.\n"
            "The form is complete; the action on the estates review is carried forward (JA).")
    assert review_entries(text) == [
        "Action 11/25-3  RS to provide the footfall figures - outstanding, due March.",
        "Bus shelter lighting - GS awaiting the quote. Still open.",
        "The form is complete", "the action on the estates review is carried forward (JA)."]


def test_open_entries_under_matters_arising_are_carried_and_closed_ones_dropped():
    text = (_PRESENT + "2. Minutes of the last meeting and action log\nMinutes agreed. Action log:\n"
            "- A31 Ravi Singh to provide figures on stops - provided in the pack. Closed.\n"
            "- A33 Tom Wade to arrange training for new members - Open.\n"
            "- A34 Gail Stone to confirm the records policy - ongoing, due April.\n\n"
            "3. Budget\nACTION: Helen Brook to circulate the budget by 30 April 2026.\n")
    assert _carried(text) == [("Arrange training for new members", "Tom Wade"),
                              ("Confirm the records policy", "Gail Stone")]
    assert _new(text) == [("Circulate the budget", "Helen Brook")]


def test_a_log_table_under_a_review_carries_its_open_rows():
    text = (_PRESENT + "2. Actions from the previous meeting\n"
            "Ref\tAction\tLead\tDue\tStatus\n"
            "09/02\tAgree a shared data set\tRS\tDec 2026\tOpen\n"
            "09/03\tPublish the newsletter\tHB\tNov 2026\tComplete\n"
            "09/05\tRecruit two volunteers\tTW\tJan 2027\tIn progress - due end of January\n\n"
            "3. Any other business\nNone.\n")
    assert _carried(text) == [("Agree a shared data set", "Ravi Singh"), ("Recruit two volunteers", "Tom Wade")]


def test_an_entry_restated_by_a_marker_or_a_later_list_is_one_carried_action():
    text = (_PRESENT + "2. Matters arising\n"
            "2.1 Van lease: TW is still waiting for the leasing company's quote. Carried forward. ACTION: TW\n\n"
            "3. Actions\n- Tom Wade to arrange training for new members (carried from A33)\n")
    minutes = read_minutes(text)
    assert [(a.what, a.who, a.carried) for a in minutes.actions if "Van" in a.what] == [
        ("Van lease: obtain the leasing company's quote", "Tom Wade", True)]
    assert len([a for a in minutes.actions if "Van" in a.what]) == 1


def test_a_carried_row_keeps_its_date():
    text = (_PRESENT + "2. Outstanding actions\n"
            "No.\tAction\tOwner\tDeadline\tStatus\n"
            "15\tAudit referrals from care homes\tRavi Singh\tJune 2026\tOngoing – report to September meeting\n\n"
            "3. Close\n")
    actions = [a for a in read_minutes(text.replace("Present:", "Meeting held on 12 May 2026\nPresent:")).actions
               if a.carried]
    assert [(a.what, a.due) for a in actions] == [("Audit referrals from care homes", date(2026, 6, 30))]


def test_clauses_with_one_status_stay_one_entry_and_different_statuses_part():
    assert review_entries("- Action 3 (Needs assessment refresh) - ongoing; LA confirmed a draft due in October.") == [
        "- Action 3 (Needs assessment refresh) - ongoing; LA confirmed a draft due in October."]
    assert review_entries("The form is complete; the survey remains open.") == ["The form is complete",
                                                                                   "the survey remains open."]


def test_a_log_row_whose_cells_came_as_text_reads_its_first_cell_and_its_status():
    assert _entry("Health checks for young people on orders – RS to report uptake\tUptake 78%\tOpen") == (
        "Report uptake on health checks for young people on orders", "Ravi Singh", None)
    assert _entry("Education, training and employment audit – TW\tFieldwork delayed to March\tOpen") == (
        "Education, training and employment audit", "Tom Wade", None)
    assert _entry("Police to share the disposal data – HB\tNow shared monthly\tClosed") is None


def test_initials_alone_after_an_entry_own_it():
    text = "Action QSC/24/088 (falls audit) remains open and is carried forward to May.\nJA"
    # (carried forward to May: on the log until May's end, its date as written)
    assert [_entry(entry) for entry in review_entries(text)] == [("Falls audit", "Jo Archer", "May")]


def test_an_owner_opening_a_later_piece_owns_the_topic():
    assert _entry("PCC/25/041 (survey results by practice): HB reported the analysis would follow. Remains open.") \
        == ("Survey results by practice", "Helen Brook", None)


def test_a_task_bare_but_for_its_date_takes_the_topic():
    assert _entry("- Youth sessions at the leisure centre – ongoing, HB to report numbers next month.")[:2] == (
        "Report numbers next month on youth sessions at the leisure centre", "Helen Brook")


def test_titles_that_open_a_review_of_earlier_actions():
    for title in ("1. Actions from last JAG", "2. Notes of last meeting (10/06/25) and Actions",
                  "1. Welcome / previous AIs"):
        text = (_PRESENT + title + "\n- Parking review - HB - ongoing.\n- Library hours - TW - complete.\n\n"
                "3. Any other business\nNone.\n")
        assert _carried(text) == [("Parking review", "Helen Brook")], title


def test_a_status_after_an_action_s_words_is_taken_off_them():
    from minutes.reviews import status_tail

    assert status_tail("Book the room for the summit — done") == ("Book the room for the summit", "closed")
    assert status_tail("Move CI off the old runners — still in progress") == ("Move CI off the old runners", "open")
    assert status_tail("✅ Reply to the grant query") == ("Reply to the grant query", "closed")
    assert status_tail("Provide the data on stops - provided in the pack. Closed") == (
        "Provide the data on stops", "closed")
    assert status_tail("Confirm the records policy - Open; update next meeting") == ("Confirm the records policy", "open")
    assert status_tail("Carried from March: Tom Wade — the recommendation for the seat (still open)") == (
        "Tom Wade — the recommendation for the seat", "open")
    # A date after the words is no status; nor are words that only contain a status word.
    assert status_tail("Prepare the accounts – due June") is None
    assert status_tail("Chase the 3 open bugs") is None


def test_listed_actions_with_a_status_after_them_are_dropped_when_done_and_carried_when_open():
    text = (_PRESENT + "3. Follow-ups\n\nACTIONS:\n- Tom Wade to book the room for the summit — done\n"
            "- Gail Stone to move CI off the old runners — still in progress\n"
            "- Helen Brook to draft the budget by 30 June 2026\n")
    minutes = read_minutes(text)
    assert [(a.what, a.who, a.carried) for a in minutes.actions] == [
        ("Move CI off the old runners", "Gail Stone", True), ("Draft the budget", "Helen Brook", False)]


def test_an_action_log_line_inside_a_review_item_keeps_the_review():
    text = (_PRESENT + "2. Minutes of 9 March and action log\n\nMinutes agreed.\n\nAction log:\n\n"
            "- A31 Ravi Singh to provide figures on stops - provided in the pack. Closed.\n"
            "- A33 Tom Wade to arrange training for new members - Open.\n\n"
            "3. Stops data\nACTION: Helen Brook to circulate the data by 30 April 2026.\n")
    assert _carried(text) == [("Arrange training for new members", "Tom Wade")]
    assert _new(text) == [("Circulate the data: stops data", "Helen Brook")]


def test_a_sentence_in_running_text_about_an_earlier_action_still_open_is_that_action():
    text = (_PRESENT + "1. Notes of last meeting\n"
            "Agreed. The action for Ravi Singh to review CCTV on the harbour estate is still outstanding and is "
            "carried forward.\n\n2. Budget\nThe budget was noted.\n")
    assert _carried(text) == [("Review CCTV on the harbour estate", "Ravi Singh")]
    # An action spoken of as done is none.
    assert _carried(text.replace("is still outstanding and is carried forward", "is complete")) == []


def test_a_review_title_inside_a_paragraph_or_a_row_opens_its_entries():
    text = (_PRESENT + "BRD/26/04\tAction log and matters arising; All actions were complete except BRD/25/78 "
            "(data-sharing agreement with the councils), which remains open with Helen Brook; revised target "
            "date now 31 January 2027.\n"
            "BRD/26/05\tFinance report; The Board noted the report.\n")
    assert _carried(text) == [("Data-sharing agreement with the councils", "Helen Brook")]
    text = (_PRESENT + "1. Welcome\nMin. 1.4 Action log - BRD/2511/03 (dental access data for the town) carried "
            "forward, awaiting the national data; RS to bring to March. All other actions complete.\n")
    # ("to March" is when: the body's March meeting)
    assert _carried(text) == [("Bring the national data for dental access data for the town", "Ravi Singh")]


def test_statuses_real_logs_use_for_an_action_not_finished():
    for status in ("Not Done", "Partial", "Partially complete", "still in discussion with the bank", "Pending"):
        assert status_of(f"Close the old account - {status}") == "open", status
    text = (_PRESENT + "22/21 Matters outstanding\na) Bank account – the Chair was still in discussion with the bank "
            "about a new account.\n\n23/21 Planning\nNone.\n")
    assert _carried(text) == [("Bank account", "Chair")]


def test_an_owner_still_doing_the_work_is_to_go_on_doing_it():
    assert _entry("121/25-26 Bilingual signs: Cllr Williams is still translating the website pages - ongoing.") == (
        "Translate the website pages (Bilingual signs)", "Cllr Williams", None)


def test_an_action_marker_naming_the_owner_of_a_carried_entry_adds_no_action():
    text = (_PRESENT + "3. Matters arising\n- Notice board at the shop: TW still waiting for the joiner's quote.\n"
            "  ACTION TW (carried forward)\n- Website: HB has moved it to the new host. Closed.\n\n4. Police\nNone.\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Notice board at the shop: obtain the joiner's quote", "Tom Wade", True)]


def test_a_review_under_a_referenced_title_or_after_a_resolution():
    text = (_PRESENT + "130/25-26 Minutes\nAgreed.\n\n133/25-26 Matters arising\n\n"
            "121/25-26 Bilingual signs: Cllr Williams is still translating the website pages - ongoing.\n\n"
            "134/25-26 Finance\nNoted.\n")
    assert _carried(text) == [("Translate the website pages (Bilingual signs)", "Cllr Williams")]
    text = (_PRESENT + "F03:10/25 To approve the minutes. RESOLVED: approved and signed by the Chair.\n"
            "F04:10/25 To review the action log. FC34/25 (noticeboard at the station) - Cllr Harcourt still "
            "awaiting a reply from the rail operator; to remain on the log.\n")
    assert _carried(text) == [("Noticeboard at the station: obtain a reply from the rail operator", "Cllr Harcourt")]


def test_a_log_marking_this_meeting_s_rows_new_carries_its_other_open_rows_and_drops_closed_ones():
    text = (_PRESENT + "1. Welcome\nNoted.\n\nAction log\n\nNo.\tAction\tLead\tDue\tRAG\n"
            "25/31\tDraft the estates plan\tRS\tJan 2027\tAmber\n"
            "25/36\tUpdate the data sharing agreement\tHB\tDec 2026\tGreen – closed\n"
            "26/01\tConfirm the clinic extension\tTW\t31/01/27\tNew\n\n"
            "Next meeting: 10 February 2027\n")
    assert [(a.what, a.carried) for a in read_minutes(text).actions] == [
        ("Draft the estates plan", True), ("Confirm the clinic extension", False)]


def test_ratings_and_marks_of_work_going_on_are_open():
    from minutes.reviews import status_tail

    assert status_tail("⏳ Draft the deprecation policy") == ("Draft the deprecation policy", "open")
    text = (_PRESENT + "2. Previous minutes and action register\nThe panel reviewed the open actions:\n\n"
            "ID\tAction\tOwner\tDue\tStatus\n"
            "21-01\tPublish the quality report\tRS\tJan 2027\tDone\n"
            "21-03\tWrite guidance on redactions\tHB\tMar 2027\tAmber - first draft circulated\n"
            "20-06\tMeet the regulator on statistics\tJA\tQ1 2027\tGreen - meeting booked 19 Feb\n\n"
            "3. Standards\nNoted.\n")
    assert _carried(text) == [("Write guidance on redactions", "Helen Brook"),
                              ("Meet the regulator on statistics", "Jo Archer")]


def test_a_thing_held_by_its_owner_for_a_purpose_sets_that_purpose():
    assert _entry("Matters arising: the parking guidance remains with Helen Brook for final review; it will "
                  "come to the May group.") == ("Final review of parking guidance", "Helen Brook", "the May group")


def test_a_review_under_a_title_the_agenda_does_not_number_and_its_entries_steps():
    text = (_PRESENT + "Min. 26.004  MATTERS ARISING / PROGRESS REPORT\n"
            "(a) Cou/25-26/122 Grit bin, Top Road: still awaited from the County Council. The Clerk to chase.\n"
            "(b) Defibrillator pads - replaced. Closed.\n"
            "2574 – Bench on the green: Cllr Shaw is still obtaining a quotation; this remains outstanding.\n")
    assert _carried(text) == [("Chase the grit bin, Top Road", "The Clerk"),
                              ("Obtain a quotation (Bench on the green)", "Bea Shaw")]


def test_a_log_row_with_dot_leaders_and_an_owner_in_brackets():
    assert _entry("02/01  Winter access data to board (HB) ............. OPEN - c/f to March") == (
        "Winter access data to board", "Helen Brook", "to March")


def test_an_instruction_in_a_review_is_an_action_though_it_says_was():
    text = (_PRESENT + "2583. Matters arising\n\n2571 – Christmas lights: the Clerk reported that the invoice was "
            "still disputed. The Clerk was instructed to refer the matter to the insurers if not settled within "
            "14 days.\n\n2584. Finance\nNoted.\n")
    # ("the matter" is the entry's topic, so the task names the topic instead.)
    assert [what for what, _ in _carried(text) + _new(text)] == ["Refer the christmas lights to the insurers if not settled"]


def test_a_thing_still_to_be_done_an_arrowed_owner_and_a_chase_for_what_is_awaited():
    assert _entry("• Hall training — HB has contacted the responders, date still to be fixed.") == (
        "Fix the date for hall training", "Helen Brook", None)
    assert _entry("- Panel delegate still to be chosen (Tom) — open since January.") == (
        "Choose the panel delegate", "Tom Wade", None)
    assert _entry("- Gail → reply to the authors with our feedback — still open, draft shared.") == (
        "Reply to the authors with our feedback", "Gail Stone", None)
    assert _entry("(a) Bus shelter, Mill Road - still awaiting the contractor's date. Clerk to chase again.") == (
        "Chase the contractor's date for bus shelter, Mill Road", "Clerk", None)


def test_a_status_after_an_owner_in_brackets():
    assert _entry("02/01 Winter data to board (HB) OPEN - c/f to March")[:2] == (
        "Winter data to board", "Helen Brook")


def test_a_log_row_to_close_is_none_and_a_revised_date_is_the_due_date():
    text = (_PRESENT + "Meeting held on 12 January 2027\n\nICB/26/04 Action tracker\n\n"
            "Minute ref\tAction description\tLead\tTarget date\tProgress / RAG\n"
            "ICB/25/88\tPresent the inclusion plan to the Board\tRS\tJan 2027\tGreen – on this agenda; close\n"
            "ICB/25/91\tShare the winter letter response with partners\tHB\tDec 2026\tAmber – revised date 28 February 2027\n"
            "\nICB/26/05 Finance\nNoted.\n")
    actions = [a for a in read_minutes(text).actions if a.carried]
    assert [(a.what, a.due) for a in actions] == [("Share the winter letter response with partners", date(2027, 2, 28))]


def test_an_answer_to_a_matter_raised_before_takes_the_matter_and_is_carried():
    text = (_PRESENT + "2. Matters arising\nCllr Archer asked about the CCTV scheme at the station car park which "
            "had been raised at the November meeting. Ravi Singh said the assessment was with the data unit and he "
            "would update members when it is returned.\n\n3. Finance\nNoted.\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Update members: the CCTV scheme at the station car park, when it is returned", "Ravi Singh", True)]


def test_the_matter_asked_about_needs_no_article():
    text = (_PRESENT + "2. Matters arising\nCllr Archer asked again about speed enforcement at the school. Ravi Singh "
            "said a van had been requested and he would revert to Cllr Archer directly.\n\n3. Finance\nNoted.\n")
    # (Asked again: the matter was raised before, so the answer goes on with it, carried.)
    assert [(a.what, a.carried) for a in read_minutes(text).actions] == [
        ("Revert to Cllr Archer directly: speed enforcement at the school", True)]


def test_a_thing_still_needed_an_owner_still_working_on_it_and_leftovers_over_a_list():
    assert _entry("(c) 25/130 Noticeboard, Low Green: Cllr Stone has one quote; a second quote is still needed before "
                  "the March meeting.") == ("Obtain a second quote for noticeboard, Low Green", "Gail Stone",
                                            "the March meeting")
    assert _entry("- Style guide section on notes — Gail still working on it.") == (
        "Finish the style guide section on notes", "Gail Stone", None)
    text = (_PRESENT + "1. Last meeting\n\nMinutes accepted. Leftover from #26:\n\n"
            "- Style guide section on notes — Gail still working on it.\n"
            "- Broken redirects — fixed by Tom, closed.\n\n2. Versioned docs\n\nNoted.\n")
    assert _carried(text) == [("Finish the style guide section on notes", "Gail Stone")]


def test_carried_over_from_previous_meetings_titles_a_review_and_a_lone_status_is_no_action():
    text = (_PRESENT + "Carried over from previous meetings\n\n"
            "- Panel delegate still to be chosen (Tom) — open since January.\n"
            "- Update the election page — done, removed from list.\n\nNext meeting: 18 March 2027.\n")
    assert _carried(text) == [("Choose the panel delegate", "Tom Wade")]
    text = _PRESENT + "4. Motion\nMotion to adopt the policy.\nACTION: Carried\n"
    assert [a.what for a in read_minutes(text).actions] == []
