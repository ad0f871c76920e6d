"""General rules for actions written in running text, their owners and due dates, each
tried on a few invented lines in the layouts real minutes use."""

from datetime import date

from minutes import read_minutes
from minutes.owners import Owners


def _actions(text):
    return [(a.what, a.who, a.due) for a in read_minutes(text).actions]


def test_a_name_behind_a_personal_title_is_a_person_even_when_the_attendance_omits_it():
    owners = Owners(["Ann Cole"])
    assert owners.is_person("Cllr Lightfoot") and owners.is_person("PCSO Mayhew")
    assert owners.is_owner("Cllr O. Griffiths", strict=True)
    assert not owners.is_person("Cllr") and not owners.is_person("Parish Council")
    text = ("Present: Ann Cole (Chair)\n\n1. Remembrance Sunday\n"
            "Cllr Lightfoot to liaise with the Legion branch on road closure marshals.\n")
    assert _actions(text) == [("Liaise with the Legion branch on road closure marshals", "Cllr Lightfoot", None)]


def test_initials_with_a_lower_case_letter_are_initials():
    owners = Owners(["Ann Cole"])
    assert owners.is_owner("PSt", strict=False) and owners.is_owner("CMo / RKe", strict=False)
    assert not owners.is_owner("Pst", strict=False)


def test_someone_who_will_do_nothing_in_particular_has_no_task():
    text = ("Present: Ann Cole (Chair), Dr Sarah Pym\n\n5. Any other business\n"
            "Ann Cole will be on leave in April; Dr Sarah Pym will deputise.\n")
    assert _actions(text) == []


def test_a_resolution_in_the_infinitive_instructs_requests_and_notes_who_will_act():
    text = ("Present: Ann Cole (Chair); Ben Hale, Chief Officer\n\n"
            "4. PERFORMANCE REPORT\nMembers asked about waiting times.\n\nThe Committee resolved:-\n"
            "(i)   to note the report;\n"
            "(ii)  to instruct the Chief Finance Officer to bring a savings plan to the next meeting;\n"
            "(iii) to request that the Chief Officer circulate a briefing by 19 December 2025; and\n"
            "(iv)  to note that the Chief Internal Auditor would meet the Chairperson to agree the timetable.\n\n"
            "5. DATE OF NEXT MEETING\nWednesday 25 February 2026 at 10.00 am.\n")
    assert _actions(text) == [
        ("Bring a savings plan", "Chief Finance Officer", date(2026, 2, 25)),
        ("Circulate a briefing", "Chief Officer", date(2025, 12, 19)),
        ("Meet the Chairperson to agree the timetable", "the Chief Internal Auditor", None),
    ]


def test_a_resolution_that_someone_be_asked_to_act_or_acts_in_the_present_sets_them_the_task():
    text = ("Present: Ann Cole (Chair)\nAlso present: Joe Pike (Treasurer); Mia Glass (Clerk)\n\n"
            "Thursday 11 December 2025\n\n"
            "34. PERFORMANCE\n34.1 RESOLVED - that (a) the report be noted; (b) the Treasurer be requested to "
            "provide members with the full cost; and (c) the Clerk be asked to add rural response times to the "
            "work programme.\n\n"
            "35. PLAY AREA\nRESOLVED that the Clerk obtains two quotes for new chains.\n"
            "RESOLVED that the Clerk confirms that the insurance covers the play area.\n")
    assert _actions(text) == [
        ("Provide members with the full cost", "Treasurer", None),
        ("Add rural response times to the work programme", "Clerk", None),
        ("Obtain two quotes for new chains", "Clerk", None),
    ]


def test_a_month_that_closes_a_task_and_a_meeting_named_by_its_month_are_due_dates():
    text = ("Minutes of the trustees, Tuesday 3 March 2026\n\nPresent: Ann Cole (Chair), Tom Reed (Secretary)\n\n"
            "2. Governance\nTom Reed to lead a trustee recruitment campaign in April.\n"
            "Ann Cole to knock on doors in Blocks C and D during March.\n"
            "Tom Reed to bring a volunteer plan to the May board.\n"
            "Ann Cole to report the figures for March to the treasurer.\n"
            "Tom Reed to cut back the hedge - end Jun.\n\n"
            "3. Date of next meeting\nTuesday 12 May 2026, 7pm.\n")
    assert _actions(text) == [
        ("Lead a trustee recruitment campaign", "Tom Reed", date(2026, 4, 30)),
        ("Knock on doors in Blocks C and D", "Ann Cole", date(2026, 3, 31)),
        # Where the work goes ("to the May board") stays part of it.
        ("Bring a volunteer plan to the May board", "Tom Reed", date(2026, 5, 12)),
        ("Report the figures for March to the treasurer", "Ann Cole", None),
        ("Cut back the hedge", "Tom Reed", date(2026, 6, 30)),
    ]


