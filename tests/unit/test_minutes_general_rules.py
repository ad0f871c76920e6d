"""The reader's general rules for house styles it was not built on: resolution clauses,
passive tasks, owners defined by the attendance in its many forms, other attendance
headings and layouts, action logs with other columns, and PDF tables read by layout."""

from datetime import date
from pathlib import Path

from minutes import extract_text, read_minutes

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "tuning"


def _actions(text):
    return [(a.what, a.who, a.due) for a in read_minutes(text).actions]


def test_lettered_resolution_clauses_directing_someone_and_passive_clauses_are_actions():
    text = ("Present: Councillors P. Ashdown (Chairman), R. Kettle and T. Venn.\n"
            "In attendance: Mrs L. Carver (Clerk).\n\n"
            "Minutes of the meeting held on 9 September 2025\n\n"
            "Min 115/25 PLAY AREA\nThree quotations had been received.\nRESOLVED that:\n"
            "(a) the quotation from Woodland Play Ltd be accepted;\n"
            "(b) the Clerk place the order;\n"
            "(c) Councillor Kettle obtain a price for resurfacing; and\n"
            "(d) a report on the skate ramp be brought to the next meeting.\n\n"
            "Min 116/25 DATE OF NEXT MEETING\nTuesday 14 October 2025 at 7.30pm.\n")
    assert _actions(text) == [
        ("Place the order", "Clerk", None),
        ("Obtain a price for resurfacing", "Councillor R. Kettle", None),
        ("Bring a report on the skate ramp", None, date(2025, 10, 14)),
    ]


def test_a_resolution_about_the_body_itself_or_in_the_passive_of_a_decision_sets_no_task():
    text = ("Present: Ann Cole (Chair)\n\n1. Lights\nRESOLVED: That the Partnership contribute £500.\n"
            "RESOLVED: That the report be noted.\n")
    assert read_minutes(text).actions == ()


def test_owners_defined_by_initials_after_a_dash_act_in_brackets_and_in_an_action_line_mid_minute():
    text = ("Board members\nNadeem Qureshi – Chief Executive – NQ\nJoanna Havers – Chief Nurse – JH\n\n"
            "TB/25/103 Chief Executive's report\nThe board asked for a breakdown of waits by service, to be "
            "included in the next report. (Action: NQ)\n\nTB/25/104 Quality report\nThe board agreed that a deep "
            "dive would be presented in February.   ACTION – JH – 11/02/2026\nJH reported on the backlog.\n")
    actions = read_minutes(text).actions
    assert [(a.who, a.due) for a in actions] == [("Nadeem Qureshi", None), ("Joanna Havers", date(2026, 2, 11))]
    assert actions[0].what.startswith("Include a breakdown of waits")


def test_a_table_with_an_initials_column_is_attendance_and_its_initials_own_the_action_log():
    text = ("Wednesday 28 January 2026\n\n"
            "Attendee\tInitials\tAgency\tDesignation\nTegan Rowlands\tTR\tPenmorva Council\tChair\n"
            "Jacob Bright\tJBr\tPenmorva Police\tDetective Inspector\n\n"
            "3. Action log\n\n#\tDescription\tLead\tDeadline\tUpdate\n"
            "1\tRun a briefing on capacity assessments\tTR & JBr\t31/03/2026\tNew\n"
            "2\tAdd care home data to the dashboard\tTR\tMarch meeting\tClosed\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Tegan Rowlands", "Jacob Bright"]
    assert _actions(text) == [("Run a briefing on capacity assessments", "Tegan Rowlands, Jacob Bright",
                               date(2026, 3, 31))]


def test_a_log_column_of_when_actions_were_raised_is_not_their_deadline():
    text = ("8 October 2025\n\nAttendees: Colin Bardsley (Environment Agency), Hugh Partridge (Chair)\n\n"
            "3. Action log\n\nAction No\tAction\tAction Owner\tDate Raised\tDue Date\tStatus\n"
            "15\tPresent the flood warning service to the forum\tCB\t08/10/2025\t20/11/2025\tOpen\n"
            "11\tAgree the rest centre stock list\tHP\t09/07/2025\t30/09/2025\tComplete\n")
    assert _actions(text) == [("Present the flood warning service to the forum", "Colin Bardsley",
                               date(2025, 11, 20))]