def test_an_action_marker_after_a_sentence_read_as_an_unowned_task_gives_it_owner_and_date():
    text = ("Board members\nJoanna Havers – Chief Nurse – JH\n\nWednesday 14 January 2026\n\n"
            "TB/26/04 Quality report\nThe board agreed that a deep dive would be presented in February.   "
            "ACTION – JH – 11/02/2026\nJH reported on the backlog.\n")
    assert [(a.who, a.due) for a in read_minutes(text).actions] == [("Joanna Havers", date(2026, 2, 11))]


def test_a_month_closing_a_sentence_that_sets_nobody_anything_is_no_due_date():
    text = ("Minutes of the trustees, Tuesday 3 March 2026\n\nPresent: Ann Cole (Chair)\n\n"
            "2. Estates\nThe lease runs out in March.\nOwner: Ann Cole   Deadline: 30/06/2026\n")
    assert _actions(text) == [("The lease runs out in March", "Ann Cole", date(2026, 6, 30))]


def test_a_task_list_names_people_then_the_plain_verb_with_its_date_run_on():
    text = ("Date\n\n11 Dec 2025 18:00–19:45, Quayside Office\n\nParticipants\n\n- Harold Jacobs (chair)\n"
            "- Teresa Kowalczyk\n- Connor Blaney\n\nAction items\n\n"
            "- Harold Jacobs write to the Chair of the Board 09 Jan 2026\n"
            "- Teresa Kowalczyk and Connor Blaney carry out the mystery shop\n"
            "- Harold Jacobs reported on the review held on 4 December 2025\n")
    assert _actions(text) == [
        ("Write to the Chair of the Board", "Harold Jacobs", date(2026, 1, 9)),
        ("Carry out the mystery shop", "Teresa Kowalczyk, Connor Blaney", None),
    ]


def test_a_checklist_set_apart_by_blank_lines_is_one_list_and_ticked_boxes_are_done():
    text = ("Tues 20 Jan 2026\n\nAttendees: Gemma Thorne (chair), Lucy Vance, Dan Hurst\n\n"
            "Action items\n\n☐ Lucy Vance – cost LED column replacement – 6 Feb\n\n"
            "☐ Gemma Thorne – write the bid and circulate a draft – 20 Feb\n\n"
            "☑ Dan Hurst – book the room for the walkabout (done)\n\n"
            "Next meeting: Tues 24 Feb 2026, 14:00, same room\n")
    assert _actions(text) == [
        ("Cost LED column replacement", "Lucy Vance", date(2026, 2, 6)),
        ("Write the bid and circulate a draft", "Gemma Thorne", date(2026, 2, 20)),
    ]


def test_two_owners_in_one_sentence_after_a_semicolon_and_a_wish_to_ask_is_no_request():
    text = ("Tues 20 Jan 2026\n\nAttendees: Gemma Thorne (chair), Lucy Vance, Insp Ravi Dhillon\n\n"
            "2. Street lighting bid\n"
            "- Lucy Vance to cost replacement columns; Insp Dhillon to pull crime data for the two areas.\n"
            "- The panel wants to ask the Board to reconsider the second recommendation.\n")
    assert _actions(text) == [
        ("Cost replacement columns", "Lucy Vance", None),
        ("Pull crime data for the two areas", "Insp Ravi Dhillon", None),
    ]


def test_a_minute_that_opens_with_its_title_and_a_dash_then_names_its_owner():
    text = ("Minutes of the meeting held on Thursday 16 October 2025\n\n"
            "Present: Cllr E. Pritchard (Chair), Cllr S. Tudor-Jones, Cllr D. Watkin\n"
            "Council Employees Present: Clerk/RFO Mrs Nia Howells\n\n"
            "103/25 Finance:\n(b) Budget 2026/27 - Clerk to circulate a draft budget to all members by "
            "14th November 2025.\n(c) Internal audit - Cllr S. Tudor-Jones and Cllr D. Watkin agreed to meet the "
            "internal auditor in December.\n")
    assert _actions(text) == [
        ("Circulate a draft budget to all members", "Clerk", date(2025, 11, 14)),
        ("Meet the internal auditor", "Cllr S. Tudor-Jones, Cllr D. Watkin", date(2025, 12, 31)),
    ]