def test_substitutes_and_other_attendance_headings_are_read():
    text = ("Participants:\nInsp. Nadia Forsyth (Brackley Vale Police) - Chair\n"
            "Ewan Maitland for Rachel Quist (Vale Homes)\n"
            "Bronwen Ashby (Youth Justice Service), deputising for Carl Ifeanyi\n\n"
            "Absent with apologies\n  Moira Tait\n\n1. Hotspots\nNone.\n")
    minutes = read_minutes(text)
    assert [(p.name, p.in_place_of) for p in minutes.present] == [
        ("Insp. Nadia Forsyth", None), ("Ewan Maitland", "Rachel Quist"), ("Bronwen Ashby", "Carl Ifeanyi")]
    assert [a.name for a in minutes.apologies] == ["Moira Tait"]


def test_an_apologies_item_whose_paragraph_only_names_people_gives_the_apologies():
    text = ("Those present: Cllrs A. Bell (Chair), N. Farrow\n\n1. APOLOGIES FOR ABSENCE\n"
            "Cllr R. Tindall – personal reasons. Cllr S. Hale – work.\n\n2. POLICE MATTERS\nNone.\n")
    assert [a.name for a in read_minutes(text).apologies] == ["Cllr R. Tindall", "Cllr S. Hale"]


def test_handles_from_the_attendance_own_tasks_as_subjects_in_brackets_and_after_a_dash():
    text = ("### Attendees\n\n* Rui Costa (@ruicosta)\n* Priyanka Nair (@pnair)\n* Ben Adeyemi (@badeyemi)\n\n"
            "### Notes\n\n- **AI:** @ruicosta land the parquet fix\n"
            "- Write the migration guide for plugin authors — @pnair\n"
            "- [Ben] draft the CI proposal\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Land the parquet fix", "Rui Costa"), ("Write the migration guide for plugin authors", "Priyanka Nair"),
        ("Draft the CI proposal", "Ben Adeyemi")]


def test_an_item_discussion_action_table_takes_the_owners_task_from_the_minute_text():
    text = ("Present: Nathan Webb (NW), Olwen Pryce (OP)\n\nItem\tDiscussion\tAction\n"
            "2\tWorkforce report. NW presented the report. A recovery trajectory will be brought to the April "
            "committee.\tNW\n")
    assert _actions(text) == [("Bring a recovery trajectory to the April committee", "Nathan Webb", None)]


def test_a_pdf_action_table_without_gaps_is_rebuilt_from_its_layout():
    text = extract_text(CORPUS / "jpc-pdf-action-table-responsibility.pdf")
    assert "2\tCarry out speed surveys on the R412 at Knockmore\tRoads Section\tJanuary 2026" in text.split("\n")
    assert [a.who for a in read_minutes(text).actions] == [
        "An Garda Siochana", "Roads Section", "Director of Services", "Administrative Officer"]


def test_trailing_handles_and_passive_agents_own_tasks_and_a_minute_action_by_table_is_read():
    text = ("### Attendees\n* Rui Costa (@ruicosta)\n* Priyanka Nair (@pnair)\n\nOthers: Dan Brook (guest)\n\n"
            "### Notes\n- Release notes to be drafted by @ruicosta and reviewed by @pnair.\n\n"
            "### Action items\n- [ ] Tag the release @pnair & @ruicosta\n\n"
            "Minute\tAction by\nThe plan was discussed. Rui Costa to circulate the revised plan by 30 April 2026.\tRC\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Rui Costa", "Priyanka Nair", "Dan Brook"]
    assert [(a.what, a.who) for a in minutes.actions] == [
        ("Draft release notes", "Rui Costa, Priyanka Nair"), ("Tag the release", "Priyanka Nair, Rui Costa"),
        ("Circulate the revised plan", "Rui Costa")]