def test_a_bracket_between_the_owner_and_to_glosses_the_owner():
    text = ("Wed 8th October 2025\n\nMembers Present:\nAnn Cole (Chair)\n\n"
            "F07:10/25 Budget timetable. The Finance Working Group (Cllrs Fenn, Gorski and Penrose) to draft "
            "a budget by 31 October.\n")
    assert _actions(text) == [("Draft a budget", "The Finance Working Group", date(2025, 10, 31))]


def test_a_board_named_by_its_office_and_a_headteacher_own_actions():
    text = ("Minutes of the governors, Tuesday 25 November 2025\n\nPresent: Ann Cole (Chair)\n\n"
            "4. Attendance\nPersistent absence is highest in Year 4.\n"
            "ACTION: Headteacher - include a Year 4 attendance breakdown in future reports\n\n"
            "5. Training\nAll governors to complete the online Prevent module by 30 November 2025.\n"
            "ACTION: All governors\n")
    assert _actions(text) == [
        ("Include a Year 4 attendance breakdown in future reports", "Headteacher", None),
        ("Complete the online Prevent module", "All governors", date(2025, 11, 30)),
    ]


def test_owners_in_a_right_hand_column_beside_minutes_that_run_over_several_lines():
    text = ("Minutes of the Board held in public on 28.01.26\n\n"
            "Present:\nRob Kettering            Director of Finance             RK\n"
            "Helen Oduya              Chief Executive                 HO\n\n"
            "Details                                                   Actions\n\n"
            "6.   Finance report\n"
            "6.1  RK reported a deficit of GBP 2.1m against plan and noted that the Chief\n"
            "     Operating Officer would attend in March.\n"
            "6.2  KM asked for a breakdown of agency spend by staff group. RK to\n"
            "     provide this to the Finance Committee by 19.02.26.             RK\n"
            "6.3  The Board noted the report.\n")
    assert _actions(text) == [("Provide a breakdown of agency spend by staff group to the Finance Committee",
                               "Rob Kettering", date(2026, 2, 19))]


def test_an_action_marker_after_a_closing_word_of_status_refers_to_the_sentence_before():
    text = ("Tuesday 3rd March 2026\n\nPresent: Naomi Kessler, Chief Executive (NK)\n\n"
            "2. Matters arising\n\n2.2 Van replacement: NK is still waiting for the leasing company's revised "
            "quote. Carried forward. ACTION: NK\n")
    [action] = read_minutes(text).actions
    assert action.who == "Naomi Kessler" and "revised quote" in action.what


def test_notes_that_tag_each_line_with_its_speaker_give_the_speakers_undertakings():
    text = ("## March 3, 2026\n\n*   **Attendees**:\n    *   Meera Subramanian [meera]\n    *   Pavel Horak [pavel]\n\n"
            "*   [ 0:05 ] **Docs freeze** [meera]\n"
            "    *   [meera] will post a reminder to the dev mailing list today\n"
            "    *   [pavel] I'll ask the Prague meetup group for a second approver\n"
            "    *   [pavel] works on a translation team\n"
            "    *   [meera] + [pavel] to agree a scope for the glossary before 20 March\n")
    assert [(what, due) for what, _, due in _actions(text)] == [
        ("Post a reminder to the dev mailing list", date(2026, 3, 3)),
        ("Ask the Prague meetup group for a second approver", None),
        ("Agree a scope for the glossary", date(2026, 3, 20)),
    ]


def test_an_action_item_marker_and_a_day_after_on_in_a_task():
    text = ("Tuesday 3 March 2026\n\nPresent: Ines Carvalho (chair)\n\n1. Broken links\n"
            "ACTION ITEM: Ines Carvalho to raise it at the website WG on 10 March\n\n"
            "The plan agreed on 4 March was noted.\n")
    assert _actions(text) == [("Raise broken links at the website WG", "Ines Carvalho", date(2026, 3, 10))]


def test_a_wish_is_no_undertaking_and_an_agreement_partway_through_a_sentence_is():
    text = ("Monday 10th July 2023\n\nPresent: Councillors: E. Moss (EM)(Chairman), J Tarn (JT)\n\n"
            "2307.06 Vacancy\nAn application was received with a CV and it was resolved that Cllr Moss and "
            "Cllr Tarn would interview the applicant.\nCllr Tarn would like to suggest a new advert.\n")
    assert _actions(text) == [("Interview the applicant", "E. Moss, J Tarn", None)]