def test_initials_with_a_colon_own_a_task_and_a_heading_line_does_not_hide_the_owner():
    text = ("**Present:** Dev Sharma (DS), Tobi Adewale (TA), Rosa Mendes (RM), Olga Novak\n\n"
            "## Programme\n\n**DS:** share attendance figures by site by 26 February 2026.\n\n"
            "**TA / RM:** plan the awareness week.\n\n"
            "Health centre access\nOlga will ask the practice manager about a hearing loop.\n\n"
            "Next forum: Tuesday 24 March 2026, 2pm\n")
    minutes = read_minutes(text)
    assert [(a.what, a.who) for a in minutes.actions] == [
        ("Share attendance figures by site", "Dev Sharma"), ("Plan the awareness week", "Tobi Adewale, Rosa Mendes"),
        ("Ask the practice manager about a hearing loop", "Olga Novak")]
    assert minutes.next_meeting.date == date(2026, 3, 24)


def test_a_roll_call_of_checkboxes_and_lines_of_name_initials_and_role_are_attendance():
    roll = read_minutes("## Attendance\n\n* Host: Joel Marwick - Lumen Foundation\n* TSC Attendees:\n"
                        "    * [X] Alvin Jessop - VEXIA\n    * [ ] Torvald Kessler - Corvanta\n"
                        "* Other Attendees:\n    * N/A\n\n## Agenda\n")
    assert [p.name for p in roll.present] == ["Joel Marwick", "Alvin Jessop"]
    assert [a.name for a in roll.absent] == ["Torvald Kessler"]
    lines = read_minutes("Present:\nDr Anil Bascombe (AB) Clinical Chair\nRupert Calloway (RC) Chief Finance Officer\n"
                         "Apologies:\nJean Dunmore (JD) Lay Member for Governance\n\n1. Welcome\n"
                         "RC to circulate the plan.\n")
    assert [(p.name, p.role) for p in lines.present] == [
        ("Dr Anil Bascombe", "Clinical Chair"), ("Rupert Calloway", "Chief Finance Officer")]
    assert [a.name for a in lines.apologies] == ["Jean Dunmore"]
    assert [a.who for a in lines.actions] == ["Rupert Calloway"]


def test_scottish_and_policing_board_attendance_layouts_are_read():
    joint = read_minutes("Present:-\n\nMembers\tRole\nMorag DUNLOP (Vice Chairperson)\tNominated by Health Board\n"
                         "Fiona IRVINE\tChief Officer\n\nNon-members in attendance at request of Chief Officer:-\n\n"
                         "Jenny HALL\tHead of Health and Community Care\n\nI APOLOGIES FOR ABSENCE\n\n"
                         "Apologies for absence were submitted on behalf of:-\n\nMembers\tRole\n"
                         "Anne BRODIE\tNominated by Health Board\n")
    assert [(p.name, p.capacity) for p in joint.present] == [
        ("Morag DUNLOP", "member"), ("Fiona IRVINE", "member"), ("Jenny HALL", "in attendance")]
    assert [a.name for a in joint.apologies] == ["Anne BRODIE"]
    policing = read_minutes("PRESENT:\nMrs Anne Carroll (Chair)\nPOLICE SERVICE IN ATTENDANCE:\n"
                            "Mr Simon Burns, Chief Constable\nOFFICIALS IN ATTENDANCE:\nMrs Amanda Stott, Chief Executive\n"
                            "\n1. APOLOGIES\nNone.\n")
    assert [(p.name, p.role, p.capacity) for p in policing.present] == [
        ("Mrs Anne Carroll", "Chair", "member"), ("Mr Simon Burns", "Chief Constable", "in attendance"),
        ("Mrs Amanda Stott", "Chief Executive", "officer")]


def test_markdown_front_matter_lists_attendance_and_an_iso_due_date_is_read_whole(tmp_path):
    page = tmp_path / "notes.md"
    page.write_text("---\nlayout: minutes\ndate: 2026-02-19\nattendees:\n  - Noor Hassan (Civic Data Lab)\n"
                    "  - Piotr Zielinski\nregrets:\n  - Jules Fontaine\n---\n\n# Working group\n\n## Actions\n\n"
                    "- **Piotr Zielinski**: file the blocking issues (due: 2026-02-26)\n")
    minutes = read_minutes(extract_text(page))
    assert minutes.date == date(2026, 2, 19)
    assert [p.name for p in minutes.present] == ["Noor Hassan", "Piotr Zielinski"]
    assert [a.name for a in minutes.apologies] == ["Jules Fontaine"]
    assert [(a.who, a.due) for a in minutes.actions] == [("Piotr Zielinski", date(2026, 2, 26))]


def test_pdf_line_breaks_inside_names_dates_and_resolution_clauses_are_mended():
    minutes = read_minutes(
        "Minutes of the meeting held at the Reading Room on Monday 2\nMarch 2026 at 7.30 p.m.\n"
        "PRESENT: Councillors Margaret Hollingsworth (Chairman), Frederick Aldersley, Josephine\n"
        "Carrington-Moore, Barnaby Whitlock-Evans\n"
        "ALSO PRESENT: Mrs Rosalind Fairweather (Clerk) and two\nparishioners\n"
        "26/21 APOLOGIES: Councillor Eustace Pemberton (family commitment)\n"
        "26/22 CAR PARK. RESOLVED: (i) that repairs be carried out before the fete; (ii) that the Clerk obtain\n"
        "three quotations by 20 March 2026; (iii) that Councillor Whitlock-Evans ask the hall committee to help.\n")
    assert minutes.date == date(2026, 3, 2)
    assert "Councillor Josephine Carrington-Moore" in [p.name for p in minutes.present]
    assert [a.name for a in minutes.apologies] == ["Councillor Eustace Pemberton"]
    assert [(a.who, a.due) for a in minutes.actions] == [
        (None, None), ("Clerk", date(2026, 3, 20)), ("Councillor Barnaby Whitlock-Evans", None)]


def test_after_an_agreement_a_future_passive_sets_a_task_without_an_owner():
    minutes = read_minutes("Present: Kate Moss (KM)\n\n1. Budget\nIt was agreed that a letter would be sent to the "
                           "Minister about the funding gap. It was agreed that the budget would be approved.\n")
    assert [(a.what, a.who) for a in minutes.actions] == [("Send a letter to the Minister about the funding gap", None)]


def test_resolutions_and_reports_that_set_no_work_give_no_actions():
    text = ("Present: Jo Bell (Chair), Kate Moss (KM)\n\n1. Report\n"
            "The Chair thanked members for attending. Members noted the report.\n"
            "RESOLVED that the minutes be signed as a correct record.\n"
            "RESOLVED that: (a) the report be noted; (b) the recommendations be endorsed; (c) the Chair be thanked.\n"
            "The board asked that its thanks be recorded. NHS England support the proposal.\n"
            "The Council agreed that the policy be adopted and that the fees be increased from April.\n"
            "KM noted that the bid had been submitted. It was agreed that the group would meet monthly.\n")
    assert read_minutes(text).actions == ()


def test_action_log_headings_in_other_words_give_each_column_its_role():
    from minutes.action_tables import table_columns

    assert table_columns("Item\tAssignee\tDue") == ["what", "who", "when"]
    assert table_columns("Task\tName\tDeadline") == ["what", "who", "when"]
    assert table_columns("Action point\tAction holder\tTarget") == ["what", "who", "when"]
    assert table_columns("Action No\tAction\tAction Owner\tDate Raised\tDue Date\tStatus") == [
        "number", "what", "who", "raised", "when", "other"]
    assert table_columns("Name\tOrganisation\tRole") is None
    assert table_columns("Owner: Ann Cole\tDeadline: 30/06/2016") is None


def test_arrows_action_point_numbers_follow_ups_and_agreed_tasks_are_read():
    text = ("Present: Tom Reed (TR), Kate Moss (KM), Jo Bell (JB)\n\n1. Hall\nThe hall is double-booked in May.\n"
            "→ Tom: book the church room instead\nACTION POINT 3 – JB – circulate the new booking form\n"
            "Agreed: JB would write to the council about parking.\nFollow-up: KM to chase the caretaker.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Book the church room instead", "Tom Reed"), ("Circulate the new booking form", "Jo Bell"),
        ("Write to the council about parking", "Jo Bell"), ("Chase the caretaker", "Kate Moss")]