def test_three_or_more_names_listed_before_to_own_the_task_under_a_marker():
    text = ("# Working group\n\n## Attendees:\n\n* Leona Hart\n* Sion Bale\n* Hugo Veldt\n\n## Action Items\n\n"
            "1. Sion, Leona, & Carys (Comms WG) to champion the outreach plan\n"
            "2. Hugo & Sion to draft a definition of the roadmap\n")
    assert _actions(text) == [
        ("Champion the outreach plan", "Sion Bale, Leona Hart, Carys", None),
        ("Draft a definition of the roadmap", "Hugo Veldt, Sion Bale", None),
    ]


def test_an_impersonal_agreement_to_do_a_piece_of_work_sets_it_without_an_owner():
    text = ("Minutes of the Joint Policing Committee held on 12th February 2010\n\nChair: Cllr Ann Doyle\n\n"
            "2. Correspondence\nA survey on support units was received. It was agreed to circulate the survey "
            "with the April agenda.\n\n3. Sub committees\nThe membership was updated and it was agreed to write "
            "to absent members on the subject.\n\n4. Funding\nIt was agreed to fund the three projects. "
            "The Committee agreed to publish the summary.\n")
    assert _actions(text) == [("Circulate the survey on support units with the April agenda", None, None),
                              ("Write to absent members on the subject", None, None)]


def test_an_officer_responsible_line_owns_the_resolution_above_or_the_task_in_its_bracket():
    text = ("Meeting date: 17.02.26\n\nMembers present\nCouncillor Ros Fair (Chair)\n\n"
            "47. Tree planting\nRESOLVED: that officers survey the saplings in the spring and report the survival "
            "rate to the committee in June 2026.\nOfficers responsible: Climate Change Officer / Climate Forum\n\n"
            "48. Energy grants\nRECOMMENDED to Cabinet that the criteria be approved.\n"
            "Officer responsible: Head of Environmental Services (report to Cabinet on 10 March 2026)\n")
    assert _actions(text) == [
        ("Survey the saplings in the spring and report the survival rate to the committee",
         "Climate Change Officer, Climate Forum", date(2026, 6, 30)),
        ("Report to Cabinet", "Head of Environmental Services", date(2026, 3, 10)),
    ]


def test_a_marker_points_at_the_clause_after_a_semicolon_and_reminders_set_tasks():
    text = ("Tuesday 25 November 2025\n\nPresent: Ann Cole (Chair)\nClerk: Mrs Julie Pardoe\n\n"
            "1. APOLOGIES\nNo apologies were received from Cllr Fair; the Clerk will write to him about his "
            "attendance.\nACTION: Clerk\n\n"
            "8. POLICIES\nThe Accessibility Plan was deferred; the Headteacher to bring a revised draft to the "
            "Spring meeting.\n\n9. TRAINING\nGovernors were reminded to complete the online Prevent module by "
            "30 November.\nACTION: All governors\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Write to him about his attendance", "the Clerk"),
        ("Bring a revised draft to the Spring meeting", "the Headteacher"),
        ("Complete the online Prevent module", "All governors"),
    ]


def test_an_office_by_its_initials_with_the_article_and_owner_cells_split_by_semicolons():
    owners = Owners(["Marcus Fenn"], {"FD": "Marcus Fenn"})
    assert owners.is_person("the FD") and owners.resolve("the FD") == "Marcus Fenn"
    text = ("MINUTES of a meeting of the Board held on Thursday 29th January 2026\n\n"
            "PRESENT: Gillian Rhodes (Chair)\n\n"
            "Item\tDiscussion and decisions\tAction by\n"
            "6. LEASES\tThe FD reported that two leases expire in June. The Board AGREED to offer renewals.; "
            "The FD to instruct solicitors by 28th February 2026.\tFD\n"
            "8. CHIEF EXECUTIVE'S REPORT\tThe CE reported on the survey.; The CE to circulate a timetable for the "
            "appraisal.; PW asked that tenants are told first; the Chair and CE to agree a statement with the "
            "Panel.\tCE; Chair / CE\n")
    assert _actions(text) == [
        ("Instruct solicitors", "FD", date(2026, 2, 28)),
        ("Circulate a timetable for the appraisal", "CE", None),
        ("Agree a statement with the Panel", "Chair, CE", None),
    ]


def test_a_labelled_lead_between_dashes_and_the_date_after_it():
    text = ("Date: 24/02/26\n\nMembers present\nTariq Hussain, Head of Youth Justice Service\n\n"
            "Actions agreed\n\n"
            "1. Draft an exit strategy for the programme – Lead: Tariq Hussain – by 30/06/26\n"
            "2. Arrange a briefing session for all Board members – Lead: Board Officer – by end of March\n")
    assert _actions(text) == [
        ("Draft an exit strategy for the programme", "Tariq Hussain", date(2026, 6, 30)),
        ("Arrange a briefing session for all Board members", "Board Officer", date(2026, 3, 31)),
    ]


def test_a_minute_cell_that_reports_is_one_minute_and_closed_entries_are_passed_over():
    text = ("Minutes of the meeting held on Wednesday 8 October 2025\n\nMembers present\n"
            "Stuart Delaney\tDeputy Chief Finance Officer\tSD\nHayley Omondi\tDirector of Primary Care\tHO\n\n"
            "Item\tMinute\tAction\n"
            "PCC/25/067\tFinance report month 5; SD reported a forecast underspend on the budget.; SD and HO to "
            "bring proposals for the underspend to the December meeting.\tSD / HO\n"
            "PCC/25/068\tEstates; HO to chase the two estates bids. Remains open.; PCC/25/047 (estates bids): "
            "closed.\tHO\n\nDate of next meeting: Wednesday 10 December 2025, 13:00\n")
    assert _actions(text) == [
        ("Bring proposals for the underspend to the December meeting", "Stuart Delaney, Hayley Omondi",
         date(2025, 12, 10)),
        ("Chase the two estates bids", "Hayley Omondi", None),
    ]


def test_owner_and_due_date_as_bullets_under_an_action_bullet():
    text = ("# Platform group\n\n- **Date:** 2026-03-12\n\n## Attendees\n\n- Omar Reed - Product\n\n"
            "### 3.1 Roadmap\n   - **Discussion:** The roadmap needs a refresh.\n   - **Action Items:**\n"
            "      - **Action:** Draft the Q3 roadmap\n      - **Owner:** Omar Reed\n"
            "      - **Due Date:** 2026-04-01\n")
    assert _actions(text) == [("Draft the Q3 roadmap", "Omar Reed", date(2026, 4, 1))]


def test_numbered_action_points_and_items_are_markers():
    text = ("Data Panel - Minutes\n\nDate: 14 January 2026\nAttendees: Priya Shah (Chair), Tom Hollis\n\n"
            "2. Open data\nThe panel discussed the release schedule.\n"
            "AP2 - ONS to confirm the publication date by 28 January.\n\n"
            "3. Tooling\nAI 3: Tom Hollis to tag the release.\n")
    assert _actions(text) == [("Confirm the publication date", "ONS", date(2026, 1, 28)),
                              ("Tag the release", "Tom Hollis", None)]


def test_an_unnumbered_review_of_last_meetings_items_runs_to_the_next_title_and_handles_own_tasks():
    text = ("# TSC meeting 2026-01-06\n\n## Attendees\n\n- Samuel Osei (@sosei)\n\n"
            "### Review of last meeting's action items\n\n"
            "- @htanabe: draft the release cadence proposal - **done**, merged as #398\n"
            "- @sosei: move CI off the old runners - **still in progress**\n\n"
            "### Vote: adopt the security policy\n\n@sosei will announce the policy on the mailing list.\n\n"
            "## Action items\n\n- **@cbellini**: collect adopter statements - by 2026-01-13\n")
    # The review's entry still in progress is an earlier action carried on; the one done is none.
    assert _actions(text) == [
        ("Move CI off the old runners", "Samuel Osei", None),
        ("Announce the security policy on the mailing list", "Samuel Osei", None),
        ("Collect adopter statements", "@cbellini", date(2026, 1, 13)),
    ]


def test_a_bare_resolved_over_a_numbered_list_of_clauses():
    text = ("Overview and Scrutiny Committee\n\nTuesday, 10th March, 2026 6.30 pm\n\n"
            "Present: Councillor Harriet Vance (Chair)\nOfficers: Martin Shaw (Head of Housing)\n\n"
            "Item 43 Temporary Accommodation\n\nThe Head of Housing presented the review.\n\nRESOLVED:\n\n"
            "1. That the review be noted.\n"
            "2. That the Head of Housing be requested to report the average length of stay to the June meeting.\n\n"
            "Item 44 Date of Next Meeting\n\nTuesday 9 June 2026 at 6.30 pm.\n")
    assert _actions(text) == [("Report the average length of stay to the June meeting", "Head of Housing",
                               date(2026, 6, 9))]


def test_a_handle_written_without_its_at_and_someone_who_says_a_thing_will_be_done():
    owners = Owners(["Owen Tarrant"], {"@otarrant": "Owen Tarrant"})
    assert owners.known_person("otarrant") == "Owen Tarrant" and owners.known_person("Otarrant") is None
    text = ("Minutes of the Committee held on Friday, 6th February 2026\n\nPRESENT: Mr Eoin Daly, Director of "
            "Services\n\n3. CCTV\nMr Daly said the survey had been carried out and the results would be circulated.\n"
            "Mr Daly said the minutes would be signed.\n")
    assert _actions(text) == [("Circulate the results", "Mr Eoin Daly", None)]