def test_attendance_headings_with_a_qualifier_and_headings_that_mean_absence():
    from minutes.attendance import ABSENT, APOLOGIES, PRESENT, attendance_label

    assert attendance_label("Attendees (in person): Ann Cole")[0].kind == PRESENT
    assert attendance_label("Present via Teams: Ann Cole")[0].kind == PRESENT
    assert attendance_label("Online: Raj Khanna")[0].kind == PRESENT
    assert attendance_label("Online") is None
    assert attendance_label("Not in attendance: Ann Cole")[0].kind == ABSENT
    assert attendance_label("Members in attendance: Ann Cole")[0].capacity == "member"
    assert attendance_label("Apologies noted: Ann Cole")[0].kind == APOLOGIES


def test_handles_alone_a_hyphenated_name_s_initials_and_initials_with_a_date_in_one_bracket():
    call = read_minutes("**Attendees:** @mirela, @tdoyle (note taker)\n\n## Release\n\n"
                        "No objections; @tdoyle to announce it on the mailing list.\n")
    assert [p.name for p in call.present] == ["@mirela", "@tdoyle"]
    assert [(a.what, a.who) for a in call.actions] == [("Announce it on the mailing list", "@tdoyle")]
    notes = read_minutes("Friday 6 March 2026\n\nAttendees:\nCarla Whitstable – Libraries\n"
                         "Samuel Okonkwo-Ray – College\n\nSummary of actions\n"
                         "1. Send reminder texts to overdue borrowers (CW, 13/03)\n2. Confirm tutor hours (SOR)\n")
    assert [(a.who, a.due) for a in notes.actions] == [
        ("Carla Whitstable", date(2026, 3, 13)), ("Samuel Okonkwo-Ray", None)]


def test_an_action_label_in_square_brackets_and_a_ticked_row_of_a_checkbox_log():
    notes = read_minutes("Present: Rupert Dance (RD) – Practice Manager\n\n1. Screening\nUptake is 71%. "
                         "[Action – RD: set up evening clinics by 01/04/2026]\n")
    assert [(a.what, a.who, a.due) for a in notes.actions] == [
        ("Set up evening clinics", "Rupert Dance", date(2026, 4, 1))]
    log = read_minutes("Present: Anya Petrova, Gloria Mensah\n\nAction items\n\nDone?\tAction\tWho\tBy\n"
                       "☐\tSend the repairs list\tAnya\t26 Feb 2026\n☑\tRenew the hall booking\tGloria\t\n")
    assert [(a.what, a.who) for a in log.actions] == [("Send the repairs list", "Anya Petrova")]


def test_owners_as_parent_bullets_own_the_tasks_listed_under_them():
    text = ("## Attendees\n\n- Malia Fonoti\n- Oren Baptiste\n\n## Action items\n\n- **Malia Fonoti**\n"
            "  - Finish the network policy review\n  - Pair on the ingress rules\n- **Oren Baptiste**\n"
            "  - Schedule the upgrade window\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Finish the network policy review", "Malia Fonoti"), ("Pair on the ingress rules", "Malia Fonoti"),
        ("Schedule the upgrade window", "Oren Baptiste")]


def test_a_body_named_in_a_closing_bracket_under_actions_owns_the_task_but_a_reference_does_not():
    text = ("Present: Ann Cole\n\nActions:\n- Speed check on the Ballinagh Road at school times (An Garda Síochána)\n"
            "- Reply to the residents' letter (see Appendix B)\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Speed check on the Ballinagh Road at school times", "An Garda Síochána"),
        ("Reply to the residents' letter (see Appendix B)", None)]


def test_a_weekday_after_by_two_owners_in_one_sentence_and_a_line_after_a_bracketed_date():
    text = ("Minutes of the meeting held on 4 March 2026\nPresent: Jo Bell (JB), Ravi Shah (RS), Kate Moss (KM)\n\n"
            "1. Budget\nJB will circulate the budget by Friday.\n"
            "ACTION: KM – renew the insurance (by 1 April 2026)\nIt was agreed that RS would liaise with the school.\n"
            "JB to write to residents; RS to update the website.\n")
    assert sorted((a.what, a.who, a.due) for a in read_minutes(text).actions) == sorted([
        ("Circulate the budget", "Jo Bell", date(2026, 3, 6)), ("Renew the insurance", "Kate Moss", date(2026, 4, 1)),
        ("Liaise with the school", "Ravi Shah", None), ("Write to residents", "Jo Bell", None),
        ("Update the website", "Ravi Shah", None)])