def test_staff_asked_to_do_something_own_it():
    text = ("Minutes of the Committee, 21 September 2017\n\nPresent: Ms Ann Jerwa, Mr. Tom Coplen\n\n"
            "7. Report\nMr. Coplen also asked staff to obtain clarification from the City Attorney.\n")
    assert _actions(text) == [("Obtain clarification from the City Attorney", "staff", None)]


def test_an_owner_alone_after_a_paragraph_in_italics_after_a_dash_or_after_a_lead_in():
    text = ("Minutes of the Community Safety Partnership, Tuesday 3 March 2026\n\n"
            "Present: Cllr Ravi Patel (Chair), Jane Holt (Housing Manager), Insp Mark Dunn\n\n"
            "1. Anti-social behaviour\n\n"
            "The partnership discussed the rise in reports. Extra patrols will be arranged at weekends. Insp Dunn\n\n"
            "Agreed that the youth service would run a summer programme – *Jane Holt*\n\n"
            "Following discussion the Chair agreed to write to the Police and Crime Commissioner.\n\n"
            "The report was noted. Thanks were given to the Neighbourhood Watch\n")
    assert _actions(text) == [
        ("Arrange extra patrols at weekends", "Insp Mark Dunn", None),
        ("Run a summer programme", "Jane Holt", None),
        ("Write to the Police and Crime Commissioner", "the Chair", None),
    ]


def test_a_long_capitalised_run_before_a_passive_is_no_task():
    text = ("Monday 10th July 2023\n\nPresent: Councillors: E. Moss (EM)(Chairman), J Tarn (JT)\n\n"
            "2307.08 CIL Payment\na) Councillors considered a late request for a contribution and it was resolved "
            "that the request be declined as it was not of benefit to the wider community. EM to inform the "
            "applicant.\n")
    assert _actions(text) == [("Inform the applicant", "E. Moss", None)]


def test_due_dates_written_as_week_ending_next_board_two_digit_years_month_end_and_a_bare_day():
    from minutes.when import find_due_phrase, resolve_due
    meeting, following = date(2026, 2, 10), date(2026, 3, 17)

    def due(text):
        found = find_due_phrase(text)
        return resolve_due(str(found.value), meeting, following) if found else None

    assert due("Send the map by w/e 14 March") == date(2026, 3, 14)
    assert due("Send the map to the next Board") == following
    assert due("Send the map – 31 Mar 26") == date(2026, 3, 31)
    assert due("Send the map by the end of the month") == date(2026, 2, 28)
    assert due("Send the map by the 20th") == date(2026, 2, 20)
    assert due("Send the map by the 5th") == date(2026, 3, 5)
    assert due("Send the map by the 20th of March") == date(2026, 3, 20)
    assert due("Send the map by 14 March 10am") == date(2026, 3, 14)


def test_a_task_done_to_it_is_done_to_what_the_sentence_before_was_about():
    text = ("Thursday 12th February 2026\n\nPresent - Gavin Shaw (GS), Jerome Ofori (JO)\n\n"
            "9. AOB\nJO asked about the broken bench by the play area. GS to remove it this week.\n\n"
            "10. Lighting\nThe street light outside Bryn Teg is flickering again. RESOLVED Clerk to report it to the "
            "county council.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Remove the broken bench by the play area this week",
        "Report the street light outside Bryn Teg to the county council",
    ]


def test_this_after_a_request_for_something_is_that_thing():
    text = ("Friday 16 January 2026\n\nPresent: Graham Leckie (GL), Head of Adult Social Care\n\n"
            "3. Performance\nThe Board asked for an audit of concerns that did not lead to an enquiry, to test the "
            "threshold. GL agreed to lead this with the police.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Lead an audit of concerns that did not lead to an enquiry with the police"]


def test_an_order_records_a_decision_and_a_later_sentence_of_it_may_set_work():
    text = ("MINUTES OF JOINT POLICING SUB COMMITTEE MEETING HELD ON MONDAY, 21ST JULY 2008\n\n"
            "Present: Cllr Tom Brophy (Cathaoirleach), Jim Kinsella\n\n"
            "1. Minutes\nOrder: Noted.\n\n2. CCTV\nOrder: Jim Kinsella to circulate a note on the guidelines to members.\n\n"
            "3. Tenants\nOrder: The Committee agreed that members should go through the Chairperson. It was also "
            "agreed to write to the Tenants Association.\n")
    minutes = read_minutes(text)
    assert [(a.what, a.who) for a in minutes.actions] == [
        ("Circulate a note on the guidelines to members", "Jim Kinsella"), ("Write to the Tenants Association", None)]
    assert "Noted." in minutes.decisions


def test_the_many_ways_minutes_tie_a_named_person_to_a_task():
    owners = Owners(["Sam Bright", "Ann Cole", "Raj Patel"], {"SB": "Sam Bright"})
    from minutes.prose_tasks import prose_tasks

    def tasks(sentence):
        return [(task.who, task.what) for task in prose_tasks(sentence, owners)]

    assert tasks("Sam Bright has agreed to draft the letter.") == [("Sam Bright", "Draft the letter")]
    assert tasks("SB kindly offered to host the next meeting.") == [("Sam Bright", "Host the next meeting")]
    assert tasks("Ann Cole is going to step down in May.") == []  # an announcement, not a task
    assert tasks("Ann Cole confirmed she will send the report to members.") == [("Ann Cole", "Send the report to members")]
    assert tasks("It was agreed Raj Patel would contact the landlord.") == [("Raj Patel", "Contact the landlord")]
    assert tasks("Raj Patel took an action to update the risk register.") == [("Raj Patel", "Update the risk register")]
    assert tasks("Action for Sam Bright to chase the invoice.") == [("Sam Bright", "Chase the invoice")]
    assert tasks("Raj Patel needs to submit the claim.") == [("Raj Patel", "Submit the claim")]
    assert tasks("Members need to be aware of the new rules.") == []
    assert tasks("The group needs to consider this.") == []


def test_a_labelled_owner_closing_the_line_after_a_sentence_owns_it():
    text = ("Minutes of the Health and Wellbeing Board, Tuesday 3 March 2026\n\n"
            "Present: Jo Stone (Chair), Ann Cole (AC), Raj Patel (RP)\n\n"
            "2. Dashboard\n\nThe board reviewed the dashboard and asked for ward-level figures. Action by: AC\n\n"
            "3. Winter\n\nA briefing on winter pressures will be prepared for members. Responsibility: RP (by 31 March)\n\n"
            "4. Housing\n\nThe board asked that the housing strategy be brought back in June. Lead officer: Raj Patel\n")
    assert _actions(text) == [
        ("Ward-level figures", "Ann Cole", None),
        ("Prepare a briefing on winter pressures for members", "Raj Patel", date(2026, 3, 31)),
        ("Bring the housing strategy back", "Raj Patel", date(2026, 6, 30)),
    ]


def test_a_councillor_by_title_initial_and_surname_is_the_one_the_attendance_names_in_full():
    owners = Owners(["County Cllr Owain Griffiths", "Cllr S. Tudor-Jones"])
    assert owners.resolve("Cllr O. Griffiths") == "County Cllr Owain Griffiths"
    assert owners.resolve("O. Griffiths") == "County Cllr Owain Griffiths"
    assert owners.resolve("Cllr A. Griffiths") == "Cllr A. Griffiths"


def test_an_officer_authorised_to_do_something_has_it_to_do():
    text = ("Minutes of the Parish Council meeting held on Monday 9 March 2026\n\n"
            "Present: Cllr A. Dean (Chairman), Cllr B. Fox\nIn attendance: Mrs C. Lane (Clerk)\n\n"
            "25/031 Playground\nRESOLVED that the Clerk be authorised to purchase a new bench at a cost not "
            "exceeding £450.\n")
    assert _actions(text) == [("Purchase a new bench at a cost not exceeding £450", "Clerk", None)]


def test_todo_lines_are_action_markers():
    text = ("# Infra WG 2026-02-03\n\n## Attendees\n- Ada Byrne (@abyrne)\n- Ken Moss (@kmoss)\n\n## Notes\n"
            "- Mirrors are flaky.\n- TODO: @kmoss replace the EU mirror\n"
            "- To do: Ada Byrne to write the postmortem by Friday\n")
    assert _actions(text) == [("Replace the EU mirror", "Ken Moss", None),
                              ("Write the postmortem", "Ada Byrne", date(2026, 2, 6))]


def test_someone_who_has_been_asked_to_do_something_and_sentences_that_set_nobody_anything():
    from minutes.prose_tasks import prose_tasks
    owners = Owners(["Sam Bright", "Ann Cole"], {"SB": "Sam Bright"})
    assert [(t.who, t.what) for t in prose_tasks("SB has been asked to present the findings.", owners)] == [
        ("Sam Bright", "Present the findings")]
    for sentence in ("Members noted that the police will publish the figures.", "Ann Cole confirmed she would be attending.",
                     "Sam Bright is going to the conference in June.", "It was agreed the meeting would close at 5pm."):
        assert prose_tasks(sentence, owners) == [], sentence


def test_council_chairs_and_leaders_by_their_own_titles_own_tasks():
    from minutes.prose_tasks import prose_tasks
    owners = Owners(["Siobhan Tierney"])
    for sentence, owner in (("The Cathaoirleach agreed to write to the Minister.", "The Cathaoirleach"),
                            ("The Mayor will host the reception.", "The Mayor"),
                            ("The Convener to sign the letter.", "The Convener")):
        assert [task.who for task in prose_tasks(sentence, owners)] == [owner], sentence


def test_a_superscript_ordinal_in_a_due_date():
    from minutes.when import find_due_phrase, resolve_due
    found = find_due_phrase("OC to send the pilot evaluation to board members by 20^th^ March 2026")
    assert found.value == "20th March 2026" and resolve_due(found.value, date(2026, 2, 1), None) == date(2026, 3, 20)


def test_a_closing_month_on_an_entry_of_an_action_list_is_its_date():
    text = ("Date\n\n11 Dec 2025 18:00, Quayside Office\n\nParticipants\n\n- Teresa Kowalczyk\n- Connor Blaney\n\n"
            "Action items\n\n- Teresa Kowalczyk and Connor Blaney carry out the mystery shop in January\n")
    assert _actions(text) == [("Carry out the mystery shop", "Teresa Kowalczyk, Connor Blaney", date(2026, 1, 31))]


def test_a_minutes_number_before_the_owner_opens_no_name():
    text = ("Minutes of the Board of Trustees, Tuesday 3rd March 2026\n\n"
            "Present: Desmond Frain (DF), Naomi Kessler (NK)\n\n4. Finance\n\n"
            "4.3 DF and NK to meet the bank about the reserve account by the end of March.\n\n"
            "5.2 (a) The Clerk to order the signs.\n")
    assert _actions(text) == [
        ("Meet the bank about the reserve account", "Desmond Frain, Naomi Kessler", date(2026, 3, 31)),
        ("Order the signs", "The Clerk", None),
    ]


def test_narrative_that_sets_nobody_work_stays_narrative():
    text = ("Minutes of the Trust Board held in public on Thursday 5 February 2026\n\n"
            "Present: Jane Rowe (Chair), Dr Amir Khan (Medical Director), Tom Hale (Chief Executive)\n\n"
            "1. Chief Executive's report\nTom Hale presented his report. He noted that the Trust will open the new "
            "ward in April and that recruitment needs to continue. Dr Khan said the new ward would be staffed by "
            "existing teams. Members noted that the regulator will visit in the spring. The Board is to receive the "
            "annual plan in May. The Medical Director is going to retire in the summer.\n")
    assert _actions(text) == []


def test_due_dates_at_close_of_play_at_a_meeting_named_by_its_day_and_in_working_days():
    from minutes.when import find_due_phrase, resolve_due
    meeting, following = date(2025, 12, 19), date(2026, 4, 14)  # a Friday before Christmas

    def due(text):
        found = find_due_phrase(text)
        return resolve_due(str(found.value), meeting, following) if found else None

    assert due("Send the map by close of play Monday") == date(2025, 12, 22)
    assert due("Send the map by COB 14 January") == date(2026, 1, 14)
    assert due("Bring the map to the 14 April meeting") == date(2026, 4, 14)
    # Christmas Day, Boxing Day and the weekend are not working days in England and Wales.
    assert due("Send the map within three working days") == date(2025, 12, 24)
    assert due("Send the map within five working days") == date(2025, 12, 30)


def test_an_agreement_that_a_named_body_should_do_something_sets_it_but_guidance_to_all_does_not():
    text = ("Minutes of Joint Policing Committee held on 19th October 2009\n\nChair: Cllr Ann Doyle\n\n"
            "4. Work Programme\nAgreed that the Steering Committee should source a suitable facilitator.\n\n"
            "5. Media\nThe Committee agreed that members should go through the Chairperson before briefing the "
            "press.\n")
    assert _actions(text) == [("Source a suitable facilitator", "Steering Committee", None)]


def test_reporting_back_next_time_is_due_at_the_next_meeting():
    from minutes.when import find_due_phrase, resolve_due
    found = find_due_phrase("Clerk to report back next time")
    assert found.value == "next time" and resolve_due(found.value, date(2026, 2, 1), date(2026, 3, 1)) == date(2026, 3, 1)
